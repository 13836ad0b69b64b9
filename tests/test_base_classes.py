"""OTP203 and base test classes: a test whose base class (in the same file,
or imported from another module of the project) restores the whole
environment around every test changes nothing that outlives it. The other
module is found as Python would (projectfacts.module_path), read through the
engine (lint._load_module), and the result cache re-lints the test file when
that module changes. The CLI and flake8 agree."""

from __future__ import annotations

import os
import textwrap

from helpers import (
    assert_front_ends_agree,
    reported_lines,
    run_cli,
    write_dedented,
    write_project,
)

from otp_lints import projectfacts

SANDBOX = """\
    import os
    import unittest


    class SandboxedTestCase(unittest.TestCase):
        def setUp(self):
            old_environ = os.environ.copy()
            self.addCleanup(os.environ.update, old_environ)
            self.addCleanup(os.environ.clear)


    class PlainTestCase(unittest.TestCase):
        def setUp(self):
            self.runner = None
"""

TESTS = """\
    import os

    from tests.sandbox import PlainTestCase, SandboxedTestCase


    class HomeTest(SandboxedTestCase):
        def test_home(self):
            os.environ["HADOOP_HOME"] = "/opt/hadoop"


    class MockTest(HomeTest):
        def setUp(self):
            super().setUp()
            os.environ["MOCK_TMP"] = "/tmp/mock"


    class EarlyTest(SandboxedTestCase):
        def setUp(self):
            os.environ["EARLY"] = "1"
            super().setUp()


    class PlainTest(PlainTestCase):
        def test_leaks(self):
            os.environ["LEAK"] = "1"
"""
# What stays reported: set before the base's snapshot, and a base that
# restores nothing.
REPORTED = [19, 25]




def _project(tmp_path, sandbox: str = SANDBOX, tests: str = TESTS) -> str:
    return write_project(str(tmp_path / "proj"), {
        "tests/__init__.py": "", "tests/sandbox.py": sandbox, "tests/fs/test_env.py": tests,
    })


def _otp203(root: str, rel: str = "tests/fs/test_env.py") -> list[int]:
    return reported_lines(root, rel, "OTP203")


def test_an_imported_base_that_restores_covers_its_subclasses_tests(tmp_path) -> None:
    root = _project(tmp_path)
    assert _otp203(root) == REPORTED
    # The same base defined in the file itself
    inline = textwrap.dedent(SANDBOX) + textwrap.dedent(TESTS).replace(
        "from tests.sandbox import PlainTestCase, SandboxedTestCase\n", "")
    write_dedented(root, "tests/fs/test_inline.py", inline)
    assert len(_otp203(root, "tests/fs/test_inline.py")) == 2


def test_a_relative_import_and_a_src_layout_are_found(tmp_path) -> None:
    root = _project(tmp_path, tests=TESTS.replace("from tests.sandbox", "from ..sandbox"))
    write_dedented(root, "tests/fs/__init__.py", "")
    assert _otp203(root) == REPORTED
    src = str(tmp_path / "srcproj")
    write_dedented(src, "pyproject.toml", "[project]\nname = 'p'\n")
    write_dedented(src, "src/pkg/testing.py", SANDBOX)
    write_dedented(src, "tests/test_env.py", TESTS.replace("tests.sandbox", "pkg.testing"))
    assert _otp203(src, "tests/test_env.py") == REPORTED


def test_a_base_re_exported_by_a_package_init_is_followed(tmp_path) -> None:
    root = _project(tmp_path, tests=TESTS.replace("from tests.sandbox import", "from tests import"))
    write_dedented(root, "tests/__init__.py",
                   "from .sandbox import PlainTestCase, SandboxedTestCase\n")
    assert _otp203(root) == REPORTED


def test_a_base_that_restores_nothing_or_cannot_be_read_leaves_the_reports(tmp_path) -> None:
    every = [8, 14, 19, 25]
    plain = SANDBOX.replace("self.addCleanup(os.environ.update, old_environ)", "pass").replace(
        "self.addCleanup(os.environ.clear)", "pass")
    assert _otp203(_project(tmp_path / "plain", sandbox=plain)) == every
    assert _otp203(_project(tmp_path / "broken", sandbox="def (:\n")) == every
    gone = _project(tmp_path / "gone")
    os.remove(os.path.join(gone, "tests", "sandbox.py"))
    assert _otp203(gone) == every
    # an installed package's class is not read
    assert _otp203(_project(tmp_path / "installed",
                            tests=TESTS.replace("tests.sandbox", "unittest"))) == every


def test_module_path_searches_up_to_the_project_root(tmp_path) -> None:
    root = _project(tmp_path)
    importer = os.path.join(root, "tests", "fs", "test_env.py")
    assert projectfacts.module_path(importer, "tests.sandbox") == os.path.join(
        root, "tests", "sandbox.py")
    assert projectfacts.module_path(importer, "..sandbox") == os.path.join(
        root, "tests", "sandbox.py")
    assert projectfacts.module_path(importer, "tests") == os.path.join(
        root, "tests", "__init__.py")
    assert projectfacts.module_path(importer, "nowhere.sandbox") is None
    # nothing above the project's root is searched
    write_dedented(str(tmp_path), "outside/helper.py", "")
    assert projectfacts.module_path(importer, "outside.helper") is None


def test_the_cli_and_flake8_agree(tmp_path) -> None:
    root = _project(tmp_path)
    assert_front_ends_agree(root, "OTP203", "tests", len(REPORTED))


def test_a_changed_base_module_never_reads_the_old_cache(tmp_path) -> None:
    root = _project(tmp_path)
    sandbox = os.path.join(root, "tests", "sandbox.py")
    outs = []
    for step in ("restoring", "edited", "restored", "removed"):
        if step == "edited":
            write_dedented(root, "tests/sandbox.py", SANDBOX.replace(
                "self.addCleanup(os.environ.update, old_environ)", "pass").replace(
                "self.addCleanup(os.environ.clear)", "pass"))
        elif step == "restored":
            write_dedented(root, "tests/sandbox.py", SANDBOX)
        elif step == "removed":
            os.remove(sandbox)
        run_cli("check", "--select", "OTP203", ".", cwd=root)
        warm = run_cli("check", "--select", "OTP203", ".", cwd=root).stdout
        cold = run_cli("check", "--select", "OTP203", "--no-cache", ".", cwd=root).stdout
        assert warm == cold, step
        outs.append(warm.count("OTP203"))
    assert outs == [2, 4, 2, 4]
