"""OTP203 and the conftest.py files pytest loads: a function-scoped fixture that
puts the whole environment (or some keys) back after each test undoes what the
test changed
(projectfacts.py); the CLI and flake8 agree. The result cache and a changed
conftest: test_faults.py."""

from __future__ import annotations

import ast
import os
import textwrap

from helpers import reported_lines, run_cli, run_flake8, write_dedented

from otp_lints import projectfacts

RESTORING = """\
    import os
    import pytest

    @pytest.fixture(autouse=True)
    def clean_environ():
        saved = os.environ.copy()
        yield
        os.environ.clear()
        os.environ.update(saved)
"""

TESTS = """\
    import os
    import pytest

    os.environ["AT_IMPORT"] = "1"

    def test_sets():
        os.environ["A"] = "1"

    class TestCase:
        @classmethod
        def setUpClass(cls):
            os.environ["B"] = "1"

        def test_method(self):
            os.environ["C"] = "1"

    @pytest.fixture(scope="module")
    def wide():
        os.environ["D"] = "1"
        yield
"""




def _project(tmp_path, conftest: str | None = RESTORING, tests: str = TESTS) -> str:
    root = str(tmp_path / "proj")
    write_dedented(root, "pyproject.toml", "[project]\nname = 'p'\n")
    if conftest is not None:
        write_dedented(root, "tests/conftest.py", conftest)
    write_dedented(root, "tests/test_env.py", tests)
    return root


def _otp203(root: str, rel: str = "tests/test_env.py") -> list[int]:
    return reported_lines(root, rel, "OTP203")


def test_autouse_restoring_fixture_covers_what_runs_inside_each_test(tmp_path) -> None:
    root = _project(tmp_path)
    # Import time, a class's set-up and a module-scoped fixture run outside
    # the per-test fixture, so their changes outlast it: still flagged.
    assert _otp203(root) == [4, 12, 19]
    assert _otp203(_project(tmp_path / "none", conftest=None)) == [4, 7, 12, 15, 19]


def test_patch_dict_around_the_yield_restores_too(tmp_path) -> None:
    conftest = """\
        import os
        from unittest import mock
        import pytest

        @pytest.fixture(autouse=True)
        def isolated():
            with mock.patch.dict(os.environ, clear=False):
                yield
    """
    assert _otp203(_project(tmp_path, conftest)) == [4, 12, 19]


def test_a_helper_named_for_the_environment_around_the_yield_restores_too(tmp_path) -> None:
    # poetry's conftest: the helper comes from another module, so its name is
    # what tells (as in a test's own ``with``); a helper named for something
    # else is no restore.
    conftest = """\
        import os
        import pytest
        from tests.helpers import isolated_environment, isolated_cwd

        @pytest.fixture(autouse=True)
        def isolate_environ():
            with isolated_environment():
                for var in os.environ:
                    if var.startswith("POETRY_"):
                        del os.environ[var]
                yield
    """
    assert _otp203(_project(tmp_path / "environ", conftest)) == [4, 12, 19]
    other = conftest.replace("with isolated_environment():", "with isolated_cwd():")
    assert _otp203(_project(tmp_path / "cwd", other)) == [4, 7, 12, 15, 19]


def test_a_patcher_started_before_the_yield_and_stopped_after_restores_too(tmp_path) -> None:
    started = """\
        import os
        from unittest import mock
        import pytest

        @pytest.fixture(autouse=True)
        def isolated():
            patcher = mock.patch.dict(os.environ, clear=True)
            yield patcher.start()
            patcher.stop()
    """
    assert _otp203(_project(tmp_path / "yield-start", started)) == [4, 12, 19]
    spelt = started.replace(
        "            yield patcher.start()\n",
        "            patcher.start()\n            yield\n")
    assert _otp203(_project(tmp_path / "start-then-yield", spelt)) == [4, 12, 19]
    # Never stopped, stopped before the yield, or another patcher stopped:
    # the change outlasts the test.
    for i, broken in enumerate((
        started.replace("            patcher.stop()\n", ""),
        started.replace(
            "            yield patcher.start()\n            patcher.stop()\n",
            "            patcher.start()\n            patcher.stop()\n            yield\n"),
        started.replace("            patcher.stop()\n", "            other.stop()\n"),
    )):
        assert _otp203(_project(tmp_path / f"broken{i}", broken)) == [4, 7, 12, 15, 19], broken


def test_what_does_not_restore_after_each_test_counts_for_nothing(tmp_path) -> None:
    cases = {
        "before the yield only": RESTORING.replace(
            "        saved = os.environ.copy()\n        yield\n",
            "        saved = os.environ.copy()\n").replace(
            "        os.environ.update(saved)\n",
            "        os.environ.update(saved)\n        yield\n"),
        "module scope": RESTORING.replace("autouse=True", "autouse=True, scope='module'"),
        "not a fixture": RESTORING.replace("@pytest.fixture(autouse=True)\n", ""),
        "does not parse": "def broken(:\n",
        "undecodable": "# \udcff\n",
    }
    for i, (why, conftest) in enumerate(cases.items()):
        root = _project(tmp_path / str(i), None)
        path = os.path.join(root, "tests", "conftest.py")
        data = textwrap.dedent(conftest).encode("utf-8", "surrogateescape")
        with open(path, "wb") as f:
            f.write(data)
        assert _otp203(root) == [4, 7, 12, 15, 19], why


def test_requested_fixtures_cover_the_tests_that_ask(tmp_path) -> None:
    conftest = RESTORING.replace("(autouse=True)", "") + textwrap.indent(textwrap.dedent("""\

        @pytest.fixture
        def integration(clean_environ, tmp_path):
            yield
    """), "    ")
    tests = """\
        import os
        import pytest

        def test_param(clean_environ):
            os.environ["A"] = "1"

        def test_through(integration):
            os.environ["B"] = "1"

        @pytest.mark.usefixtures("clean_environ")
        def test_marked():
            os.environ["C"] = "1"

        @pytest.mark.usefixtures("integration")
        class TestMarked:
            def test_method(self):
                os.environ["D"] = "1"

        def test_unasked(tmp_path):
            os.environ["E"] = "1"

        def helper(clean_environ):
            os.environ["F"] = "1"
    """
    root = _project(tmp_path, conftest, tests)
    assert _otp203(root) == [20, 23]
    module_marked = "import pytest\npytestmark = [pytest.mark.usefixtures('integration')]\n" + \
        textwrap.dedent(tests)
    write_dedented(root, "tests/test_env.py", module_marked)
    assert _otp203(root) == []


def test_a_conftest_above_the_project_root_is_not_loaded(tmp_path) -> None:
    write_dedented(tmp_path, "conftest.py", RESTORING)
    root = _project(tmp_path, conftest=None)
    assert _otp203(root) == [4, 7, 12, 15, 19]
    assert projectfacts.conftests(os.path.join(root, "tests")) == ()
    # Without a root marker the search goes on up, as pytest's does.
    os.remove(os.path.join(root, "pyproject.toml"))
    assert projectfacts.conftests(os.path.join(root, "tests")) == (
        os.path.join(str(tmp_path), "conftest.py"),)


def test_the_file_own_fixtures_count_and_override_the_conftest(tmp_path) -> None:
    own = textwrap.dedent(RESTORING) + textwrap.dedent("""\

        def test_sets():
            os.environ["A"] = "1"
    """)
    root = _project(tmp_path, conftest=None, tests=own)
    assert _otp203(root) == []
    overriding = textwrap.dedent("""\
        import os
        import pytest

        @pytest.fixture(autouse=True)
        def clean_environ():
            yield

        def test_sets():
            os.environ["A"] = "1"
    """)
    root = _project(tmp_path / "b", tests=overriding)
    assert _otp203(root) == [9]


def test_cli_and_flake8_agree(tmp_path) -> None:
    root = _project(tmp_path)
    cli = run_cli("check", "--select", "OTP203", "tests", cwd=root)
    f8 = run_flake8("tests", cwd=root)
    assert cli.stdout.count("OTP203") == f8.stdout.count("OTP203") == 3, (cli.stdout, f8.stdout)


def test_stamp_changes_with_the_conftests_and_is_zero_without(tmp_path) -> None:
    root = _project(tmp_path)
    tests = os.path.join(root, "tests")
    first = projectfacts.conftest_stamp(tests)
    assert first != 0
    assert projectfacts.conftest_stamp(root) == 0
    with open(os.path.join(tests, "conftest.py"), "a", encoding="utf-8") as f:
        f.write("# more\n")
    assert projectfacts.conftest_stamp(tests) != first


def test_session_end_hooks_run_after_the_last_test(tmp_path) -> None:
    # pytest_sessionfinish / pytest_unconfigure run once, after every test:
    # no test reads what they change (here: the restore of what
    # pytest_sessionstart set). Closest true positive: the same removal in a
    # function-scoped fixture of the conftest, which runs among the tests.
    conftest = """\
        import os
        import pytest

        def pytest_sessionstart(session):
            os.environ["CTX"] = "contextvars"

        def pytest_sessionfinish(session):
            os.environ.pop("CTX")

        def pytest_unconfigure(config):
            del os.environ["OTHER"]

        @pytest.fixture
        def no_ctx():
            os.environ.pop("CTX")
    """
    root = _project(tmp_path, conftest)
    assert _otp203(root, "tests/conftest.py") == [15]


def test_a_conftest_fixture_restoring_some_keys_covers_those_keys(tmp_path) -> None:
    conftest = """\
        import os
        import pytest

        @pytest.fixture
        def tz_env():
            old = os.environ.get("TZ")
            yield
            if old is not None:
                os.environ["TZ"] = old
            else:
                os.environ.pop("TZ", None)

        @pytest.fixture(autouse=True)
        def lang_env():
            old = os.environ.get("LANG", "C")
            yield
            os.environ["LANG"] = old

        @pytest.fixture
        def half_env():
            old = os.environ.get("HOME")
            yield
            if old is not None:
                os.environ["HOME"] = old
    """
    tests = """\
        import os

        def test_tz(tz_env):
            os.environ["TZ"] = "UTC"

        def test_other_key(tz_env):
            os.environ["PATH"] = "/bin"

        def test_lang():
            os.environ["LANG"] = "C.UTF-8"

        def test_unasked():
            os.environ["TZ"] = "UTC"

        def test_home(half_env):
            os.environ["HOME"] = "/tmp"
    """
    root = _project(tmp_path, conftest, tests)
    # a key the fixture names, asked for or autouse: restored; another key, a
    # test not asking, or a key put back only when it was set: reported
    assert _otp203(root) == [7, 13, 16]
    tree = ast.parse(textwrap.dedent(conftest))
    fixtures = {f.name: f for f in projectfacts.module_fixtures(tree)}
    assert fixtures["half_env"].restored_keys == frozenset()
    assert len(fixtures["tz_env"].restored_keys) == 1
