"""OTP5xx: let it crash."""

from __future__ import annotations

import ast
import re
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.rule import Example, Rule, body_nodes

PREFIX: str = "OTP5"
TITLE: str = "Let it crash"

_CATCH_ALL = frozenset({"builtins.BaseException", "builtins.Exception"})
_TRACEBACK_FUNCS = frozenset({
    "logging.exception", "traceback.print_exc", "traceback.print_exception",
    "traceback.format_exc", "traceback.format_exception",
})
_LOG_METHODS = frozenset({
    "debug", "info", "warning", "warn", "error", "critical", "log", "fatal", "msg",
})
# Calls that raise, or capture the exception with its traceback for someone else.
_RAISING_FUNCS = frozenset({
    "sys.exit", "os._exit", "os.abort", "sys.exc_info", "sys.exception",
    "pytest.fail", "pytest.skip", "pytest.xfail", "pytest.exit",
    "builtins.exit", "builtins.quit",
})
# Functions and methods that raise by convention: unittest's ``self.fail``/
# ``skipTest``, pytest's ``fail`` imported by name, ``parser.exit``.
_RAISING_NAMES = frozenset({"fail", "skipTest", "exit"})
# Names of error-reporting helpers that, by convention, report the exception
# being handled with its traceback (``logging.Handler.handleError``,
# ``socketserver``'s ``handle_error``, ``loop.call_exception_handler``,
# ``Timer.print_exc``, IPython's ``showtraceback``).
_REPORTER_NAME = re.compile(
    r"(handle|report)_?(error|exception)|exception_?handler|unhandled_?exception"
    r"|traceback|print_?exc|format_?exc|print_?exception|format_?exception",
    re.IGNORECASE,
)


def _is_falsy_constant(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and not node.value


class SwallowedException(Rule):
    """
    ## What it does
    Flags an exception handler that catches everything (`except:`,
    `except BaseException`, `except Exception`, or a tuple containing one of
    them) and whose body neither re-raises (any `raise` that is not inside a
    nested function) nor logs the traceback (`logging.exception`,
    `<logger>.exception(...)`, a call of `debug`/`info`/`warning`/`warn`/
    `error`/`critical`/`log` with a truthy `exc_info=`,
    `traceback.print_exc`/`print_exception`/`format_exc`/`format_exception`).
    Reported at the `except` line.

    ## Why is this bad?
    OTP's answer to an unexpected error is *let it crash*: the process dies,
    its supervisor sees why and restarts it in a known state. A catch-all
    `rescue _` throws the reason away and keeps running in whatever state the
    failure left behind; the first audit found such handlers in 49 files
    ("Some dangerous error handling remains - 49 files with `rescue _`
    patterns").

    In Python, `except Exception:` also catches the bugs you did not expect
    (`AttributeError`, `KeyError`, `TypeError` from a typo), and `except:` /
    `except BaseException:` even `KeyboardInterrupt`, `SystemExit` and
    asyncio's `CancelledError`, which breaks cancellation. With no traceback
    logged nobody will ever know the handler ran. Returning a default or an
    error value from the handler still hides the traceback: the caller gets a
    value instead of the failure.

    ## Example
    ```python
    def load(path):
        try:
            return parse(path)
        except Exception:
            return None
    ```

    ## Use instead
    Catch what you expect and can handle, and let the rest crash:
    ```python
    def load(path):
        try:
            return parse(path)
        except (OSError, ValueError):
            return None
    ```
    At a real boundary (a worker loop, a request handler) keep the catch-all
    but log the traceback, or re-raise after cleaning up:
    ```python
    try:
        handle(job)
    except Exception:
        log.exception("job %s failed", job.id)
    ```

    ## Options
    None. For a boundary that deliberately turns every failure into a value
    (say, a plugin host reporting a plugin's crash as a result), write
    `# noqa: OTP501 <why>` on the `except` line.

    ## Known limits
    Precision first, so some handlers that might still lose the error are not
    reported, because their body hands the exception to someone who sees it:
    - the caught exception itself passed to a call other than a log message
      (`future.set_exception(exc)`, `errors.append(exc)`, `on_error(exc)`) or
      kept in a variable (`first_error = exc`), unless that call is returned:
      `return wrap_error(exc)` is still a return value;
    - `sys.exc_info()`/`sys.exception()` (the traceback is captured), any call
      with a truthy `exc_info=`, any `<x>.exception(...)` call;
    - a helper whose name says it reports the exception being handled
      (`self.handleError(record)`, `handle_error`, `handle_exception`,
      `call_exception_handler`, `showtraceback`, `t.print_exc()`);
    - an `assert` or an assertion call (`self.assertEqual(...)`, `assert_*`),
      and calls that raise by convention (`sys.exit`, `os._exit`,
      `self.fail`, `self.skipTest`, `pytest.fail/skip/xfail/exit`, `fail`).

    Handlers for specific exception types are never reported, however broad
    (`except OSError: pass` is a decision, not a catch-all). A catch-all
    reached through an alias (`E = Exception; except E:`) is not seen.
    """

    code = "OTP501"
    name = "swallowed-exception"
    audit = "catch-all `rescue _` in 49 files (first audit, \"dangerous error handling\")"
    valid = (
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n"
            "try:\n    work()\nexcept Exception:\n    log.exception('work failed')\n"
        ),
        Example("try:\n    work()\nexcept Exception:\n    cleanup()\n    raise\n"),
        Example("try:\n    work()\nexcept (OSError, ValueError):\n    pass\n"),
        Example(
            "try:\n    work()\nexcept Exception as exc:\n"
            "    log.error('work failed: %s', exc, exc_info=True)\n"
        ),
    )
    invalid = (
        Example("try:\n    work()\nexcept Exception:\n    pass\n", line=3, col=1),
        Example(
            "def load(p):\n    try:\n        return parse(p)\n    except:\n        return None\n"
        ),
        Example(
            "try:\n    work()\nexcept (ValueError, BaseException) as exc:\n"
            "    log.warning('failed: %s', exc)\n"
        ),
        Example(
            "try:\n    work()\nexcept Exception:\n"
            "    def later():\n        raise\n    callbacks.append(later)\n"
        ),
    )

    def visit_ExceptHandler(self, node: ast.ExceptHandler, ctx: FileContext) -> None:
        caught = self._catch_all(node.type, ctx)
        if caught is None:
            return
        if self._handles(node, ctx):
            return
        self.report(
            ctx, node,
            f"`{caught}` swallows every error: no re-raise and no traceback logged; "
            "catch what you expect, or re-raise / `log.exception(...)`",
        )

    def _catch_all(self, expr: Optional[ast.expr], ctx: FileContext) -> Optional[str]:
        """``except``, ``except Exception`` ... as written in the message, or None."""
        if expr is None:
            return "except:"
        items = expr.elts if isinstance(expr, ast.Tuple) else [expr]
        for item in items:
            if isinstance(item, (ast.Name, ast.Attribute)):
                qn = ctx.qualified_name(item)
                if qn in _CATCH_ALL:
                    return f"except {qn.rpartition('.')[2]}"
        return None

    def _handles(self, handler: ast.ExceptHandler, ctx: FileContext) -> bool:
        """Whether the handler re-raises, logs the traceback, or hands the
        exception on to someone else (a future, a list re-raised later...)."""
        name = handler.name
        returned: set[int] = set()
        for node in body_nodes(handler.body):
            if isinstance(node, (ast.Raise, ast.Assert)):
                return True
            if isinstance(node, ast.Return) and node.value is not None:
                returned.update(id(n) for n in ast.walk(node.value))
            elif isinstance(node, ast.Call):
                if self._logs_traceback(node, ctx) or self._raises(node, ctx):
                    return True
                if name and id(node) not in returned and self._hands_on(node, name, ctx):
                    return True
            elif name and isinstance(node, (ast.Assign, ast.AnnAssign)):
                if _mentions(node.value, name):
                    return True
        return False

    def _logs_traceback(self, call: ast.Call, ctx: FileContext) -> bool:
        func = call.func
        for kw in call.keywords:
            if kw.arg == "exc_info" and not _is_falsy_constant(kw.value):
                return True
        if isinstance(func, ast.Attribute):
            called = func.attr
        elif isinstance(func, ast.Name):
            called = func.id
        else:
            return False
        # ``log.exception``, ``traceback.print_exc``, ``self.handleError`` ...
        if called == "exception" or _REPORTER_NAME.search(called):
            return True
        return ctx.qualified_name(func) in _TRACEBACK_FUNCS  # imported under another name

    def _raises(self, call: ast.Call, ctx: FileContext) -> bool:
        """Calls that raise (``sys.exit``, ``pytest.fail``, ``self.fail``) or capture
        the exception with its traceback (``sys.exc_info()``)."""
        func = call.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        # ``self.assertEqual(exc.code, 3)``: a test checking the exception raises
        # when it is the wrong one, like an ``assert`` statement.
        if called in _RAISING_NAMES or called.startswith("assert"):
            return True
        if isinstance(func, (ast.Name, ast.Attribute)):
            return ctx.qualified_name(func) in _RAISING_FUNCS
        return False

    def _hands_on(self, call: ast.Call, name: str, ctx: FileContext) -> bool:
        """The caught exception itself is an argument of a call that is not a log
        message or a builtin (``future.set_exception(exc)``, ``errors.append(exc)``)."""
        passed = any(_is_name(a, name) for a in call.args) or any(
            _is_name(kw.value, name) for kw in call.keywords
        )
        if not passed:
            return False
        func = call.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if called in _LOG_METHODS:
            return False
        if isinstance(func, (ast.Name, ast.Attribute)):
            qn = ctx.qualified_name(func)
            if qn is not None and (qn.startswith("builtins.") or qn.startswith("logging.")):
                return False
        return True


def _is_name(node: ast.expr, name: str) -> bool:
    if isinstance(node, ast.Starred):
        node = node.value
    return isinstance(node, ast.Name) and node.id == name


def _mentions(value: Optional[ast.expr], name: str) -> bool:
    """``x = exc`` or ``x = (exc, tb)``: the exception is kept for later."""
    if value is None:
        return False
    items = value.elts if isinstance(value, (ast.Tuple, ast.List)) else [value]
    return any(_is_name(v, name) for v in items)


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (SwallowedException,)
