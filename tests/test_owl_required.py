"""Under KG_REQUIRE_JAVA=1 (as .ci/run sets it) the HermiT tests fail, not skip, without Java."""
import os
import subprocess
import sys
from pathlib import Path

OWL_TESTS = Path(__file__).with_name("test_owl.py")


def _run_owl_tests(tmp_path, **env):
    bare = tmp_path / "bin"  # a PATH with Python and no java
    bare.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "KG_REQUIRE_JAVA"} | {"PATH": str(bare)} | env
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(OWL_TESTS)],
                          capture_output=True, text=True, env=env, cwd=OWL_TESTS.parent.parent, timeout=300)


def test_without_java_the_hermit_tests_skip(tmp_path):
    proc = _run_owl_tests(tmp_path)
    assert proc.returncode == 5 or "skipped" in proc.stdout, proc.stdout


def test_without_java_the_hermit_tests_fail_when_required(tmp_path):
    proc = _run_owl_tests(tmp_path, KG_REQUIRE_JAVA="1")
    assert proc.returncode not in (0, 5), proc.stdout
    assert "HermiT needs Java (KG_REQUIRE_JAVA=1)" in proc.stdout
