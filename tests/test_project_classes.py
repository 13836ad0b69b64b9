"""Classes of the project read from another module (FileContext.project_class):
OTP302 knows that an instance of a project class whose own ``submit`` returns
nothing hands back no future, when the class is imported from another module
or re-exported by a package's ``__init__`` (executor-engine's ``Engine``);
OTP203 follows the same re-export to a base test class. The CLI and flake8
agree, and the result cache re-lints the importer when the module changes."""

from __future__ import annotations

import os

from helpers import (
    FIXTURES,
    assert_front_ends_agree,
    reported_lines,
    run_cli,
    write_dedented,
    write_project,
)

CORE = """\
    import concurrent.futures


    class Engine:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def submit(self, *jobs):
            fut = concurrent.futures.Future()
            fut.result()


    class Pool:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def submit(self, fn):
            return self.executor.submit(fn)
"""

USER = """\
    from eng.core import Engine, Pool


    def work():
        return 1


    def run():
        with Engine() as engine:
            engine.submit(work)
        plain = Engine()
        plain.submit(work)
        with Pool() as pool:
            pool.submit(work)
"""
# Only the pool's submit gives a future.
REPORTED = [14]


def _project(tmp_path, core: str = CORE, user: str = USER) -> str:
    return write_project(str(tmp_path / "proj"), {
        "eng/__init__.py": "from .core import Engine, Pool\n",
        "eng/core.py": core,
        "app/run.py": user,
    })


def _otp302(root: str) -> list[int]:
    return reported_lines(root, "app/run.py", "OTP302")


def test_an_imported_class_whose_submit_returns_nothing_gives_no_future(tmp_path) -> None:
    assert _otp302(_project(tmp_path)) == REPORTED


def test_a_class_re_exported_by_a_package_init_is_followed(tmp_path) -> None:
    root = _project(tmp_path, user=USER.replace("from eng.core import", "from eng import"))
    assert _otp302(root) == REPORTED


def test_a_submit_with_a_value_or_an_unreadable_module_stays_reported(tmp_path) -> None:
    every = [10, 12, 14]
    returning = CORE.replace("            fut.result()", "            return fut")
    assert _otp302(_project(tmp_path / "returning", core=returning)) == every
    assert _otp302(_project(tmp_path / "broken", core="def (:\n")) == every
    # an __enter__ that gives something else: only the instance bound by `=` is known
    other = CORE.replace("        def __enter__(self):\n            return self\n",
                         "        def __enter__(self):\n            return self.inner\n", 1)
    assert _otp302(_project(tmp_path / "other", core=other)) == [10, 14]
    # a class of an installed package is not read
    assert _otp302(_project(tmp_path / "installed",
                            user=USER.replace("eng.core", "concurrent.futures"))) == every


def test_the_cli_and_flake8_agree_and_the_cache_follows_the_module(tmp_path) -> None:
    root = _project(tmp_path)
    assert_front_ends_agree(root, "OTP302", "app", len(REPORTED))
    write_dedented(root, "eng/core.py",
                   CORE.replace("            fut.result()", "            return fut"))
    warm = run_cli("check", "--select", "OTP302", "app", cwd=root).stdout
    assert warm.count("OTP302") == 3, warm


BASE = """\
    import logging

    logger = logging.getLogger(__name__)


    def invoke(fn, data):
        try:
            fn(data)
        except Exception as e:
            logger.exception(e)


    def invoke_quietly(fn, data):
        try:
            fn(data)
        except Exception:
            pass
"""

DISPATCH = """\
    from eng.base import invoke, invoke_quietly


    def call_listener(fn, data):
        \"\"\"Hand the event to the listener.\"\"\"
        invoke(fn, data)


    def call_quietly(fn, data):
        invoke_quietly(fn, data)


    def call_twice(fn, data):
        invoke(fn, data)
        invoke(fn, data)


    def dispatch(ex, fn, data):
        ex.submit(call_listener, fn, data)
        ex.submit(call_quietly, fn, data)
        ex.submit(call_twice, fn, data)
"""


def test_work_handing_off_to_a_project_function_that_logs_its_failures(tmp_path) -> None:
    # Only the hand-off to the function that logs every failure with its
    # traceback loses nothing; one that drops them, and work of two calls,
    # stay reported.
    root = write_project(str(tmp_path / "proj"), {
        "eng/__init__.py": "", "eng/base.py": BASE, "app/run.py": DISPATCH,
    })
    assert _otp302(root) == [20, 21]
    write_dedented(root, "eng/base.py", "")
    assert _otp302(root) == [19, 20, 21]


COMMANDS = """\
    from jobrunner import pool
    from jobrunner import worker_pool
    from concurrent.futures import executor


    def submit(dirlist, verbose):
        pool.submit(dirlist, verbose)


    def submit_later(dirlist):
        worker_pool.submit(dirlist)


    def run_all(jobs):
        executor.submit(jobs.run)
"""


def test_a_submit_of_a_module_of_the_project_is_no_executor(tmp_path) -> None:
    # PyJobRunner's command: `pool` is a package of the project, so its
    # `submit` is a function, not an executor's, whatever its name;
    # `worker_pool` is a name of the package's __init__ (an object, named for
    # an executor), and a name from an installed package is not read.
    # (A receiver of no known type named for nothing that runs work is not
    # reported at all: tests/fixtures/otp302.py.)
    root = write_project(str(tmp_path / "proj"), {
        "jobrunner/__init__.py": "worker_pool = None\n",
        "jobrunner/pool/__init__.py": "def submit(dirs, verbose=False):\n    return None\n",
        "jobrunner/cli/commands.py": COMMANDS,
    })
    assert reported_lines(root, "jobrunner/cli/commands.py", "OTP302") == [11, 15]
    assert reported_lines(root, "jobrunner/cli/commands.py", "OTP603") == [10, 14]
    assert_front_ends_agree(root, "OTP302", "jobrunner", 2)
    # the module gone: its name may be anything, and the submit is reported
    os.remove(os.path.join(root, "jobrunner", "pool", "__init__.py"))
    os.rmdir(os.path.join(root, "jobrunner", "pool"))
    assert reported_lines(root, "jobrunner/cli/commands.py", "OTP302") == [7, 11, 15]


# panda-server's base_module.py, as the fixture beside otp501_project_base.py has it
with open(os.path.join(FIXTURES, "otp501_base_module.py"), encoding="utf-8") as _f:
    BASE_MODULE = _f.read()

ENTITY_MODULE = """\
    from proxy.base_module import BaseModule


    class Middle(BaseModule):
        pass


    class EntityModule(Middle):
        def get_site(self, tmp_log, site):
            try:
                return self.cur.fetch(site)
            except Exception:
                self.dump_error_message(tmp_log)
                return None

        def get_rtype(self, tmp_log, site):
            try:
                return self.cur.fetch(site)
            except Exception:
                self.note_error(tmp_log)
                return None
"""


def test_a_handler_calling_a_base_class_method_of_another_module_that_logs_the_traceback(
        tmp_path) -> None:
    # panda-server's db_proxy_mods: `self.dump_error_message(tmp_log)`, defined
    # in base_module.py's BaseModule, logs traceback.format_exc(); a method
    # of the same base that logs only a message stays reported.
    files = {"proxy/__init__.py": "", "proxy/base_module.py": BASE_MODULE,
             "proxy/entity_module.py": ENTITY_MODULE}
    root = write_project(str(tmp_path / "proj"), files)
    assert reported_lines(root, "proxy/entity_module.py", "OTP501") == [19]
    assert_front_ends_agree(root, "OTP501", "proxy", 1)
    # a base of an installed package may define the method first: reported
    installed = ENTITY_MODULE.replace("proxy.base_module", "logging.handlers")
    other = write_project(str(tmp_path / "installed"),
                          {**files, "proxy/entity_module.py": installed})
    assert reported_lines(other, "proxy/entity_module.py", "OTP501") == [12, 19]
    # the cache re-lints the handler's module when the base's changes
    run_cli("check", "--select", "OTP501", "proxy", cwd=root)
    write_dedented(root, "proxy/base_module.py",
                   BASE_MODULE.replace(' + traceback.format_exc()', '').replace(
                       "err_type, err_value = sys.exc_info()[:2]", "err_type = err_value = None"))
    warm = run_cli("check", "--select", "OTP501", "proxy", cwd=root).stdout
    assert warm.count("OTP501") == 2, warm
