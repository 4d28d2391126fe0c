"""kg.output.write_atomic: readers see the old file or the whole new one, never half."""
import os
import stat

import pytest

from kg import output
from kg.output import write_atomic


def leftovers(folder):
    return [n for n in os.listdir(folder) if n.endswith(".tmp")]


def test_writes_text_and_bytes(tmp_path):
    write_atomic(tmp_path / "a.json", "{\"persons\": [\"张建国\"]}\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == "{\"persons\": [\"张建国\"]}\n"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert leftovers(tmp_path) == []


def test_creates_the_folder(tmp_path):
    write_atomic(tmp_path / "out" / "deep" / "a.json", "{}")
    assert (tmp_path / "out" / "deep" / "a.json").read_text() == "{}"


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert leftovers(tmp_path) == []


def test_failed_rename_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.json"
    target.write_text("old content")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, "new content " * 1000)
    assert target.read_text() == "old content"
    assert leftovers(tmp_path) == []


def test_failure_midway_through_the_write_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.json"
    target.write_text("old content")

    def fail(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(output.os, "fsync", fail)  # after the bytes went out, before the rename
    with pytest.raises(OSError):
        write_atomic(target, "new content " * 1000)
    assert target.read_text() == "old content"
    assert leftovers(tmp_path) == []


def test_interrupt_leaves_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "a.json"

    def interrupt(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "data")
    assert not target.exists()
    assert os.listdir(tmp_path) == []


def test_output_mode_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644
