"""kg's jieba tokenizer: its dictionary cache is this user's, and no traceback reaches stderr."""
import os
import subprocess
import sys

LOAD = "from kg.lexicon import lexicon_tokenizer; print(lexicon_tokenizer().lcut('定西市政协主席'))"


def _load(env_extra, prelude=""):
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "HOME")} | env_extra
    return subprocess.run([sys.executable, "-c", prelude + LOAD], capture_output=True, text=True, env=env,
                          timeout=120)


def test_the_cache_goes_to_the_users_cache_folder(tmp_path):
    proc = _load({"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "cache" / "kg" / "jieba.cache").is_file()
    assert proc.stderr == ""


def test_a_cache_that_cannot_be_written_prints_no_traceback(tmp_path):
    """No folder of this user's, no temp folder, and the shared temp folder unwritable (as when
    /tmp/jieba.cache belongs to another user): jieba goes on without a cache, silently."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    prelude = ("import tempfile\n"
               f"tempfile.gettempdir = lambda: {str(blocker)!r}\n"
               "def no_dir(*a, **k): raise PermissionError(13, 'Permission denied')\n"
               "tempfile.mkdtemp = no_dir\n")
    proc = _load({"XDG_CACHE_HOME": str(blocker / "cache"), "HOME": str(blocker)}, prelude)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "failed" not in proc.stderr, proc.stderr
    assert "定西市" in proc.stdout
