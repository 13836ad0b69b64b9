"""OTP501 and optional imports: which modules are the project's own (a bug
there is lost) and which are a third party's (the handler answers "is it
installed?"), from the path of the file and what it imports."""

from __future__ import annotations

from helpers import lint

# brokerage-connect's brokerage/plaid/connections.py: the optional SDK is
# named like the subpackage that wraps it.
SDK_PROBE = """\
from brokerage._shared import guard_call

try:
    from plaid.api import plaid_api
except Exception:
    plaid_api = None
"""


def _lines(code: str, path: str) -> list[int]:
    return [d.line for d in lint(code, path=path, select=["OTP501"]) if d.code == "OTP501"]


def test_a_subpackage_named_like_the_sdk_it_wraps_is_not_the_sdk() -> None:
    # The file imports its own package, ``brokerage``, by its absolute name:
    # ``plaid/`` below it is a subpackage, and the absolute ``plaid`` the SDK.
    assert _lines(SDK_PROBE, "brokerage/plaid/connections.py") == []


def test_a_directory_of_the_path_stays_the_project_s_own_otherwise() -> None:
    # Closest true positives: no import names the file's own package, so
    # ``plaid/`` may be the top of the project (a bug in it is lost) ...
    alone = SDK_PROBE.replace("from brokerage._shared import guard_call\n", "")
    assert _lines(alone, "brokerage/plaid/connections.py") == [4]
    # ... and the module probed is the file's own package.
    own = SDK_PROBE.replace("from plaid.api", "from brokerage.plaid.api")
    assert _lines(own, "brokerage/plaid/connections.py") == [5]
    # A directory above the package the file names stays its own.
    above = SDK_PROBE.replace("from plaid.api", "from vendored.api")
    assert _lines(above, "vendored/brokerage/plaid/connections.py") == [5]


def test_the_deepest_package_the_file_names_is_its_own_top() -> None:
    # A checkout named like a library the file imports (``django/``), with
    # the project's package further down: the file imports both by their
    # absolute names, so the directories down to ``myapp`` stay the
    # project's own and a bug in ``src.settings`` is lost by the catch-all.
    code = (
        "import django\nfrom myapp import models\n\n"
        "try:\n    from src.settings import WIDGETS\nexcept Exception:\n    WIDGETS = None\n"
    )
    assert _lines(code, "django/src/myapp/views.py") == [6]
    # The SDK named like a subpackage below the project's own is still the
    # third party's.
    assert _lines(code, "django/myapp/src/views.py") == []
