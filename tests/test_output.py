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


# --- a run's files as a unit: kg.output.staged -----------------------------------

import subprocess
import sys

from kg.output import OutputError, staged

OWN_JSON = lambda name: name.endswith(".json")  # noqa: E731


def previous(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text("old a", encoding="utf-8")
    (out / "b.json").write_text("old b", encoding="utf-8")
    (out / "notes.html").write_text("not ours", encoding="utf-8")
    (out / ".kg-manifest").write_text('["a.json", "b.json"]', encoding="utf-8")  # what kg wrote
    return out


def contents(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".kg-")}


def test_commit_swaps_the_run_in_and_keeps_what_is_not_its_own(tmp_path):
    out = previous(tmp_path)
    with staged(out, OWN_JSON) as stage:
        stage.write("c.json", "new c")
        assert contents(out)["a.json"] == b"old a"  # nothing changes before the commit
        stage.commit()
    assert contents(out) == {"c.json": b"new c", "notes.html": b"not ours"}
    assert sorted(os.listdir(tmp_path)) == ["out"]


def _fail_a_run(out):
    """A run into `out` that writes a file, then breaks."""
    with pytest.raises(RuntimeError):
        with staged(out, OWN_JSON) as stage:
            stage.write("a.json", "new a")
            raise RuntimeError("extraction broke")


def test_failed_run_leaves_the_previous_output_byte_identical(tmp_path):
    out = previous(tmp_path)
    before = contents(out)
    _fail_a_run(out)
    assert contents(out) == before
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_full_disk_is_an_output_error_naming_the_file(tmp_path, monkeypatch):
    out = previous(tmp_path)
    before = contents(out)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(OutputError, match=r"cannot write .*a\.json: No space left on device") as info:
        with staged(out, OWN_JSON) as stage:
            stage.write("a.json", "new a")
    assert info.value.fatal
    assert contents(out) == before


def test_a_name_that_cannot_be_written_is_not_fatal(tmp_path):
    with staged(tmp_path / "out", OWN_JSON) as stage:
        with pytest.raises(OutputError) as info:
            stage.write("x" * 300 + ".json", "{}")  # ENAMETOOLONG
        assert not info.value.fatal
        stage.write("ok.json", "{}")
        stage.commit()
    assert sorted(os.listdir(tmp_path / "out")) == [".kg-manifest", "ok.json"]


def test_a_second_run_into_the_folder_is_refused(tmp_path):
    out = previous(tmp_path)
    with staged(out, OWN_JSON):
        with pytest.raises(OutputError, match="another kg run is writing"):
            with staged(out, OWN_JSON):
                pass
    with staged(out, OWN_JSON):  # free again
        pass


def test_the_current_folder_is_not_replaced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for target in (".", str(tmp_path.parent)):
        with pytest.raises(OutputError, match="does not hold the current one"):
            with staged(target):
                pass


KILLED = """
import os, sys
from kg import output
from kg.output import staged
out, where = sys.argv[1], sys.argv[2]
real_rename = os.rename
def rename(src, dst):
    real_rename(src, dst)
    if where == "swap":
        os._exit(9)  # killed between moving the old folder aside and moving the new one in
output.os.rename = rename
with staged(out, lambda n: n.endswith(".json")) as stage:
    stage.write("a.json", "new a")
    if where == "write":
        with open(stage.staging / "b.json", "w") as fh:
            fh.write("half of b")
        os._exit(9)  # killed while writing
    stage.write("b.json", "new b")
    stage.commit()
"""


@pytest.mark.parametrize("where", ["write", "swap"])
def test_a_killed_run_leaves_the_previous_output_and_the_next_run_cleans_up(tmp_path, where):
    out = previous(tmp_path)
    before = contents(out)
    proc = subprocess.run([sys.executable, "-c", KILLED, str(out), where], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    leftover = ".out.kg-staging" if where == "write" else ".out.kg-old"
    assert leftover in os.listdir(tmp_path)
    with staged(out, OWN_JSON) as stage:  # the next run: stale files gone, output whole again
        assert stage.notes
        assert contents(out) == before
        assert not (tmp_path / ".out.kg-old").exists()
        stage.write("c.json", "new c")
        stage.commit()
    assert contents(out) == {"c.json": b"new c", "notes.html": b"not ours"}
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_killed_after_the_swap_the_next_run_carries_over_what_is_not_its_own(tmp_path):
    out = previous(tmp_path)
    old = tmp_path / ".out.kg-old"
    os.rename(out, old)
    out.mkdir()
    (out / "c.json").write_text("new c")
    with staged(out, OWN_JSON):
        pass
    assert contents(out) == {"c.json": b"new c", "notes.html": b"not ours"}
    assert not old.exists()


def test_a_swap_that_fails_puts_the_previous_folder_back(tmp_path, monkeypatch):
    out = previous(tmp_path)
    before = contents(out)
    real = os.rename

    def rename(src, dst):
        if str(src).endswith(".kg-staging"):
            raise OSError(5, "Input/output error")
        real(src, dst)

    with staged(out, OWN_JSON) as stage:
        stage.write("c.json", "new c")
        monkeypatch.setattr(output.os, "rename", rename)
        with pytest.raises(OutputError, match="cannot replace"):
            stage.commit()
    assert contents(out) == before


# --- kg replaces only what it wrote; staging inside the folder --------------------

def manifest(folder):
    import json

    return json.loads((folder / ".kg-manifest").read_text(encoding="utf-8"))


def test_only_files_kg_listed_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.txt", "a.meta.json", "notes.json", "old.json"):
        (out / name).write_text(name, encoding="utf-8")
    with staged(out, OWN_JSON) as stage:  # no manifest yet: nothing of the folder is kg's
        stage.write("a.json", "new a")
        stage.commit()
    assert contents(out) == {"a.json": b"new a", "a.meta.json": b"a.meta.json", "a.txt": b"a.txt",
                             "notes.json": b"notes.json", "old.json": b"old.json"}
    assert manifest(out) == ["a.json"]
    with staged(out, OWN_JSON) as stage:  # the next run replaces the record kg wrote, nothing else
        stage.write("b.json", "new b")
        stage.commit()
    assert sorted(contents(out)) == ["a.meta.json", "a.txt", "b.json", "notes.json", "old.json"]
    assert manifest(out) == ["b.json"]


def test_a_sidecar_is_never_removed_even_if_listed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.meta.json").write_text("{}", encoding="utf-8")
    (out / ".kg-manifest").write_text('["a.meta.json"]', encoding="utf-8")
    with staged(out, OWN_JSON) as stage:
        stage.write("b.json", "{}")
        with pytest.raises(OutputError):
            stage.write("c.meta.json", "{}")
        stage.commit()
    assert sorted(contents(out)) == ["a.meta.json", "b.json"]


def test_listed_files_of_another_kind_of_run_stay_listed(tmp_path):
    out = tmp_path / "out"
    with staged(out, lambda n: n == "graph.ttl") as stage:
        stage.write("graph.ttl", "g")
        stage.commit()
    with staged(out, OWN_JSON) as stage:
        stage.write("a.json", "{}")
        stage.commit()
    assert manifest(out) == ["a.json", "graph.ttl"]
    with staged(out, lambda n: n == "graph.ttl") as stage:
        stage.write("graph.ttl", "g2")
        stage.commit()
    assert contents(out) == {"a.json": b"{}", "graph.ttl": b"g2"}


@pytest.fixture
def unwritable_parent(monkeypatch):
    """The output folder's parent as if it could not be written (tests run as root)."""
    real = os.access

    def access(path, mode, **kw):
        if mode & os.W_OK and str(path) == str(unwritable_parent.parent):
            return False
        return real(path, mode, **kw)

    monkeypatch.setattr(output.os, "access", access)
    return unwritable_parent


def test_an_unwritable_parent_stages_inside_the_folder_and_keeps_it(tmp_path, unwritable_parent):
    out = previous(tmp_path)
    unwritable_parent.parent = tmp_path
    os.chmod(out, 0o751)
    os.chown(out, 12345, 23456)
    before = os.stat(out)
    real_rename = os.rename

    def no_rename_in_parent(src, dst):  # nothing may be made or moved beside the folder
        assert os.path.dirname(os.path.realpath(dst)) != str(tmp_path), dst
        real_rename(src, dst)

    output.os.rename = no_rename_in_parent
    try:
        with staged(out, OWN_JSON) as stage:
            assert stage.staging == out / ".kg-staging"
            stage.write("c.json", "new c")
            stage.write("a.json", "new a")
            assert contents(out)["a.json"] == b"old a"  # nothing changes before the commit
            stage.commit()
    finally:
        output.os.rename = real_rename
    assert contents(out) == {"a.json": b"new a", "c.json": b"new c", "notes.html": b"not ours"}
    assert manifest(out) == ["a.json", "c.json"]
    after = os.stat(out)
    assert (after.st_ino, after.st_uid, after.st_gid, after.st_mode) == \
        (before.st_ino, before.st_uid, before.st_gid, before.st_mode)
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_staging_inside_a_failed_run_leaves_the_folder_as_it_was(tmp_path, unwritable_parent):
    out = previous(tmp_path)
    unwritable_parent.parent = tmp_path
    before = contents(out)
    _fail_a_run(out)
    assert contents(out) == before
    assert not (out / ".kg-staging").exists()


def test_the_whole_folder_swap_keeps_owner_group_and_mode(tmp_path):
    out = previous(tmp_path)
    os.chmod(out, 0o751)
    os.chown(out, 12345, 23456)
    with staged(out, OWN_JSON) as stage:
        stage.write("c.json", "new c")
        stage.commit()
    after = os.stat(out)
    assert (after.st_uid, after.st_gid, after.st_mode & 0o7777) == (12345, 23456, 0o751)


def test_a_parent_that_refuses_even_root_stages_inside(tmp_path):
    """An immutable parent (chattr +i) refuses root too, whatever os.access says."""
    import shutil

    parent = tmp_path / "parent"
    parent.mkdir()
    out = previous(parent)
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(parent)]).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        with staged(out, OWN_JSON) as stage:
            assert stage.staging == out / ".kg-staging"
            stage.write("c.json", "new c")
            stage.commit()
    finally:
        subprocess.run(["chattr", "-i", str(parent)], check=True)
    assert contents(out) == {"c.json": b"new c", "notes.html": b"not ours"}
    assert sorted(os.listdir(parent)) == ["out"]
