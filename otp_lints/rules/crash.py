"""OTP5xx: let it crash."""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from typing import Optional

from otp_lints import projectfacts
from otp_lints.context import FileContext
from otp_lints.rule import (
    PROCESS_ENDS,
    Example,
    Rule,
    body_nodes,
    does_nothing,
    imports_cli_package,
    is_docstring,
    is_lone_program,
    is_main_guard,
    param_default,
    parses_own_command_line,
    statements,
    words,
)
from otp_lints.semantic import dotted, last_name
from otp_lints.shapes import (
    body_holding,
    enclosing,
    scope_body,
    stmt_path,
)

PREFIX: str = "OTP5"
TITLE: str = "Let it crash"

_CATCH_ALL = frozenset({"builtins.BaseException", "builtins.Exception"})
# ``print_tb`` given the exception's ``__traceback__`` prints its frames
# (``format_tb`` counts where it is printed or logged above debug:
# ``_FRAMES_OUT``).
_TRACEBACK_FUNCS = frozenset({
    "logging.exception", "traceback.print_exc", "traceback.print_exception",
    "traceback.format_exc", "traceback.format_exception", "traceback.print_tb",
})
_LOG_METHODS = frozenset({
    "debug", "info", "warning", "warn", "error", "critical", "log", "fatal", "msg",
})
# Calls that put text out where it is seen: a log line above debug, ``print``,
# a stream's ``write``. ``"".join(traceback.format_tb(exc.__traceback__))``
# handed to one shows the frames (mia-processes prints them, then the
# exception's type and message); at debug level, off by default, they are
# lost (epcis-event-hash-generator: judged TP).
_FRAMES_OUT = (_LOG_METHODS - {"debug"}) | {"print", "write"}
# Calls that raise, or capture the exception with its traceback for someone else.
_RAISING_FUNCS = frozenset({
    "sys.exit", "os._exit", "os.abort", "sys.exc_info", "sys.exception",
    "pytest.fail", "pytest.skip", "pytest.xfail", "pytest.exit",
    "builtins.exit", "builtins.quit",
})
# Functions and methods that raise by convention: unittest's ``self.fail``/
# ``skipTest``, pytest's ``fail`` imported by name, ``parser.exit``, ``os._exit``
# imported by name (a forked child's ``_exit(127)`` reports the failure in its
# exit status).
# oslo.utils' and taskflow's ``raise_with_cause(cls, msg, cause=...)`` raise
# ``cls`` chained to the exception being handled.
_RAISING_NAMES = frozenset({"fail", "skipTest", "exit", "_exit", "raise_with_cause"})
# A helper the rule does not read (another module's, a nested one) named for
# raising, called as a statement
# (``log_and_raise(...)``, ``log.reraise_exception(...)``): a reader of the
# handler takes it to raise, as the name says. One defined in this file is
# judged by its body (``_helper_def``).
_RAISING_WORD = re.compile(r"(?:^|_)(?:re)?raise(?:_|$)")
_RERAISING_WORD = re.compile(r"(?:^|_)reraise(?:_|$)")
# oslo.utils' ``with excutils.save_and_reraise_exception():`` and SQLAlchemy's
# ``with util.safe_reraise():`` re-raise the exception being handled when
# their block ends (unless the block sets ``ctxt.reraise = False``).
_RERAISING_BLOCKS = frozenset({"save_and_reraise_exception", "safe_reraise"})
# Names of error-reporting helpers that, by convention, report the exception
# being handled with its traceback (``logging.Handler.handleError``,
# ``socketserver``'s ``handle_error``, tornado's ``handle_callback_exception``,
# ``loop.call_exception_handler``, ``Timer.print_exc``, IPython's
# ``showtraceback``, ``sys.excepthook``; error trackers' capture calls:
# Sentry's ``capture_exception``, Raven's ``captureException``, Rollbar's
# ``report_exc_info``). ``format_exception_only`` is not one:
# it formats the message without the traceback.
_REPORTER_NAME = re.compile(
    r"(?:handle|report|notify)\w*?(?:error|exception)|exception_?handler|unhandled_?exception"
    r"|excepthook|traceback|(?:print|format)_?exc(?:eption)?(?!\w*only)"
    r"|capture_?exception|report_exc_info",
    re.IGNORECASE,
)
# Calls that turn the exception into text: the object (and its traceback) is not
# handed on by passing it to them (``"{}".format(exc)``).
_FORMATTING_METHODS = frozenset({"format", "format_map", "join"})
_FORMATTING_FUNCS = frozenset({
    "traceback.format_exception_only", "reprlib.repr", "pprint.pformat",
})
# Best-effort cleanup calls (SPEC 7.1), by the words of the called name:
# ``close``, ``force_close_all``, ``hotkeys_stop``, ``drop_db`` ...
_CLEANUP_WORDS = frozenset({
    "close", "aclose", "closer", "shutdown", "unlink", "remove", "rmtree", "kill", "killpg",
    "terminate", "cancel", "join", "stop", "disconnect", "release", "delete", "drop",
    "cleanup", "teardown", "unsubscribe", "punsubscribe", "unregister", "abort", "reset",
    "dispose", "quit", "destroy",
})
_CLEANUP_NAMES = frozenset({"wait_closed", "clean_up", "tear_down"})
# Calls that answer a client or a peer (``send_error``, ``_send_json``,
# ``reply``, ``respond``, ``write``, ``finish``, ``abort``).
_REPLY_PREFIX = re.compile(r"^_?(?:send|reply|respond|write|finish|abort)(?:_|$)")
_CLOSE_MESSAGE = re.compile(r"close|shutdown|stop|quit|exit|terminate|decref", re.IGNORECASE)
# Functions that must not raise whatever the object they describe does.
_NEVER_RAISE = frozenset({"__repr__", "__str__", "__format__", "__del__"})
# First words of a yes/no probe's name (``is_alive``, ``has_keyword``,
# ``verify_connection``, ``using_epoll_hub``).
_PROBE_WORDS = frozenset({
    "is", "has", "have", "can", "should", "verify", "validate", "valid", "check", "ping",
    "using", "uses", "takes", "supports", "exists", "allows", "accepts",
})
# The yes/no questions of ``io.IOBase`` (a stream wrapper's ``readable()``
# answering ``False`` when ``read(0)`` fails: click's ``_compat``).
_IO_PREDICATES = frozenset({"readable", "writable", "seekable", "isatty"})
# Verbs that make a name a yes/no question when they follow its subject
# (``_success_was_stored``, ``conn_is_alive``, ``task_has_result``).
_QUESTION_VERBS = frozenset({"is", "was", "were", "are", "has", "had", "did", "does"})
# States that make a name a yes/no question when they end it after its subject
# (``redis_available``, ``ipv6_supported``: "is redis available?").
_QUESTION_STATES = frozenset({"available", "reachable", "supported", "installed"})
# First words of a name that ends in such a state but gets things (``get_available``).
_GETTER_WORDS = frozenset({"get", "list", "find", "fetch", "load", "count", "all", "make"})
_RECORDS = frozenset({"append", "appendleft", "add", "put", "put_nowait", "extend", "insert"})
_PICKLE_CALLS = frozenset({"dumps", "loads", "dump", "load", "packb", "unpackb"})
# An error reporter's own name, a verb right before what it reports
# (``write_error``, ``handleError``, ``print_exc``, ``_formatwarnmsg_impl``) or a
# message about an error (``geterrortext``, ``error_message``).
_REPORT_VERBS = ("format", "show", "print", "write", "handle", "emit", "raise")
_REPORTED = ("warn", "error", "exc", "traceback")
_ERROR_TEXT = re.compile(r"(?:warn|error|exc)(?:text|msg|message)")
_CONTAINER_TYPES = frozenset({
    "builtins.dict", "builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset",
})
_OUTPUT_FUNCS = frozenset({"builtins.print", "warnings.warn", "logging.getLogger"})
_OUTPUT_METHODS = _LOG_METHODS | {"exception", "write", "flush", "getLogger"}


def _is_falsy_constant(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and not node.value


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _callee_name(func: ast.expr) -> str:
    """The called name, also of a function taken from a table:
    ``_CLEANUP_FUNCS[rtype](name)`` -> ``_CLEANUP_FUNCS``."""
    if isinstance(func, ast.Subscript):
        func = func.value
    return _called_name(func)


def _leaves_quietly(stmts: list[ast.stmt], fnode: Optional[ast.AST]) -> bool:
    """A handler that is a bare ``return`` in a function that returns no value
    anywhere (yashserver's ``close_writer_quietly``): the same as ``pass`` at
    its end, no default answer handed to a caller."""
    if fnode is None or len(stmts) != 1 or not (
        isinstance(stmts[0], ast.Return) and stmts[0].value is None
    ):
        return False
    return not any(
        (isinstance(n, ast.Return) and n.value is not None)
        or isinstance(n, (ast.Yield, ast.YieldFrom))
        for n in body_nodes(statements(fnode))
    )


def _is_quiet(stmts: list[ast.stmt]) -> bool:
    """A handler body that does nothing: ``pass``, ``continue``, ``...``, a string."""
    return all(
        isinstance(s, (ast.Pass, ast.Continue))
        or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        for s in stmts
    )


class SwallowedException(Rule):
    """
    ## What it does
    Flags an exception handler that catches everything (`except:`,
    `except BaseException`, `except Exception`, or a tuple containing one of
    them) and whose body neither re-raises (any `raise` that is not inside a
    nested function) nor logs the traceback (`logging.exception`,
    `<logger>.exception(...)`, a call with a truthy `exc_info=` (or a
    keyword named for the traceback set to `True`: `include_traceback=True`),
    `traceback.print_exc`/`print_exception`/`format_exc`/`format_exception`;
    in Twisted `log.err(...)`, `<Logger>.failure(...)`, a `Failure()` captured
    or passed on, a bare `<Deferred>.errback()`; a promise's bare
    `<promise>.throw()`, vine's, which hands the exception being handled
    to the promise's error path; loguru's `logger.opt(exception=True)`
    followed by a logging call). Reported at the `except`
    line; the message says when the handler logs or prints only a message
    (`log.warning("failed: %s", exc)`): the traceback is still lost.

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
    value instead of the failure. That holds when only one failure is
    expected (`os.stat` of a file that may be gone): name that exception, and
    let the others crash.

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
    With Twisted's logging, `log.failure("job failed")` (`twisted.logger`) or
    `log.err(None, "job failed")` (`twisted.python.log`) keeps the traceback.

    ## Options
    None. For a boundary that deliberately turns every failure into a value
    (say, a plugin host reporting a plugin's crash as a result), write
    `# noqa: OTP501 <why>` on the `except` line.

    ## Known limits
    Precision first, so some handlers that might still lose the error are not
    reported, because their body hands the exception to someone who sees it:
    - the caught exception object passed to a call other than a log message,
      a builtin or a formatting call (`future.set_exception(exc)`,
      `errors.append((item, exc))`, `on_error(exc)`), kept in a variable or a
      container (`first_error = exc`, also through `dict(...)`/`list(...)`/
      `tuple(...)`/`set(...)`: `outcome = dict(result=exc, status=ERROR)`),
      returned or yielded (`return exc`,
      `return {"status": "error", "exception": to_serialize(exc)}`,
      `return wrap_error(exc)`): the caller gets the exception and its
      traceback. A string made from it (`str(exc)`, `"{}".format(exc)`, an
      f-string, `%`, `traceback.format_exception_only`) is not the exception
      (`traceback.print_tb(exc.__traceback__)` is, and `format_tb` printed
      or logged above debug: they give its frames, as `format_exc()` does;
      logged at debug, off by default, the frames stay reported):
      still reported (unless handed on as below: a fault). So are an MCP
      tool's error result (`{"content": [...], "isError": True}`: judges
      split on it, twelve of its reports judged TP in stop 49's recall
      check, nine noise in other rounds) and a batch's per-item failure
      kept as text in the results
      it returns (`results.append({"id": i, "success": False, "error":
      str(e)})`): judges split on it, and the recall check of stop 49 judged
      34 such reports TP (py-autotask's bulk methods among them);
    - `sys.exc_info()`/`sys.exception()`, pytest's `ExceptionInfo.from_current()`
      (the traceback is captured), `record.exc_info = ...`;
    - a helper whose name says it reports the exception being handled
      (`self.handleError(record)`, `handle_error`, `handle_callback_exception`,
      `notify_exception`, `call_exception_handler`, `sys.excepthook`,
      `showtraceback`, `t.print_exc()`; an error tracker's capture call:
      Sentry's `capture_exception()`, Raven's `captureException()`, Rollbar's
      `report_exc_info()`, which record the exception being handled with its
      traceback), or a function of the same module (a
      method of the same class or of a base class defined in the file,
      zeroconf's `self.log_exception_warning()` from its `QuietLogger`, or
      of a base class another module of the project defines (read there as
      OTP203 reads a base test class and noted for the result cache:
      panda-server's `self.dump_error_message(tmp_log)` from `BaseModule`
      in `base_module.py`, which logs `traceback.format_exc()`; such a
      method counts only by what it does on every path, so aiozmq's
      `try_log`, logging under `if self.log_exceptions:`, stays flagged); a
      function nested in the one around the
      handler: hazelcast's `retry_on_error()` beside its callback) whose
      own body logs the traceback or
      re-raises (`self._on_failure(entry)` that logs with `exc_info=True`),
      or, called as a statement of the handler itself (not under an `if`),
      always raises: its body ends in `raise` and never returns
      (`self._raise_decode_failure(res)` ending `raise KubeTextError(...)`;
      a generator only under Twisted's `@inlineCallbacks`, a coroutine
      never: their call raises nothing until run);
    - an `assert` or an assertion call (`self.assertEqual(...)`, `assert_*`),
      and calls that raise or end the process by convention (`sys.exit`,
      `os._exit`, also imported by name: a forked child's `_exit(127)`,
      `self.fail`, `self.skipTest`, `pytest.fail/skip/xfail/exit`, `fail`,
      `raise_with_cause(cls, msg)` of oslo.utils and taskflow, which raises
      `cls` chained to the exception being handled); a call statement of a
      helper the rule does not read (not a function of the module nor a
      method of the class: another module's, or one nested in the
      function) whose name says it raises
      (`log_and_raise(...)`, `log.reraise_exception(...)`: the word `raise`
      or `reraise` between underscores) counts as one, as its name tells
      the handler's reader; a helper of the file is judged by its body (one
      that may return without raising, `_maybe_raise(res)`, stays flagged);
    - oslo.utils' `with excutils.save_and_reraise_exception():` and
      SQLAlchemy's `with util.safe_reraise():`, which re-raise the
      exception being handled when their block ends; a block that sets
      `ctxt.reraise` (to drop it under a condition) stays flagged.

    Nor is a handler reported where the code shows no error that matters can
    be lost:
    - a `try` that is one call, given names and constants, of an undecorated
      generator function of the module or the class (`paths =
      self.ls(path_glob)` with `ls` a `def` that yields, bare `except:`
      too): the call builds the generator and runs none of its body, so
      there is nothing to catch (mrjob's `exists`). A call that also runs it
      (`list(self.ls(...))`) or of a plain function stays flagged;
    - `except Exception:` (not bare, not `BaseException`, which also swallow
      `KeyboardInterrupt` and `CancelledError`) around one best-effort cleanup
      call (`close`, `aclose`, `shutdown`, `wait_closed`, `unlink`, `remove`,
      `rmtree`, `kill`, `killpg` (a last-resort `os.killpg(pid, SIGKILL)` of
      a group that may be gone), `terminate`, `cancel`, `join`, `stop`, `disconnect`,
      `release`, `reset`, `abort`, `delete`, `drop`, `cleanup`, `teardown`,
      `unsubscribe`, `dispose` (SQLAlchemy's `engine.dispose()`), `destroy`
      (python-snap7's `server.stop()` then `server.destroy()`), `quit`
      (a WebDriver's, an SMTP or FTP session's `quit()`), a SQL statement
      dropping a table, database, schema, index or view
      (`conn.execute_script(f"DROP TABLE IF EXISTS {name}")`), or a name
      made of one of them: `force_close_all`,
      `hotkeys_stop`; awaited, or with `yield from` in a generator-based
      coroutine; two such calls on one object, `writer.close()` then
      `await writer.wait_closed()`: one step in two calls, while the same on
      two objects stays flagged; also when an `if` guards it whose condition
      calls nothing or only asks a yes/no question given names (`os.path.exists`,
      `isfile`, `isdir`, `hasattr`, `callable`, `isinstance`, a method named
      `is...`/`has...`: `if os.path.exists(tmp): os.remove(tmp)`, `if
      t.is_alive(): t.kill()`, also under an `if t is not None:`; a
      condition calling anything else, `if cleanup_needed(): ...`, stays
      flagged): `if not reused: pool.release_connection(conn)` (or such a
      step in two calls: `if server is not None: server.stop();
      server.join(timeout=3)`, jsocket's behave teardown), or picks
      one of two (`if pattern: ps.punsubscribe(*chs)` `else:
      ps.unsubscribe(*chs)`); one taken
      from a table so named:
      `_CLEANUP_FUNCS[rtype](name)`; a call handed such a method:
      `run_sync(policy.close)`; a `send` of a close message, or any call
      whose argument is a stop word: `dispatch(conn, None, "shutdown")`,
      `"decref"`)
      whose handler is `pass`, a bare `return` in a function that returns
      no value anywhere (yashserver's `close_writer_quietly`), only logs, or
      is itself such a call (the
      same cleanup the older way: `shutdown(cancel_futures=True)`, then
      `shutdown()`), or gives the resource up and says so (`conn = None`
      with a printed warning; `self._cleanup_node(name)` and
      `failed.append(name)` for a warning later; also setting an event
      named for its end and leaving, `self._closed_event.set()` then
      `return`: tmodbus's transports, where log lines may also follow the
      cleanup call in the `try`, `logger.info("closed")`; dropping it
      silently, `executor = None`, stays flagged); also such a "please stop"
      message on a connection opened for it (`conn = Client(address)`, the
      message, a `finally` that only closes `conn`), after debug lines
      (`util.debug("DECREF %r", token.id)`): a peer that is already
      gone is the expected failure, and the message was only a courtesy;
      also such a call right after the `from ... import` of the function it
      calls (`from seamless_remote.client import close_all_clients`, then
      `close_all_clients()`: seamless-jobserver's last-resort shutdown); an
      import of anything else, or other work, beside it stays flagged;
      also `proc.communicate()`/`proc.wait()` (no input, at most a
      `timeout=`) of a child this function killed before the `try`
      (`proc.kill()`, `terminate()`, `send_signal(...)`): reaping a child
      that is being killed; without the kill it stays flagged;
      also `proc.terminate()` then `proc.wait(timeout=3)` (or
      `communicate`, `join` with a timeout; closing the child's `stdin`
      first is one more step) whose handler starts with `proc.kill()`: a
      child that did not stop in time is killed (darkcode-server's
      sessions); the bounded wait may also be the whole `try`
      (`proc.wait(timeout=5)`, `proc.wait(3)`: signalrgb-magichome-bridge's
      tray, jobd's test clean-up), its only failure being a child still
      running; a wait with no timeout, or a handler that does not kill
      that child, stays flagged;
    - any catch-all (also bare or `BaseException`) whose handler is `pass`
      around one such best-effort cleanup call right before the process
      exits: what follows the `try` in its block is only more such quiet
      cleanups, then `sys.exit(...)` or `os._exit(...)` (pymata's
      `shutdown`: `loop.stop()`, `loop.close()`, `sys.exit(0)`), or `raise
      SystemExit(...)`, which is what `sys.exit` does (the standard
      library's `quit()`: `sys.stdin.close()`, then `raise
      SystemExit(code)`); a `KeyboardInterrupt` swallowed there would only
      have ended a process that is ending. Other work between the cleanup
      and the exit, work in the `try` that is not such a cleanup, or
      another exception raised after it keeps it flagged;
    - any catch-all (also bare or `BaseException`) whose handler is `pass`
      around one such best-effort cleanup call, inside an `except` handler
      that re-raises after it (`except BaseException: try: await
      ws.close() except BaseException: pass` then `raise`): the error being
      handled goes on up, and what the cleanup raised while failing is all
      that is dropped. The same for `except Exception:` (not bare, not
      `BaseException`) with `pass` around one `X.rollback()` there
      (`except BaseException: try: await session.rollback() except
      Exception: pass` then `raise`: approck-sqlalchemy-utils'
      transaction);
    - `except Exception:` whose handler is `pass` or only logs, around a
      lone `redis.ft(name).dropindex()` in a test function or a pytest
      fixture of a test file: a search index the test may or may not have
      made, dropped after it (redis-om's schema tests). In other code
      (a migration's `down()`), dropping the index is the work, and it
      stays flagged;
    - `except Exception:` whose handler is `pass` or only logs a message,
      in a function (not a test) that closes its object down: one named
      `close`, `aclose`, `shutdown`, `cleanup`, `teardown`, `disconnect`,
      `quit`, `dispose` or `terminate`, or with one of them as a word of
      its name (`_close_transport`, `tearDown`, `close_session`; not `stop`:
      a stopped object often lives on, as deluge's tray icon shown
      disconnected), and
      no parameter a caller must pass (it closes its own object: `close(self)`,
      `cleanup(self, command="logout")`): a step
      that fails while the object goes away (leaving configuration mode,
      unsubscribing, a closing handshake) is a best effort whatever the step
      is. A function that deletes, drops or removes something
      (`delete_user`) stays flagged: that is its work, not its going away;
      as does one that acts on what it is given (`cleanup(self,
      exchange_name)` removing stale subscriptions,
      `terminate_command(self, session)`);
      so does a handler that does anything else, an `__exit__`-shaped
      function (its own limits below), a `try` that keeps the object's work
      (`commit()`, `flush()`, `save()`: a failure loses data) or takes the
      outcome of work that ran elsewhere (`await task`, `fut.result()`,
      `gather(...)`, `join()`: its errors are that work's), one made
      only of cleanup calls (the case above: two objects stay flagged), one
      in a function whose other handlers log their traceback (scrapy's
      `close_spider_async`: `exc_info=True` around each step but one), one
      with an `else` (it computes something the function goes on with:
      `loop = get_event_loop()`) and one inside a loop of the function
      (per-item work: gunicorn's `stop()` reading its signal queue);
    - `except Exception as exc2:` whose handler only reports `exc2` in a
      message (`logger.warning("error ignored in rollback: %s", exc2)`,
      then maybe `return False`) while another error is on its way up that
      the code lets through: inside an `except` handler that re-raises
      after the `try` (`conn.rollback()` then `raise`), or in an
      `__exit__` (or a helper taking its three parameters) on the branch
      taken when an exception is passed in (`if exc_type:`, the `else` of
      `if not exc_val and not self.force:`) with no `return True`: the
      first error, the one that matters, propagates, and the failure of
      the step after it is shown, not silenced. `pass` there (unless the
      re-raise follows the `try` straight away, the next case), a bare
      `except:`, or the same on the success branch (`if not exc_type:
      self.commit()`) stays flagged;
    - `except Exception:` (not bare, not `BaseException`), whatever its
      handler does short of leaving, around a `try` that is a step of a
      path raising an error right after it: the statements after the `try`
      in its block run straight through (no block, no `return`) to a
      `raise` that re-raises the error being handled (a bare `raise`, or
      `raise exc` of the name the enclosing handler binds) or raises an
      error of its own (a class named `...Error` or `...Exception`): `if
      response.status_code >= 400: try: detail = response.json() except
      Exception: detail = response.text`, then `raise ApiError(detail)`
      (blockrun-llm's seven error bodies in round 293, looker-mcp-server,
      devento, abstract-toolserver), or a `ROLLBACK` or an `unlink` before
      `raise`. What is dropped is a detail of a failure that goes on up.
      An error of its own counts only when the `try` gathers that detail:
      a name the `try` or the handler binds is read by the statements to
      the `raise` (mcphub-server's audit record written before `raise
      SecurityError(...)`, whose failure is dropped, judged TP by both
      recall judges, stays reported; so do gunicorn's GOAWAY frames sent
      before `raise HTTP2ProtocolError`, judged noise). A re-raise of the
      error being handled needs no such name (a rollback, a cleanup).
      The record held 23 such reports, all judged noise. Still flagged: a
      `try` that returns (or leaves) on success, whose failure becomes the
      generic error raised after it (impacket's `return
      exportRegistryParser(hive)`, then `raise ValueError(...)`: judged TP);
      a `raise` of anything else (`raise Redirect(...)`, `raise
      StopIteration(status)`: a generator's result; a class named for
      control flow, whose words include `return`, `continue`, `break`,
      `stop`, `exit`, `skip`, `done`, `redirect`, `success`, `finished` or
      `complete`: serverish's `raise self.ReturnException('pop', data,
      meta)` hands back a message, and the step before it that updates the
      reader's state is judged TP); a bare `except:` or
      `except BaseException` (twitchAPI's `await response.json()` before
      `raise`, which swallows the task's cancellation, and xoscar's
      `task.result()` read while a cancellation goes up: both judged TP;
      a lone cleanup call there is passed over by the case above); and a
      loop, `if` or `with` between the `try` and the `raise`;
    - `except Exception: pass` around an event loop's teardown: `pending =
      asyncio.all_tasks(loop)`, `for task in pending: task.cancel()`, then
      `loop.run_until_complete(asyncio.gather(*pending,
      return_exceptions=True))` (or `await` it): the tasks' outcomes are
      collected on purpose, and only a failure of the cancellation itself can
      be lost. Without `return_exceptions=True` it stays flagged;
    - `except Exception:` around one statement probing a standard stream
      (`fds.append(sys.stderr.fileno())`, `isatty()`, also made a `bool`:
      `is_tty = bool(sys.stdout.isatty())`) with a handler that is
      `pass` or sets a fallback constant: `sys.stdout`/`sys.stderr` may be
      `None` or any object a program or a test put there, so every failure
      means "no descriptor". The same probe of a file this code opened stays
      flagged;
    - `except Exception:` around assignments that only gather details for a
      report (`peer = sock.getpeername()`, fallback `peer = "(not
      connected)"`) inside an `except ... as err:` handler that then reports
      the real error (re-raises it, or hands `err` to a call after the
      `try`): the details are decoration of a report that is made anyway;
      the same in a function whose name says it writes a log line
      (`log_request`: `user = handler.current_user`, fallback `user =
      None`): the fallback only changes what the line says;
    - inside `except HTTPError as err:`, `except Exception:` around
      assignments that only read details off `err` itself (`body =
      err.read()`, `text = err.response.text`) with a fallback for them
      (`pass` after `body = b""`): the error is in hand and that `except`
      clause handles it; a failure only loses a detail of it. So does
      `except Exception: pass` there around such reads that may end by
      storing what they read on `err` (`d = ex.read()`, `ex.message = d`)
      when the handler re-raises after the `try` (`raise ex`: pycoin's
      `pushtx`): the error goes up, less one detail. Reading from
      anything else there (`body = conn.read()`) stays flagged;
    - at import time, `except Exception:` around one assignment priming a
      module cache with a call of a function of this module (`_last =
      {tid: cpu_times()}`), whose handler leaves it empty (`_last = {}`),
      when the module's functions call that function again (`_last.get(tid)
      or cpu_times()`): the import does not fail, and the same failure is
      raised at the first real use. A value no function computes again
      (`_conf = load()`, fallback `_conf = None`) stays flagged;
    - a catch-all (`except Exception:`, also a bare `except:`) that passes
      or only sets constants (`HAS_DOCUTILS = False`, `self._run = None`,
      or `object` as a stand-in base class)
      around a `try` that only imports (`import rmm`, or `posix =
      importlib.import_module("posix")` with a literal name), with at most
      undecorated definitions, constant assignments and aliases of what it
      imported (`timezone = zoneinfo.ZoneInfo`; what it imported kept on an
      object, `self._run = Run`) beside the imports: a probe
      of whether an optional module is available (a bug inside that module
      is lost, as with any probe). So is a handler that imports the
      alternative under a name the `try` binds (`try: import ujson as json`
      / `except: import json`), with at most such aliases and constants
      beside; so is a `try` that only binds a name to an attribute of an
      imported module or a builtin type (`isident = str.isidentifier`)
      whose handler binds the same name to a fallback (`def isident(s):`;
      pydbus): reading such an attribute can raise nothing but
      `AttributeError`, so the probe loses nothing; so is a `try` whose
      only other statements silence the warning class it imported
      (`warnings.simplefilter("ignore", category=InsecurePlatformWarning)`,
      `filterwarnings`, `disable_warnings(W)`: pywinrm's and pypsrp's
      transports), even from a package the file imports elsewhere: the
      class may or may not be there, and nothing else runs; so is a handler that
      logs a line and returns a constant (`logger.debug("FastAPI
      instrumentation unavailable: %r", exc)`, `return False`: faust's
      OpenTelemetry set-up answering "not available"), and one that is itself
      the next such probe (`except Exception: try: import win32file`: a
      chain of optional imports, emmett's portalocker), and one that
      defines, itself, every name the `try` imports (`from dateutil.tz
      import tzoffset, tzutc` / `except: class tzutc(...): ...; class
      tzoffset(...): ...`: sleekxmpp's stand-in for dateutil); and, whatever
      the module, a `try` of one `from ... import` whose handler imports the
      same names again from the same module by another path (`from
      tests.data_sample import *` / `from .data_sample import *`; `from pkg
      import X` / `from pkg.pkg import X`: one path ends the other) or from
      another module of the same third-party package, where another version
      keeps them (`from django.urls import reverse` / `except: from
      django.core.urlresolvers import reverse`: django_task), or whose
      handler is one `try` doing so in turn, each of its handlers the next
      path or a `raise`: if the last path
      fails too, its error is raised with the first chained to it (another
      name, `from json import dumps as encode`, or another module of the
      project's own code, `from .fast_codec import decode` / `from
      .slow_codec import decode`, is another implementation whose bug the
      fallback hides: flagged). A `try` that
      also calls something, or defines with a decorator, stays flagged, and
      so does an import of the project's own code: a relative import, the
      file's own top-level package or a directory its path runs through
      (`pymemcache/test/test_benchmark.py` importing `pymemcache.client`;
      not a directory below the deepest directory of the path that the
      file imports by its absolute name, its own package: in
      `brokerage/plaid/connections.py`, which imports `brokerage._shared`,
      `plaid/` is a subpackage and `from plaid.api import plaid_api` the
      optional SDK),
      or one the module also imports outside any `try` (`from sentry_sdk
      import get_client`, then `try: from sentry_sdk.integrations.openai
      import ...`), unless the `try` only takes names from modules the
      file has already imported, unguarded, above it (`from MediaPlayer
      import MPRemoteCommandCenter`, then `try: from MediaPlayer import
      MPMediaItemArtwork` / `except Exception: MPMediaItemArtwork =
      object`: aionowplaying), each name capitalized as a class or a
      constant is: no module code runs again, and only a name missing
      from this version of the module can fail. A lower-case name may be
      a submodule, whose code runs on import (`from thrift.protocol
      import fastbinary`), and stays flagged;
    - any catch-all around a `try` whose body is only `pass`, `...` or a
      docstring, or only assignments of literals to names (`try: PLOTTING =
      True`: fireworks' dashboard) or of a literal or a name to attributes
      of `self` (`try: self.__lfh = log`: wwpdb's forms; a property setter
      could raise, none does there): nothing in it can raise, so the handler
      never runs; the same around a `try` of `os.system(...)` calls only
      (as statements or bound to names: aws-pcluster-slurm-spawner's
      `mkdir`): a command that fails or is not found comes back as its exit
      status, not an exception. Another call beside them (`os.chmod(...)`)
      keeps the handler flagged. The same around a `try` that only reads
      environment variables by literal names (`return getenv("HOME")`,
      `home = os.environ.get("HOME", "")`: janis' `try_get_home_dir`): an
      unset variable answers `None` or the default;
    - a catch-all that passes, sets constants or returns one (`return None`)
      around a `try` whose one statement loads a shared library
      (`libpthread = ctypes.CDLL(path)`, `ctypes.cdll.LoadLibrary(...)`):
      "is it on this platform?", which ctypes answers by raising whatever
      the platform's loader reports. A `try` that also calls into the
      library stays flagged;
    - `except Exception:`, the `try`'s only handler, around one decoding
      of the incoming request's JSON body (`body = await request.json()`,
      `data = request.get_json()`; the request named `request` or `req`,
      or `self.request`) whose handler is one `return` of a client-error
      reply (a call given `status=`/`status_code=` 400 to 499, or Flask's
      `return jsonify(...), 400`): a body that is no JSON is the client's
      fault, and the reply hands it back (tsugite-daemon's routes, mimir's
      and hermes' MCP servers; the judged record held 12 such reports, 11
      judged noise). A handler that answers anything else (a 500, a
      default `{}`) and a `try` that does more stay flagged;
    - `except Exception:` that passes, sets constants or returns one
      around a `try` that only reads the installed package's metadata:
      imports of `importlib.metadata` (or its backport, or
      `pkg_resources`), `__version__ = version("pkg")`,
      `get_distribution("pkg").version`, `meta = metadata("pkg")` and
      items of it (`meta.get("Author", "")`), each given only literals and
      names (openmsistream's `__version__ = "unknown"`, streamlit-funplayer's
      package facts): "which version is installed?", whose one failure,
      the package not installed, the constant stands in for. The judged
      record held 15 such reports judged noise and 3 TP (the expected
      `PackageNotFoundError` not named). A bare `except:`, another call in
      the `try` (`version(load_plugin(name).dist_name)`), a handler that
      does more, and `distribution(name)` (an object the caller goes on
      to use) stay flagged;
    - `except Exception: pass` (also `except (CancelledError, Exception)`)
      around `await task` right after `task.cancel()`, under `if not
      task.done():`: waiting for a task that was still running to stop is
      one cleanup step, and only what it raises while stopping can be lost.
      Without the `done()` guard (the task may have failed already, and its
      error is swallowed here) it stays flagged;
    - `except Exception: pass` around `await fut` / `yield fut` in a function
      that only waits for the futures its caller handed it (`for fut in
      futures:` and nothing else): each future keeps its exception for
      whoever holds it, as with `asyncio.wait`. A future the function made
      itself, or one whose result it uses, stays flagged;
    - `except Exception:` around sorting without a `key` (`return
      sorted(x)`, `x.sort()`) whose handler falls back to the same items
      unsorted (`return list(x)`, `pass`): only the items' comparisons run,
      and they may raise anything;
    - `except Exception:` around one call that the handler makes again, the
      very same call, at its own top level and outside any nested `try`,
      with nothing the call reads bound anew first (`driver = await
      Browser.create(config)`, then `time.sleep(0.1)` and the same line):
      a failure that persists, a bug among them, propagates from the second
      call; also the same function of the package the first one's module
      sits in, given the same arguments (`bitstruct.c.compile(fmt, names)`,
      then `bitstruct.compile(fmt, names)`: a C accelerator's pure-Python
      original, cantools). Another call is an alternative, not a retry, and stays flagged:
      other arguments (`int(text.strip())`, then `int(0)`;
      `change_margin_type("CROSSED")`, then `("ISOLATED")`), the same text
      after the handler rebinds one of its names or attributes (`content =
      "..."`, then `to_content(content)`; `self.driver = new_driver()`,
      then `self.driver.get(url)`), a call whose arguments make calls of
      their own (`out.append(normalize(arg))`); so does a retry after a
      `return`/`break`/`continue` in the handler or inside a nested `try`;
    - `except Exception:`, the `try`'s only handler, around one conversion
      by `int`, `float`, `complex` or `bool` of a value held in a name, an
      attribute, a subscript or a literal (`position = float(position)`,
      then `return False`: pyhomematic's setters; `int(id, 16)`, then
      `id = id.hex()`: pyvizio), with at most constants set after it
      (`pos = int(params[0])`, `n_used = 1`: bluesky-queueserver's CLI),
      also inside `max`, `min` or `abs` whose other arguments are such
      values (`return max(int(raw), minimum)`), and of a `get` of a literal
      key from such a holder, with a default after `or`
      (`int(options.get("top_n") or 0)`: yongle-worker's command line):
      a probe of whether the value is a number,
      whose failure is the answer. A conversion of a call's result
      (`int(f.read())`), one beside other work, one under a bare `except:`,
      and a catch-all after a handler of the expected errors (`except
      (TypeError, ValueError): ...` then `except Exception:`, which says the
      rest is unexpected: ldap3) stay flagged; so does `json.loads(...)`,
      whose callers' expected failure is a nameable `ValueError` (reviewers
      judged those TP);
    - `except Exception:`, the `try`'s only handler, around one JSON
      decoding of text held in a name or an attribute (`return
      json.loads(raw)`, `data = json.loads(data)`, also `orjson`, `ujson`,
      `simplejson`, `rapidjson`; `return response.json()`) whose handler is
      one `return` of that text unchanged (`return raw`; after
      `response.json()`: `response`, `response.text` or
      `response.content`): "is this JSON?", answered by handing the caller
      its input back as it came (lockbot, devopness-mcp-server, x402-money-
      reactor). The judged record held four such reports, all noise. A
      handler returning anything else (`return {}`, a default: the input is
      lost), a decoding of a call's result (`json.loads(path.read_text())`)
      and a bare `except:` stay flagged;
    - any catch-all around a probe of the host's own address through the
      routing table: a UDP socket (`socket.socket(socket.AF_INET,
      socket.SOCK_DGRAM)`, every binding of its name, in the `try`, before
      it or a `with ... as s`)
      "connected" to a literal address (`s.connect(("8.8.8.8", 80))`), then
      `s.getsockname()` bound or returned, with at most the socket made and
      closed besides, whose handler passes, sets or returns a constant, or
      logs a line and returns one (`return "127.0.0.1"`): a datagram
      socket's `connect` sends nothing and waits for nothing, it only picks
      a route, and nothing in the `try` can raise but an `OSError`: the
      failure is the answer "no route" (streamlit, announce-server,
      observer-ollama, SideJITServer). The seven such reports judged in a
      sample since round 181's brief were noise, as were six more judged
      for recall; four of the five judged before (rounds 81 to 166) were
      TP ("only an `OSError` is expected: name it"), which this rule now
      leaves to review. A stream socket's `connect`
      (it reaches a peer), an address that is not a literal, any other step
      in the `try` and a handler returning a value that is not a constant
      stay flagged;
    - `except Exception: pass` around one comparison of objects held in
      names (`if type(task) is type(key) and task == key: return val`):
      an arbitrary object's `__eq__` may raise anything (an array's truth
      value is ambiguous), and a failed comparison means "not equal". A
      computed operand (`if normalize(task) == key:`) stays flagged;
    - `except Exception: pass` around one `q.put_nowait(item)` of plain
      values (constants, names, attributes, a tuple of them: `for q in
      subscribers: q.put_nowait((zone_id, state))`): only the queue can
      fail, with `QueueFull`, and a subscriber that does not keep up loses
      the item, which is what the quiet handler says. An item computed in
      the call (`q.put_nowait(encode(event))`) or a bare `except:` stays
      flagged;
    - `except Exception:` around one send of a message made of constants
      only, a keep-alive ping or pong (`self.socket.send(json.dumps({"event":
      "pusher:ping", "data": ""}))`, also awaited, encoded or serialised by
      `ujson`), whose handler logs or prints a message: no value of the
      caller's goes in, so only the transport can fail, and the message says
      so. A send of the caller's data (`json.dumps(event)`), a bare
      `except:` or a quiet handler stays flagged;
    - a handler that answers the client: it sets an HTTP error status
      (`self.set_status(503)`, `send_error(500, ...)`) and puts the
      exception's text in the reply (`self.write("failed: %s" % e)`, or the
      status line's reason: `self.set_status(500, str(e))`, also through a
      message built first and a log line: `msg = "...: %s" % e`, then
      `self.finish(json.dumps({"message": msg}))`), or, as its last
      statement, returns a response with a client-error status (4xx) that
      carries the text, around a `try` that only parses the request's input
      (`[int(i) for i in log_ids.split(",")]`, `datetime.strptime(...)`,
      its own `raise`/`assert` checks), then `return JsonResponse({"error":
      "bad ids: %s" % e}, status=status.HTTP_400_BAD_REQUEST)`:
      django-common-task-system's views); a `try` that does the server's
      work (a queue, a signature check) or a `500` stays flagged: the
      failure is the server's and its traceback is lost (judged TP in
      flask-apscheduler, twitchio and that project's own queue view), or
      makes an
      XML-RPC fault of it (`Fault(1, "%s:%s" % (type(exc), exc))`, a
      multicall's `{"faultString": ...}`; also a JSON-RPC library's own
      `Fault`: jsonrpclib's `Fault(-32700, "Request invalid. (%s)" % e)`),
      or sends the peer an error
      message carrying the exception (`await websocket.send_text(f"Error:
      {e}")`; `response = make_error_response(rid, DirtyError(str(e)))`,
      then `write_message_async(writer, response)`; `sendBadResponse(tag,
      b"Server error: " + str(e).encode())`: a `send*`/`reply`/`respond`/
      `write_message` call whose message says it is an error): the failure
      is handed to whoever made the request. Sending text that does not say
      so, or an answer without the exception, stays flagged. A handler that
      calls the error callback its caller
      passed in with something else than the error (`if onerror:
      onerror(modname)`) stays flagged: the traceback is lost unless every
      callback fetches it;
    - a handler that logs and sets a flag (`error = True`) that a later
      statement of the function's own body, after the loop holding the
      `try`, raises on (`if error: raise RuntimeError(...)`): each step is
      tried, and the failure reaches the caller once they are done
      (scchainserver's portlet backups). A flag read any other way stays
      flagged;
    - a handler that fails the operation in progress with the exception's
      text (`return self.failHandshake(f"bad headers: {e}")`: a method whose
      name starts with `fail`, a bare `fail` being a test's raising call), or
      turns it into another exception carrying its text (`enc_err =
      ApplicationError(DECRYPT_ERROR, f"failed to decrypt: {e}")`) that the
      function then raises, returns or hands to a call (`reject(d,
      enc_err)`): whoever waits for the operation gets the failure. Failing
      it with a text that leaves the exception out, or building the new
      exception and only logging it, stays flagged;
    - `except Exception:` around code that only writes a diagnostic (`print`,
      `log.debug`, `sys.stderr.write`, `warnings.warn`), with a handler that
      is `pass` or only reports: a failure to report has nowhere else to go;
      so too, inside an `except` handler, a quiet catch-all (bare too) around
      one report of the error being handled with its traceback
      (`sys.excepthook(*sys.exc_info())`, `conn.send(("#TRACEBACK",
      format_exc()))`), and, in an `except` handler that has already
      logged the error being handled with its traceback
      (`logger.error(..., exc_info=True)`, `log.exception(...)`), a quiet
      catch-all around one call answering the client with an error
      (`self.send_error(500)`, `self._send_json({...}, 500)`: a call whose
      name starts with `send`, `reply`, `respond`, `write`, `finish` or
      `abort`, or names an error; pieeg-server's request handlers): what
      the reply raises (the client gone) is all that is dropped. After a
      log without the traceback, around other work (a retry), or bare (or
      `BaseException`) around an awaited reply, which swallows the task's
      cancellation too (threadlight's `await websocket.send_json(...)`,
      judged TP by a recall judge), it stays flagged;
    - code that must not raise, whatever the objects it handles do:
      `__repr__`, `__str__`, `__format__`, `__del__`, functions whose name
      holds `repr` or starts or ends with `safe` (`safe_str`,
      `parse_http_date_safe`), error and warning reporters (`write_error`,
      `handleError`, `format_exception`, `raise_error`, `geterrortext`,
      `_formatwarnmsg_impl`), `emit`/`format` of a logging `Handler`/
      `Formatter` subclass, `filter` of a `logging.Filter` subclass (a
      raise breaks the logging call), the runtime's error hooks (a
      function named `excepthook`, or one the file installs as
      `sys.excepthook`, `threading.excepthook` or `sys.unraisablehook`:
      chipstream's GUI hook; a function shaped as one but installed as
      none stays flagged), and in a method of such a handler that only
      its `emit`, `flush` or `close` calls, a `try` of one call whose
      handler logs or prints a message (logdna's `buffer_log`, handing the
      record to a pool; a quiet handler, a retry, or a method that other
      code calls too stays flagged),
      Django template filters (`@register.filter`:
      documented to fail silently), and a handler that passes in a function
      whose own docstring promises it never raises ("Best effort: never
      raises", "must not raise"; a conditional promise, "does not raise if
      it is closed", stays flagged, and so does a handler that logs only a
      message: `exc_info=True` keeps the traceback and the promise); a
      `try` whose one statement is a display
      string of an object (`s = repr(obj)`, `return str(obj)`,
      `m = f"{name}: {value}"`) or reads a computed attribute of an arbitrary
      object (`value = getattr(obj, name)`, `func.__wrapped__ =
      getattr(cls, attr)`: any descriptor can raise anything), reads one
      special attribute of an object held in a name (`ob_call =
      ob.__call__`: a buggy `__getattr__` raises anything; a chain,
      `value.__func__.__code__` of an object of the program's own, stays
      flagged), reads a chain of special attributes of an object the caller
      handed in (`mod, _, _ = x.__class__.__module__.partition(".")` in
      `def f(x)`, or `cls2.__module__` in `for cls2 in cls.__mro__:`: its
      class or metaclass decides what they are; the same of `self`, or
      through an ordinary attribute, `x.config.__module__`, stays flagged)
      or reads one
      with a default (`channels = list(getattr(transport, "channels", None)
      or ())`: the default answers a missing attribute, so only what the
      object's own code raises is left; without the default, `value =
      getattr(obj, "size")`, stays flagged), also after
      a guard that raises on purpose (`if name == "__dict__": raise
      Exception(...)`); a `try` whose one statement takes the signature of
      an object held in a name (`argspec = str(inspect.signature(fob))`):
      it reads the object's `__signature__`, `__wrapped__`, `__call__`...,
      whose descriptors can raise anything; also copied onto a wrapper,
      `wrapper.__signature__ = inspect.signature(f)` (binding arguments to it,
      `inspect.signature(f).bind(*args)`, stays flagged);
    - a `try` that evaluates code given as data (`eval`/`exec` of a user's
      expression, also through a function of this module or a method of this
      class that evaluates its parameter: `self.get_entity(what)`),
      assignments reading attributes of an object so obtained (`value =
      self._getval(arg)`, then `code = value.__func__.__code__`; pdb's `if
      hasattr(func, "__func__"): func = func.__func__`, `code =
      func.__code__`, `lineno = code.co_firstlineno`: the same reads of a
      looked-up object stay flagged), or only
      serializes an object to see whether it can be (`loads(dumps(exc))`,
      `msgpack.dumps(list(d.keys()))`, or the serializer its caller handed in
      as a parameter named `encoder`/`serializer`/`dumps`, `encoder(arg)`,
      or its round trip, `coder.loads(coder.dumps(exc))`, keeping the answer
      with `safe.append(arg)` or `return exc`): anything can be raised,
      so no exception type can be named (`json.loads(data)`, one known
      failure, stays flagged);
    - a yes/no probe (a function named `is_*`, `has_*`, `can_*`, `should_*`,
      `verify*`, `validate*`, `check*`, `ping*`, `using_*`, `takes_*`,
      `*supports*` ..., `io.IOBase`'s `readable`, `writable`, `seekable`,
      `isatty`, or a question after its subject: `success_was_stored`,
      `conn_is_alive`, `task_has_result`, `redis_available`, `ipv6_supported`,
      also `*_reachable`, `*_installed`; not `get_available`) whose handler answers `return False`
      (or `True`, or sets the answer, or returns a parameter whose default is
      `True` or `False`: click's `_is_binary_reader(stream, default=False)`),
      also after printing or logging a
      message (`warnings.warn("... assuming no support")`), or is `pass`
      where the function returns a bool or a flag it first set to one
      (`has_ipv6 = False` ... `return has_ipv6`), or only prints or logs a
      message where the statement right after the `try` is `return False`
      (`print("Could not reach the recording system: ...")`: tdl-client's
      `is_running`; a `try` in a loop, or one followed by more work, stays
      flagged: s3fs's bucket probes, judged TP); and a function of no arguments that is
      the probe (`pg_available()`: besides the `try` only guards answering at
      once and a final `return True`, every `return` a bool) whose handler is
      `return False`: it probes the environment, and any failure means no;
      also a function that is only the `try`, whose body is one `return` of
      a call named as such a question (`return self._process.is_alive()`,
      `stream.isatty()`, `client.ping()`) and whose handler is `return False` (python-nmap's
      `still_scanning`: no process before the first scan). A
      function taking arguments (`save(data)` answering success) or returning
      anything else stays flagged;
    - a health check (a function whose name holds a word starting with
      `health`, `readiness` or `liveness`: `health_check`,
      `get_airflow_health`, `_health`, a Kubernetes `readiness_check`; a
      function whose name starts with the word `check` in a module whose
      path holds such a word or `doctor`: soothe-daemon's
      `health/checks/external_apis_check.py`; or a
      method `check`, `probe` or `run` of a class so named: dory's
      `LivenessProbe.check`) whose
      handler makes the failure its answer: it sets a status, a constant,
      a constant's name or the error's text (`health_status["database"] =
      "unavailable"`, `metadatabase_status = UNHEALTHY`, `stats["error"] =
      f"check failed: {e}"`), or returns one (`return False`, `return
      HealthCheck(message=str(e), status="fail")`, `return
      JSONResponse(status_code=503, content={"status": "unready"})`,
      `return ProbeResult(healthy=False, message=f"... {e}")`, a dict
      display of those with a status key (`status`, `state`, `healthy`,
      `ok`...): `return {"status": "unhealthy", "error": str(e)}`:
      pi-llm-server's services; not `{"error": str(e)}` alone, an error
      value: foreblocks' forecasting readiness), besides log
      lines and a count of failures (`metrics.failed_health_checks += 1`): a
      health endpoint reports failures as its answer. A handler that only
      logs (`health_updater`'s "unhandled exception"), sets a number
      (`health["active_nodes"] = 0`: a made-up figure beside a "healthy"
      status), does other work, or sets the same status in a function that
      is no health check, stays flagged;
    - an `__eq__`/`__ne__` whose handler returns `True` or `False` and whose
      `try` only reads and compares (its calls: builtins, functions of the
      module, methods called with no argument): the comparison's answer
      when the other object cannot be compared (ldap3's attributes,
      thespian's messages). One that hands the other object to code it does
      not show (`self.function(other)`, `self.__class__(other)`) stays
      flagged;
    - at the top level of `setup.py`, a `try` that is one `with open(...) as
      f:` block of assignments whose handler binds the same names to empty
      values (`long_description = ""`): a build script's optional input
      (bonobo's README and classifiers);
    - a `try` that is one `del X[key]` (a key that calls nothing) whose
      handler does nothing: `del os.environ[key]` of a variable that may
      already be unset (click's test runner); the item is gone either way;
      likewise one `kwargs.pop(key)` of the function's own `**kwargs`, whose
      only failure is a missing key (scrapy-redis-bloomfilter-block-cluster's
      connection factory); another receiver's `pop` stays flagged;
    - a `try` whose body is a lone `raise` (or `pytest.fail()`): the handler
      catches what was raised on purpose; a `try` that is one call of a
      function of the same module (method of the same class) whose handler
      reports the failure and re-raises (pdb's `_getval`): it is reported;
    - in a program that starts no concurrency (a file under `script-paths`,
      or a module with an `if __name__ == "__main__":` block, either importing
      no concurrency module: the test SPEC 7.1 gives OTP202), a handler, not
      in an `async def`, that prints the caught exception to the user
      (`print("ERROR:", x)`, `print(str(e))`), besides other prints, plain
      assignments and `return`/`continue`/`break`: the user who ran it sees
      the failure. A fixed text (`print("no quotes")`), a log call, a
      coroutine (a server's per-connection handler) or a file that imports
      `threading`/`asyncio`/... stays flagged;
    - the program's last act, whatever threads or event loop it ran: the last
      statement of an `if __name__ == "__main__":` block, or of the
      module-level function that block runs as the program (`main()`,
      `sys.exit(main())`, `asyncio.run(main())`), a `try` whose handler
      prints the caught exception (`print(f"Error: {e}")`, besides other
      prints): the program tells its user why it stops, and nothing runs
      after it. A `try` with more work after it (`start()` then `serve()`),
      or in a function the block does not run, stays flagged;
    - a `cmd.Cmd` command (`do_*`) whose handler prints or shows the error
      at the prompt (also `self.ctl.output("Error: bad argument ...")`, with
      a failing exit status set: `self.ctl.exitstatus = GENERIC`); setting
      the status alone stays flagged;
    - in a command of an `argparse` program (a function taking `args:
      argparse.Namespace`, or one that parses its own command line before
      the `try` with a parser it made: `parser =
      argparse.ArgumentParser(...)`, then `args = parser.parse_args(argv)`:
      djobs' hook CLI), a handler that writes the caught exception out
      (`print(f"Error: {exc}", file=sys.stderr)`, `print_error(str(e))`:
      calls whose names say they print, echo, write or report an error) and
      ends in `return 2`, a failing exit status: the user sees why, the shell
      sees that it failed (maid-runner's `cmd_*` commands). Going on to
      `return 0` stays flagged;
    - a handler that shows the caught exception in an error dialog
      (`QMessageBox.critical(self, "Error", f"Failed to save: {e}")` of Qt,
      tkinter's `messagebox.showerror(...)`, `wx.MessageBox(...)`), besides
      imports, log lines, plain assignments and `return`: the user whose
      action failed is told why, as at a `cmd.Cmd` prompt (holocrontoolset's
      editors). A dialog with a fixed text (`"Reload failed"`) stays flagged;
    - the last statement of a command of a command-line package (a
      function decorated `@app.command(...)` or `@click.command()` in a
      module importing click, typer, asyncclick, rich-click or cloup), a
      `try` whose handler prints the caught exception (`print(f"{e}")`:
      indexify-extractor-sdk's `describe`): the user who ran the command
      sees why it failed, as at a `cmd.Cmd` prompt. More work after the
      `try`, or a handler that prints a fixed text, stays flagged;
    - in test files, the body of a test's child (a function of the module
      that the file passes as some call's `target=`) whose handler sends
      the exception, or its text, back on a queue or pipe it is given
      (`queue.put(("error", str(e)))`, or in a list that it then puts on
      that queue whole), besides at most log lines: the test reads the
      queue, and the failure is what it sees (ping3's tests). Kept in a
      list that never goes back, or sent without the exception, it stays
      flagged;
    - in test files, a handler that only records the failure in a flag or a
      collection (`hit = True`, `got[0] = True`, `errors.put(msg)`,
      `record.append(("error", type(exc)))`) that the test function asserts
      on, directly or after one copy (`items.append(errors.get_nowait())`,
      then `assert not items`): the test still fails when it matters;
    - in test files, `except Exception: pass` around one call, followed
      within four statements by a check of the type of a failure taken out
      of a record of failures (a name whose words include `exceptions`,
      `errors`, `failures`, `failed`): `(exc,) = exceptions`, then `assert
      isinstance(exc, ZeroDivisionError)` (or `assertIsInstance`, `type(exc)
      is`): the test expects the call to fail and names the failure it
      expects where the code under test recorded it. Counting the recorded
      failures (`assert len(exceptions) == 1`) or reading their details
      (`failed = listener.failed_events[0]`, then its command name) names
      no type: any error passes, so it stays flagged (the remedy is
      `pytest.raises(T)`), as does reading something else (`(span,) =
      spans`) or asserting there is none (`assert not errors`).

    A handler after one of the same `try` that catches all it would
    (`except Exception:` after `except Exception as e:`; anything after
    `except:` or `except BaseException`) never runs and is not reported
    (nxsconfigserver's tests); a bare `except:` after `except Exception`
    still catches `KeyboardInterrupt` and stays reported. A `try` that
    imports names from a module relative to its package, whose handler
    imports the same names from the same module by its absolute name
    (`from .checks import f` / `except Exception: from checks import f`;
    `from . import checks` / `import checks`: a file run both in its
    package and as a script), under `except Exception:`, is not reported (a
    bare `except:` there also swallows `KeyboardInterrupt`): a bug
    in that module fails the second import too, with the first failure
    chained to it.

    Any `<x>.opt(exception=...)` followed by a call is taken for loguru's
    logger logging the traceback (`logger.opt(exception=True).error(...)`):
    another library's `opt` method with an `exception=` keyword would be
    trusted the same way.

    Handlers for specific exception types are never reported, however broad
    (`except OSError: pass` is a decision, not a catch-all). A catch-all
    reached through an alias (`E = Exception; except E:`) is not seen.
    """

    code = "OTP501"
    name = "swallowed-exception"
    node_facts = frozenset({ast.Assign})  # ``_hook_names``: ``sys.excepthook = f``
    audit = "catch-all `rescue _` in 49 files (first audit, \"dangerous error handling\")"
    valid = (
        # the same name where another version of the library keeps it
        Example(
            "import django\ntry:\n    from django.urls import reverse\n"
            "except Exception:\n    from django.core.urlresolvers import reverse\n"
        ),
        # a bounded wait, and a kill if the child is still running
        Example(
            "def stop(proc):\n    proc.terminate()\n    try:\n        proc.wait(timeout=5)\n"
            "    except Exception:\n        proc.kill()\n"
        ),
        # ``quit()``: a best-effort close, then ``raise SystemExit(code)``
        Example(
            "import sys\n\n\nclass Quitter:\n    def __call__(self, code=None):\n"
            "        try:\n            sys.stdin.close()\n        except:\n            pass\n"
            "        raise SystemExit(code)\n"
        ),
        Example(
            "import logging\nlogger = logging.getLogger(__name__)\n"
            "class Handler:\n    def do_GET(self):\n        try:\n"
            "            self.serve_page()\n        except Exception as e:\n"
            "            logger.error(f'GET failed: {e}', exc_info=True)\n"
            "            try:\n                self.send_error(500)\n"
            "            except Exception:\n                pass\n"
        ),
        Example(
            "import sys\nimport traceback\n\ndef on_crash(etype, value, tb):\n"
            "    text = ''.join(traceback.format_exception(etype, value, tb))\n"
            "    try:\n        save_crash_report(text)\n    except Exception:\n        pass\n"
            "    show_dialog(text)\n\nsys.excepthook = on_crash\n",
        ),
        Example(
            "import shutil\ndef _check_disk_space():\n    try:\n"
            "        free = shutil.disk_usage('/').free\n"
            "        return CheckResult(name='disk', status=CheckStatus.OK, message=str(free))\n"
            "    except Exception as exc:\n"
            "        return CheckResult(name='disk', status=CheckStatus.WARNING,\n"
            "                           message=f'Could not read disk usage: {exc}')\n",
            path="health/checks/disk.py",
        ),
        Example(
            "async def transaction(session):\n    try:\n        yield session\n"
            "        await session.commit()\n    except BaseException:\n        try:\n"
            "            await session.rollback()\n        except Exception:\n"
            "            pass\n        raise\n"
        ),
        Example(
            "from os import getcwd, getenv\ndef home_dir():\n    try:\n"
            "        return getenv('HOME')\n    except:\n        return getcwd()\n"
        ),
        Example(
            "import argparse, sys\ndef main(argv=None):\n"
            "    parser = argparse.ArgumentParser(prog='hook')\n"
            "    args = parser.parse_args(argv)\n    try:\n"
            "        payload = decode(args.payload)\n    except Exception as exc:\n"
            "        print(f'hook: invalid --payload: {exc}', file=sys.stderr)\n"
            "        return 2\n    return run(payload)\n"
        ),
        Example(
            "import os\ndef make_log_dir(user, home):\n    try:\n"
            "        os.system(f'runuser {user} -c \"mkdir -p {home}/logs\"')\n"
            "    except Exception:\n        pass\n"
        ),
        Example(
            "async def health_check(client):\n    try:\n"
            "        await client.get('/health', timeout=5.0)\n"
            "        return {'status': 'healthy'}\n    except Exception as e:\n"
            "        return {'status': 'unhealthy', 'error': str(e)}\n"
        ),
        Example(
            "import logging\nlogger = logging.getLogger(__name__)\nclass LivenessProbe:\n"
            "    def check(self):\n        try:\n            ok = self.custom_check()\n"
            "        except Exception as e:\n            logger.error(f'check error: {e}')\n"
            "            return ProbeResult(healthy=False, message=f'check error: {e}')\n"
            "        return ProbeResult(healthy=ok, message='alive')\n"
        ),
        Example(
            "import typer\napp = typer.Typer()\n@app.command()\ndef describe(name: str):\n"
            "    try:\n        describe_sync(name)\n    except Exception as e:\n"
            "        print(f'{e}')\n"
        ),
        Example(
            "def finish_run():\n    try:\n"
            "        from remote.client import close_all_clients\n"
            "        close_all_clients()\n    except Exception:\n        pass\n"
        ),
        Example(
            "import json\nimport logging\nlog = logging.getLogger(__name__)\n"
            "class Connection:\n    def send_ping(self):\n        try:\n"
            "            self.socket.send(json.dumps({'event': 'ping'}))\n"
            "        except Exception as e:\n            log.error('ping failed: %s', e)\n"
        ),
        Example(
            "def position(params):\n    pos, n_used = None, 0\n    try:\n"
            "        pos = int(params[0])\n        n_used = 1\n    except Exception:\n"
            "        ...\n    return pos, n_used\n"
        ),
        Example(
            "def stop(server):\n    try:\n        server.stop()\n        server.destroy()\n"
            "    except Exception:\n        pass\n"
        ),
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n"
            "try:\n    work()\nexcept Exception:\n    log.exception('work failed')\n"
        ),
        Example("try:\n    work()\nexcept Exception:\n    cleanup()\n    raise\n"),
        Example(
            "def connect(url=None, **kwargs):\n    try:\n        kwargs.pop('db')\n"
            "    except BaseException:\n        pass\n    return open_url(url, **kwargs)\n"
        ),
        Example(
            "def destroy(proc):\n    try:\n        proc.terminate()\n"
            "        proc.wait(timeout=3)\n    except Exception:\n        proc.kill()\n"
        ),
        Example("try:\n    isident = str.isidentifier\nexcept Exception:\n    isident = None\n"),
        Example(
            "def set_level(self, position):\n    try:\n        position = float(position)\n"
            "    except Exception:\n        return False\n    self.write(position)\n"
        ),
        # "is this JSON?": if not, the caller gets its text back as it came
        Example(
            "import json\ndef detail_of(raw):\n    try:\n        return json.loads(raw)\n"
            "    except Exception:\n        return raw\n"
        ),
        # "which address routes out?": a UDP connect only picks a route
        Example(
            "import socket\ndef local_ip():\n    try:\n"
            "        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "        s.connect((\"8.8.8.8\", 80))\n        return s.getsockname()[0]\n"
            "    except Exception:\n        return \"127.0.0.1\"\n"
        ),
        Example(
            "import bitstruct\ndef compile_format(fmt, names):\n    try:\n"
            "        compiled = bitstruct.c.compile(fmt, names)\n    except Exception:\n"
            "        compiled = bitstruct.compile(fmt, names)\n    return compiled\n"
        ),
        Example(
            "import warnings\ntry:\n"
            "    from urllib3.exceptions import InsecurePlatformWarning\n"
            "    warnings.simplefilter('ignore', category=InsecurePlatformWarning)\n"
            "except Exception:\n    pass\n"
        ),
        Example(
            "def instrument(app):\n    try:\n        from otel.fastapi import Instrumentor\n"
            "    except Exception as exc:\n        log.debug('unavailable: %r', exc)\n"
            "        return False\n    Instrumentor.instrument_app(app)\n    return True\n"
        ),
        Example("try:\n    work()\nexcept (OSError, ValueError):\n    pass\n"),
        Example(
            "try:\n    work()\nexcept Exception as exc:\n"
            "    log.error('work failed: %s', exc, exc_info=True)\n"
        ),
        # Twisted keeps the traceback in a Failure.
        Example(
            "from twisted.python import log\n"
            "try:\n    work()\nexcept Exception:\n    log.err(None, 'work failed')\n"
        ),
        Example(
            "from twisted.logger import Logger\nlog = Logger()\n"
            "try:\n    work()\nexcept Exception:\n    log.failure('work failed')\n"
        ),
        Example("try:\n    work()\nexcept Exception:\n    d.errback()\n"),
        Example("try:\n    work()\nexcept Exception:\n    callback.throw()\n"),
        # oslo.utils re-raises when the block ends, or raises chained to the error.
        Example(
            "from oslo_utils import excutils\ntry:\n    compile_flow()\nexcept Exception:\n"
            "    with excutils.save_and_reraise_exception():\n        history.clear()\n"
        ),
        Example(
            "from sqlalchemy import util\ntry:\n    init(state)\nexcept Exception:\n"
            "    with util.safe_reraise():\n        dispatch.init_failure(state)\n"
        ),
        Example(
            "def dumps(obj):\n    try:\n        return msgpackutils.dumps(obj)\n"
            "    except Exception:\n"
            "        exc.raise_with_cause(exc.JobFailure, 'cannot serialize')\n"
        ),
        Example(
            "def _raise_decode_failure(res):\n    raise DecodeError(res.code, res.text[:200])\n"
            "def decode(res):\n    try:\n        return res.json()\n    except Exception:\n"
            "        _raise_decode_failure(res)\n"
        ),
        Example(
            "import sentry_sdk\n\ntry:\n    work()\nexcept Exception:\n"
            "    sentry_sdk.capture_exception()\n"
        ),
        # The exception object goes back to the caller or into a container.
        Example(
            "def get_exc(f):\n    try:\n        f()\n    except Exception as exc:\n"
            "        return exc\n"
        ),
        Example(
            "for item in items:\n    try:\n        work(item)\n"
            "    except Exception as exc:\n        errors.append((item, exc))\n"
        ),
        # A best-effort cleanup call.
        Example("try:\n    conn.close()\nexcept Exception:\n    pass\n"),
        # The same, also catching everything, while the first error goes on up.
        Example(
            "async def connect(ws):\n    try:\n        await handshake(ws)\n"
            "    except BaseException:\n        try:\n            await ws.close()\n"
            "        except BaseException:\n            pass\n        raise\n"
        ),
        # A best-effort step of a function that closes its object down.
        Example(
            "class Session:\n    def cleanup(self):\n        try:\n"
            "            if self.check_config_mode():\n                self.exit_config_mode()\n"
            "        except Exception:\n            pass\n"
        ),
        Example("try:\n    engine.dispose()\nexcept Exception:\n    pass\n"),
        Example(
            "async def stop(pubsub):\n    try:\n        await pubsub.aclose()\n"
            "    except Exception:\n        pass\n"
        ),
        Example(
            "@asyncio.coroutine\ndef stop(self):\n    try:\n"
            "        yield from self.writer.close()\n    except Exception as e:\n"
            "        self.logger.debug('close failed: %s' % e)\n"
        ),
        Example(
            "def finalize(address):\n    try:\n        conn = Client(address)\n"
            "        try:\n            dispatch(conn, None, 'shutdown')\n"
            "        finally:\n            conn.close()\n    except Exception:\n"
            "        pass\n"
        ),
        # A standard stream may be None or any object.
        Example(
            "import sys\nfds = []\ntry:\n    fds.append(sys.stderr.fileno())\n"
            "except Exception:\n    pass\n"
        ),
        Example(
            "def env_int(raw, default, minimum):\n    try:\n"
            "        return max(int(raw), minimum)\n    except Exception:\n"
            "        return max(default, minimum)\n"
        ),
        Example(
            "def top_n(options):\n    try:\n        n = int(options.get('top_n') or 0)\n"
            "    except Exception:\n        n = 0\n    return n\n"
        ),
        # Details for the report of the real error.
        Example(
            "import ssl\ndef handshake(sock):\n    try:\n        sock.do_handshake()\n"
            "    except ssl.SSLError as err:\n        try:\n"
            "            peer = sock.getpeername()\n        except Exception:\n"
            "            peer = '(not connected)'\n"
            "        log.warning('SSL error on %s: %s', peer, err)\n        raise\n"
        ),
        # The client is told.
        Example(
            "class Handler:\n    def get(self):\n        try:\n            self.work()\n"
            "        except Exception as e:\n            self.set_status(503)\n"
            "            self.write('failed: %s' % e)\n"
        ),
        # Code that must not raise.
        Example(
            "class Lock:\n    def __repr__(self):\n        try:\n"
            "            owner = self._owner()\n        except Exception:\n"
            "            owner = 'unknown'\n        return f'<Lock owner={owner}>'\n"
        ),
        Example(
            "class Conn:\n    def __del__(self):\n        try:\n            self.disconnect()\n"
            "        except Exception:\n            pass\n"
        ),
        Example(
            "def describe(obj, name):\n    try:\n        value = getattr(obj, name)\n"
            "    except Exception:\n        value = None\n    return name, value\n"
        ),
        Example(
            "def classify(cls, name):\n    try:\n        if name == '__dict__':\n"
            "            raise Exception('special')\n        obj = getattr(cls, name)\n"
            "    except Exception:\n        obj = cls.__dict__.get(name)\n    return obj\n"
        ),
        Example(
            "import inspect\ndef argspec(fob):\n    try:\n"
            "        return str(inspect.signature(fob))\n    except Exception:\n"
            "        return ''\n"
        ),
        # Comparing arbitrary objects: a failed comparison means not equal.
        Example(
            "def subs(task, key, val):\n    try:\n"
            "        if type(task) is type(key) and task == key:\n            return val\n"
            "    except Exception:\n        pass\n    return task\n"
        ),
        # Reporting the error being handled: a failed report has nowhere to go.
        Example(
            "import sys\ntry:\n    serve()\nexcept Exception:\n    try:\n"
            "        sys.excepthook(*sys.exc_info())\n    except:\n        pass\n"
        ),
        # Sorting arbitrary items, with the same items unsorted as the fallback.
        Example(
            "def _possibly_sorted(x):\n    try:\n        return sorted(x)\n"
            "    except Exception:\n        return list(x)\n"
        ),
        # Waiting for futures the caller handed over: each keeps its error.
        Example(
            "async def wait_all(futures):\n    for fut in futures:\n        try:\n"
            "            await fut\n        except Exception:\n            pass\n"
        ),
        # A cleanup call, when it is due.
        Example(
            "try:\n    if not reused:\n        pool.release_connection(conn)\n"
            "except Exception as e:\n    log.error(f'release failed: {e}')\n"
        ),
        # An event loop's teardown: cancel every task, collect the outcomes.
        Example(
            "import asyncio\ndef stop(loop):\n    try:\n"
            "        pending = asyncio.all_tasks(loop)\n        for task in pending:\n"
            "            task.cancel()\n        loop.run_until_complete(\n"
            "            asyncio.gather(*pending, return_exceptions=True))\n"
            "    except Exception:\n        pass\n    finally:\n        loop.close()\n"
        ),
        # The same cleanup the older way.
        Example(
            "try:\n    executor.shutdown(cancel_futures=True)\nexcept Exception:\n"
            "    executor.shutdown()\n"
        ),
        # A detail for the log line this function writes.
        Example(
            "def log_request(handler):\n    try:\n        user = handler.current_user\n"
            "    except Exception:\n        user = None\n"
            "    log.info('%s (%s)', handler.uri, user)\n"
        ),
        # The XML-RPC client gets the error as a fault.
        Example(
            "from xmlrpc.client import Fault, dumps\n"
            "def dispatch(data):\n    try:\n        return dumps((run(data),))\n"
            "    except BaseException as exc:\n"
            "        return dumps(Fault(1, '%s:%s' % (type(exc), exc)))\n"
        ),
        # The peer gets an error message carrying the exception.
        Example(
            "async def ws_scope(websocket):\n    try:\n"
            "        await websocket.send_json(scope_data(websocket))\n"
            "    except Exception as e:\n        await websocket.send_text(f'Error: {e}')\n"
        ),
        # Closing one writer in two calls.
        Example(
            "async def close(writer):\n    try:\n        writer.close()\n"
            "        await writer.wait_closed()\n    except Exception:\n        pass\n"
        ),
        # Waiting for a still-running task to finish its cancellation.
        Example(
            "import asyncio\nasync def stop(task):\n    if not task.done():\n"
            "        task.cancel()\n        try:\n            await task\n"
            "        except (asyncio.CancelledError, Exception):\n            pass\n"
        ),
        # A failed rollback is warned while the block's own error propagates.
        Example(
            "import logging\nlog = logging.getLogger(__name__)\nclass Tx:\n"
            "    def __exit__(self, exc_type, exc_val, exc_tb):\n        if exc_type:\n"
            "            try:\n                self.conn.rollback()\n"
            "            except Exception as exc2:\n"
            "                log.warning('error ignored in rollback: %s', exc2)\n"
            "        else:\n            self.conn.commit()\n"
        ),
        # A command reports a bad argument and fails with an exit status.
        Example(
            "import cmd\nclass Ctl(cmd.Cmd):\n    def do_tail(self, arg):\n        try:\n"
            "            n = int(arg)\n        except:\n"
            "            self.ctl.output('Error: bad argument %s' % arg)\n"
            "            self.ctl.exitstatus = 1\n            return\n"
            "        self.tail(n)\n"
        ),
        # A yes/no probe answers False to any failure.
        Example(
            "def is_ipv4(host):\n    try:\n        ipaddress.IPv4Address(host)\n"
            "    except Exception:\n        return False\n    return True\n"
        ),
        # A probe that warns, then answers no.
        Example(
            "import warnings\ndef check_version(release):\n    try:\n"
            "        return int(release) >= 4\n    except Exception:\n"
            "        warnings.warn('Unable to parse %r; assuming no' % release)\n"
            "        return False\n"
        ),
        # A state after its subject is a yes/no question too.
        Example(
            "def redis_available(min_version):\n    client = redis.Redis()\n    try:\n"
            "        client.ping()\n    except Exception:\n        return False\n"
            "    return client.info()['redis_version'] >= min_version\n"
        ),
        # A function of no arguments that only answers yes or no: it is the probe.
        Example(
            "def pg_available():\n    try:\n        psycopg.connect(DSN).close()\n"
            "    except Exception:\n        return False\n    return True\n"
        ),
        # An argparse command tells its user why and fails its exit status.
        Example(
            "import argparse, sys\ndef cmd_export(args: argparse.Namespace) -> int:\n"
            "    try:\n        export(args.path)\n    except Exception as e:\n"
            "        print(f'Error: {e}', file=sys.stderr)\n        return 2\n    return 0\n"
        ),
        # A GUI action shows its failure in an error dialog.
        Example(
            "from qtpy.QtWidgets import QMessageBox\nclass Editor:\n    def save(self):\n"
            "        try:\n            self.folder.save()\n        except Exception as e:\n"
            "            QMessageBox.critical(self, 'Error', f'Failed to save: {e}')\n"
        ),
        # A script without concurrency prints the error to its user.
        Example(
            "import sys\ndef main(proxy):\n    try:\n        proxy.call()\n"
            "    except Exception as x:\n        print('ERROR:', x)\n        return 1\n"
            "    return 0\nif __name__ == '__main__':\n    sys.exit(main(connect()))\n"
        ),
        # The outcome holds the exception (the dict literal's long form).
        Example(
            "try:\n    outcome = dict(result=work(), status='done')\n"
            "except BaseException as e:\n    outcome = dict(result=e, status='error')\n"
        ),
        # An attribute of a plugged-in object, read with a default.
        Example(
            "def open_channels(connection):\n    try:\n"
            "        channels = list(getattr(connection.transport, 'channels', None) or ())\n"
            "    except Exception:\n        channels = ()\n    return channels\n"
        ),
        # A yes/no question after its subject.
        Example(
            "def result_was_stored(backend, task_id):\n    try:\n"
            "        return backend.get(task_id)['status'] == 'SUCCESS'\n"
            "    except Exception:\n        return False\n"
        ),
        # A detail read off the error being handled.
        Example(
            "from urllib.error import HTTPError\n"
            "def fetch(opener, req):\n    try:\n        return opener.open(req)\n"
            "    except HTTPError as err:\n        body = b''\n        try:\n"
            "            body = err.read()\n        except Exception:\n            pass\n"
            "        return Response(err.code, body)\n"
        ),
        # Import-time priming of a cache; the module computes it again on use.
        Example(
            "def cpu_times():\n    return _plat.cpu_times()\n"
            "try:\n    _last = {0: cpu_times()}\nexcept Exception:\n    _last = {}\n"
            "def cpu_percent(tid):\n    return _last.get(tid) or cpu_times()\n"
        ),
        # The try raises on purpose.
        Example("try:\n    raise ValueError(1)\nexcept Exception as exc:\n    first = type(exc)\n"),
        # Evaluating a user's expression: anything can be raised.
        Example(
            "def complete(expr, ns):\n    try:\n        obj = eval(expr, ns)\n"
            "    except Exception:\n        return []\n    return dir(obj)\n"
        ),
        Example(
            "class Completer:\n    def get_entity(self, name):\n"
            "        return eval(name, self.namespace)\n"
            "    def attributes(self, what):\n        try:\n"
            "            return dir(self.get_entity(what))\n"
            "        except Exception:\n            return []\n"
        ),
        # Does it serialize? The caller's serializer raises anything.
        Example(
            "def safe_args(items, encoder):\n    safe = []\n    for arg in items:\n"
            "        try:\n            encoder(arg)\n            safe.append(arg)\n"
            "        except Exception:\n            safe.append(repr(arg))\n    return safe\n"
        ),
        # The caller's coder round-trips an arbitrary exception.
        Example(
            "def pickleable(exc, coder):\n    try:\n        coder.loads(coder.dumps(exc))\n"
            "        return exc\n    except Exception:\n        return None\n"
        ),
        # Reaping a child this function killed.
        Example(
            "def stop(proc):\n    proc.kill()\n    try:\n        proc.communicate()\n"
            "    except Exception:\n        pass\n"
        ),
        # The program's last act tells its user why it stops.
        Example(
            "import asyncio\nasync def main():\n    try:\n        await run_all()\n"
            "    except Exception as e:\n        print(f'Error: {e}')\n"
            "if __name__ == '__main__':\n    asyncio.run(main())\n"
        ),
        # A special attribute of an arbitrary object.
        Example(
            "def tip(ob):\n    try:\n        ob_call = ob.__call__\n"
            "    except BaseException:\n        return ''\n    return ob_call.__doc__\n"
        ),
        # A test that asserts on the flag its handler sets.
        Example(
            "def test_signal(sender):\n    ok = False\n    def receiver(request):\n"
            "        nonlocal ok\n        try:\n            ok = request.field < 1\n"
            "        except Exception:\n            ok = False\n"
            "    sender.connect(receiver)\n    sender.send()\n    assert ok\n",
            path="test_signals.py",
        ),
        # A test that expects the call to fail and checks the recorded failure.
        Example(
            "def test_error(client, exceptions):\n    try:\n        client.get('/boom')\n"
            "    except Exception:\n        pass\n    (exc,) = exceptions\n"
            "    assert isinstance(exc, ZeroDivisionError)\n",
            path="test_app.py",
        ),
        Example(
            "class Handshake:\n    def process(self, data):\n        try:\n"
            "            self.headers = parse_header(data)\n        except Exception as e:\n"
            "            return self.failHandshake(f'bad headers: {e}')\n"
        ),
        Example(
            "def decode(codec, msg, d):\n    err = None\n    try:\n"
            "        msg.args = codec.decode(msg.payload)\n    except Exception as e:\n"
            "        err = ApplicationError(DECRYPT_ERROR, f'failed to decrypt: {e}')\n"
            "    if err:\n        reject(d, err)\n"
        ),
        Example(
            "import inspect\ndef traced(f):\n    def wrapper(*a):\n        return f(*a)\n"
            "    try:\n        wrapper.__signature__ = inspect.signature(f)\n"
            "    except Exception:\n        pass\n    return wrapper\n"
        ),
        Example(
            "try:\n    import rmm\n    HAS_RMM = True\nexcept Exception:\n    HAS_RMM = False\n"
        ),
        Example(
            "class PyLint:\n    def __init__(self):\n        try:\n"
            "            from pylint.lint import Run\n            self._run = Run\n"
            "        except:\n            self._run = None\n"
        ),
        Example("try:\n    pass\nexcept Exception:\n    print('a failure')\n"),
        Example(
            "import ctypes\ndef setname():\n    try:\n"
            "        lib = ctypes.CDLL('libpthread.so.0')\n    except Exception:\n"
            "        return None\n    return lib.pthread_setname_np\n"
        ),
        Example(
            "def settimeouts(socks, t):\n    \"\"\"Best effort: never raises.\"\"\"\n"
            "    try:\n        for s in socks:\n            s.settimeout(t)\n"
            "    except Exception:\n        pass\n"
        ),
        Example("try:\n    import ujson as json\nexcept Exception:\n    import json\n"),
        Example(
            "import importlib\ntry:\n    posix = importlib.import_module('posix')\n"
            "except Exception:\n    posix = None\n"
        ),
        Example(
            "from .utils import log_and_raise\ndef create(client, name):\n    try:\n"
            "        client.create_namespace(name)\n    except Exception as err:\n"
            "        log_and_raise(status=500, reason=f'cannot create {name}: {err}')\n"
        ),
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n"
            "def send_state(send):\n    def callback(future):\n        try:\n"
            "            future.result()\n        except Exception:\n"
            "            retry()\n    def retry():\n"
            "        log.exception('cannot send the state')\n        send_state(send)\n"
            "    send().add_done_callback(callback)\n"
        ),
        # A retry: a failure that persists propagates from the second call.
        Example(
            "import time\nasync def start(Browser, config):\n    try:\n"
            "        driver = await Browser.create(config)\n    except Exception:\n"
            "        time.sleep(0.1)\n        driver = await Browser.create(config)\n"
            "    return driver\n"
        ),
        Example(
            "def dashboard(render):\n    plotting = False\n    try:\n"
            "        plotting = True\n    except Exception:\n        pass\n"
            "    return render(plotting)\n"
        ),
        # a search index a test may not have made, dropped after it
        Example(
            "def test_rollback(redis):\n    redis.ft('idx').create_index(())\n"
            "    try:\n        redis.ft('idx').dropindex()\n    except Exception:\n"
            "        pass\n",
            path="test_schema.py",
        ),
        # one object's two-call cleanup under a call-free guard (a behave hook)
        Example(
            "def after_all(context):\n    server = context.server\n    try:\n"
            "        if server is not None:\n            server.stop()\n"
            "            server.join(timeout=3)\n    except Exception:\n        pass\n"
        ),
        # a close that is logged, whose handler drops the transport and marks it closed
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n"
            "class Client:\n    async def close(self):\n        try:\n"
            "            self._transport.close()\n"
            "            log.info('connection closed: %s', self.port)\n"
            "        except Exception as e:\n"
            "            log.debug('error during close: %s', e)\n"
            "            self._transport = None\n            self._closed_event.set()\n"
            "            return\n        await self._closed_event.wait()\n"
        ),
        # a view that answers a request it cannot parse with a 400 and the text
        Example(
            "from django.http import JsonResponse\ndef retry(request, queue):\n"
            "    try:\n        ids = [int(i) for i in request.GET['ids'].split(',')]\n"
            "    except Exception as e:\n"
            "        return JsonResponse({'error': 'bad ids: %s' % e}, status=400)\n"
            "    queue.retry(ids)\n    return JsonResponse({'ok': True})\n"
        ),
        # a health check: the failure is the status it answers with
        Example(
            "async def health_check(framework):\n    status = {}\n    try:\n"
            "        await framework.scheduler.check()\n"
            "        status['scheduler'] = 'available'\n    except Exception:\n"
            "        status['scheduler'] = 'unavailable'\n    return status\n"
        ),
        # a class taken from a module already imported: only its absence can fail
        Example(
            "import sentry_sdk\ntry:\n    from sentry_sdk import Hub, Scope\n"
            "except Exception:\n    Hub = object\n    Scope = None\n"
        ),
        # A handler in code that cannot run (nia-mcp-server's body left behind
        # after a ``try`` whose body and handler both return).
        Example(
            "import logging\n\nlog = logging.getLogger(__name__)\n\n\n"
            "async def save_context(client, title):\n    try:\n"
            "        return await client.save(title)\n    except Exception as e:\n"
            "        log.exception('save failed')\n        return f'error: {e}'\n"
            "    try:\n        created = client.parse(title)\n"
            "    except Exception:\n        created = None\n    return created\n"
        ),
        # The traceback's frames printed, then the type and message
        # (mia-processes' bricks).
        Example(
            "import traceback\n\n\ndef run(brick):\n    try:\n        brick.run()\n"
            "    except Exception as e:\n"
            "        print(''.join(traceback.format_tb(e.__traceback__)), end='')\n"
            "        print('{0}: {1}'.format(e.__class__.__name__, e))\n"
        ),
        # The detail of a failed response, read for the error raised right
        # after (blockrun-llm's error bodies).
        Example(
            "class ApiError(Exception):\n    pass\n\n\n"
            "def check(response):\n    if response.status_code >= 400:\n"
            "        try:\n            detail = response.json()['error']\n"
            "        except Exception:\n            detail = response.text\n"
            "        raise ApiError(f'{response.status_code}: {detail}')\n"
            "    return response\n"
        ),
        # the same module by its absolute name (a file run in its package
        # and as a script: nxsconfigserver's tests)
        Example(
            "try:\n    from .checks import checkxmls\nexcept Exception:\n"
            "    from checks import checkxmls\n"
        ),
        # a handler no error reaches (an earlier one catches all it would)
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n\n\n"
            "def connect_device(name, connect):\n    try:\n        return connect(name)\n"
            "    except Exception:\n        log.warning('%s is gone', name, exc_info=True)\n"
            "    except Exception:\n        return None\n"
        ),
        # loguru's logger with the traceback (aiosyslogd's database writer).
        Example(
            "from loguru import logger\n\n\nasync def write(db, batch):\n"
            "    try:\n        await db.write_batch(batch)\n    except Exception:\n"
            "        logger.opt(exception=True).error('Error in database writer')\n"
        ),
    )
    invalid = (
        # the text decoded as JSON is lost: the caller gets a default
        Example(
            "import json\ndef merge_config(raw):\n    try:\n        return json.loads(raw)\n"
            "    except Exception:\n        return {}\n",
            line=5,
        ),
        # a stream socket's connect reaches the peer, and may wait for it
        Example(
            "import socket\ndef outward_ip():\n    try:\n"
            "        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
            "        s.connect((\"8.8.8.8\", 53))\n        return s.getsockname()[0]\n"
            "    except Exception:\n        return \"127.0.0.1\"\n",
            line=7,
        ),
        # another module of the project's own code: its bug would be hidden
        Example(
            "try:\n    from .fast_codec import decode\n"
            "except Exception:\n    from .slow_codec import decode\n",
            line=3,
        ),
        # the same wait whose handler kills another child: this one goes on
        Example(
            "def stop(proc, helper):\n    proc.terminate()\n    try:\n"
            "        proc.wait(timeout=5)\n    except Exception:\n        helper.kill()\n"
        ),
        # the same close before another error: the process goes on
        Example(
            "import sys\n\n\ndef fail(code):\n"
            "    try:\n        sys.stdin.close()\n    except:\n        pass\n"
            "    raise RuntimeError(code)\n"
        ),
        # a bare ``except:`` after ``except Exception`` still catches
        # KeyboardInterrupt; the same import fallback under it too
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n\n\n"
            "def connect_device(name, connect):\n    try:\n        return connect(name)\n"
            "    except Exception:\n        log.warning('%s is gone', name, exc_info=True)\n"
            "    except:\n        return None\n"
        ),
        Example("try:\n    from . import plugins\nexcept:\n    import plugins\n"),
        Example(
            "from loguru import logger\n\n\nasync def write(db, batch):\n"
            "    try:\n        await db.write_batch(batch)\n    except Exception:\n"
            "        logger.opt(colors=True).error('Error in database writer')\n"
        ),
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
        # Only one failure is expected: name it.
        Example(
            "def mtime(path):\n    try:\n        return os.stat(path).st_mtime\n"
            "    except Exception:\n        return None\n"
        ),
        # Not the same items: the failure becomes a silent default.
        Example(
            "def ordered(x):\n    try:\n        return sorted(x)\n"
            "    except Exception:\n        return None\n"
        ),
        # A future this code made: nobody else holds its error.
        Example(
            "async def run(job):\n    fut = asyncio.ensure_future(job())\n    try:\n"
            "        await fut\n    except Exception:\n        pass\n"
        ),
        # The task may have failed before the cancel: its error is swallowed.
        Example(
            "import asyncio\nasync def stop(task):\n    task.cancel()\n    try:\n"
            "        await task\n    except (asyncio.CancelledError, Exception):\n"
            "        pass\n"
        ),
        # An action answering success is not a probe: the failure is lost.
        Example(
            "def save(data):\n    try:\n        db.write(data)\n    except Exception:\n"
            "        return False\n    return True\n"
        ),
        # A coroutine in a script serves peers: a crashed handler's traceback is lost.
        Example(
            "async def echo(stream):\n    try:\n        await serve(stream)\n"
            "    except Exception as exc:\n        print(f'crashed: {exc!r}')\n"
            "if __name__ == '__main__':\n    run(main)\n"
        ),
        # Not the program's last act: it goes on as if the step had worked.
        Example(
            "import threading\ndef start():\n    try:\n        spawn()\n"
            "    except Exception as e:\n        print(e)\n    serve()\n"
            "if __name__ == '__main__':\n    start()\n"
        ),
        # Nobody killed the child: its failure is lost.
        Example(
            "def read(proc):\n    try:\n        proc.communicate()\n"
            "    except Exception:\n        pass\n"
        ),
        # A bare except around a cleanup also swallows KeyboardInterrupt.
        Example("try:\n    f.close()\nexcept:\n    pass\n"),
        # The message without the traceback (SPEC 7.1).
        Example(
            "import traceback\ntry:\n    work()\nexcept Exception as exc:\n"
            "    log.error(traceback.format_exception_only(type(exc), exc))\n"
        ),
        Example(
            "try:\n    work()\nexcept Exception as exc:\n"
            "    log.error('work failed: {}'.format(exc))\n"
        ),
    )

    def visit_Try(self, node: ast.Try, ctx: FileContext) -> None:
        for handler in node.handlers:
            self._check(node, handler, ctx)

    def visit_TryStar(self, node: ast.AST, ctx: FileContext) -> None:
        for handler in getattr(node, "handlers", ()):
            self._check(node, handler, ctx)

    def _check(self, try_node: ast.AST, handler: ast.ExceptHandler, ctx: FileContext) -> None:
        caught = self._catch_all(handler.type, ctx)
        if caught is None:
            return
        if self._unreachable(try_node, handler, caught, ctx):
            return  # an earlier handler of the same ``try`` catches all it would
        if self._handles(handler, ctx) or self._excused(try_node, handler, caught, ctx):
            return
        self.report(ctx, handler, self._message(handler, caught, ctx))

    def _unreachable(
        self, try_node: ast.AST, handler: ast.ExceptHandler, caught: str, ctx: FileContext
    ) -> bool:
        """An earlier handler of the same ``try`` catches everything this one
        would (``except Exception as e: ...`` then ``except Exception: ...``;
        anything after ``except:``/``except BaseException``): it never runs."""
        for earlier in getattr(try_node, "handlers", ()):
            if earlier is handler:
                return False
            first = self._catch_all(earlier.type, ctx)
            if first in ("except:", "except BaseException") or (
                first == caught == "except Exception"
            ):
                return True
        return False

    def _catch_all(self, expr: Optional[ast.expr], ctx: FileContext) -> Optional[str]:
        """``except:``, ``except BaseException``, ``except Exception`` as written in
        the message (the broadest one of a tuple), or None."""
        if expr is None:
            return "except:"
        items = expr.elts if isinstance(expr, ast.Tuple) else [expr]
        found: Optional[str] = None
        for item in items:
            if isinstance(item, (ast.Name, ast.Attribute)):
                qn = ctx.qualified_name(item)
                if qn == "builtins.BaseException":
                    return "except BaseException"
                if qn == "builtins.Exception":
                    found = "except Exception"
        return found

    # -- what keeps the error --------------------------------------------
    def _handles(self, handler: ast.ExceptHandler, ctx: FileContext) -> bool:
        """Whether the handler re-raises, logs the traceback, or hands the
        exception on to someone else (a future, a list re-raised later...)."""
        name = handler.name
        returned: set[int] = set()
        if any(_calls_raising_helper(stmt, ctx) for stmt in handler.body):
            return True
        for node in body_nodes(handler.body):
            if isinstance(node, (ast.Raise, ast.Assert)):
                return True
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) \
                    and _RAISING_WORD.search(_called_name(node.value.func)) \
                    and _helper_def(node.value, ctx) is None:
                return True  # ``log_and_raise(...)`` of another module: raises, as named
            if isinstance(node, ast.With) and _reraises_on_exit(node):
                return True
            if isinstance(node, (ast.Return, ast.Yield, ast.YieldFrom)) and node.value is not None:
                if name and self._carries(node.value, name, ctx):
                    return True  # ``return exc``, ``yield (job, exc)``
                returned.update(id(n) for n in ast.walk(node.value))
            elif isinstance(node, ast.Call):
                if self._logs_traceback(node, ctx) or self._raises(node, ctx):
                    return True
                if self._helper_keeps(node, ctx):
                    return True
                if name and id(node) not in returned and self._hands_on(node, name, ctx):
                    return True
            elif isinstance(node, ast.Assign) and _sets_exc_info(node):
                return True  # ``record.exc_info = 1``: the log record keeps it
            elif name and isinstance(node, (ast.Assign, ast.AnnAssign)):
                if node.value is not None and self._carries(node.value, name, ctx, calls=False):
                    return True
        return False

    def _closing_step(
        self, try_node: ast.AST, handler: ast.ExceptHandler, fname: str,
        fnode: Optional[ast.AST], ctx: FileContext,
    ) -> bool:
        """A best-effort step of a function that closes its own object down
        (``_closing_body``), the ``try`` with no ``else`` (it would compute
        something the function goes on with), in no loop of the function
        (per-item work), and no other handler of the function logging its
        traceback (``_siblings_keep_traceback``)."""
        body: list[ast.stmt] = getattr(try_node, "body", [])
        return (
            _closing_body(fname, fnode, body) and not getattr(try_node, "orelse", None)
            and not any(isinstance(n, _LOOPS) for n in enclosing(ctx, try_node))
            and not self._siblings_keep_traceback(fnode, handler, ctx)
        )

    def _siblings_keep_traceback(
        self, fnode: Optional[ast.AST], handler: ast.ExceptHandler, ctx: FileContext
    ) -> bool:
        """Another handler of the same function logs its traceback
        (``logger.error("Scraper close failure", exc_info=True)``): the
        function's own standard is to keep it, and this handler falls short."""
        if fnode is None:
            return False
        for n in body_nodes(getattr(fnode, "body", [])):
            if isinstance(n, ast.ExceptHandler) and n is not handler and any(
                isinstance(c, ast.Call) and self._logs_traceback(c, ctx)
                for c in body_nodes(n.body)
            ):
                return True
        return False

    def _logs_traceback(self, call: ast.Call, ctx: FileContext) -> bool:
        func = call.func
        for kw in call.keywords:
            if kw.arg == "exc_info" and not _is_falsy_constant(kw.value):
                return True
            if kw.arg is not None and "traceback" in kw.arg.lower() \
                    and isinstance(kw.value, ast.Constant) and kw.value.value is True:
                return True  # ``self.log(ERROR, body, exp, include_traceback=True)``: easy-job
        called = _called_name(func)
        if not called:
            return False
        if isinstance(func, ast.Attribute) and _loguru_with_traceback(func.value):
            return True  # ``logger.opt(exception=True).error(...)``: loguru's traceback
        if called in _FRAMES_OUT and any(
            isinstance(n, ast.Call) and ctx.qualified_name(n.func) == "traceback.format_tb"
            for arg in (*call.args, *(k.value for k in call.keywords)) for n in ast.walk(arg)
        ):
            return True
        # ``log.exception``, Twisted's ``log.failure``/``Failure()``,
        # ``traceback.print_exc``, ``self.handleError`` ...
        # pytest's ``ExceptionInfo.from_current()`` captures it like ``sys.exc_info()``.
        if called in ("exception", "failure", "Failure", "from_current") or _REPORTER_NAME.search(
            called
        ):
            return True
        if isinstance(func, ast.Attribute):
            # Twisted: ``log.err(...)`` logs the failure being handled with its
            # traceback; ``d.errback()`` with no argument wraps it in a Failure.
            if called == "err" and "log" in _called_name(func.value).lower():
                return True
            # A promise's ``p.throw()`` with no argument hands it to the
            # promise's error path likewise (vine's, celery's and kombu's).
            if called in ("errback", "throw") and not call.args and not call.keywords:
                return True
        return ctx.qualified_name(func) in _TRACEBACK_FUNCS  # imported under another name

    def _raises(self, call: ast.Call, ctx: FileContext) -> bool:
        """Calls that raise (``sys.exit``, ``pytest.fail``, ``self.fail``) or capture
        the exception with its traceback (``sys.exc_info()``)."""
        func = call.func
        called = _called_name(func)
        # ``self.assertEqual(exc.code, 3)``: a test checking the exception raises
        # when it is the wrong one, like an ``assert`` statement.
        if called in _RAISING_NAMES or called.startswith("assert"):
            return True
        if isinstance(func, (ast.Name, ast.Attribute)):
            return ctx.qualified_name(func) in _RAISING_FUNCS
        return False

    def _helper_keeps(self, call: ast.Call, ctx: FileContext) -> bool:
        """A call of a function of this module, or a method of this class, whose
        own body logs the traceback or re-raises (``self._is_due_failed(entry)``
        that logs with ``exc_info=True``, ``_make_failed_import_test`` that keeps
        ``traceback.format_exc()``). Only that one body is read."""
        target = _helper_def(call, ctx)
        where = ctx
        if target is None:
            found = _base_method(call, ctx)
            if found is None:
                return False
            where, target = found
        cache: dict[int, bool] = ctx.fact("otp501.helper_keeps", lambda _ctx: {})
        key = id(target)
        # Another module's method counts only by what it does on every path
        # (aiozmq's ``try_log`` logs under ``if self.log_exceptions:``).
        nodes = body_nodes(statements(target)) if where is ctx \
            else _unconditional_nodes(statements(target))
        if key not in cache:
            cache[key] = False  # recursion guard
            cache[key] = any(
                (isinstance(n, ast.Raise) and n.exc is None)
                or (isinstance(n, ast.Call) and (
                    self._logs_traceback(n, where) or _captures(n, where)))
                # a call statement of a helper this rule does not read, named for
                # re-raising what is being handled (debugpy's nested helper ending
                # in ``log.reraise_exception``; not ``raise_for_status()``, which
                # raises an error of its own, if any)
                or (isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)
                    and bool(_RERAISING_WORD.search(_called_name(n.value.func)))
                    and _helper_def(n.value, where) is None)
                for n in nodes
            )
        return cache[key]

    def _hands_on(self, call: ast.Call, name: str, ctx: FileContext) -> bool:
        """The caught exception itself is an argument of a call that is not a log
        message, a builtin or a formatting call (``future.set_exception(exc)``,
        ``errors.append((item, exc))``)."""
        if not self._passes_to(call, name, ctx):
            return False
        return not _is_log_call(call)

    def _passes_to(self, call: ast.Call, name: str, ctx: FileContext) -> bool:
        """``call`` takes the exception object (alone or in a literal container) as
        an argument, and is not a builtin or a call that only formats it."""
        args = [*call.args, *(kw.value for kw in call.keywords)]
        if not any(self._carries(a, name, ctx) for a in args):
            return False
        func = call.func
        if isinstance(func, ast.Attribute):
            if func.attr in _FORMATTING_METHODS or isinstance(
                func.value, (ast.Constant, ast.JoinedStr)
            ):
                return False  # ``"{}".format(exc)``: a string, not the exception
        if isinstance(func, (ast.Name, ast.Attribute)):
            qn = ctx.qualified_name(func)
            if qn is not None and (
                qn.startswith(("builtins.", "logging.")) or qn in _FORMATTING_FUNCS
            ):
                return False
        return True

    def _carries(self, value: ast.expr, name: str, ctx: FileContext, calls: bool = True) -> bool:
        """``value`` is the exception object, or holds it: a tuple, list, set or
        dict literal with it as an element, or (``calls``) a call it is passed to
        (``to_serialize(exc)``). A string made from it does not carry it."""
        if isinstance(value, ast.Starred):
            value = value.value
        if isinstance(value, ast.Name):
            return value.id == name
        if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
            return any(self._carries(v, name, ctx, calls) for v in value.elts)
        if isinstance(value, ast.Dict):
            return any(self._carries(v, name, ctx, calls) for v in value.values)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and (
            ctx.qualified_name(value.func) in _CONTAINER_TYPES
        ):  # ``dict(result=exc, status=ERROR)``: the literal's long form
            return any(
                self._carries(v, name, ctx, calls)
                for v in [*value.args, *(kw.value for kw in value.keywords)]
            )
        if calls and isinstance(value, ast.Call):
            return self._passes_to(value, name, ctx) and not _is_log_call(value)
        return False

    # -- what the code shows cannot lose an error ------------------------
    def _excused(
        self, try_node: ast.AST, handler: ast.ExceptHandler, caught: str, ctx: FileContext
    ) -> bool:
        """The code shows the handler cannot lose an error that matters."""
        body: list[ast.stmt] = getattr(try_node, "body", [])
        if len(body) == 1 and self._only_raises(body[0], ctx):
            return True
        if does_nothing(body) or _binds_constants_only(body):
            return True  # ``try: pass``, ``try: PLOTTING = True``: nothing to catch
        if _calls_only(body, ctx, _SHELL) or _calls_only(body, ctx, _ENV_READS, True):
            return True  # ``os.system(...)``, ``getenv("HOME")``: answers, never errors
        if _builds_generator(body, ctx):
            return True  # ``paths = self.ls(glob)``: the call runs none of its body
        if _deletes_one_item(body) and _is_quiet(handler.body):
            return True  # ``del os.environ[key]``: gone already is the goal
        func = ctx.function()
        if _pops_one_keyword(body, func.node if func is not None else None) \
                and _is_quiet(handler.body):
            return True  # ``kwargs.pop('db')``: only a missing key can fail
        if _optional_build_file(body, handler.body, ctx):
            return True  # setup.py's README, read if it is there
        if caught == "except Exception" and _same_import_absolute(body, handler.body):
            return True  # ``from .checks import f`` / ``from checks import f``
        if _import_path_fallback(body, handler.body, ctx):
            return True  # the same names by another path: ``django.urls`` / ``urlresolvers``
        func = ctx.function()
        fnode = func.node if func is not None else None
        fname: str = getattr(fnode, "name", "")
        if _must_not_raise(fname, fnode, ctx):
            return True
        if len(body) == 1 and _call_of(body[0]) is not None and _only_reports(handler.body, ctx) \
                and _on_handler_path(fname, ctx):
            return True  # a logging handler's hand-off on emit's path, its failure logged
        # ``if name == "__dict__": raise Exception(...)`` before the probe: the
        # handler also catches what the ``try`` raised on purpose.
        probe = [s for s in body if not _raises_on_purpose(s)]
        if len(probe) == 1 and (
            _is_display(probe[0], ctx) or _is_introspection(probe[0], ctx)
            or _is_signature_probe(probe[0], ctx)
            or (fnode is not None and _reads_special_attributes(probe[0], fnode))
        ):
            return True
        if _runs_code(body, ctx) or _serialization_probe(body, ctx):
            return True
        if fnode is not None and _probes_evaluated(body, fnode, ctx):
            return True
        if _reports_then_raises(body, ctx):
            return True
        if _hands_fault_to_client(handler, ctx) or _sends_error_to_peer(handler):
            return True
        if _fails_operation(handler):
            return True
        if fnode is not None and _converts_error(handler, fnode):
            return True
        if fnode is not None and _raises_on_flag(try_node, handler, fnode):
            return True  # the failure is raised once the other steps are done
        quiet = _is_quiet(handler.body)
        if quiet and _documented_never_raises(fnode):
            return True  # the function's promise, kept by a handler that adds nothing
        if quiet and self._reports_handled_error(try_node, body, ctx):
            return True
        if quiet and self._replies_after_report(try_node, body, caught, ctx):
            return True  # a best-effort error reply once the failure was logged
        if _optional_import(body, ctx) and (
            quiet or _sets_constants(handler.body) or _imports_fallback(body, handler.body)
            or _logs_then_answers(handler.body) or _next_import_probe(handler.body, ctx)
            or _defines_fallback(body, handler.body)
        ):
            return True
        if _attribute_probe(body, handler.body, ctx):
            return True  # "does this object have that attribute?", with a fallback
        if caught == "except Exception" and len(getattr(try_node, "handlers", ())) == 1 \
                and _converts_only(body, ctx):
            return True  # "is this a number?": the failure is the answer
        if caught == "except Exception" and len(getattr(try_node, "handlers", ())) == 1 \
                and _json_or_raw(body, handler.body, ctx):
            return True  # "is this JSON?": if not, the text itself is the answer
        if _loads_native_library(body, ctx) and (
            quiet or _sets_constants(handler.body) or _returns_constant(handler.body)
        ):
            return True  # "is this shared library here?"
        if caught == "except Exception" and len(getattr(try_node, "handlers", ())) == 1 \
                and _bad_body_reply(body, handler.body):
            return True  # the client's body is no JSON: answered with a 4xx reply
        if caught == "except Exception" and _metadata_probe(body, ctx) and (
            quiet or _sets_constants(handler.body) or _returns_constant(handler.body)
        ):
            return True  # "which version is installed?": not installed is the answer
        if _local_address_probe(body, ctx) and (
            quiet or _sets_constants(handler.body) or _returns_constant(handler.body)
            or _logs_then_answers(handler.body)
        ):
            return True  # "which address routes out?", else the loopback address
        if quiet and _is_stop_request(body) and _while_error_propagates(try_node, fnode, ctx):
            return True  # a cleanup while the error being handled goes on up
        if quiet and caught == "except Exception" and _rolls_back(body) \
                and _while_error_propagates(try_node, fnode, ctx):
            return True  # the transaction's rollback while its error goes on up
        if quiet and _is_stop_request(body) and _exits_after(try_node, fnode, ctx):
            return True  # a cleanup just before the process exits
        if caught == "except Exception":
            if _warns_secondary(handler, ctx) and _while_error_propagates(
                try_node, fnode, ctx
            ):
                return True
            if ctx.is_test_file and fnode is not None \
                    and _reports_to_parent(try_node, handler, fnode, ctx):
                return True  # a test's child sends its failure back to the test
            if quiet and ctx.is_test_file and _checks_recorded_failure(try_node, body, ctx):
                return True
            if _is_stop_request(body) and (
                quiet or _only_reports(handler.body, ctx)
                or _gives_up_resource(handler.body, ctx)
                or _leaves_quietly(handler.body, fnode)
            ):
                return True
            if _drops_resource(handler.body) and _gives_up_resource(handler.body, ctx) \
                    and _is_stop_request(body, trailing_logs=True):
                return True  # tmodbus's ``close()``: closed, logged, dropped
            if quiet and _drops_test_index(body, fnode, ctx):
                return True  # a test's search index dropped after it
            if (quiet or _only_reports(handler.body, ctx)) and self._closing_step(
                try_node, handler, fname, fnode, ctx
            ):
                return True
            if fnode is not None and _reaps_killed(try_node, body, fnode) and (
                quiet or _only_reports(handler.body, ctx)
            ):
                return True
            if _kills_if_still_running(body, handler.body):
                return True  # terminate, wait a while, and kill it if that failed
            if quiet and fnode is not None and self._waits_for_handed_futures(
                try_node, body, fnode, ctx
            ):
                return True
            if _sorts_with_fallback(body, handler.body):
                return True
            if _retries_call(body, handler.body):
                return True
            if quiet and _compares_objects(body, ctx):
                return True
            if quiet and _offers_to_queue(body):
                return True  # a full subscriber's queue drops the item
            if _only_reports(handler.body, ctx) and _sends_constant(body, ctx):
                return True  # a keep-alive ping: only the transport can fail, and says so
            if quiet and _cancels_pending(body, ctx):
                return True
            if quiet and _awaits_cancelled(try_node, body, ctx):
                return True
            if _is_log_function(fname) and _sets_constants(handler.body) and _gathers(
                body, handler.body
            ):
                return True
            if _probes_std_stream(body, ctx) and (quiet or _sets_constants(handler.body)):
                return True
            if _sets_constants(handler.body) and self._details_for_report(
                try_node, body, handler, ctx
            ):
                return True
            if _sets_constants(handler.body) and _reads_handled_error(try_node, body, ctx):
                return True
            if quiet and _reads_handled_error(try_node, body, ctx, decorates=True) \
                    and _while_error_propagates(try_node, fnode, ctx):
                return True  # a detail of an error that is re-raised right after
            if _raises_right_after(try_node, handler, ctx):
                return True  # a step of a path that raises an error right after it
            if _answers_client(handler) or _answers_bad_request(handler, body):
                return True
            if fnode is None and _primes_at_import(body, handler.body, ctx):
                return True
            if _only_outputs(body, ctx) and (quiet or _only_reports(handler.body, ctx)):
                return True
        if fname and _is_health_check(fname, ctx) and _records_health(handler.body, ctx):
            return True  # a health check: the failure is its answer
        if fname and _is_probe_name(fname):
            if _is_probe_answer(handler.body, ctx):
                return True
            if fnode is not None and _returns_default_answer(handler.body, fnode):
                return True
            if quiet and fnode is not None and _answers_yes_no(fnode):
                return True
            if fnode is not None and _only_reports(handler.body, ctx) \
                    and _answers_next(try_node, fnode):
                return True  # ``print("Could not reach ...")``, then ``return False``
        if fnode is not None and _is_probe_answer(handler.body, ctx, shown=False) and (
            _is_probe_function(fnode, try_node) or _predicate_probe(fnode, try_node)
            or (fname in ("__eq__", "__ne__") and _compares_only(body, ctx))
        ):
            return True  # ``__eq__`` answering False when the other cannot be compared
        if handler.name and not isinstance(fnode, ast.AsyncFunctionDef) and _prints_error(
            handler.body, handler.name, ctx, in_function=fnode is not None
        ) and ctx.fact("lone-program", is_lone_program):
            return True  # a script tells its user; an ``async def`` serves peers
        if handler.name and _prints_error(
            handler.body, handler.name, ctx, in_function=False
        ) and _ends_program(try_node, fnode, ctx):
            return True  # the program's last act: it tells its user why it stops
        if fname.startswith("do_") and _shows(handler.body, ctx):
            return True  # a ``cmd.Cmd`` command shows the error at the prompt
        if handler.name and _shows_dialog(handler.body, handler.name, ctx):
            return True  # a GUI action shows its failure in an error dialog
        if handler.name and fnode is not None and (
            _argparse_command(fnode, ctx)
            or parses_own_command_line(fnode, getattr(try_node, "lineno", 0))
        ) and _reports_exit_status(handler.body, handler.name):
            return True  # a subcommand tells its user why and fails its exit status
        if handler.name and isinstance(fnode, ast.FunctionDef) and fnode.body[-1] is try_node \
                and _is_cli_command(fnode, ctx) \
                and _prints_error(handler.body, handler.name, ctx, in_function=False):
            return True  # a command-line command's last act tells its user why
        return ctx.is_test_file and self._sets_asserted_flag(handler, ctx)

    def _details_for_report(
        self, try_node: ast.AST, body: list[ast.stmt], handler: ast.ExceptHandler,
        ctx: FileContext,
    ) -> bool:
        """A ``try`` inside an ``except ... as err:`` handler that only gathers
        details for its report (``peer = sock.getpeername()``, the fallback
        ``peer = "(not connected)"``), where that outer handler then reports
        the real error: re-raises it, or hands ``err`` to a call (a log line,
        ``close(exc_info=err)``)."""
        if not _gathers(body, handler.body):
            return False
        path = enclosing(ctx, try_node)
        depth = next(
            (i for i in range(len(path) - 1, -1, -1) if isinstance(path[i], ast.ExceptHandler)),
            None,
        )
        if depth is None:
            return False
        outer = path[depth]
        assert isinstance(outer, ast.ExceptHandler)
        # The statements that run after the ``try``, block by block up to the
        # outer handler's body.
        inner: ast.AST = try_node
        for parent in reversed(path[depth:]):
            for _field, block in ast.iter_fields(parent):
                if isinstance(block, list) and any(b is inner for b in block):
                    later = block[next(i for i, b in enumerate(block) if b is inner) + 1:]
                    if any(_reports_error(stmt, outer.name, ctx) for stmt in later):
                        return True
            inner = parent
        return False

    def _waits_for_handed_futures(
        self, try_node: ast.AST, body: list[ast.stmt], fnode: ast.AST, ctx: FileContext
    ) -> bool:
        """A function that only waits for futures its caller handed it to settle
        (``for fut in futures: try: yield fut / await fut``, nothing else in the
        function): each future keeps its exception for whoever holds it; this
        code only waits, like ``asyncio.wait``."""
        if len(body) != 1 or not isinstance(body[0], ast.Expr):
            return False
        value = body[0].value
        if not (
            isinstance(value, (ast.Await, ast.Yield, ast.YieldFrom))
            and isinstance(value.value, ast.Name)
        ):
            return False
        waited = value.value.id
        params = _parameters(fnode)
        stmts = [s for s in statements(fnode) if not is_docstring(s)]
        if len(stmts) != 1:
            return False  # the function does more than wait
        outer = stmts[0]
        if outer is try_node:
            return waited in params
        return (
            isinstance(outer, (ast.For, ast.AsyncFor)) and outer.body == [try_node]
            and isinstance(outer.target, ast.Name) and outer.target.id == waited
            and isinstance(outer.iter, ast.Name) and outer.iter.id in params
        )

    def _reports_handled_error(
        self, try_node: ast.AST, body: list[ast.stmt], ctx: FileContext
    ) -> bool:
        """Inside an ``except`` handler, a ``try`` that is one report of the error
        being handled with its traceback (``sys.excepthook(*sys.exc_info())``,
        ``traceback.print_exc()``, ``conn.send(("#TRACEBACK", format_exc()))``):
        a failure to report has nowhere else to go."""
        if len(body) != 1:
            return False
        call = _call_of(body[0])
        if call is None:
            return False
        if not (self._logs_traceback(call, ctx) or any(
            isinstance(n, ast.Call) and self._logs_traceback(n, ctx)
            for a in call.args for n in ast.walk(a)
        )):
            return False
        return any(isinstance(n, ast.ExceptHandler) for n in enclosing(ctx, try_node))

    def _replies_after_report(
        self, try_node: ast.AST, body: list[ast.stmt], caught: str, ctx: FileContext
    ) -> bool:
        """In an ``except`` handler that has already logged the error being
        handled with its traceback (``logger.error(..., exc_info=True)``), a
        ``try`` that is one call answering the client with an error
        (``self.send_error(500)``, ``self._send_json({...}, 500)``, a call
        whose name starts with ``send``, ``reply``, ``respond``, ``write``,
        ``finish`` or ``abort``, or names an error): pieeg-server's request
        handlers. The failure was reported; what the reply raises (the
        client gone) is all that is dropped. A bare ``except:`` (or
        ``BaseException``) around an awaited reply stays: it swallows the
        task's cancellation (threadlight's websocket reply, judged TP)."""
        if len(body) != 1:
            return False
        call = _call_of(body[0])
        name = last_name(call.func) if call is not None else None
        if name is None or not (
            _REPLY_PREFIX.match(name) or "error" in name.lower()
        ):
            return False
        awaits = any(isinstance(n, ast.Await) for n in ast.walk(body[0]))
        if awaits and caught != "except Exception":
            return False  # a bare ``except:`` around an await swallows the cancellation too
        chain = enclosing(ctx, try_node)
        handler = chain[-1] if chain else None
        if not isinstance(handler, ast.ExceptHandler) or not any(
            s is try_node for s in handler.body
        ):
            return False
        for stmt in handler.body:
            if stmt is try_node:
                return False
            logged = _call_of(stmt)
            if logged is not None and self._logs_traceback(logged, ctx):
                return True
        return False

    def _only_raises(self, stmt: ast.stmt, ctx: FileContext) -> bool:
        """``try: raise X`` (or ``pytest.fail()``): the handler catches what the
        ``try`` raised on purpose, nothing unexpected."""
        if isinstance(stmt, ast.Raise):
            return True
        return (
            isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            and self._raises(stmt.value, ctx)
        )

    def _sets_asserted_flag(self, handler: ast.ExceptHandler, ctx: FileContext) -> bool:
        """A test's handler that only records the failure in a variable
        (``hit = True``, ``got[0] = True``, ``result = False``) which the test
        function asserts on: the test still fails when the failure matters."""
        flags: set[str] = set()
        for stmt in handler.body:
            if isinstance(stmt, (ast.Pass, ast.Nonlocal, ast.Global)):
                continue
            targets: list[ast.expr]
            if isinstance(stmt, ast.Assign):
                targets = list(stmt.targets)
            elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
                targets = [stmt.target]
            else:
                call = _call_of(stmt)
                if call is None:
                    return False
                if _is_log_call(call) or _is_output_call(call, ctx):
                    continue  # printed as well: the record is what the test checks
                # ``errors.put(msg)``, ``record.append(("error", type(exc)))``
                if not (isinstance(call.func, ast.Attribute) and call.func.attr in _RECORDS):
                    return False
                targets = [call.func.value]
            for t in targets:
                base = _base_name(t)
                if base is None:
                    return False
                flags.add(base)
        if not flags:
            return False
        # The outermost enclosing function: a nested handler (a signal receiver, a
        # thread target) sets the flag that the test function asserts.
        scope = ctx.function()
        top: Optional[ast.AST] = None
        while scope is not None:
            if scope.is_function:
                top = scope.node
            scope = scope.parent
        if not isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return False  # a lambda
        nodes = list(body_nodes(top.body, stop=()))  # bounded by the test function
        # One step of copying: ``items.append(errors.get_nowait())``, then
        # ``assert not items``.
        derived: set[str] = set()
        for node in nodes:
            if isinstance(node, ast.Assign):
                source: ast.expr = node.value
                copies = [_base_name(t) for t in node.targets]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                node.func.attr in _RECORDS
            ):
                source = ast.Tuple(elts=list(node.args), ctx=ast.Load())
                copies = [_base_name(node.func.value)]
            else:
                continue
            if any(isinstance(n, ast.Name) and n.id in flags for n in ast.walk(source)):
                derived.update(c for c in copies if c is not None)
        flags |= derived
        for node in nodes:
            if isinstance(node, ast.Assert):
                checked: list[ast.expr] = [node.test]
            elif isinstance(node, ast.Call) and _called_name(node.func).startswith("assert"):
                checked = [*node.args, *(kw.value for kw in node.keywords)]
            else:
                continue
            for expr in checked:
                if any(isinstance(n, ast.Name) and n.id in flags for n in ast.walk(expr)):
                    return True
        return False

    # -- the message -------------------------------------------------------
    def _message(self, handler: ast.ExceptHandler, caught: str, ctx: FileContext) -> str:
        twisted = _imports_twisted(ctx)
        keep = (
            "`log.failure(...)` / `log.err()`" if twisted else "`log.exception(...)`"
        )
        what = "every error" if caught == "except Exception" else (
            "every error, KeyboardInterrupt and CancelledError included"
        )
        logged = any(
            isinstance(n, ast.Call) and _is_log_call(n) for n in body_nodes(handler.body)
        )
        if logged:
            tb = "`log.failure(...)`" if twisted else "`exc_info=True`"
            return (
                f"`{caught}` catches {what} and reports only a message, not the "
                f"traceback; "
                f"catch what you expect, or add {tb} / re-raise"
            )
        return (
            f"`{caught}` swallows {what}: no re-raise and no traceback logged; "
            f"catch what you expect, or re-raise / {keep}"
        )


def _is_log_call(call: ast.Call) -> bool:
    """``log.warning(...)``, ``logger.error(...)``, ``print(...)``: a message."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr in _LOG_METHODS
    return isinstance(func, ast.Name) and func.id in ("print", *_LOG_METHODS)


def _captures(call: ast.Call, ctx: FileContext) -> bool:
    """``sys.exc_info()`` / ``sys.exception()``: the exception with its traceback."""
    func = call.func
    return isinstance(func, (ast.Name, ast.Attribute)) and ctx.qualified_name(func) in (
        "sys.exc_info", "sys.exception",
    )


def _compares_only(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` of an ``__eq__`` reads and compares: its only calls are of
    builtins, of functions defined at the top of this module, or methods
    called with no argument (``self.date()``, ``other.inst()``). A call that
    hands the other object to code the comparison does not show
    (``self.function(other)``, ``self.__class__(other)``, ``o.view(ct)``)
    can hide a bug, and stays reported."""
    defs: dict[str, ast.AST] = ctx.fact("otp501.module_defs", _module_defs)
    for node in body_nodes(body):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            if func.id in defs or (ctx.qualified_name(func) or "").startswith("builtins."):
                continue
            return False
        if isinstance(func, ast.Attribute) and not node.args and not node.keywords:
            continue
        return False
    return True


def _returns_default_answer(stmts: list[ast.stmt], fnode: ast.AST) -> bool:
    """A handler that is ``return default``, ``default`` a parameter whose
    default is ``True`` or ``False`` (``_is_binary_reader(stream, default:
    bool = False)``: click's answer for a stream it cannot ask)."""
    if len(stmts) != 1 or not isinstance(stmts[0], ast.Return) \
            or not isinstance(stmts[0].value, ast.Name):
        return False
    value = param_default(fnode, stmts[0].value.id)
    return isinstance(value, ast.Constant) and isinstance(value.value, bool)


def _deletes_one_item(body: list[ast.stmt]) -> bool:
    """The ``try`` is one ``del X[key]`` (of a name or attribute and a key that
    calls nothing): click's ``del os.environ[key]`` of a variable that may
    already be unset. The quiet handler keeps the goal, the item gone."""
    if len(body) != 1 or not isinstance(body[0], ast.Delete) or len(body[0].targets) != 1:
        return False
    target = body[0].targets[0]
    return isinstance(target, ast.Subscript) and dotted(target.value) is not None \
        and not any(isinstance(n, ast.Call) for n in ast.walk(target.slice))


def _pops_one_keyword(body: list[ast.stmt], fnode: Optional[ast.AST]) -> bool:
    """The ``try`` is one ``kwargs.pop(key)`` statement of the function's own
    ``**kwargs`` (a key that calls nothing): a dict's ``pop`` can only fail
    on a key that is not there, and the quiet handler keeps the goal, the
    key gone (scrapy-redis-bloomfilter-block-cluster's ``kwargs.pop('db')``
    before ``from_url``). Any other receiver's ``pop`` may be anything's."""
    args = getattr(fnode, "args", None)
    kwarg = getattr(args, "kwarg", None)
    if kwarg is None or len(body) != 1 or not isinstance(body[0], ast.Expr):
        return False
    call = body[0].value
    return (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
        and call.func.attr == "pop" and isinstance(call.func.value, ast.Name)
        and call.func.value.id == kwarg.arg and len(call.args) == 1 and not call.keywords
        and not any(isinstance(n, ast.Call) for n in ast.walk(call.args[0]))
    )


#: what stopping a child takes before waiting for it, on the child or its pipes
_STOP_STEPS = ("terminate", "send_signal", "close")


def _kills_if_still_running(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """``proc.terminate()``, then ``proc.wait(timeout=3)`` (or ``communicate``,
    ``join`` with a timeout), in a ``try`` whose handler starts with
    ``proc.kill()``: a child that did not stop in time, or any other failure
    of the polite stop, is killed (darkcode-server's sessions; closing its
    ``stdin`` first is one more step of the stop). Without a timeout the wait
    may hang, and without the kill a child that outlived it keeps running:
    both stay flagged. The bounded wait may also be the whole ``try``
    (``proc.wait(timeout=5)``, ``proc.wait(3)``; the stop was asked for
    before it, or the child is meant to end on its own): its only failure
    is the child still running, which the handler answers by killing it
    (signalrgb-magichome-bridge's and jobd's children)."""
    calls = [_stop_step(stmt) for stmt in body]
    if not calls or any(c is None for c in calls):
        return False
    *steps, wait = [c for c in calls if c is not None]
    if not isinstance(wait.func, ast.Attribute):
        return False
    child = dotted(wait.func.value)
    if child is None or wait.func.attr not in ("wait", "communicate", "join") \
            or not (any(kw.arg == "timeout" for kw in wait.keywords)
                    or (wait.func.attr in ("join", "wait") and len(wait.args) == 1
                        and not wait.keywords)):
        return False
    if steps and not any(
        isinstance(c.func, ast.Attribute) and c.func.attr in ("terminate", "send_signal")
        and dotted(c.func.value) == child for c in steps
    ):
        return False
    for c in steps:
        receiver = dotted(c.func.value) if isinstance(c.func, ast.Attribute) else None
        if receiver is None or not (receiver == child or receiver.startswith(child + ".")) \
                or not isinstance(c.func, ast.Attribute) or c.func.attr not in _STOP_STEPS:
            return False
    kill = _stop_step(handler[0]) if handler else None
    return kill is not None and isinstance(kill.func, ast.Attribute) \
        and kill.func.attr == "kill" and dotted(kill.func.value) == child


def _stop_step(stmt: ast.stmt) -> Optional[ast.Call]:
    """The call a statement consists of (``_call_of``), also as
    ``p.stdin.close() if p.stdin else None``."""
    value = stmt.value if isinstance(stmt, ast.Expr) else None
    if isinstance(value, ast.IfExp) and isinstance(value.orelse, ast.Constant) \
            and value.orelse.value is None:
        return _call_of(ast.Expr(value.body))
    return _call_of(stmt)


def _optional_build_file(body: list[ast.stmt], handler: list[ast.stmt], ctx: FileContext) -> bool:
    """At the top level of ``setup.py``, a ``try`` that is one ``with open(...)
    as f:`` block of assignments (``long_description = f.read()``) whose
    handler binds the same names to empty values (``''``, ``[]``, ``None``):
    a build script's optional input (bonobo's README and classifiers), used
    when it is there. Anywhere else, or with a handler doing more, it stays
    flagged."""
    if os.path.basename(ctx.path) != "setup.py" or ctx.function() is not None:
        return False
    if len(body) != 1 or not isinstance(body[0], ast.With) or len(body[0].items) != 1:
        return False
    opened = body[0].items[0].context_expr
    if not (isinstance(opened, ast.Call) and _called_name(opened.func) == "open"):
        return False
    bound: set[str] = set()
    for stmt in body[0].body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)):
            return False
        bound.add(stmt.targets[0].id)
    fallback: set[str] = set()
    for stmt in handler:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and (_is_empty(stmt.value) or (isinstance(stmt.value, ast.Constant)
                                                and not stmt.value.value))):
            return False
        fallback.add(stmt.targets[0].id)
    return bool(bound) and bound == fallback


def _binds_constants_only(body: list[ast.stmt]) -> bool:
    """A ``try`` body of plain assignments of literals to names (``PLOTTING =
    True``; fireworks' dashboard), or of a literal or a name to an attribute
    of ``self`` (``self.__lfh = log``: wwpdb's forms), maybe then ``return``
    of a literal: nothing in it can raise."""
    if len(body) > 1 and isinstance(body[-1], ast.Return) \
            and isinstance(body[-1].value, ast.Constant):
        body = body[:-1]  # ``self.__lfh = log``, then ``return True``
    return bool(body) and all(
        isinstance(st, ast.Assign) and (
            (isinstance(st.value, ast.Constant)
             and all(isinstance(t, ast.Name) for t in st.targets))
            or (isinstance(st.value, (ast.Constant, ast.Name)) and all(
                isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                and t.value.id == "self" for t in st.targets))
        )
        for st in body
    )


_ENV_READS = frozenset({"os.getenv", "os.environ.get"})
_SHELL = frozenset({"os.system"})


def _calls_only(
    body: list[ast.stmt], ctx: FileContext, callees: frozenset[str], literal_args: bool = False,
) -> bool:
    """A ``try`` body of calls of ``callees`` only, as statements, bound to names
    or returned (with ``literal_args``, each given only string literals or
    ``None``). ``os.system(...)`` answers a failing or missing command with
    its exit status (aws-pcluster-slurm-spawner's ``mkdir``);
    ``getenv("HOME")`` answers an unset variable with ``None`` (janis'
    ``try_get_home_dir``): nothing is left for the handler to hide."""
    if not body:
        return False
    for st in body:
        value = st.value if isinstance(st, (ast.Expr, ast.Assign, ast.Return)) else None
        if not (isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute))
                and ctx.qualified_name(value.func) in callees):
            return False
        if isinstance(st, ast.Assign) and not all(isinstance(t, ast.Name) for t in st.targets):
            return False
        if literal_args and (value.keywords or not all(
            isinstance(a, ast.Constant) and isinstance(a.value, (str, type(None)))
            for a in value.args
        )):
            return False
    return True


def _rolls_back(body: list[ast.stmt]) -> bool:
    """The ``try`` is one ``X.rollback()`` call (awaited or not)."""
    call = _call_of(body[0]) if len(body) == 1 else None
    return call is not None and isinstance(call.func, ast.Attribute) \
        and call.func.attr == "rollback"


def _helper_def(call: ast.Call, ctx: FileContext) -> Optional[ast.AST]:
    """The definition a call runs when it is a function of this module, one
    nested in the function around the call, or a method of this class or of
    its bases in the file (``helper(x)``, ``self._getval(arg)``)."""
    func = call.func
    if isinstance(func, ast.Name):
        owner = ctx.semantic.lookup(func.id, ctx.scope)
        if owner is not None and owner.kind == "function":
            # a function nested in this one, or in one around it (hazelcast's
            # ``retry_on_error`` beside the callback that calls it)
            bound = owner.bindings[func.id]
            if len(bound) == 1 and bound[0].kind == "def" and isinstance(
                    bound[0].node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return bound[0].node
            return None
        defs: dict[str, ast.AST] = ctx.fact("otp501.module_defs", _module_defs)
        return defs.get(func.id)
    if (
        isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
        and func.value.id in ("self", "cls")
    ):
        cls = _enclosing_class(ctx)
        if cls is None:
            return None
        return ctx.semantic.method_def(cls, func.attr, ctx.scope)
    return None


def _base_method(
    call: ast.Call, ctx: FileContext,
) -> Optional[tuple[FileContext, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """The method ``self.<name>(...)`` runs when the class's search for it
    reaches a base class that another module of the project defines
    (panda-server's ``class EntityModule(BaseModule)`` calling
    ``self.dump_error_message(tmp_log)``, defined in ``base_module.py``),
    with the context of the module that holds it:
    ``FileContext.project_method``."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id in ("self", "cls")):
        return None
    cls = _enclosing_class(ctx)
    if cls is None or ctx.load_module is None:
        return None
    return ctx.project_method(cls, func.attr, ctx.scope)


#: statements whose body may not run (``match`` is new in Python 3.10)
_BRANCHING: tuple[type, ...] = (
    ast.If, ast.For, ast.AsyncFor, ast.While, ast.FunctionDef, ast.AsyncFunctionDef,
    ast.ClassDef, *((ast.Match,) if hasattr(ast, "Match") else ()),
)


def _unconditional_nodes(stmts: list[ast.stmt]) -> Iterator[ast.AST]:
    """The nodes of the statements that run whenever the block runs to its
    end: into ``with`` blocks and a ``try``'s body and ``finally``, not into
    an ``if``, a loop, a handler, a nested definition, nor the branches of
    a conditional expression or a lambda."""
    for stmt in stmts:
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                yield from _unconditional_nodes([ast.Expr(item.context_expr)])
            yield from _unconditional_nodes(stmt.body)
        elif isinstance(stmt, ast.Try):
            yield from _unconditional_nodes(stmt.body)
            yield from _unconditional_nodes(stmt.finalbody)
        elif not isinstance(stmt, _BRANCHING):
            stack: list[ast.AST] = [stmt]
            while stack:
                node = stack.pop()
                yield node
                if isinstance(node, ast.IfExp):
                    stack.append(node.test)
                elif not isinstance(node, ast.Lambda):
                    stack.extend(ast.iter_child_nodes(node))


def _calls_raising_helper(stmt: ast.stmt, ctx: FileContext) -> bool:
    """A statement of the handler itself (not under an ``if``) that calls a
    helper of the file that always raises (``self._raise_error(res)``, also
    ``yield``ed under Twisted's ``@inlineCallbacks``)."""
    value = stmt.value if isinstance(stmt, ast.Expr) else None
    if isinstance(value, (ast.Yield, ast.YieldFrom)):
        value = value.value
    if not isinstance(value, ast.Call):
        return False
    target = _helper_def(value, ctx)
    return target is not None and _always_raises(target)


def _reraises_on_exit(node: ast.With) -> bool:
    """``with excutils.save_and_reraise_exception():`` (oslo.utils), ``with
    util.safe_reraise():`` (SQLAlchemy): the block
    re-raises the exception being handled when it ends, unless it sets
    ``<ctxt>.reraise`` (``ctxt.reraise = False`` under a condition)."""
    if not any(
        isinstance(item.context_expr, ast.Call)
        and last_name(item.context_expr.func) in _RERAISING_BLOCKS for item in node.items
    ):
        return False
    return not any(
        isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and any(
            isinstance(t, ast.Attribute) and t.attr == "reraise"
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        )
        for n in body_nodes(node.body)
    )


def _always_raises(target: ast.AST) -> bool:
    """A helper that raises whatever happens (``def _raise_error(res): msg =
    ...; raise KubeTextError(res.code, msg)``): its body ends in ``raise`` and
    never returns. Called in a handler, it hands the failure to the caller as
    an inline ``raise`` does. A plain function, or a generator Twisted runs
    (``@inlineCallbacks``: the call's Deferred fails); not a coroutine or a
    bare generator, whose call raises nothing until it is run."""
    if not isinstance(target, ast.FunctionDef):
        return False
    body = statements(target)
    if not body or not isinstance(body[-1], ast.Raise):
        return False
    nodes = list(body_nodes(body))
    if any(isinstance(n, ast.Return) or (
            isinstance(n, ast.Call) and last_name(n.func) == "returnValue") for n in nodes):
        return False
    generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in nodes)
    return not generator or any(
        last_name(d) == "inlineCallbacks" for d in target.decorator_list
    )


def _builds_generator(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` is one call of a generator function of this module or
    class (``paths = self.ls(path_glob)`` with ``ls`` a ``def`` that yields,
    undecorated), given names and constants only: the call builds the
    generator and runs none of its body, so the handler catches nothing
    (mrjob's ``exists``, whose errors come up in ``any(paths)`` after the
    ``try``). A catch-all there is dead code, not a swallowed error."""
    if len(body) != 1:
        return False
    stmt = body[0]
    one_name = isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(
        stmt.targets[0], ast.Name)
    if not (one_name or isinstance(stmt, (ast.Expr, ast.Return))):
        return False
    call = getattr(stmt, "value", None)
    if not isinstance(call, ast.Call) or not all(
            isinstance(a, (ast.Name, ast.Constant))
            for a in (*call.args, *(k.value for k in call.keywords))):
        return False
    target = _helper_def(call, ctx)
    if not isinstance(target, ast.FunctionDef) or any(
            last_name(d) not in ("staticmethod", "classmethod") for d in target.decorator_list):
        return False
    return any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in body_nodes(statements(target)))


def _reports_then_raises(stmts: list[ast.stmt], ctx: FileContext) -> bool:
    """A ``try`` that is one call of a function of this module (a method of this
    class) that reports its own failure and re-raises (pdb's ``_getval``: show
    the error, then ``raise``): the failure has been reported already."""
    if len(stmts) != 1:
        return False
    stmt = stmts[0]
    value = stmt.value if isinstance(stmt, (ast.Assign, ast.Expr, ast.Return)) else None
    if isinstance(value, ast.Await):
        value = value.value
    if not isinstance(value, ast.Call):
        return False
    target = _helper_def(value, ctx)
    if target is None:
        return False
    for node in body_nodes(statements(target)):
        if isinstance(node, ast.ExceptHandler) and len(node.body) >= 2:
            last = node.body[-1]
            if isinstance(last, ast.Raise) and last.exc is None and _shows(node.body[:-1], ctx):
                return True
    return False


def _module_defs(ctx: FileContext) -> dict[str, ast.AST]:
    """The module's top-level functions by name (also under ``if``/``try``)."""
    out: dict[str, ast.AST] = {}
    stack: list[ast.AST] = list(getattr(ctx.tree, "body", []))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.setdefault(node.name, node)
        elif isinstance(node, (ast.Try, ast.If)):
            stack.extend(node.body)
            stack.extend(node.orelse)
            for h in getattr(node, "handlers", []):
                stack.extend(h.body)
    return out


def _enclosing_class(ctx: FileContext) -> Optional[ast.ClassDef]:
    scope = ctx.function()
    parent = scope.parent if scope is not None else None
    node = parent.node if parent is not None else None
    return node if isinstance(node, ast.ClassDef) else None


def _top_imports(ctx: FileContext) -> dict[str, bool]:
    """The top-level packages the module imports at its top level (absolute
    imports), each with whether one import of it sits right in the module's
    body (True) rather than only inside a top-level ``try`` or ``if``."""
    def compute(c: FileContext) -> dict[str, bool]:
        found: dict[str, bool] = {}
        stack: list[tuple[ast.AST, bool]] = [(s, True) for s in getattr(c.tree, "body", ())]
        while stack:
            node, direct = stack.pop()
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.module and not node.level:
                    names = [node.module.split(".")[0]]
            elif isinstance(node, (ast.Try, ast.If)):
                nested = [*node.body, *node.orelse, *getattr(node, "finalbody", [])]
                for h in getattr(node, "handlers", []):
                    nested.extend(h.body)
                stack.extend((n, False) for n in nested)
            for name in names:
                found[name] = found.get(name, False) or direct
        return found
    top: dict[str, bool] = ctx.fact("otp501.top_imports", compute)
    return top


def _imports_twisted(ctx: FileContext) -> bool:
    """The module imports Twisted at its top level (also inside ``try``/``if``)."""
    return "twisted" in _top_imports(ctx)


def _sets_exc_info(node: ast.Assign) -> bool:
    """``record.exc_info = ...`` (also within a tuple target), not falsy."""
    if _is_falsy_constant(node.value):
        return False
    return any(
        isinstance(t, ast.Attribute) and t.attr == "exc_info"
        for target in node.targets for t in ast.walk(target)
    )


def _loguru_with_traceback(expr: ast.expr) -> bool:
    """``logger.opt(exception=True)`` (or ``exception=exc``; not a falsy
    literal): loguru's logger whose next call logs the exception being handled
    with its traceback."""
    return (
        isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "opt" and any(
            kw.arg == "exception" and not _is_falsy_constant(kw.value)
            for kw in expr.keywords
        )
    )


def _base_name(target: ast.expr) -> Optional[str]:
    """``x``, ``x[0]``, ``x.attr`` -> ``x``."""
    while isinstance(target, (ast.Subscript, ast.Attribute)):
        target = target.value
    return target.id if isinstance(target, ast.Name) else None


def _exits_after(try_node: ast.AST, fnode: Optional[ast.AST], ctx: FileContext) -> bool:
    """The statements after the ``try`` in its block are only more quiet
    best-effort cleanups, and the last ends the process: ``sys.exit(0)`` or
    ``os._exit(...)`` (pymata's ``shutdown``: ``loop.stop()``, ``loop.close()``,
    each under ``except: pass``, then ``sys.exit(0)``). What a bare ``except:``
    there swallows, ``KeyboardInterrupt`` included, would only have ended the
    process that is ending anyway. ``raise SystemExit(code)`` counts as
    ``sys.exit(code)``, which raises it (the standard library's ``quit()``:
    ``sys.stdin.close()`` under ``except: pass``, then ``raise
    SystemExit(code)``)."""
    path = enclosing(ctx, try_node)
    parent = path[-1] if path else (fnode if fnode is not None else ctx.tree)
    block = body_holding(parent, try_node)
    if block is None:
        return False
    idx = next(i for i, st in enumerate(block) if st is try_node)
    rest = block[idx + 1:]
    if not rest:
        return False
    for st in rest[:-1]:
        if not (
            isinstance(st, ast.Try) and not st.orelse and not st.finalbody
            and _is_stop_request(st.body) and all(_is_quiet(h.body) for h in st.handlers)
        ):
            return False
    last = rest[-1]
    if isinstance(last, ast.Raise) and last.exc is not None:
        raised = last.exc.func if isinstance(last.exc, ast.Call) else last.exc
        return ctx.qualified_name(raised) == "builtins.SystemExit"
    call = _call_of(last)
    return call is not None and ctx.qualified_name(call.func) in PROCESS_ENDS


def _call_of(stmt: ast.stmt) -> Optional[ast.Call]:
    """The call a statement consists of: ``f()``, ``await f()``, ``yield from
    f()`` (a generator-based coroutine's ``await``)."""
    if not isinstance(stmt, ast.Expr):
        return None
    value = stmt.value
    if isinstance(value, (ast.Await, ast.YieldFrom)):
        value = value.value
    return value if isinstance(value, ast.Call) else None


def _is_cleanup(stmt: ast.stmt) -> bool:
    """One best-effort cleanup call (SPEC 7.1): ``f.close()``, ``await
    conn.aclose()``, ``os.unlink(p)``, ``pool.force_close_all()``,
    ``comm.send({"op": "close"})``."""
    call = _call_of(stmt)
    if call is None:
        return False
    if _is_cleanup_name(_callee_name(call.func)):
        return True
    for arg in call.args:  # ``scheduler.run_sync(policy.close)``, ``run(conn.aclose())``
        target = arg.func if isinstance(arg, ast.Call) else arg
        if isinstance(target, (ast.Name, ast.Attribute)) and _is_cleanup_name(_called_name(target)):
            return True
    called = _called_name(call.func)
    if called == "send":
        return any(
            isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes))
            and _CLOSE_MESSAGE.search(n.value if isinstance(n.value, str)
                                      else n.value.decode("latin-1"))
            for a in call.args for n in ast.walk(a)
        )
    # A message that is one stop word: ``dispatch(conn, None, "shutdown")``;
    # a SQL statement dropping what a test made: ``execute("DROP TABLE t")``.
    return any(
        isinstance(a, ast.Constant) and isinstance(a.value, str)
        and _CLOSE_MESSAGE.fullmatch(a.value) is not None
        for a in call.args
    ) or any(_SQL_DROP.match(_leading_text(a)) for a in call.args[:1])


_SQL_DROP = re.compile(r"\s*DROP\s+(?:TABLE|DATABASE|SCHEMA|INDEX|VIEW)\b", re.IGNORECASE)


def _leading_text(expr: ast.expr) -> str:
    """The literal text a string starts with: a constant's, or an f-string's
    before its first placeholder."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value
    if isinstance(expr, ast.JoinedStr) and expr.values:
        first = expr.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return ""


def _is_stop_request(body: list[ast.stmt], trailing_logs: bool = False) -> bool:
    """One best-effort cleanup call, or a "please stop" message on a connection
    opened for it: ``conn = Client(address)`` then ``dispatch(conn, None,
    "shutdown")`` (also in a ``try`` whose ``finally`` only closes it, or in a
    ``with`` block); log lines before it, and with ``trailing_logs`` after it
    (``logger.info("closed")``)."""
    while body and (call := _call_of(body[0])) is not None and _is_log_call(call):
        body = body[1:]  # ``util.debug('DECREF %r', token.id)`` first
    while trailing_logs and body and (call := _call_of(body[-1])) is not None \
            and _is_log_call(call):
        body = body[:-1]  # ``logger.info("closed: %s", port)`` after it
    if body and isinstance(body[0], ast.Assign) and isinstance(body[0].value, ast.Call) \
            and len(body) == 2:
        body = body[1:]  # the connection the message goes through
    if len(body) == 2 and isinstance(body[0], ast.ImportFrom) \
            and (call := _call_of(body[1])) is not None and isinstance(call.func, ast.Name) \
            and any((a.asname or a.name) == call.func.id for a in body[0].names):
        body = body[1:]  # the import of the cleanup function it calls next
    if len(body) > 1 and _cleans_one_object(body):
        return True
    if len(body) != 1:
        return False
    stmt = body[0]
    # ``if not connection: release(conn)``: the same cleanup, when it is due;
    # ``if pattern: ps.punsubscribe(*chs) else: ps.unsubscribe(*chs)``.
    if (
        isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1
        and isinstance(stmt.body[0], ast.If) and _asks_only(stmt.test)
    ):
        stmt = stmt.body[0]  # ``if t is not None:``, then ``if t.is_alive():``
    if isinstance(stmt, ast.If) and _asks_only(stmt.test):
        if stmt.orelse and not (len(stmt.orelse) == 1 and _is_cleanup(stmt.orelse[0])):
            return False
        if len(stmt.body) > 1:
            # ``if server is not None: server.stop(); server.join(timeout=3)``
            return _cleans_one_object(stmt.body)
        stmt = stmt.body[0]
    if isinstance(stmt, ast.Try) and not stmt.handlers and not stmt.orelse:
        if not stmt.finalbody or not all(_is_cleanup(s) for s in stmt.finalbody):
            return False
        return len(stmt.body) == 1 and _is_cleanup(stmt.body[0])
    if isinstance(stmt, (ast.With, ast.AsyncWith)):
        return len(stmt.body) == 1 and _is_cleanup(stmt.body[0])
    return _is_cleanup(stmt)


# Questions a cleanup's guard may ask (``os.path.exists(path)``,
# ``hasattr(obj, "sock")``): they answer, and raise nothing the cleanup's
# handler would be there to catch.
_GUARD_QUESTIONS = frozenset({
    "exists", "lexists", "isfile", "isdir", "islink", "hasattr", "callable", "isinstance",
})


def _asks_only(test: ast.expr) -> bool:
    """The guard calls nothing but yes/no questions: ``os.path.exists(p)``,
    ``hasattr(o, "x")``, ``t.is_alive()``, ``dist.is_initialized()`` (a
    method whose name starts with ``is``/``has``), given only names,
    attributes and constants."""
    for n in ast.walk(test):
        if not isinstance(n, ast.Call):
            continue
        name = last_name(n.func)
        if name is None or not (
            name in _GUARD_QUESTIONS or (words(name)[:1] in (["is"], ["has"]))
        ):
            return False
        given = (*n.args, *(k.value for k in n.keywords))
        if any(isinstance(m, (ast.Call, ast.Await, ast.NamedExpr))
               for a in given for m in ast.walk(a)):
            return False
    return True


def _reaps_killed(try_node: ast.AST, body: list[ast.stmt], fnode: ast.AST) -> bool:
    """``proc.communicate()`` / ``proc.wait()`` (no input, at most a
    ``timeout=``) of a child this function killed before the ``try``
    (``proc.kill()``, ``proc.terminate()``, ``proc.send_signal(...)``):
    reaping a child that is being killed is one cleanup step; its output and
    exit status are thrown away anyway."""
    if len(body) != 1 or not isinstance(body[0], (ast.Expr, ast.Assign)):
        return False
    value = body[0].value
    if isinstance(value, ast.Await):
        value = value.value
    if not (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
        and value.func.attr in ("communicate", "wait") and not value.args
        and all(kw.arg == "timeout" for kw in value.keywords)
    ):
        return False
    child = dotted(value.func.value)
    if child is None:
        return False
    start = getattr(try_node, "lineno", 0)
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
        and n.func.attr in ("kill", "terminate", "send_signal")
        and dotted(n.func.value) == child and n.lineno < start
        for n in body_nodes(getattr(fnode, "body", []))
    )


def _cleans_one_object(body: list[ast.stmt]) -> bool:
    """Cleanup calls on one object, one after the other (``writer.close()``,
    then ``await writer.wait_closed()``): one cleanup step in two calls. Two
    objects (``a.close(); b.close()``) are two steps: a failure of the first
    skips the second."""
    receivers: set[str] = set()
    for stmt in body:
        call = _call_of(stmt)
        if call is None or not isinstance(call.func, ast.Attribute) or not _is_cleanup(stmt):
            return False
        receiver = dotted(call.func.value)
        if receiver is None:
            return False
        receivers.add(receiver)
    return len(receivers) == 1


def _awaits_cancelled(try_node: ast.AST, body: list[ast.stmt], ctx: FileContext) -> bool:
    """``if task and not task.done(): task.cancel(); try: await task``: waiting
    for a task that was still running to finish its cancellation, one cleanup
    step. Only what the task raises while it stops can be lost; an outcome it
    had before is not awaited here. Without the ``done()`` guard (a task that
    may have failed already) it stays flagged."""
    if len(body) != 1 or not isinstance(body[0], ast.Expr) \
            or not isinstance(body[0].value, ast.Await):
        return False
    task = dotted(body[0].value.value)
    if task is None:
        return False
    path = enclosing(ctx, try_node)
    guard = path[-1] if path else None
    if not isinstance(guard, ast.If) or not any(s is try_node for s in guard.body):
        return False
    index = next(i for i, s in enumerate(guard.body) if s is try_node)
    if index == 0:
        return False
    cancel = _call_of(guard.body[index - 1])
    if not (
        cancel is not None and isinstance(cancel.func, ast.Attribute)
        and cancel.func.attr == "cancel" and dotted(cancel.func.value) == task
    ):
        return False
    return any(
        isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not)
        and isinstance(n.operand, ast.Call) and isinstance(n.operand.func, ast.Attribute)
        and n.operand.func.attr == "done" and dotted(n.operand.func.value) == task
        for n in ast.walk(guard.test)
    )


#: Calls that send a message to the peer (``write_message_async``, ``sendLine``,
#: ``send_text``, ``sendBadResponse``, ``reply``).
_SEND_WORDS = frozenset({"send", "sendall", "reply", "respond"})
_SENT_WORDS = frozenset({"message", "response", "reply", "error"})
#: What marks a message as an error: a word in its text or its maker's name.
_ERROR_WORD = re.compile(r"error|fail|fault", re.IGNORECASE)


def _is_send(func: ast.expr) -> bool:
    parts = words(_called_name(func))
    return bool(parts) and (
        bool(_SEND_WORDS & set(parts)) or ("write" in parts and bool(_SENT_WORDS & set(parts)))
    )


def _marks_error(node: ast.AST) -> bool:
    """``f"Error: {e}"``, ``b"Server error: "``, ``make_error_response(...)``,
    ``DirtyError(str(e))``: the message says it is an error."""
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, (str, bytes)):
            text = n.value if isinstance(n.value, str) else n.value.decode("latin-1")
            if _ERROR_WORD.search(text):
                return True
        elif isinstance(n, ast.Call) and _ERROR_WORD.search(_called_name(n.func)):
            return True
    return False


def _sends_error_to_peer(handler: ast.ExceptHandler) -> bool:
    """The handler sends the peer an error message carrying the exception's
    text (``await websocket.send_text(f"Error: {e}")``, ``response =
    make_error_response(rid, DirtyError(str(e)))`` then
    ``write_message_async(client_writer, response)``, ``self.sendBadResponse(
    tag, b"Server error: " + str(e).encode())``): the failure is handed to
    whoever made the request."""
    name = handler.name
    if name is None:
        return False
    carriers = {name}
    marked: set[str] = set()
    for stmt in handler.body:
        if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
            if _mentions(stmt.value, carriers):
                targets = {t.id for t in stmt.targets if isinstance(t, ast.Name)}
                carriers |= targets
                if _marks_error(stmt.value):
                    marked |= targets
            continue
        call = _call_of(stmt)
        if call is None or not _is_send(call.func):
            continue
        args = [*call.args, *(k.value for k in call.keywords)]
        if any(
            _mentions(a, carriers) and (
                _marks_error(a) or _mentions(a, marked)
                or _ERROR_WORD.search(_called_name(call.func)) is not None
            )
            for a in args
        ):
            return True
    return False


def _fails_operation(handler: ast.ExceptHandler) -> bool:
    """The handler fails the operation in progress with the exception's text
    (``return self.failHandshake(f"could not parse headers: {e}")``,
    ``self.fail_connection(reason=str(exc))``): a method whose name starts with
    ``fail`` (not a bare ``fail``, a test's raising call) reports the failure
    to whoever waits for the operation (the peer, the caller)."""
    name = handler.name
    if name is None:
        return False
    for stmt in handler.body:
        value = stmt.value if isinstance(stmt, (ast.Expr, ast.Return)) else None
        if isinstance(value, ast.Await):
            value = value.value
        if not isinstance(value, ast.Call):
            continue
        parts = words(_called_name(value.func))
        if len(parts) > 1 and parts[0] == "fail" and any(
            _mentions(a, {name}) for a in [*value.args, *(k.value for k in value.keywords)]
        ):
            return True
    return False


def _is_true(node: Optional[ast.expr]) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _raises_on_flag(try_node: ast.AST, handler: ast.ExceptHandler, fnode: ast.AST) -> bool:
    """The handler logs and sets a flag (``error = True``), and a later
    statement of the function's own body, after the loops that hold the
    ``try``, is ``if error: raise ...``: each step is tried, and the failure
    is raised to the caller once they are done (scchainserver's portlet
    backups). A flag read any other way, or a raise inside a branch of its
    own, stays flagged."""
    flags: set[str] = set()
    for stmt in handler.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name) and _is_true(stmt.value):
            flags.add(stmt.targets[0].id)
            continue
        call = _call_of(stmt)
        if call is None or not _is_log_call(call):
            return False
    if len(flags) != 1:
        return False
    (flag,) = flags
    end = getattr(try_node, "end_lineno", None) or 0
    for stmt in getattr(fnode, "body", []):
        if isinstance(stmt, ast.If) and stmt.lineno > end and isinstance(stmt.test, ast.Name) \
                and stmt.test.id == flag and not stmt.orelse \
                and any(isinstance(s, ast.Raise) and s.exc is not None for s in stmt.body):
            return True
    return False


def _converts_error(handler: ast.ExceptHandler, fnode: ast.AST) -> bool:
    """The handler turns the exception into another one carrying its text
    (``enc_err = ApplicationError(DECRYPT_ERROR, f"failed to decrypt: {e}")``)
    kept in a name that the function then raises, returns or hands to a call
    (``reject(on_reply, enc_err)``): the error is handed on. Built and left
    unused, it stays flagged."""
    name = handler.name
    if name is None:
        return False
    kept: set[str] = set()
    for stmt in handler.body:
        if (
            isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Call)
            and _called_name(stmt.value.func).endswith(("Error", "Exception"))
            and any(
                _mentions(a, {name})
                for a in [*stmt.value.args, *(k.value for k in stmt.value.keywords)]
            )
        ):
            kept.add(stmt.targets[0].id)
    if not kept:
        return False
    for node in body_nodes(statements(fnode)):
        if isinstance(node, ast.Raise) and node.exc is not None:
            if _mentions(node.exc, kept):
                return True
        elif isinstance(node, ast.Return) and node.value is not None:
            if isinstance(node.value, ast.Name) and node.value.id in kept:
                return True
        elif isinstance(node, ast.Call) and not _is_log_call(node) and any(
            isinstance(a, ast.Name) and a.id in kept
            for a in [*node.args, *(k.value for k in node.keywords)]
        ):
            return True
    return False


def _gives_up_resource(stmts: list[ast.stmt], ctx: FileContext) -> bool:
    """After a failed best-effort cleanup, a handler that gives up the resource
    and says so: cleanup calls alone (``self._cleanup_node(name)``), or dropping
    it (``conn = None``) with a message (``print("WARNING: cleanup %s raised:
    %s" % (cleanup, e))``) or a note of which one failed
    (``failed_nodes.append(name)``). Dropping it silently (``executor = None``)
    stays flagged."""
    told = all(_is_cleanup(s) for s in stmts)
    for stmt in stmts:
        if isinstance(stmt, ast.Pass) or _is_cleanup(stmt):
            continue
        if isinstance(stmt, ast.Return) and stmt.value is None and stmt is stmts[-1]:
            continue  # leaves the cleanup there
        if _marks_closed(stmt):
            continue  # ``self._closed_event.set()``: the resource counts as gone
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) \
                and stmt.value.value is None \
                and all(isinstance(t, (ast.Name, ast.Attribute)) for t in stmt.targets):
            continue
        call = _call_of(stmt)
        if call is None:
            return False
        if _is_log_call(call) or _is_output_call(call, ctx):
            told = True
            continue
        if not (
            isinstance(call.func, ast.Attribute) and call.func.attr == "append"
            and len(call.args) == 1 and isinstance(call.args[0], ast.Name)
        ):
            return False
        told = True
    return bool(stmts) and told


# An event that tells waiters a resource is gone (``_closed_event``,
# ``self.stopped``, ``done``).
_CLOSED_EVENT = re.compile(r"(?i)(?:clos|stop|done|finish|shut|exit)")


def _drops_test_index(body: list[ast.stmt], fnode: Optional[ast.AST], ctx: FileContext) -> bool:
    """``redis.ft(name).dropindex()``, alone, in a test function or a pytest
    fixture of a test file: removing a search index the test may or may not
    have made (redis-om's fixtures). In other code, dropping an index is
    work (a migration's rollback) and stays flagged."""
    if not ctx.is_test_file or len(body) != 1 \
            or not isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    call = _call_of(body[0])
    if call is None or call.args or call.keywords or _called_name(call.func) != "dropindex":
        return False
    return fnode.name.startswith("test") or projectfacts.fixture_decorator(fnode) is not None


def _drops_resource(stmts: list[ast.stmt]) -> bool:
    """The handler lets the resource go: ``self._transport = None``, or sets
    an event named for its end (``self._closed_event.set()``)."""
    return any(
        _marks_closed(s) or (
            isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
            and s.value.value is None
        )
        for s in stmts
    )


def _marks_closed(stmt: ast.stmt) -> bool:
    """``self._closed_event.set()``: an event named for the end of the
    resource, set with no argument (an event's ``set`` raises nothing)."""
    call = _call_of(stmt)
    return (
        isinstance(stmt, ast.Expr) and call is not None
        and isinstance(call.func, ast.Attribute) and call.func.attr == "set"
        and not call.args and not call.keywords
        and _CLOSED_EVENT.search(last_name(call.func.value) or "") is not None
    )


_STD_STREAMS = frozenset({
    f"sys.{s}" for s in ("stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__")
})
_STREAM_PROBES = frozenset({"fileno", "isatty"})


def _probes_std_stream(body: list[ast.stmt], ctx: FileContext) -> bool:
    """One statement probing a standard stream, ``fds.append(sys.stderr.fileno())``
    or ``fd = sys.stdout.fileno()``: ``sys.stdout``/``stderr`` may be ``None`` or
    any object a program or a test put there, so any error is the answer "no
    descriptor"."""
    if len(body) != 1 or not isinstance(body[0], (ast.Expr, ast.Assign)):
        return False
    probed = False
    for n in ast.walk(body[0]):
        if not isinstance(n, ast.Call):
            continue
        func = n.func
        if isinstance(func, ast.Name) and ctx.qualified_name(func) == "builtins.bool":
            continue  # ``is_tty = bool(sys.stdout.isatty())``
        if not isinstance(func, ast.Attribute):
            return False
        if func.attr in _STREAM_PROBES and not n.args \
                and ctx.qualified_name(func.value) in _STD_STREAMS:
            probed = True
        elif not (func.attr in _RECORDS and isinstance(func.value, ast.Name)):
            return False
    return probed


def _reports_error(stmt: ast.stmt, name: Optional[str], ctx: FileContext) -> bool:
    """``stmt`` re-raises the error being handled, or hands it (``name``) to a
    call other than a builtin: a log line, ``close(exc_info=err)``."""
    for n in ast.walk(stmt):
        if isinstance(n, ast.Raise) and (n.exc is None or (
            name and isinstance(n.exc, ast.Name) and n.exc.id == name
        )):
            return True
        if name and isinstance(n, ast.Call) and any(
            isinstance(a, ast.Name) and a.id == name
            for a in [*n.args, *(k.value for k in n.keywords)]
        ):
            qn = ctx.qualified_name(n.func) if isinstance(n.func, (ast.Name, ast.Attribute)) \
                else None
            if not (qn or "").startswith("builtins."):  # ``getattr(err, "code")`` reads it
                return True
    return False


def _sets_constants(stmts: list[ast.stmt]) -> bool:
    """A handler that only sets fallback constants (``peer = "(not connected)"``,
    ``self._run = None``; ``Event = object``, a stand-in base class)."""
    return bool(stmts) and all(
        isinstance(s, ast.Pass) or (
            isinstance(s, ast.Assign) and (
                isinstance(s.value, ast.Constant)
                or (isinstance(s.value, ast.Name) and s.value.id == "object"))
            and all(isinstance(t, ast.Name) or _attribute_of_name(t) for t in s.targets)
        )
        for s in stmts
    )


# A request handler's reply: an HTTP error status and the error's text.
_REPLY_METHODS = frozenset({
    "set_status", "send_error", "write", "finish", "set_header", "clear",
    "send_response", "send_header", "end_headers",
})
_STATUS_METHODS = frozenset({"set_status", "send_error", "send_response"})
_TELLING_METHODS = frozenset({"write", "finish", "send_error", "set_status", "send_response"})


def _answers_client(handler: ast.ExceptHandler) -> bool:
    """The handler answers the client with an error status and the exception's
    text (``self.set_status(503); self.write("got exception: %s" % e)``), also
    through a message it builds first (``msg = "...: %s" % e``, then
    ``self.finish(json.dumps({"message": msg}))``), and may log a line and
    return: the failure is handed to whoever made the request."""
    name = handler.name
    if name is None or not handler.body:
        return False
    carriers = {name}
    status = told = False
    for stmt in handler.body:
        if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
            if _mentions(stmt.value, carriers):
                carriers.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
            continue
        if isinstance(stmt, ast.Return) and (
            stmt.value is None or isinstance(stmt.value, ast.Constant)
        ):
            continue
        call = _call_of(stmt)
        if call is not None and _is_log_call(call):
            continue  # ``self.log.error("Error starting kernel: %s", name)``
        if call is None or not isinstance(call.func, ast.Attribute) \
                or call.func.attr not in _REPLY_METHODS:
            return False
        attr = call.func.attr
        if attr in _STATUS_METHODS and call.args and isinstance(call.args[0], ast.Constant) \
                and isinstance(call.args[0].value, int) and 400 <= call.args[0].value < 600:
            status = True
        if attr in _TELLING_METHODS and any(
            _mentions(a, carriers) for a in [*call.args, *(k.value for k in call.keywords)]
        ):
            told = True  # in the body, or as the status line's reason
    return status and told


# What a ``try`` that only reads the request's own input may call: conversions
# and string parsing, whose failures are the client's (a bad ``log-ids``).
_PARSING_FUNCS = frozenset({
    "int", "float", "str", "bool", "len", "list", "dict", "tuple", "set", "range",
    "Exception", "ValueError", "TypeError", "KeyError",
})
_PARSING_METHODS = frozenset({
    "split", "strip", "lower", "upper", "strptime", "fromisoformat", "isdigit",
    "replace", "startswith", "endswith",
})


def _answers_bad_request(handler: ast.ExceptHandler, body: list[ast.stmt]) -> bool:
    """A ``try`` that only parses the request's input (``[int(i) for i in
    ids.split(",")]``, ``datetime.strptime(...)``, ``assert``/``raise`` of its
    own checks), whose handler ends returning a client-error response that
    carries the exception's text (``return JsonResponse({"error": "bad ids:
    %s" % e}, status=400)``): the failure is the client's own, and the client
    is told. A ``try`` that does the server's work (a queue, a signature
    check) stays flagged: its failure is the server's, and the traceback is
    lost (judged TP)."""
    name = handler.name
    last = handler.body[-1] if handler.body else None
    if name is None or not isinstance(last, ast.Return) \
            or not _error_response(last.value, {name}):
        return False
    calls = [_call_of(stmt) for stmt in handler.body[:-1]]
    if not all(c is not None and _is_log_call(c) for c in calls):
        return False  # besides the answer, only log lines
    for n in (x for stmt in body for x in ast.walk(stmt)):
        if isinstance(n, ast.Call):
            func = n.func
            if isinstance(func, ast.Name) and func.id in _PARSING_FUNCS:
                continue
            if isinstance(func, ast.Attribute) and func.attr in _PARSING_METHODS:
                continue
            return False
        if isinstance(n, (ast.Await, ast.Yield, ast.YieldFrom, ast.With, ast.AsyncWith)):
            return False
    return True


def _client_error_status(value: ast.expr) -> bool:
    """``400``..``499``, or a name for one of them that says its number
    (``status.HTTP_400_BAD_REQUEST``): the request failed, and the client is
    told why. A server error (``500``: flask-apscheduler's ``jsonify(...,
    status=500)``, judged TP) is a failure whose traceback the server lost."""
    if isinstance(value, ast.Constant):
        return type(value.value) is int and 400 <= value.value < 500
    name = value.attr if isinstance(value, ast.Attribute) else (
        value.id if isinstance(value, ast.Name) else "")
    return re.match(r"HTTP_4\d\d_", name) is not None


def _error_response(value: Optional[ast.expr], carriers: set[str]) -> bool:
    """``JsonResponse({"error": "retry failed: %s" % e}, status=400)``,
    ``Response(str(e), status=status.HTTP_400_BAD_REQUEST)``, ``return
    jsonify(error=str(e)), 400``: a response with a client-error status that
    carries the exception's text to whoever made the request."""
    if isinstance(value, ast.Tuple) and len(value.elts) == 2 \
            and isinstance(value.elts[0], ast.Call) and _client_error_status(value.elts[1]):
        return _mentions(value.elts[0], carriers)
    if not isinstance(value, ast.Call):
        return False
    return any(
        kw.arg in ("status", "status_code") and _client_error_status(kw.value)
        for kw in value.keywords
    ) and any(
        _mentions(a, carriers) for a in [*value.args, *(k.value for k in value.keywords)]
    )


def _mentions(node: ast.expr, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _is_introspection(stmt: ast.stmt, ctx: FileContext) -> bool:
    """``value = getattr(obj, name)`` with a computed name: introspecting an
    arbitrary object, whose descriptors' ``__get__`` can raise anything (pydoc,
    inspect)."""
    if not (
        isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
        and isinstance(_base_of(stmt.targets[0]), ast.Name)
    ):
        return False  # ``func.__wrapped__ = ...``
    value = stmt.value
    if isinstance(stmt.targets[0], ast.Name) and isinstance(value, ast.Attribute) \
            and isinstance(value.value, ast.Name) \
            and value.attr.startswith("__") and value.attr.endswith("__"):
        return True  # ``ob_call = ob.__call__``: a special attribute of an arbitrary object
    if not isinstance(value, ast.Call):
        return False
    call = value
    # ``list(getattr(transport, "channels", None) or ())``: what a default-taking
    # ``getattr`` found, as a container.
    if (
        isinstance(call.func, ast.Name) and len(call.args) == 1 and not call.keywords
        and ctx.qualified_name(call.func) in _CONTAINERS
        and isinstance(call.args[0], ast.BoolOp) and isinstance(call.args[0].op, ast.Or)
        and len(call.args[0].values) == 2 and _is_empty(call.args[0].values[1])
        and isinstance(call.args[0].values[0], ast.Call)
    ):
        inner = call.args[0].values[0]
        return _is_getattr(inner, ctx) and len(inner.args) == 3
    return _is_getattr(call, ctx) and (
        (len(call.args) == 2 and not isinstance(call.args[1], ast.Constant))
        or len(call.args) == 3  # the default answers a missing attribute
    )


def _is_special(attr: str) -> bool:
    return attr.startswith("__") and attr.endswith("__")


def _special_chain_base(node: ast.expr) -> Optional[str]:
    """``x.__class__.__module__`` -> ``x``: a chain of special attributes only."""
    if not isinstance(node, ast.Attribute):
        return None
    while isinstance(node, ast.Attribute):
        if not _is_special(node.attr):
            return None
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _reads_special_attributes(stmt: ast.stmt, fnode: ast.AST) -> bool:
    """One assignment reading special attributes of an object the caller handed
    in (``mod, _, _ = x.__class__.__module__.partition(".")`` in ``def
    _always_use_pickle_for(x)``), or of a class in its ``__mro__`` (``for cls2 in
    cls.__mro__:``): an arbitrary object's class, metaclass or ``__getattr__``
    decides what they are, so anything can be raised. A chain through an
    ordinary attribute (``value.__func__.__code__`` of an object of the
    program's own, ``x.config.__name__``) stays flagged."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return False
    target = stmt.targets[0]
    names = target.elts if isinstance(target, ast.Tuple) else [target]
    if not all(isinstance(n, ast.Name) for n in names):
        return False
    value = stmt.value
    if (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
        and value.func.attr in _STR_PROBES and not value.keywords
        and all(isinstance(a, ast.Constant) for a in value.args)
    ):
        value = value.func.value  # ``....__module__.partition(".")``
    base = _special_chain_base(value)
    if base is None:
        return False
    params = _parameters(fnode) - {"self"}  # the program's own object
    if base in params:
        return True
    # ``for cls2 in cls.__mro__:`` over a parameter's special attribute.
    return any(
        isinstance(n, (ast.For, ast.AsyncFor)) and isinstance(n.target, ast.Name)
        and n.target.id == base and _special_chain_base(n.iter) in params
        for n in body_nodes(statements(fnode))
    )


_STR_PROBES = frozenset({"partition", "rpartition", "split", "rsplit", "startswith"})


_CONTAINERS = frozenset({"builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset"})


def _is_getattr(call: ast.Call, ctx: FileContext) -> bool:
    return (
        isinstance(call.func, ast.Name) and ctx.qualified_name(call.func) == "builtins.getattr"
        and not call.keywords
    )


def _base_of(target: ast.expr) -> ast.expr:
    """``func.__wrapped__`` -> ``func``; a name is its own base."""
    while isinstance(target, ast.Attribute):
        target = target.value
    return target


def _runs_code(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` evaluates code given as data (``eval``/``exec``, also through a
    function of this module or a method of this class that evaluates its
    argument: ``self.get_entity(what)``): a user's expression or a breakpoint
    condition can raise anything, so no exception type can be named, and the
    tool around it must survive it."""
    return any(
        isinstance(node, ast.Call) and _evaluates(node, ctx) for node in body_nodes(body)
    )


_EVAL_FUNCS = ("builtins.eval", "builtins.exec")


def _is_eval(call: ast.Call, ctx: FileContext) -> bool:
    return isinstance(call.func, ast.Name) and ctx.qualified_name(call.func) in _EVAL_FUNCS


def _evaluates(call: ast.Call, ctx: FileContext) -> bool:
    """``eval(...)``/``exec(...)``, or a call of a function of this module (a
    method of this class) that evaluates one of its parameters (``def
    get_entity(self, name): return eval(name, ns)``). Only that one body is read."""
    if _is_eval(call, ctx):
        return True
    target = _helper_def(call, ctx)
    if target is None:
        return False
    cache: dict[int, bool] = ctx.fact("otp501.evaluators", lambda _ctx: {})
    key = id(target)
    if key not in cache:
        params = _parameters(target)
        cache[key] = any(
            isinstance(n, ast.Call) and _is_eval(n, ctx) and bool(n.args)
            and isinstance(n.args[0], ast.Name) and n.args[0].id in params
            for n in body_nodes(statements(target))
        )
    return cache[key]


def _probes_evaluated(body: list[ast.stmt], fnode: ast.AST, ctx: FileContext) -> bool:
    """Assignments that only read attributes of an object the function got by
    evaluating a user's expression (``value = self._getval(arg)``, then ``code
    = value.__func__.__code__``; pdb's ``func = eval(arg, ...)``, then ``if
    hasattr(func, '__func__'): func = func.__func__``, ``code = func.__code__``,
    ``lineno = code.co_firstlineno``): any of its descriptors can raise
    anything."""
    if not body or not _reads_attributes_only(body, None):
        return False
    evaluated = {
        node.targets[0].id for node in body_nodes(statements(fnode))
        if isinstance(node, ast.Assign) and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Call) and _evaluates(node.value, ctx)
    }
    return bool(evaluated) and _reads_attributes_only(body, evaluated)


def _reads_attributes_only(stmts: list[ast.stmt], derived: Optional[set[str]]) -> bool:
    """Every statement assigns a name an attribute chain of a name in
    ``derived`` (which then joins it), or is an ``if hasattr(<that name>,
    ...):`` around such assignments. With ``derived`` None, only the shape."""
    for stmt in stmts:
        if isinstance(stmt, ast.If):
            test = stmt.test
            if stmt.orelse or not (
                isinstance(test, ast.Call) and isinstance(test.func, ast.Name)
                and test.func.id == "hasattr" and len(test.args) == 2
                and isinstance(test.args[0], ast.Name)
                and (derived is None or test.args[0].id in derived)
            ):
                return False
            if not _reads_attributes_only(stmt.body, derived):
                return False
            continue
        if not (
            isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Attribute)
        ):
            return False
        base: ast.expr = stmt.value
        while isinstance(base, ast.Attribute):
            base = base.value
        if not isinstance(base, ast.Name):
            return False
        if derived is not None:
            if base.id not in derived:
                return False
            derived.add(stmt.targets[0].id)
    return True


_CHANNEL_SENDS = frozenset({"put", "put_nowait", "send"})


def _reports_to_parent(
    try_node: ast.AST, handler: ast.ExceptHandler, fnode: ast.AST, ctx: FileContext,
) -> bool:
    """In a test file, the body of a child process or thread (a function of
    the module that the file passes as some call's ``target=``) whose handler
    sends the exception, or its text, back on a queue or pipe it is given
    (``queue.put(("error", str(e)))``, also kept in a list first that is put
    on it whole: ``delays.append(("error", str(e)))`` ... ``queue.put(("ok",
    delays))``), beside at most log lines, in place of the result that the
    ``try`` ends by sending on the same channel (or adding to the same
    list): the test that started it reads the channel for that result, and
    gets the failure instead (ping3's tests). A ``try`` that sends first and
    then goes on working (a server's ``put("ready")`` then ``listen()``:
    the test has read its one message by the time it fails), a channel
    that is not a parameter, or no result sent from the ``try``, stays
    flagged."""
    name = handler.name
    module = ctx.tree
    if not name or not isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef)) \
            or not isinstance(module, ast.Module) or fnode not in module.body:
        return False
    params = _parameters(fnode)
    lists: set[str] = set()
    channels: set[str] = set()
    sent = False
    for stmt in handler.body:
        call = _call_of(stmt)
        if call is None:
            return False
        if _is_log_call(call):
            continue
        if not (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
                and any(isinstance(n, ast.Name) and n.id == name
                        for a in call.args for n in ast.walk(a))):
            return False
        receiver = call.func.value.id
        if call.func.attr in _CHANNEL_SENDS and receiver in params:
            sent = True
            channels.add(receiver)
        elif call.func.attr == "append" and receiver not in params:
            lists.add(receiver)
        else:
            return False
    # The ``try`` ends by sending its result there (``queue.put(("ok",
    # result))``, ``delays.append(delay)``), also as the last step of a ``with``.
    last: Optional[ast.stmt] = (getattr(try_node, "body", None) or [None])[-1]
    while isinstance(last, (ast.With, ast.AsyncWith)):
        last = last.body[-1]
    final = _call_of(last) if last is not None else None
    if not (final is not None and isinstance(final.func, ast.Attribute)
            and isinstance(final.func.value, ast.Name) and (
                (final.func.attr in _CHANNEL_SENDS and final.func.value.id in channels)
                or (final.func.attr == "append" and final.func.value.id in lists))):
        return False
    if lists:  # the list itself goes back on a channel it is given
        sent = sent or any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr in _CHANNEL_SENDS and isinstance(n.func.value, ast.Name)
            and n.func.value.id in params
            and any(isinstance(m, ast.Name) and m.id in lists for a in n.args for m in ast.walk(a))
            for n in body_nodes(fnode.body)
        )
    return sent and any(  # read only here: a rare handler's last test
        isinstance(n, ast.keyword) and n.arg == "target"
        and isinstance(n.value, ast.Name) and n.value.id == fnode.name
        for n in ast.walk(module)
    )


def _parameters(fnode: ast.AST) -> set[str]:
    args = getattr(fnode, "args", None)
    if not isinstance(args, ast.arguments):
        return set()
    names = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
    names.update(a.arg for a in (args.vararg, args.kwarg) if a is not None)
    return names


def _raises_on_purpose(stmt: ast.stmt) -> bool:
    """``if name == "__dict__": raise Exception(...)``: a guard whose only
    statement raises."""
    return (
        isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1
        and isinstance(stmt.body[0], ast.Raise)
    )


def _sorts_with_fallback(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """``return sorted(x)`` (``y = sorted(x)``, ``x.sort()``) with no ``key``,
    whose handler falls back to the same items unsorted (``return list(x)``,
    ``y = list(x)``, ``pass`` after ``x.sort()``): sorting only compares the
    items, whose comparisons may raise anything; the fallback is the same data
    in its given order."""
    if len(body) != 1:
        return False
    stmt = body[0]
    if isinstance(stmt, ast.Expr):  # ``x.sort()``
        method = stmt.value
        return (
            isinstance(method, ast.Call) and isinstance(method.func, ast.Attribute)
            and method.func.attr == "sort" and isinstance(method.func.value, ast.Name)
            and not method.args and all(k.arg == "reverse" for k in method.keywords)
            and _is_quiet(handler)
        )
    if len(handler) != 1:
        return False
    alt = handler[0]
    same_target = (
        isinstance(stmt, ast.Assign) and isinstance(alt, ast.Assign)
        and ast.dump(stmt.targets[0]) == ast.dump(alt.targets[0])
    )
    if not (same_target or (isinstance(stmt, ast.Return) and isinstance(alt, ast.Return))):
        return False
    call: Optional[ast.expr] = getattr(stmt, "value", None)
    fallback: Optional[ast.expr] = getattr(alt, "value", None)
    if not (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
        and call.func.id == "sorted" and len(call.args) == 1
        and isinstance(call.args[0], ast.Name)
        and all(k.arg == "reverse" for k in call.keywords)
    ):
        return False
    items = call.args[0].id
    if isinstance(fallback, ast.Name):
        return fallback.id == items
    return (
        isinstance(fallback, ast.Call) and isinstance(fallback.func, ast.Name)
        and fallback.func.id in ("list", "tuple") and len(fallback.args) == 1
        and isinstance(fallback.args[0], ast.Name) and fallback.args[0].id == items
    )


def _lone_call(stmt: ast.stmt) -> Optional[ast.Call]:
    """The call a statement is (``f(x)``, ``y = f(x)``, ``return await f(x)``):
    ``_call_of``'s, or the value of an assignment or ``return``."""
    if isinstance(stmt, ast.Expr):
        return _call_of(stmt)
    value: Optional[ast.expr] = None
    if isinstance(stmt, (ast.Return, ast.Assign, ast.AnnAssign)):
        value = stmt.value
    if isinstance(value, ast.Await):
        value = value.value
    return value if isinstance(value, ast.Call) else None


def _retries_call(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """The ``try`` is one call, and the handler makes the very same call again
    at its own top level, unguarded, with nothing it reads bound anew first
    (``try: driver = await Browser.create(config)``, then ``except Exception:
    time.sleep(0.1); driver = await Browser.create(config)``): a failure that
    persists, a bug among them (it fails the same way each time), propagates
    from the second call; only a failure the second attempt gets past is
    dropped. Another call is an alternative, not a retry: other arguments
    (``int(text.strip())``, then ``int(0)``; ``change_margin_type("CROSSED")``, then
    ``("ISOLATED")``), or the same text after the handler bound one of its
    names or attributes anew (``content = "..."``, then
    ``to_content(content)``), and so is a call whose arguments or receiver
    make calls of their own (``out.append(normalize(arg))``). A handler that
    may leave before the second call (a ``return``, ``break`` or ``continue``
    first, or the call inside a nested ``try``) stays flagged too."""
    if len(body) != 1:
        return False
    first = _lone_call(body[0])
    if first is None or any(
        isinstance(node, ast.Call) for node in ast.walk(first) if node is not first
    ):
        return False  # ``out.append(normalize(arg))``: the call that fails is not retried
    whole = ast.dump(first)
    read = {name for node in ast.walk(first) if (name := dotted(node)) is not None}
    for stmt in handler:
        again = _lone_call(stmt)
        if again is not None and (ast.dump(again) == whole or _other_implementation(first, again)):
            return True
        if any(
            isinstance(node, (ast.Return, ast.Break, ast.Continue, ast.Try))
            or (isinstance(getattr(node, "ctx", None), ast.Store) and dotted(node) in read)
            for node in ast.walk(stmt)
        ):
            return False  # it may leave first, or the call it makes is another one
    return False


def _other_implementation(first: ast.Call, again: ast.Call) -> bool:
    """``bitstruct.c.compile(fmt, names)``, then ``bitstruct.compile(fmt,
    names)``: the same function of the package the first one's module sits
    in, given the same arguments (a C accelerator and its pure-Python
    original: cantools). A failure of the input, a bug among them, fails the
    second the same way and propagates; only the accelerator's own absence
    or limits are dropped. Other arguments, or an unrelated module, stay an
    alternative."""
    f, g = first.func, again.func
    if not (isinstance(f, ast.Attribute) and isinstance(g, ast.Attribute) and f.attr == g.attr):
        return False
    inner, outer = dotted(f.value), dotted(g.value)
    if inner is None or outer is None or not inner.startswith(outer + "."):
        return False
    return (
        [ast.dump(a) for a in first.args] == [ast.dump(a) for a in again.args]
        and [ast.dump(k) for k in first.keywords] == [ast.dump(k) for k in again.keywords]
    )


def _is_signature_probe(stmt: ast.stmt, ctx: FileContext) -> bool:
    """``argspec = str(inspect.signature(fob))`` / ``return inspect.signature(obj)``
    of an object held in a name: the signature of an arbitrary object reads its
    ``__signature__``, ``__wrapped__``, ``__call__``, ``__init__``..., whose
    descriptors can raise anything, like ``getattr(obj, name)``."""
    if isinstance(stmt, ast.Assign):
        target = stmt.targets[0] if len(stmt.targets) == 1 else None
        # ``wrapper.__signature__ = inspect.signature(f)``: copying it onto a
        # function of its own is no computation of the program's.
        if not (isinstance(target, ast.Name) or (
            isinstance(target, ast.Attribute) and target.attr == "__signature__"
            and isinstance(target.value, ast.Name)
        )):
            return False
        value: Optional[ast.expr] = stmt.value
    elif isinstance(stmt, ast.Return):
        value = stmt.value
    else:
        return False
    if (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
        and ctx.qualified_name(value.func) == "builtins.str" and len(value.args) == 1
        and not value.keywords
    ):
        value = value.args[0]  # its display
    return (
        isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute))
        and ctx.qualified_name(value.func) == "inspect.signature"
        and len(value.args) == 1 and isinstance(value.args[0], ast.Name)
        and all(k.arg == "follow_wrapped" for k in value.keywords)
    )


def _cancels_pending(body: list[ast.stmt], ctx: FileContext) -> bool:
    """A loop's teardown: ``pending = asyncio.all_tasks(loop)``, ``for task in
    pending: task.cancel()``, then ``loop.run_until_complete(asyncio.gather(
    *pending, return_exceptions=True))``: every task is cancelled and its outcome
    collected on purpose, so what the handler can lose is only a failure of the
    cancellation itself, as with one best-effort cleanup call."""
    if len(body) != 3:
        return False
    first, loop, wait = body
    if not (
        isinstance(first, ast.Assign) and len(first.targets) == 1
        and isinstance(first.targets[0], ast.Name) and isinstance(first.value, ast.Call)
        and isinstance(first.value.func, (ast.Name, ast.Attribute))
        and ctx.qualified_name(first.value.func) == "asyncio.all_tasks"
    ):
        return False
    pending = first.targets[0].id
    if not (
        isinstance(loop, ast.For) and not loop.orelse and isinstance(loop.target, ast.Name)
        and isinstance(loop.iter, ast.Name) and loop.iter.id == pending
        and len(loop.body) == 1
    ):
        return False
    cancel = _call_of(loop.body[0])
    if not (
        cancel is not None and isinstance(cancel.func, ast.Attribute)
        and cancel.func.attr == "cancel" and isinstance(cancel.func.value, ast.Name)
        and cancel.func.value.id == loop.target.id and not cancel.args
    ):
        return False
    call = _call_of(wait)
    if call is not None and _called_name(call.func) == "run_until_complete" and len(call.args) == 1:
        inner = call.args[0]
        call = inner if isinstance(inner, ast.Call) else None
    return (
        call is not None and isinstance(call.func, (ast.Name, ast.Attribute))
        and ctx.qualified_name(call.func) == "asyncio.gather"
        and len(call.args) == 1 and isinstance(call.args[0], ast.Starred)
        and isinstance(call.args[0].value, ast.Name) and call.args[0].value.id == pending
        and any(
            k.arg == "return_exceptions" and isinstance(k.value, ast.Constant)
            and k.value.value is True
            for k in call.keywords
        )
    )


_IDENTITY_OPS = (ast.Is, ast.IsNot)


def _offers_to_queue(body: list[ast.stmt]) -> bool:
    """``q.put_nowait((zone_id, state))``, alone, of plain values (constants,
    names, attributes, a tuple of them): only the queue can fail, with
    ``QueueFull`` (or ``QueueShutDown``), and dropping the item for a
    subscriber that does not keep up is what a quiet handler there means."""
    if len(body) != 1 or not isinstance(body[0], ast.Expr):
        return False
    call = body[0].value
    if not (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
        and call.func.attr == "put_nowait" and dotted(call.func.value) is not None
        and len(call.args) == 1 and not call.keywords
    ):
        return False
    item = call.args[0]
    parts = item.elts if isinstance(item, ast.Tuple) else [item]
    return all(isinstance(p, ast.Constant) or dotted(p) is not None for p in parts)


_JSON_MODULES = frozenset({"json", "ujson", "simplejson", "orjson", "rapidjson"})


def _sends_constant(body: list[ast.stmt], ctx: FileContext) -> bool:
    """``self.socket.send(json.dumps({'event': 'pusher:ping', 'data': ''}))``,
    alone (awaited too): a send of a message made of constants only, such as
    a keep-alive ping or pong. No value of the caller's goes in, so no bug
    of the caller's can surface there; what can fail is the transport, and a
    handler that logs the error's message says all there is to say. A send
    of anything else (``json.dumps(event)``) stays flagged."""
    if len(body) != 1 or not isinstance(body[0], ast.Expr):
        return False
    call = body[0].value
    if isinstance(call, ast.Await):
        call = call.value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and dotted(call.func.value) is not None and _is_send(call.func)):
        return False
    values = [*call.args, *(kw.value for kw in call.keywords)]
    return bool(call.args) and all(_is_constant_message(v, ctx) for v in values)


def _is_constant_message(node: ast.expr, ctx: FileContext) -> bool:
    """A literal made of constants only, also serialised (``json.dumps(...)``)
    or encoded (``"PING".encode()``)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, (ast.List, ast.Tuple)):
        return all(_is_constant_message(e, ctx) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _is_constant_message(k, ctx) for k in node.keys) and all(
            _is_constant_message(v, ctx) for v in node.values)
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Attribute) and node.func.attr == "encode":
        return _is_constant_message(node.func.value, ctx) and all(
            isinstance(a, ast.Constant) for a in [*node.args, *(k.value for k in node.keywords)])
    # ``json.dumps`` as written: also where ``json`` is ``ujson`` when installed
    return (isinstance(node.func, ast.Attribute) and node.func.attr == "dumps"
            and dotted(node.func.value) in _JSON_MODULES and len(node.args) == 1
            and all(isinstance(k.value, ast.Constant) for k in node.keywords)
            and _is_constant_message(node.args[0], ctx))


def _compares_objects(body: list[ast.stmt], ctx: FileContext) -> bool:
    """``if type(task) is type(key) and task == key: return val``, with a quiet
    handler: comparing arbitrary objects runs their ``__eq__``, which may raise
    anything (an array's truth value is ambiguous); a failed comparison means
    "not equal", like the comparisons of ``sorted(x)``."""
    if len(body) != 1 or not isinstance(body[0], ast.If):
        return False
    stmt = body[0]
    if stmt.orelse or len(stmt.body) != 1 or not isinstance(stmt.body[0], ast.Return):
        return False
    result = stmt.body[0].value
    if not isinstance(result, (ast.Name, ast.Constant)):
        return False
    tests: list[ast.expr] = (
        list(stmt.test.values)
        if isinstance(stmt.test, ast.BoolOp) and isinstance(stmt.test.op, ast.And)
        else [stmt.test]
    )
    equal = False
    for t in tests:
        if not isinstance(t, ast.Compare):
            return False
        for op, right in zip(t.ops, t.comparators):
            left_ok = all(_is_operand(x, ctx) for x in (t.left, right))
            if not left_ok:
                return False
            if isinstance(op, (ast.Eq, ast.NotEq)):
                equal = True
            elif not isinstance(op, _IDENTITY_OPS):
                return False
    return equal


def _is_operand(node: ast.expr, ctx: FileContext) -> bool:
    """A name, or ``type(name)``: nothing computed but the comparison."""
    if isinstance(node, ast.Name):
        return True
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        and ctx.qualified_name(node.func) == "builtins.type" and len(node.args) == 1
        and isinstance(node.args[0], ast.Name) and not node.keywords
    )


def _is_log_function(fname: str) -> bool:
    """A function whose name says it writes a log line (``log_request``)."""
    parts = words(fname.lstrip("_"))
    return bool(parts) and parts[0] == "log" and len(parts) > 1


def _assigns_names_only(body: list[ast.stmt]) -> bool:
    """A non-empty body of assignments to plain names (``user = ...``)."""
    return bool(body) and all(
        isinstance(s, ast.Assign) and all(isinstance(t, ast.Name) for t in s.targets)
        for s in body
    )


def _reads_handled_error(
    try_node: ast.AST, body: list[ast.stmt], ctx: FileContext, decorates: bool = False,
) -> bool:
    """Inside ``except HTTPError as err:``, a ``try`` that only reads details
    off ``err`` itself (``body = err.read()``, ``text = err.response.text``),
    with a fallback for them: the error is in hand and handled by that
    ``except`` clause; a failure only loses a detail of it. With
    ``decorates``, the ``try`` may also end by storing what it read on ``err``
    (``ex.message = d``: pycoin's ``HTTPError`` before ``raise ex``)."""
    outer = next(
        (n for n in reversed(enclosing(ctx, try_node)) if isinstance(n, ast.ExceptHandler)),
        None,
    )
    if outer is None or not outer.name:
        return False
    err = outer.name
    if decorates and len(body) > 1 and _stores_on_error(body[-1], err):
        body = body[:-1]
    if not _assigns_names_only(body):
        return False
    for stmt in body:
        value = stmt.value  # type: ignore[attr-defined]
        if isinstance(value, ast.Await):
            value = value.value
        # ``err.read()``, ``err.response.text``: a chain rooted at ``err``.
        node = value.func if isinstance(value, ast.Call) else value
        if isinstance(value, ast.Call) and (value.args or value.keywords):
            return False
        if not isinstance(node, ast.Attribute):
            return False
        base = _base_of(node)
        if not (isinstance(base, ast.Name) and base.id == err):
            return False
    return True


def _stores_on_error(stmt: ast.stmt, err: str) -> bool:
    """``err.message = d``: a name or constant stored on the error in hand."""
    return (
        isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Attribute)
        and isinstance(stmt.targets[0].value, ast.Name) and stmt.targets[0].value.id == err
        and isinstance(stmt.value, (ast.Name, ast.Constant))
    )


def _optional_import(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` only imports an optional module (``import rmm``; ``from
    docutils import nodes`` with the definitions built on it and ``HAS_DOCUTILS =
    True``; ``timezone = zoneinfo.ZoneInfo``, an alias of what it imported): the
    handler answers "is it available?". Not the project's own code:
    a relative import, the file's own top-level package or a directory its path
    runs through (``pymemcache/test/...`` importing ``pymemcache.client``), or
    one the module imports outside any ``try`` (``from sentry_sdk import
    get_client``): a bug there is lost."""
    tops: set[str] = set()
    silences = False
    imported = _import_names(body)
    # the modules the ``try`` takes names from (``from MediaPlayer import X``)
    sources: set[str] = set()
    only_names = True
    for stmt in body:
        if isinstance(stmt, ast.Import):
            tops.update(a.name.split(".")[0] for a in stmt.names)
            only_names = False
        elif isinstance(stmt, ast.ImportFrom):
            if stmt.level or not stmt.module:
                return False
            tops.add(stmt.module.split(".")[0])
            sources.add(stmt.module)
            # a class or constant (``MPMediaItemArtwork``), not a submodule
            # (``from thrift.protocol import fastbinary`` loads one)
            only_names = only_names and all(a.name[:1].isupper() for a in stmt.names)
        elif module := _dynamic_import(stmt, ctx):
            if module.startswith("."):
                return False
            tops.add(module.split(".")[0])
            only_names = False
        elif _filters_warning(stmt, imported, ctx):
            silences = True
        elif not _runs_nothing(stmt) and not _aliases_import(stmt, imported):
            return False
    if not tops:
        return False
    if tops & _own_tops(ctx):
        return False
    # A warning class looked up only to silence it: a module the file imports
    # elsewhere (``requests``, then ``requests.packages.urllib3``) is no bug
    # source here, only the place the class may or may not be.
    if silences or not (tops & _imported_at_top(ctx)):
        return True
    # Classes or constants taken from modules the file has already imported,
    # unguarded, above the ``try`` (``from MediaPlayer import
    # MPRemoteCommandCenter``, then ``try: from MediaPlayer import
    # MPMediaItemArtwork``): no module code runs again, and only a name
    # missing from this version of it can fail (aionowplaying's macOS back
    # end). A lower-case name may be a submodule, whose code runs.
    loaded = _loaded_above(ctx, body[0].lineno if body else 0)
    return only_names and bool(sources) and sources <= loaded


def _own_tops(ctx: FileContext) -> set[str]:
    """The file's own package, and (its config may lie elsewhere, then no
    package is known) every directory its absolute path runs through, down to
    the file's own top package where the file names it: a directory below the
    package the file imports by its absolute name (``brokerage/plaid/`` in a
    file that imports ``brokerage._shared``) is a subpackage, and the
    absolute ``from plaid.api import ...`` is the third-party SDK, not it.
    The deepest such directory counts (``sentry_sdk/sentry_sdk/...``), so
    that a checkout named like a library the file imports keeps the
    packages below it that the file also imports."""
    package = ctx.semantic.package
    dirs = re.split(r"[\\/]", os.path.abspath(ctx.path))[:-1]
    at_top = _imported_at_top(ctx)
    for i in range(len(dirs) - 1, -1, -1):
        if dirs[i] in at_top:
            dirs = dirs[:i + 1]
            break
    own = set(dirs)
    if package:
        own.add(package.split(".")[0])
    return own


def _loaded_above(ctx: FileContext, line: int) -> set[str]:
    """The modules the module's own body imports (``import a.b`` and ``from
    a.b import c``, absolute, outside any ``try`` or ``if``) before ``line``."""
    found: set[str] = set()
    for stmt in getattr(ctx.tree, "body", ()):
        if stmt.lineno >= line:
            break
        if isinstance(stmt, ast.Import):
            found.update(a.name for a in stmt.names)
        elif isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
            found.add(stmt.module)
    return found


_IMPORT_CALLS = frozenset({"importlib.import_module", "builtins.__import__"})
#: Calls that only tell the warnings machinery to drop a category.
_WARNING_FILTERS = frozenset({"warnings.simplefilter", "warnings.filterwarnings"})


def _filters_warning(stmt: ast.stmt, imported: set[str], ctx: FileContext) -> bool:
    """``warnings.simplefilter("ignore", category=InsecurePlatformWarning)`` (or
    ``filterwarnings``, or a ``disable_warnings(W)`` call) given a warning class
    the ``try`` imported: the probe only silences a warning if it exists
    (pywinrm's and pypsrp's transports), and losing its failure loses nothing."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not isinstance(call, ast.Call) or not isinstance(call.func, (ast.Name, ast.Attribute)):
        return False
    qn = ctx.qualified_name(call.func) or ""
    if qn not in _WARNING_FILTERS and qn.rpartition(".")[2] != "disable_warnings":
        return False
    args = [*call.args, *(k.value for k in call.keywords)]
    return any(isinstance(a, ast.Name) and a.id in imported for a in args) and all(
        isinstance(a, ast.Constant) or (isinstance(a, ast.Name) and a.id in imported)
        for a in args)


# Loading a shared library by name or path (``ctypes.CDLL("libc.so")``).
_LIBRARY_LOADERS = frozenset({
    "ctypes.CDLL", "ctypes.PyDLL", "ctypes.WinDLL", "ctypes.OleDLL",
    "ctypes.cdll.LoadLibrary", "ctypes.pydll.LoadLibrary", "ctypes.windll.LoadLibrary",
    "ctypes.oledll.LoadLibrary",
})


def _loads_native_library(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` only loads a shared library (``libpthread =
    ctypes.CDLL(libpthread_path)``, bound to a name or dropped): the handler
    answers "is it on this platform?", which ctypes asks by raising (``OSError``,
    or on Windows a permission error) whatever the platform's loader reports."""
    if len(body) != 1:
        return False
    stmt = body[0]
    named = isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets)
    if not (named or isinstance(stmt, ast.Expr)):
        return False
    call = getattr(stmt, "value", None)
    return isinstance(call, ast.Call) and isinstance(call.func, (ast.Name, ast.Attribute)) \
        and ctx.qualified_name(call.func) in _LIBRARY_LOADERS


# Reads of an installed distribution's metadata (``importlib.metadata`` and
# its backport; ``pkg_resources.get_distribution(...).version``).
_METADATA_MODULES = ("importlib.metadata", "importlib_metadata", "pkg_resources")
_METADATA_READS = frozenset({
    "importlib.metadata.version", "importlib.metadata.metadata",
    "importlib_metadata.version", "importlib_metadata.metadata",
})
_DISTRIBUTION_GETTERS = frozenset({"pkg_resources.get_distribution"})


_REQUEST_NAMES = frozenset({"request", "req"})


def _bad_body_reply(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """The ``try`` only decodes the incoming request's JSON body (``body =
    await request.json()``, ``data = request.get_json()``; the request a
    name ``request``/``req`` or an attribute ``self.request``), and the
    handler is one ``return`` of a client-error reply: a call given a
    ``status``/``status_code`` of 400 to 499 (``JSONResponse({"error":
    "invalid JSON body"}, status_code=400)``), or a tuple ending in such a
    number (Flask's ``return jsonify(...), 400``). A body that is no JSON
    is the client's fault, and the reply hands it back (tsugite-daemon's
    routes, mimir's, hermes' MCP servers)."""
    if len(body) != 1 or len(handler) != 1:
        return False
    stmt = body[0]
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)):
        return False
    value = stmt.value
    if isinstance(value, ast.Await):
        value = value.value
    if not (isinstance(value, ast.Call) and not value.args
            and isinstance(value.func, ast.Attribute) and value.func.attr in ("json", "get_json")):
        return False
    receiver = value.func.value
    if not ((isinstance(receiver, ast.Name) and receiver.id in _REQUEST_NAMES)
            or (isinstance(receiver, ast.Attribute) and receiver.attr == "request")):
        return False
    reply = handler[0]
    if not (isinstance(reply, ast.Return) and reply.value is not None):
        return False

    def client_error(e: ast.expr) -> bool:
        return isinstance(e, ast.Constant) and type(e.value) is int and 400 <= e.value < 500

    if isinstance(reply.value, ast.Tuple) and len(reply.value.elts) >= 2:
        return client_error(reply.value.elts[1])
    return isinstance(reply.value, ast.Call) and any(
        k.arg in ("status", "status_code") and client_error(k.value)
        for k in reply.value.keywords)


def _metadata_probe(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` only reads the installed package's metadata: imports of
    ``importlib.metadata`` (or its backport, or ``pkg_resources``), then
    ``__version__ = version("pkg")``, ``get_distribution("pkg").version``,
    ``meta = metadata("pkg")`` and items of ``meta`` (``meta.get("Author",
    "")``, ``meta["Summary"]``), bound to names or attributes of names, or
    returned, each given only literals and names. The one failure they
    have, the package not installed (``PackageNotFoundError``), is the
    answer the handler's constant stands in for (openmsistream's
    ``__version__ = "unknown"``)."""
    meta: set[str] = set()
    reads = 0
    for st in body:
        if isinstance(st, ast.ImportFrom) and not st.level \
                and (st.module or "").startswith(_METADATA_MODULES):
            continue
        if isinstance(st, ast.Import) and all(
                a.name.startswith(_METADATA_MODULES) for a in st.names):
            continue
        if isinstance(st, ast.Return):
            if _metadata_read(st.value, meta, ctx) is None:
                return False
            reads += 1
            continue
        if not (isinstance(st, ast.Assign) and all(
                isinstance(t, ast.Name) or _attribute_of_name(t) for t in st.targets)):
            return False
        kind = _metadata_read(st.value, meta, ctx)
        if kind is None:
            return False
        if kind == "metadata":
            meta.update(t.id for t in st.targets if isinstance(t, ast.Name))
        reads += 1
    return reads > 0


def _plain_args(call: ast.Call) -> bool:
    """Every argument a literal or a name: nothing else runs in the call."""
    return all(isinstance(a, (ast.Constant, ast.Name)) for a in call.args) and all(
        isinstance(k.value, (ast.Constant, ast.Name)) for k in call.keywords)


def _metadata_read(expr: Optional[ast.expr], meta: set[str], ctx: FileContext
                   ) -> Optional[str]:
    """``"version"``/``"metadata"``/``"item"`` for a read of the installed
    package's metadata (``meta`` holds the names bound to ``metadata(...)``),
    else None."""
    if isinstance(expr, ast.Attribute) and expr.attr == "version":
        inner = expr.value
        if isinstance(inner, ast.Call) and _plain_args(inner) and isinstance(
                inner.func, (ast.Name, ast.Attribute)) \
                and ctx.qualified_name(inner.func) in _DISTRIBUTION_GETTERS:
            return "version"
        return None
    if isinstance(expr, ast.Subscript):
        holder = expr.value
    elif isinstance(expr, ast.Call) and _plain_args(expr):
        func = expr.func
        if isinstance(func, (ast.Name, ast.Attribute)):
            qn = ctx.qualified_name(func) or _backported(func, ctx)
            if qn in _METADATA_READS:
                return qn.rsplit(".", 1)[1]
        if not (isinstance(func, ast.Attribute) and func.attr == "get"):
            return None
        holder = func.value
    else:
        return None
    if isinstance(expr, ast.Subscript) and not isinstance(expr.slice, ast.Constant):
        return None
    if isinstance(holder, ast.Name):
        return "item" if holder.id in meta else None
    return "item" if _metadata_read(holder, meta, ctx) == "metadata" else None


def _backported(func: ast.expr, ctx: FileContext) -> str:
    """For a name imported from ``importlib.metadata`` and, as the fallback,
    from its backport ``importlib_metadata`` (both bindings the same
    function): the standard library's qualified name; else ``""``."""
    if not isinstance(func, ast.Name):
        return ""
    owner = ctx.semantic.lookup(func.id, ctx.scope)
    if owner is None:
        return ""
    found = set()
    for b in owner.bindings.get(func.id, ()):
        qn = b.qualname or ""
        if b.kind != "import" or not qn.startswith(("importlib.metadata.", "importlib_metadata.")):
            return ""
        found.add(qn.rsplit(".", 1)[1])
    return f"importlib.metadata.{found.pop()}" if len(found) == 1 else ""


def _local_address_probe(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` asks the routing table for this host's own address: a UDP
    socket "connected" to a literal address (``s.connect(("8.8.8.8", 80))``,
    which sends nothing and waits for nothing: a datagram socket's
    ``connect`` only picks a route), then ``s.getsockname()`` read (bound to a
    name or returned), with at most the socket made and closed around them
    (streamlit's ``get_internal_ip``, announce-server's ``get_ip_address``).
    The failure is the answer, "no route", and the handler's constant
    (``"127.0.0.1"``) the fallback. Every binding of the socket's name in
    its scope (in the ``try``, before it, a ``with ... as s``) is
    ``socket.socket(..., socket.SOCK_DGRAM)``; a stream socket's ``connect``
    reaches a peer and stays flagged, as does any other step in the
    ``try``."""
    sock = ""
    connects = reads = 0
    closed: list[str] = []  # the names closed: only the socket may be
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            target, value = stmt.targets[0].id, stmt.value
            if _is_udp_socket(value, ctx):
                sock = sock or target
                if sock != target:
                    return False
                continue
            if _reads_sockname(value) is None:
                return False
            reads += 1
            continue
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            if isinstance(stmt.value, ast.Name):
                continue
            if _reads_sockname(stmt.value) is None:
                return False
            reads += 1
            continue
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name) and not call.keywords):
            return False
        if call.func.attr == "close" and not call.args:
            closed.append(call.func.value.id)
            continue
        if call.func.attr != "connect" or len(call.args) != 1:
            return False
        address = call.args[0]
        if not (isinstance(address, ast.Tuple) and len(address.elts) == 2
                and all(isinstance(e, ast.Constant) for e in address.elts)):
            return False
        connects += 1
        sock = sock or call.func.value.id
        if sock != call.func.value.id:
            return False
    if connects != 1 or not reads or not sock or any(c != sock for c in closed):
        return False
    for stmt in body:  # every read is of that socket
        held = getattr(stmt, "value", None)
        reader = _reads_sockname(held) if isinstance(held, ast.expr) else None
        if reader is not None and reader != sock:
            return False
    # the semantic model's bindings of the name: every one a UDP socket made
    owner = ctx.semantic.lookup(sock, ctx.scope)
    bound = owner.bindings[sock] if owner is not None else []
    return bool(bound) and all(
        b.kind in ("assign", "with") and b.origin is None
        and isinstance(b.value, ast.expr) and _is_udp_socket(b.value, ctx)
        for b in bound
    )


def _is_udp_socket(value: ast.expr, ctx: FileContext) -> bool:
    """``socket.socket(socket.AF_INET, socket.SOCK_DGRAM)`` (the type given
    by position or as ``type=``)."""
    if not (isinstance(value, ast.Call) and ctx.qualified_name(value.func) == "socket.socket"):
        return False
    given = [*value.args[1:2], *(kw.value for kw in value.keywords if kw.arg == "type")]
    return len(given) == 1 and isinstance(given[0], (ast.Name, ast.Attribute)) \
        and ctx.qualified_name(given[0]) == "socket.SOCK_DGRAM"


def _reads_sockname(value: ast.expr) -> Optional[str]:
    """The socket's name in ``s.getsockname()`` or ``s.getsockname()[0]``."""
    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant):
        value = value.value
    if isinstance(value, ast.Call) and not value.args and not value.keywords \
            and isinstance(value.func, ast.Attribute) and value.func.attr == "getsockname" \
            and isinstance(value.func.value, ast.Name):
        return value.func.value.id
    return None


def _logs_then_answers(stmts: list[ast.stmt]) -> bool:
    """A handler that logs a line (or prints one) and returns a constant
    (``logger.debug("instrumentation unavailable: %r", exc)``, ``return
    False``): an import probe's answer, with a note of why."""
    return len(stmts) >= 2 and _returns_constant(stmts[-1:]) and all(
        isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and _is_log_call(s.value)
        for s in stmts[:-1]
    )


def _returns_constant(stmts: list[ast.stmt]) -> bool:
    """A handler that is one ``return`` of nothing or of a constant (``return None``)."""
    return len(stmts) == 1 and isinstance(stmts[0], ast.Return) and (
        stmts[0].value is None or isinstance(stmts[0].value, ast.Constant))


def _dynamic_import(stmt: ast.stmt, ctx: FileContext) -> str:
    """``posix = importlib.import_module("posix")`` (or ``__import__("posix")``):
    an import statement spelt as a call of a literal name. Returns the module
    name, or ``""``."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Call)):
        return ""
    call = stmt.value
    if len(call.args) != 1 or call.keywords or ctx.qualified_name(call.func) not in _IMPORT_CALLS:
        return ""
    arg = call.args[0]
    return arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""


def _import_names(stmts: list[ast.stmt]) -> set[str]:
    """The names the imports among ``stmts`` bind (``import a.b``: ``a``)."""
    names: set[str] = set()
    for stmt in stmts:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update(
                a.asname or (a.name.split(".")[0] if isinstance(stmt, ast.Import) else a.name)
                for a in stmt.names
            )
    return names


def _aliases_import(stmt: ast.stmt, imported: set[str]) -> bool:
    """``timezone = zoneinfo.ZoneInfo``: a name bound to an attribute of a
    module imported beside it (no call: a missing attribute is the probe's
    own failure); or what the import bound, kept on an object (``self._run =
    Run`` after ``from pylint.lint import Run``)."""
    if not (isinstance(stmt, ast.Assign) and all(
        isinstance(t, ast.Name) or _attribute_of_name(t) for t in stmt.targets
    )):
        return False
    value = stmt.value
    while isinstance(value, ast.Attribute):
        value = value.value
    if not (isinstance(value, ast.Name) and value.id in imported):
        return False
    return value is not stmt.value or any(_attribute_of_name(t) for t in stmt.targets)


def _attribute_of_name(target: ast.expr) -> bool:
    """``self._run``: an attribute of a name (storing to it calls nothing but a
    descriptor's ``__set__``)."""
    return isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)


def _bound_names(stmts: list[ast.stmt]) -> set[str]:
    """Names the imports and plain assignments of ``stmts`` bind."""
    names = _import_names(stmts)
    for stmt in stmts:
        if isinstance(stmt, ast.Assign):
            names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
    return names


#: Builtin types whose attributes a feature probe reads (``str.isidentifier``).
_BUILTIN_TYPES = frozenset({
    "str", "bytes", "bytearray", "int", "float", "complex", "dict", "list", "set",
    "frozenset", "tuple", "object", "type", "memoryview", "range",
})


def _attribute_probe(body: list[ast.stmt], handler: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` is one binding of an attribute of a module or a builtin type
    (``isident = str.isidentifier``, ``monotonic = time.monotonic``) and the
    handler binds the same name to a fallback (``def isident(s): ...``): a
    feature probe. Reading an attribute of an imported module or a builtin
    type can fail with nothing but ``AttributeError``, so no other error can
    be lost (pydbus's Python 2 fallback)."""
    if len(body) != 1 or not isinstance(body[0], ast.Assign):
        return False
    stmt = body[0]
    if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
        return False
    value = stmt.value
    if not isinstance(value, ast.Attribute):
        return False
    root: ast.expr = value
    while isinstance(root, ast.Attribute):
        root = root.value
    if not isinstance(root, ast.Name):
        return False
    made = ctx.semantic.bindings_of(root.id, ctx.scope)
    if made:
        if not all(b.kind == "import" and isinstance(b.node, ast.Import) for b in made):
            return False
    elif root.id not in _BUILTIN_TYPES:
        return False
    defined = {s.name for s in handler if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return stmt.targets[0].id in _bound_names(handler) | defined


def _next_import_probe(handler: list[ast.stmt], ctx: FileContext) -> bool:
    """The handler is one ``try`` that probes the next optional module
    (``try: import fcntl`` ... ``except Exception: try: import win32file``):
    a chain of optional imports, each failure answered by the next probe
    (emmett's portalocker)."""
    return (len(handler) == 1 and isinstance(handler[0], ast.Try)
            and _optional_import(handler[0].body, ctx))


#: Builtin conversions whose failure on a bad value is the answer to "is it one?".
_CONVERSIONS = frozenset({"builtins.int", "builtins.float", "builtins.complex", "builtins.bool"})


def _converts_only(body: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` is one conversion of a value held in a name, an attribute,
    a subscript or a literal (``position = float(position)``, ``var =
    float(response["result"])``, ``int(id, 16)``, ``return int(text)``): a
    probe of whether the value is a number (pyhomematic's setters answering
    ``False``, pyvizio's hex check). Nothing but the conversion runs, so the
    only failure is the answer. A conversion of a call's result (``int(f.read())``)
    or beside other work stays flagged; constants set after it (``n_used =
    1``: what the number's presence means) run nothing."""
    if not body or not (len(body) == 1 or _sets_constants(body[1:])):
        return False
    stmt = body[0]
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(
            stmt.targets[0], (ast.Name, ast.Attribute)):
        value: Optional[ast.expr] = stmt.value
    elif isinstance(stmt, (ast.Expr, ast.Return)):
        value = stmt.value
    else:
        return False
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
            and ctx.qualified_name(value.func) in _BOUNDS and not value.keywords:
        # ``max(int(raw), minimum)``: the bound's other arguments run nothing
        inner = [a for a in value.args if isinstance(a, ast.Call)]
        if len(inner) != 1 or not all(_held_value(a) for a in value.args if a is not inner[0]):
            return False
        value = inner[0]
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and not value.keywords and 1 <= len(value.args) <= 2
            and ctx.qualified_name(value.func) in _CONVERSIONS):
        return False
    return all(_held_value(a, lookups=True) for a in value.args)


def _json_or_raw(body: list[ast.stmt], handler: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` is one decoding, as JSON, of text held in a name or an
    attribute (``return json.loads(raw)``, ``data = json.loads(data)``,
    ``return response.json()``), and the handler is one ``return`` of that
    text unchanged (``return raw``; after ``response.json()``: ``response``,
    ``response.text`` or ``response.content``): "is this JSON?", answered by
    handing the caller its input back as it came (lockbot's audit details,
    devopness-mcp-server's ``ensure_object``). Nothing but the decoding runs,
    and the caller gets all there was. A handler returning anything else (a
    default, an empty dict: the input is lost) stays flagged, as does a
    decoding of a call's result (``json.loads(path.read_text())``, which
    reads a file)."""
    if len(body) != 1 or len(handler) != 1:
        return False
    back = handler[0]
    if not isinstance(back, ast.Return) or back.value is None:
        return False
    given = dotted(back.value)
    stmt = body[0]
    if isinstance(stmt, ast.Return):
        value: Optional[ast.expr] = stmt.value
    elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
            and isinstance(stmt.targets[0], ast.Name):
        value = stmt.value
    else:
        return False
    if given is None or not isinstance(value, ast.Call) or value.keywords:
        return False
    func = value.func
    if len(value.args) == 1 and isinstance(func, ast.Attribute) and func.attr == "loads" \
            and ctx.qualified_name(func) in _JSON_LOADS:
        return dotted(value.args[0]) == given
    if not value.args and isinstance(func, ast.Attribute) and func.attr == "json":
        holder = dotted(func.value)
        return holder is not None and given in (holder, f"{holder}.text", f"{holder}.content")
    return False


#: JSON decoders of text (``json.loads``, ``orjson.loads``)
_JSON_LOADS = frozenset(f"{m}.loads" for m in _JSON_MODULES)


#: builtins that bound a number (``max(int(raw), 0)``)
_BOUNDS = frozenset({"builtins.max", "builtins.min", "builtins.abs"})


def _held_value(a: ast.expr, lookups: bool = False) -> bool:
    """A value held in a name, an attribute, a subscript or a literal, which
    runs nothing; with ``lookups``, also a ``get`` of a literal key from such
    a holder and a default after ``or`` (``request_options.get("top_n") or
    0``: yongle-worker's options)."""
    if isinstance(a, (ast.Name, ast.Constant)):
        return True
    if isinstance(a, (ast.Attribute, ast.Subscript)):
        return not any(isinstance(n, ast.Call) for n in ast.walk(a))
    if lookups and isinstance(a, ast.BoolOp) and isinstance(a.op, ast.Or):
        return all(_held_value(v, lookups) for v in a.values)
    if lookups and isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute) \
            and a.func.attr == "get" and not a.keywords and 1 <= len(a.args) <= 2 \
            and all(isinstance(v, ast.Constant) for v in a.args):
        return _held_value(a.func.value)
    return False


def _same_import_absolute(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """The ``try`` imports names from a module relative to its package and the
    handler imports the same names from the same module by its absolute name
    (``from .checks import a, b`` / ``from checks import a, b``; ``from . import
    checks`` / ``import checks``: a file run both
    as part of its package and as a script). A bug in that module fails the
    handler's import too, which raises with the first failure chained to it:
    nothing is lost."""
    if not body or len(body) != len(handler):
        return False
    for tried, fallback in zip(body, handler):
        if isinstance(tried, ast.ImportFrom) and tried.level > 0 and not tried.module \
                and isinstance(fallback, ast.Import) and [
                    (a.name, a.asname) for a in tried.names
                ] == [(a.name, a.asname) for a in fallback.names]:
            continue  # ``from . import checks`` / ``import checks``
        if not (
            isinstance(tried, ast.ImportFrom) and isinstance(fallback, ast.ImportFrom)
            and tried.level > 0 and fallback.level == 0 and tried.module
            and tried.module == fallback.module
            and [(a.name, a.asname) for a in tried.names]
            == [(a.name, a.asname) for a in fallback.names]
        ):
            return False
    return True


def _import_path_fallback(body: list[ast.stmt], handler: list[ast.stmt], ctx: FileContext) -> bool:
    """The ``try`` is one ``from ... import`` and the handler imports the same
    names (``*`` too) from the same module by another path (``from
    tests.data_sample import *`` / ``from .data_sample import *``; ``from pkg
    import X`` / ``from pkg.pkg import X``), or from another module of the
    same third-party package, where another version keeps them (``from
    django.urls import reverse`` / ``except: from django.core.urlresolvers
    import reverse``); or the handler is one ``try`` that does so in turn,
    each of its handlers the next path or a ``raise``. If the last path fails
    too, its error is raised with the first chained to it; only the answer
    "not this path" is dropped. Another name (``from .speedups import encode``
    / ``from json import dumps as encode``) or another module of the
    project's own code (``from .fast import a`` / ``from .slow import a``) is
    another implementation, whose bug the fallback would hide: flagged."""
    if len(body) != 1 or not isinstance(body[0], ast.ImportFrom):
        return False
    tried = body[0]
    if len(handler) == 1 and isinstance(handler[0], ast.Try) and not handler[0].orelse \
            and not handler[0].finalbody and handler[0].handlers:
        inner = handler[0]
        return _import_path_fallback(body, inner.body, ctx) and all(
            _import_path_fallback(inner.body, h.body, ctx)
            or (len(h.body) == 1 and isinstance(h.body[0], ast.Raise))
            for h in inner.handlers
        )
    if len(handler) != 1 or not isinstance(handler[0], ast.ImportFrom):
        return False
    fallback = handler[0]
    if {(a.name, a.asname) for a in tried.names} != {(a.name, a.asname) for a in fallback.names}:
        return False
    first, second = tried.module or "", fallback.module or ""
    if first and second and (
        first == second or first.endswith("." + second) or second.endswith("." + first)
    ):
        return True  # the same module by another path (one path ends the other)
    if tried.level or fallback.level or not first or not second:
        return False
    top = first.split(".")[0]
    if top != second.split(".")[0]:
        return False
    return top not in _own_tops(ctx)  # a library that moved the names between versions


def _imports_fallback(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """The handler imports the alternative under a name the ``try`` binds
    (``try: import ujson as json`` / ``except: import json``; ``try: import
    zoneinfo; timezone = zoneinfo.ZoneInfo`` / ``except: import pytz; timezone
    = pytz.timezone``), with at most aliases and constants beside: the
    optional import's probe, whose other answer is the fallback."""
    imported = _import_names(handler)
    if not imported or not all(
        isinstance(s, (ast.Import, ast.ImportFrom)) or _sets_constants([s])
        or _aliases_import(s, imported)
        for s in handler
    ):
        return False
    return bool(_bound_names(body) & _bound_names(handler))


def _defines_fallback(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """The handler defines, itself, every name the ``try`` imports (``from
    dateutil.tz import tzoffset, tzutc`` / ``except: class tzutc(...): ...;
    class tzoffset(...): ...``): a stand-in for the optional module, the
    probe's other answer. The handler holds only undecorated definitions and
    assignments (``UTC = tzutc()``), and each imported name is one of its
    ``def``s or ``class``es: a handler that leaves one unbound, binds it to
    what a call returns (``FlaskInstrumentor = load_fallback()``) or does
    other work (a log line) does not count."""
    imported = _import_names(body)
    if not imported:
        return False
    defined: set[str] = set()
    for stmt in handler:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if stmt.decorator_list:
                return False
            defined.add(stmt.name)
        elif not (isinstance(stmt, ast.Assign) or _runs_nothing(stmt)):
            return False
    return imported <= defined


def _imported_at_top(ctx: FileContext) -> set[str]:
    """Top-level packages the module imports in its own body, outside any ``try``."""
    return {name for name, direct in _top_imports(ctx).items() if direct}


def _runs_nothing(stmt: ast.stmt) -> bool:
    """A statement that only defines: an undecorated function, a class of such
    (and constants), a constant assignment, ``pass``, a docstring."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return not stmt.decorator_list
    if isinstance(stmt, ast.ClassDef):
        return not stmt.decorator_list and not stmt.keywords and all(
            _runs_nothing(s) for s in stmt.body)
    if isinstance(stmt, ast.Assign):
        return isinstance(stmt.value, ast.Constant) and all(
            isinstance(t, ast.Name) for t in stmt.targets)
    return isinstance(stmt, ast.Pass) or (
        isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))


def _primes_at_import(body: list[ast.stmt], handler: list[ast.stmt], ctx: FileContext) -> bool:
    """At import time, one assignment priming a module cache with a call of a
    function of this module (``_last = {tid: cpu_times()}``), whose handler
    leaves the cache empty (``_last = {}``), where the module's functions
    call that function again (``_last.get(tid) or cpu_times()``): the import
    does not fail, and the same failure raises at the first real use."""
    if len(body) != 1 or len(handler) != 1:
        return False
    stmt, fallback = body[0], handler[0]
    if not (
        isinstance(stmt, ast.Assign) and isinstance(fallback, ast.Assign)
        and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
        and len(fallback.targets) == 1 and isinstance(fallback.targets[0], ast.Name)
        and fallback.targets[0].id == stmt.targets[0].id
        and _is_empty(fallback.value)
    ):
        return False
    defs: dict[str, ast.AST] = ctx.fact("otp501.module_defs", _module_defs)
    primed = {
        n.func.id for n in ast.walk(stmt.value)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in defs
    }
    return bool(primed) and bool(primed & ctx.fact("otp501.called_later", _called_in_defs))


def _is_empty(value: ast.expr) -> bool:
    """``{}``, ``[]``, ``()``, ``None``: an empty cache."""
    if isinstance(value, ast.Constant):
        return value.value is None
    if isinstance(value, (ast.Dict, ast.List, ast.Tuple, ast.Set)):
        return not (value.keys if isinstance(value, ast.Dict) else value.elts)
    return False


def _called_in_defs(ctx: FileContext) -> set[str]:
    """The names the module's top-level functions call (``cpu_times()``); read
    once per file, and only for a module-level catch-all of the priming shape."""
    return {
        n.func.id
        for name, d in ctx.fact("otp501.module_defs", _module_defs).items()
        for n in body_nodes(statements(d))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id != name
    }


def _gathers(body: list[ast.stmt], handler: list[ast.stmt]) -> bool:
    """A ``try`` that only assigns names (``user = handler.current_user``) and a
    handler that only gives some of them a fallback: details for a log line."""
    if not _assigns_names_only(body):
        return False
    gathered = {t.id for stmt in body for t in getattr(stmt, "targets", [])
                if isinstance(t, ast.Name)}
    fallback = {t.id for stmt in handler for t in getattr(stmt, "targets", [])
                if isinstance(t, ast.Name)}
    return fallback <= gathered


_FAULT = "xmlrpc.client.Fault"


def _hands_fault_to_client(handler: ast.ExceptHandler, ctx: FileContext) -> bool:
    """An XML-RPC (or JSON-RPC) dispatcher's handler that turns the exception's
    text into a fault for the client (``dumps(Fault(1, "%s:%s" % (type(exc), exc)))``, a
    multicall's ``{'faultCode': 1, 'faultString': ...}``): the documented way to
    hand the error to whoever made the call. An MCP tool's error result
    (``"isError": True``) is not taken as one: judges split on it (stop 49's
    recall check judged twelve such removals TP, where other pairs had judged
    nine noise)."""
    name = handler.name
    if name is None:
        return False
    for node in body_nodes(handler.body):
        carried: list[ast.expr] = []
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)) \
                and (ctx.qualified_name(node.func) == _FAULT or last_name(node.func) == "Fault"):
            # ``xmlrpc.client.Fault``, or a JSON-RPC library's own ``Fault``
            # (jsonrpclib's ``Fault(-32700, 'Request invalid. (%s)' % e)``)
            carried = [*node.args, *(k.value for k in node.keywords)]
        elif isinstance(node, ast.Dict):
            carried = [
                v for k, v in zip(node.keys, node.values)
                if isinstance(k, ast.Constant) and k.value == "faultString"
            ]
        if any(isinstance(n, ast.Name) and n.id == name for c in carried for n in ast.walk(c)):
            return True
    return False



#: a logging handler's methods that logging calls and that must not raise
_HANDLER_PATHS = frozenset({"emit", "flush", "close"})


def _logging_class(ctx: FileContext) -> Optional[ast.ClassDef]:
    """The class around the current method, when it derives from a logging
    ``Handler`` or ``Formatter`` (by its base's name)."""
    cls = ctx.scope.parent.node if ctx.scope.parent is not None else None
    if isinstance(cls, ast.ClassDef) and any(
        _called_name(b).endswith(("Handler", "Formatter")) for b in cls.bases
    ):
        return cls
    return None


def _logging_filter_class(ctx: FileContext) -> bool:
    """The class around the current method derives from ``logging.Filter``."""
    cls = ctx.scope.parent.node if ctx.scope.parent is not None else None
    return isinstance(cls, ast.ClassDef) and any(
        ctx.qualified_name(b) == "logging.Filter" for b in cls.bases
    )


#: The runtime's hooks for an error nothing else caught.
_ERROR_HOOKS = frozenset({
    "sys.excepthook", "threading.excepthook", "sys.unraisablehook",
})


def _hook_names(ctx: FileContext) -> frozenset[str]:
    """The functions the file installs as an error hook (``sys.excepthook =
    handle_crash``)."""
    return frozenset(
        n.value.id for n, _scope in ctx.nodes(ast.Assign)
        if isinstance(n.value, ast.Name)
        and any(ctx.qualified_name(t) in _ERROR_HOOKS for t in n.targets)
    )


def _on_handler_path(fname: str, ctx: FileContext) -> bool:
    """A method of a logging handler that only its ``emit``, ``flush`` or
    ``close`` calls (logdna's ``buffer_log``, which hands the record to a
    pool): it runs on their path, which must not raise."""
    cls = _logging_class(ctx)
    return cls is not None and _only_called_from(cls, fname, _HANDLER_PATHS)


def _only_called_from(cls: ast.ClassDef, fname: str, callers: frozenset[str]) -> bool:
    """``self.<fname>(...)`` is called in ``cls``, and only from its methods
    named in ``callers`` (logdna's ``buffer_log``, which only ``emit``
    calls): the helper runs on their path and shares their contract."""
    found = False
    for method in cls.body:
        if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for n in body_nodes(method.body):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                    and n.func.attr == fname and isinstance(n.func.value, ast.Name) \
                    and n.func.value.id == "self":
                if method.name not in callers:
                    return False
                found = True
    return found


def _must_not_raise(fname: str, fnode: Optional[ast.AST], ctx: FileContext) -> bool:
    """Code that must not raise whatever the objects it handles do: ``__repr__``,
    ``__str__``, ``__format__``, ``__del__`` and ``*repr*`` helpers; an error or
    warning reporter (``write_error``, ``handleError``, ``_formatwarnmsg_impl``:
    a failure while reporting falls back to a plainer report); a logging
    handler's ``emit`` and a formatter's ``format``; a Django template
    filter (documented to fail silently, never raise)."""
    if fname in _NEVER_RAISE or "repr" in fname.lower() or _is_reporter_name(fname):
        return True
    parts = words(fname)
    if parts and "safe" in (parts[0], parts[-1]):
        return True  # ``safe_str``, ``parse_http_date_safe``: the name promises no error
    if fname in ("emit", "format") and _logging_class(ctx) is not None:
        # ``logging.Handler.emit`` / ``Formatter.format`` must not raise
        # (``emit`` reports through ``handleError``).
        return True
    if fname == "filter" and _logging_filter_class(ctx):
        return True  # ``logging.Filter.filter``: raising breaks the logging call
    if fname.lstrip("_").endswith("excepthook") or fname in ctx.fact("OTP501-hooks", _hook_names):
        # ``sys.excepthook = excepthook``: it reports the error that ends the
        # program (or a thread); a failure inside has nowhere to go
        return True
    for dec in getattr(fnode, "decorator_list", ()):
        target = dec.func if isinstance(dec, ast.Call) else dec
        if _called_name(target) in ("filter", "stringfilter"):
            return True
    return False


# A docstring's promise that the function raises nothing: "Best effort: never
# raises, as both callers...", "This should never raise an exception.", "must
# not raise"; the clause ends there. Not "does not raise" (often a
# description: "if os.fstat does not raise an exception then..."), nor a
# promise about one input ("never raises on bad certificates").
_NEVER_RAISES = re.compile(
    r"\b(?:never|must not|mustn't|should not|shouldn't|must never|should never)"
    r"\s+(?:raises?|throws?)(?:\s+(?:an?|any)?\s*(?:exceptions?|errors?|anything))?"
    r"\s*(?:[.,;:!)]|--|\u2014|$)",
    re.I | re.M,
)
# Words that make the sentence holding that promise conditional.
_CONDITIONAL_WORDS = re.compile(r"\b(?:if|when|unless|instead|except)\b", re.I)


def _documented_never_raises(fnode: Optional[ast.AST]) -> bool:
    """The function's own docstring promises it raises nothing (celery's
    ``_settimeout_broker_sockets``: "Best effort: never raises, as both
    callers are teardown paths"; eliot's ``send``: "This should never raise an
    exception."): its catch-all keeps that promise."""
    if not isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    doc = ast.get_docstring(fnode, clean=False)
    if not doc:
        return False
    for match in _NEVER_RAISES.finditer(doc):
        start = max(doc.rfind(".", 0, match.start()), doc.rfind("\n\n", 0, match.start()))
        sentence = doc[start + 1:match.end()]
        if not _CONDITIONAL_WORDS.search(sentence):
            return True
    return False


def _is_reporter_name(fname: str) -> bool:
    parts = words(fname)
    if _ERROR_TEXT.search("".join(parts)):
        return True
    for i, w in enumerate(parts):
        if w.startswith(_REPORT_VERBS):
            rest = w[len(next(v for v in _REPORT_VERBS if w.startswith(v))):]
            if rest.startswith(_REPORTED):
                return True  # ``formatwarnmsg``
            if i + 1 < len(parts) and parts[i + 1].startswith(_REPORTED):
                return True  # ``write_error``, ``handleError``
    return False


def _serialization_probe(body: list[ast.stmt], ctx: FileContext) -> bool:
    """A ``try`` that only serializes an object to see whether it can be
    (``loads(dumps(exc))``, ``pickle.dumps(ts.type)``, ``msgpack.dumps(list(
    d.keys()))``, ``encoder(arg)`` with the serializer its caller handed in):
    serializing an arbitrary object raises whatever its ``__reduce__`` (or the
    caller's serializer) raises, so no type can be named; the handler is the
    fallback for what cannot be serialized. Keeping the answer
    (``safe.append(arg)``) is part of the probe."""
    func_ctx = ctx.function()
    params = _parameters(func_ctx.node) if func_ctx is not None else set()
    pickles = False
    for node in body_nodes(body):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in params \
                    and func.id.lower() in _SERIALIZER_PARAMS:
                pickles = True  # the serializer the caller handed in
            elif isinstance(func, ast.Attribute) and func.attr in _PICKLE_CALLS \
                    and isinstance(func.value, ast.Name) and func.value.id in params \
                    and func.value.id.lower() in _SERIALIZER_PARAMS:
                pickles = True  # ``coder.loads(coder.dumps(exc))``: the caller's coder
            elif _called_name(func) in _PICKLE_CALLS:
                qn = (
                    ctx.qualified_name(func)
                    if isinstance(func, (ast.Name, ast.Attribute)) else None
                )
                if qn is None and isinstance(func, ast.Attribute):
                    qn = dotted(func)  # ``pickle`` bound two ways (``cPickle as pickle``)
                if qn is not None and ("pickle" in qn or qn.startswith("msgpack.")):
                    pickles = True
                elif qn is None and isinstance(func, ast.Name) and func.id in ("dumps", "loads"):
                    pickles = True  # ``loads(dumps(exc))`` with pickle's as the defaults
                else:
                    return False  # ``json.loads``, ``entry_point.load()``: name the error
            elif isinstance(func, ast.Attribute) and func.attr in _VIEWS \
                    and not node.args and not node.keywords:
                continue  # ``d.keys()``: what is serialized, not other work
            elif isinstance(func, ast.Attribute) and func.attr == "append" \
                    and isinstance(func.value, ast.Name) and len(node.args) == 1 \
                    and isinstance(node.args[0], ast.Name):
                continue  # keeping the answer
            elif not (
                isinstance(func, ast.Name) and ctx.qualified_name(func) == f"builtins.{func.id}"
            ):
                return False  # other work than serializing
        elif isinstance(node, ast.Return) and (
            node.value is None or isinstance(node.value, ast.Name)
        ):
            continue  # ``return exc``: the answer, once the round trip worked
        elif isinstance(node, ast.stmt) and not isinstance(node, (ast.Expr, ast.Assign)):
            return False
    return pickles


#: Parameters whose name says they serialize (``def safe_args(items, encoder)``).
_SERIALIZER_PARAMS = frozenset({
    "encoder", "serializer", "dumps", "encode", "pickler", "coder",
})
#: A container's views: reading them does no work that can fail.
_VIEWS = frozenset({"keys", "values", "items"})


def _only_reports(stmts: list[ast.stmt], ctx: FileContext) -> bool:
    """A handler that only logs or prints a message (also in a ``try`` of its
    own whose handler is quiet)."""
    for stmt in stmts:
        if isinstance(stmt, ast.Try) and not stmt.orelse and not stmt.finalbody:
            if _only_reports(stmt.body, ctx) and all(
                _is_quiet(h.body) for h in stmt.handlers
            ):
                continue
            return False
        call = _call_of(stmt)
        if call is None or not (_is_log_call(call) or _is_output_call(call, ctx)):
            return False
    return bool(stmts)


def _shows(stmts: list[ast.stmt], ctx: FileContext) -> bool:
    """The handler prints or writes a message (``print(err, file=self.stream)``,
    ``self.error(...)``, ``self._error_exc()``), then may return."""
    shown = False
    for stmt in stmts:
        if isinstance(stmt, ast.Return) or _sets_exit_status(stmt):
            continue  # ``self.ctl.exitstatus = GENERIC``: the failure also in the status
        call = _call_of(stmt)
        if call is None:
            return False
        called = _called_name(call.func).lower()
        if not (
            _is_output_call(call, ctx) or "error" in called or "message" in called
            or called == "output"
        ):
            return False
        shown = True
    return shown


def _argparse_command(fnode: ast.AST, ctx: FileContext) -> bool:
    """A command of an ``argparse`` program: a function taking the parsed
    ``args: argparse.Namespace`` (maid-runner's ``cmd_snapshot(args) -> int``)."""
    args = getattr(fnode, "args", None)
    return args is not None and any(
        a.annotation is not None and isinstance(a.annotation, (ast.Name, ast.Attribute))
        and ctx.qualified_name(a.annotation) == "argparse.Namespace"
        for a in [*args.posonlyargs, *args.args]
    )


def _reports_exit_status(stmts: list[ast.stmt], name: str) -> bool:
    """The handler writes the caught exception out (``print(f"Error: {exc}",
    file=sys.stderr)``, ``print_error(str(e))``: a call whose name says it
    prints, echoes or reports an error) and ends in ``return 2``, a failing
    exit status: the user who ran the command sees why it failed, and the
    shell sees that it did."""
    if not stmts or not (
        isinstance(stmts[-1], ast.Return) and isinstance(stmts[-1].value, ast.Constant)
        and type(stmts[-1].value.value) is int and stmts[-1].value.value != 0
    ):
        return False
    shown = False
    for stmt in stmts[:-1]:
        call = _call_of(stmt)
        if call is None:
            return False
        called = _called_name(call.func).lower()
        if not any(w in called for w in ("print", "echo", "error", "write")):
            return False
        shown = shown or any(
            _mentions(a, {name}) for a in [*call.args, *(k.value for k in call.keywords)]
        )
    return shown


# An error dialog of a GUI toolkit: ``QMessageBox.critical(...)`` (Qt, through
# PyQt, PySide or qtpy), ``messagebox.showerror(...)`` (tkinter),
# ``wx.MessageBox(...)``.
_DIALOG_OWNERS = frozenset({"QMessageBox", "messagebox", "tkMessageBox"})
_DIALOG_METHODS = frozenset({"critical", "warning", "showerror", "showwarning"})


def _is_error_dialog(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in _DIALOG_METHODS:
        return last_name(func.value) in _DIALOG_OWNERS
    return isinstance(func, ast.Attribute) and func.attr == "MessageBox" \
        and dotted(func.value) == "wx"


def _shows_dialog(stmts: list[ast.stmt], name: str, ctx: FileContext) -> bool:
    """The handler shows the caught exception in an error dialog
    (``QMessageBox.critical(self, "Error", f"Failed to save: {e}")``), besides
    imports, log lines, plain assignments and ``return``: the user whose
    action failed is told why, as at a ``cmd.Cmd`` prompt (holocrontoolset's
    editors)."""
    shown = False
    for stmt in stmts:
        if isinstance(stmt, (ast.Pass, ast.Import, ast.ImportFrom)):
            continue
        if isinstance(stmt, (ast.Assign, ast.Return)):
            if stmt.value is not None and any(
                isinstance(n, ast.Call) for n in ast.walk(stmt.value)
            ):
                return False
            continue
        call = _call_of(stmt)
        if call is None:
            return False
        if _is_error_dialog(call):
            shown = shown or any(
                _mentions(a, {name}) for a in [*call.args, *(kw.value for kw in call.keywords)]
            )
            continue
        if not _is_log_call(call):
            return False
    return shown


_EXIT_STATUS = frozenset({"exitstatus", "exit_status", "exitcode", "exit_code", "returncode"})


def _sets_exit_status(stmt: ast.stmt) -> bool:
    """``self.exitstatus = 2``: a command's failing exit status."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return False
    target = stmt.targets[0]
    name = target.attr if isinstance(target, ast.Attribute) else (
        target.id if isinstance(target, ast.Name) else ""
    )
    return name.lower() in _EXIT_STATUS


# Words of a function that closes its object down (``close``, ``disconnect``,
# ``_close_transport``, ``cleanup``, ``tearDown``): what fails in it fails while
# the object goes away. Not ``stop``: a stopped object often lives on (a tray
# icon shown as disconnected).
_CLOSING_WORDS = frozenset({
    "close", "aclose", "shutdown", "cleanup", "teardown", "disconnect", "quit", "dispose",
    "terminate",
})


def _closing_function(fname: str) -> bool:
    """A function (not a test) that closes its object down: ``close``,
    ``cleanup``, ``disconnect``, ``_close_transport``, ``tearDown``."""
    if not fname or fname.lower().startswith("test"):
        return False
    parts = words(fname)
    pairs = ["".join(p) for p in zip(parts, parts[1:])]  # ``tear_down``, ``shutDown``
    return any(w in _CLOSING_WORDS for w in (*parts, *pairs))


def _required_params(fnode: ast.AST) -> list[str]:
    """The parameters a call must pass (not ``self``/``cls``, not defaulted)."""
    args = getattr(fnode, "args", None)
    if args is None:
        return []
    positional = [*args.posonlyargs, *args.args]
    required = [a.arg for a in positional[: len(positional) - len(args.defaults)]]
    if required and required[0] in ("self", "cls"):
        required = required[1:]
    required += [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is None]
    return required


# Calls that keep the object's work (``conn.commit()``, ``f.flush()``): a
# failure there loses data, not a courtesy.
_KEEPS_WORK = frozenset({"commit", "flush", "save", "sync", "fsync", "persist", "dump"})


_LOOPS = (ast.For, ast.AsyncFor, ast.While)


def _closing_body(fname: str, fnode: Optional[ast.AST], body: list[ast.stmt]) -> bool:
    """A ``try`` in a function that closes its own object down
    (``_closing_function``, with no parameter a caller must pass: not
    ``cleanup(self, exchange_name)``, ``terminate_command(self, session)``,
    which act on what they are given; not an ``__exit__``-shaped one, whose
    error handling is its own), around
    steps other than cleanup calls alone (those are ``_is_stop_request``'s),
    none of which keeps the object's work (``commit``, ``flush``) or takes the
    outcome of work that ran elsewhere (``_collects_work``)."""
    if fnode is None or not _closing_function(fname) or _exit_params(fnode) or (
        _required_params(fnode)
    ):
        return False
    if all(_is_cleanup(s) for s in body) or _collects_work(body):
        return False
    return not any(
        isinstance(n, ast.Call) and _called_name(n.func) in _KEEPS_WORK
        for n in body_nodes(body)
    )


# Calls that hand over the outcome of work that ran elsewhere.
_OUTCOME_CALLS = frozenset({"result", "exception", "gather", "wait", "wait_for", "join"})


def _collects_work(body: list[ast.stmt]) -> bool:
    """The ``try`` takes the outcome of work that ran elsewhere: ``await task``
    (an awaited name, not a call), ``fut.result()``, ``asyncio.gather(...)``:
    its errors are that work's, not the closing step's."""
    for n in body_nodes(body):
        if isinstance(n, ast.Await) and not isinstance(n.value, ast.Call):
            return True
        if isinstance(n, ast.Call) and _called_name(n.func) in _OUTCOME_CALLS:
            return True
    return False


def _is_cleanup_name(called: str) -> bool:
    return called in _CLEANUP_NAMES or any(w in _CLEANUP_WORDS for w in words(called))


def _is_display(stmt: ast.stmt, ctx: FileContext) -> bool:
    """``s = repr(obj)`` / ``return str(obj)``: a display string of an arbitrary
    object, whose ``__repr__`` may raise anything; the fallback is a string."""
    if isinstance(stmt, (ast.Assign, ast.Return)):
        value = stmt.value
    else:
        return False
    if isinstance(value, ast.JoinedStr):  # ``m = f"{name}: {value}"``
        return any(isinstance(v, ast.FormattedValue) for v in value.values) and all(
            isinstance(v.value, ast.Name)
            for v in value.values if isinstance(v, ast.FormattedValue)
        )
    if not (
        isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute))
        and len(value.args) == 1 and not value.keywords
        and isinstance(value.args[0], (ast.Name, ast.Attribute, ast.Subscript))
    ):
        return False  # ``str(inspect.signature(f))`` may fail in the computation
    return ctx.qualified_name(value.func) in ("builtins.repr", "builtins.str", "reprlib.repr")


def _only_outputs(body: list[ast.stmt], ctx: FileContext) -> bool:
    """A ``try`` that only writes a diagnostic (``print``, ``sys.stderr.write``,
    ``log.debug``, ``warnings.warn``, ``stream.flush``), after building its text
    in a local (``line = " ".join(parts)``): a failure to report has nowhere to
    be reported."""
    writes = False
    for stmt in body:
        if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
            calls = [n for n in ast.walk(stmt.value) if isinstance(n, ast.Call)]
            if not all(_is_output_call(c, ctx, text=True) for c in calls):
                return False
            continue
        call = _call_of(stmt)
        if call is None or not _is_output_call(call, ctx):
            return False
        args = [*call.args, *(kw.value for kw in call.keywords)]
        if not all(
            _is_output_call(c, ctx, text=True)
            for a in args for c in ast.walk(a) if isinstance(c, ast.Call)
        ):
            return False  # ``write(render(report))``: the argument does real work
        writes = True
    return writes


def _is_output_call(call: ast.Call, ctx: FileContext, text: bool = False) -> bool:
    func = call.func
    if not isinstance(func, (ast.Name, ast.Attribute)):
        return False
    qn = ctx.qualified_name(func)
    if qn in _OUTPUT_FUNCS or (text and qn is not None and qn.startswith("builtins.")):
        return True
    if isinstance(func, ast.Attribute):
        return func.attr in _OUTPUT_METHODS or (text and func.attr in _FORMATTING_METHODS)
    return False


def _is_bool(value: Optional[ast.expr]) -> bool:
    return isinstance(value, ast.Constant) and isinstance(value.value, bool)


def _is_probe_answer(stmts: list[ast.stmt], ctx: FileContext, shown: bool = True) -> bool:
    """A handler that is ``return False`` (or ``True``, or sets a flag to one):
    the answer of a yes/no question to any failure; with ``shown``, also after
    printing or logging a message (``warnings.warn("... assuming no support")``)."""
    if not stmts:
        return False
    *before, last = stmts
    before = [s for s in before if not isinstance(s, (ast.Import, ast.ImportFrom))]
    if shown and before and not _only_reports(before, ctx):
        return False
    if not shown and before:
        return False
    if not isinstance(last, (ast.Return, ast.Assign)):
        return False
    return _is_bool(last.value)


# Words that name a health check (``health_check``, ``get_airflow_health``,
# a Kubernetes ``readiness_check`` or ``liveness`` probe).
_HEALTH_WORDS = ("health", "readiness", "liveness")


def _is_health_check(fname: str, ctx: FileContext) -> bool:
    """A function whose name holds a word starting with ``health``,
    ``readiness`` or ``liveness`` (``health_check``, ``_health``), one whose
    name starts with the word ``check`` in a module whose path holds such a
    word or ``doctor`` (soothe-daemon's ``health/checks/`` and
    ``persistence/health_check.py``), or a method named
    ``check``/``probe``/``run`` of a class so named (dory's
    ``LivenessProbe.check``)."""
    if any(w.startswith(_HEALTH_WORDS) for w in words(fname)):
        return True
    parts = words(fname)
    if parts and parts[0] == "check" and any(
        part.lower().startswith((*_HEALTH_WORDS, "doctor"))
        for part in re.split(r"[\\/._-]", ctx.path)
    ):
        return True  # ``_check_disk_space`` in ``health/checks/``, ``health_check.py``
    if fname not in ("check", "probe", "run"):
        return False
    func = ctx.function()
    owner = func.class_scope if func is not None else None
    return owner is not None and isinstance(owner.node, ast.ClassDef) and any(
        w.startswith(_HEALTH_WORDS) for w in words(owner.node.name))


def _records_health(stmts: list[ast.stmt], ctx: FileContext) -> bool:
    """A health check's handler that makes the failure its answer: it sets a
    status (``health_status["database"] = "unavailable"``, ``metadatabase_status
    = UNHEALTHY``, ``stats["error"] = f"... {e}"``) or returns one (``return
    False``, ``return HealthCheck(message=str(e), status="fail")``), besides
    log lines. Nothing else runs in it."""
    recorded = False
    for stmt in stmts:
        if isinstance(stmt, ast.Assign):
            if not all(isinstance(t, (ast.Name, ast.Attribute, ast.Subscript))
                       for t in stmt.targets) or not _status_value(stmt.value) or (
                isinstance(stmt.value, ast.Constant)
                and type(stmt.value.value) in (int, float)
            ):
                return False  # ``health["active_nodes"] = 0``: a made-up figure, no status
            recorded = True
        elif isinstance(stmt, ast.AugAssign):
            if not (isinstance(stmt.op, ast.Add) and isinstance(stmt.value, ast.Constant)
                    and stmt.value.value == 1
                    and isinstance(stmt.target, (ast.Attribute, ast.Subscript))):
                return False  # only a count of failures (``metrics.failed_checks += 1``)
        elif isinstance(stmt, ast.Return):
            value = stmt.value
            if value is None or not (_status_value(value) or _status_object(value)):
                return False
            recorded = True
        else:
            call = _call_of(stmt)
            if call is None or not (_is_log_call(call) or _is_output_call(call, ctx)):
                return False
    return recorded


# The keys of a dict that name a health status (``{"status": "unhealthy"}``).
_STATUS_KEYS = frozenset({
    "status", "state", "health", "healthy", "ok", "alive", "ready", "available",
})


def _status_value(value: ast.expr) -> bool:
    """``"down"``, ``False``, ``UNHEALTHY`` (a constant's name), ``str(e)`` or an
    f-string of names and ``str(...)``, or a dict display of those with a
    status among its keys: a status or its text, computed by nothing that can
    fail."""
    if isinstance(value, ast.Constant):
        return True
    if isinstance(value, ast.Name):
        return value.id.isupper()
    if isinstance(value, ast.Dict):
        # ``{"status": "unhealthy", "error": str(e)}``: the status and its text;
        # not ``{"error": str(e)}`` alone, an error value with no status
        return any(
            isinstance(k, ast.Constant) and k.value in _STATUS_KEYS for k in value.keys
        ) and all(
            isinstance(k, ast.Constant) and _status_value(v)
            for k, v in zip(value.keys, value.values)
        )
    if isinstance(value, ast.Call):
        return (isinstance(value.func, ast.Name) and value.func.id == "str"
                and len(value.args) == 1 and isinstance(value.args[0], ast.Name))
    if isinstance(value, ast.JoinedStr):
        return all(
            isinstance(part, ast.Constant) or (
                isinstance(part, ast.FormattedValue)
                and (isinstance(part.value, ast.Name) or _status_value(part.value))
            )
            for part in value.values
        )
    return False


def _status_object(value: ast.expr) -> bool:
    """``HealthCheck(name="influxdb", message=str(e), status="fail")``,
    ``JSONResponse(status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
    content={"status": "unready"})``: a status object given a literal or named
    ``status``/``status_code`` and only plain values (also in a dict display)."""
    def plain(v: ast.expr) -> bool:
        if isinstance(v, ast.Dict):
            return all(k is not None and plain(k) for k in v.keys) \
                and all(plain(x) for x in v.values)
        return isinstance(v, ast.Name) or _status_value(v) or dotted(v) is not None
    return (
        isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute))
        and any(kw.arg in ("status", "status_code", "healthy", "ready", "alive", "ok")
                and (isinstance(kw.value, ast.Constant) or dotted(kw.value) is not None)
                for kw in value.keywords)
        and all(plain(a) for a in [*value.args, *(kw.value for kw in value.keywords)])
    )


def _answers_next(try_node: ast.AST, fnode: ast.AST) -> bool:
    """The statement right after the ``try``, in the same block, is ``return
    False`` (or ``True``): a handler that falls through answers at once
    (tdl-client's ``is_running``). A ``try`` in a loop, or one followed by more
    work, is not answered by its handler."""
    path = stmt_path(getattr(fnode, "body", []), try_node)
    if not path or path[-1][0][path[-1][1]] is not try_node:
        return False
    if any(isinstance(block[i], (ast.For, ast.AsyncFor, ast.While)) for block, i, _ in path):
        return False
    block, i, _ = path[-1]
    nxt = block[i + 1] if i + 1 < len(block) else None
    return isinstance(nxt, ast.Return) and _is_bool(nxt.value)


def _answers_yes_no(fnode: ast.AST) -> bool:
    """The function returns ``True`` or ``False`` somewhere (its answer after
    the ``try``), or returns a name it set to one first (``has_ipv6 = False``
    ... ``return has_ipv6``)."""
    stmts = statements(fnode)
    flags = {
        t.id for s in stmts if isinstance(s, ast.Assign) and _is_bool(s.value)
        for t in s.targets if isinstance(t, ast.Name)
    }
    return any(
        isinstance(n, ast.Return) and (
            _is_bool(n.value) or (isinstance(n.value, ast.Name) and n.value.id in flags)
        )
        for n in body_nodes(stmts)
    )


def _is_probe_function(fnode: ast.AST, try_node: ast.AST) -> bool:
    """The function is a probe of the environment it runs in: it takes no
    arguments, and besides the ``try`` it only has guards that
    answer at once (``if psycopg is None: return False``) and a final ``return
    True``, and every ``return`` in it, the ``try`` included, gives ``True`` or
    ``False``: the function answers whether the ``try`` works, and any failure
    means no."""
    if _parameters(fnode):
        return False  # ``save(data)`` answering success: an action, not a probe
    stmts = [s for s in statements(fnode) if not is_docstring(s)]
    if not any(s is try_node for s in stmts):
        return False
    for stmt in stmts:
        if stmt is try_node:
            continue
        if isinstance(stmt, ast.Return) and _is_bool(stmt.value):
            continue
        if isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1 and (
            isinstance(stmt.body[0], ast.Return) and _is_bool(stmt.body[0].value)
        ):
            continue
        return False
    answers = [
        n.value.value if isinstance(n.value, ast.Constant) else None
        for n in body_nodes(stmts) if isinstance(n, ast.Return)
    ]
    return True in answers and all(isinstance(a, bool) for a in answers)


def _predicate_probe(fnode: ast.AST, try_node: ast.AST) -> bool:
    """The function is the ``try`` alone (after a docstring), and the ``try``
    is one ``return`` of a predicate's answer (a call named as a yes/no
    question, ``_is_probe_name``: ``return self._process.is_alive()``,
    ``exists()``): its handler's ``return False`` answers the same
    question when the object cannot (python-nmap's ``still_scanning``, before
    any scan made the process)."""
    stmts = [s for s in statements(fnode) if not is_docstring(s)]
    body = getattr(try_node, "body", [])
    if len(stmts) != 1 or stmts[0] is not try_node or len(body) != 1:
        return False
    ret = body[0]
    if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
        return False
    return _is_probe_name(_called_name(ret.value.func))


def _is_cli_command(fnode: ast.FunctionDef, ctx: FileContext) -> bool:
    """A function decorated as a command (``@app.command(...)``,
    ``@click.command()``) in a module that imports a command-line package:
    what a user runs from the shell, who reads what it prints."""
    return any(last_name(d.func if isinstance(d, ast.Call) else d) == "command"
               for d in fnode.decorator_list) and imports_cli_package(ctx)


def _prints_error(stmts: list[ast.stmt], name: str, ctx: FileContext, in_function: bool
                  ) -> bool:
    """A handler that prints the caught exception to the user (``print("ERROR:",
    exc)``, ``print(str(e))``), besides other prints, plain assignments,
    ``return`` and ``break``: the user sees the failure. Inside a function
    the handler must also hand a failure on, by returning a value or setting
    one (``return False``, ``hive[host] = None``): printing alone, or
    ``continue`` to the next item, lets the program go on and end as if the
    step had worked."""
    shown = False
    answered = not in_function
    for stmt in stmts:
        if isinstance(stmt, (ast.Pass, ast.Break)):
            continue
        if isinstance(stmt, (ast.Assign, ast.Return)):
            if stmt.value is not None and any(
                isinstance(n, ast.Call) for n in ast.walk(stmt.value)
            ):
                return False
            answered = answered or stmt.value is not None
            continue
        call = _call_of(stmt)
        if call is None or not isinstance(call.func, (ast.Name, ast.Attribute)):
            return False
        qn = ctx.qualified_name(call.func)
        if qn not in ("builtins.print", "sys.stderr.write", "sys.stdout.write"):
            return False
        if any(
            isinstance(n, ast.Name) and n.id == name
            for a in [*call.args, *(kw.value for kw in call.keywords)] for n in ast.walk(a)
        ):
            shown = True
    return shown and answered


def _main_blocks(ctx: FileContext) -> list[ast.If]:
    """The module's top-level ``if __name__ == "__main__":`` blocks."""
    return [
        s for s in getattr(ctx.tree, "body", ())
        if isinstance(s, ast.If) and is_main_guard(s.test)
    ]


def _entry_call(stmt: ast.stmt) -> Optional[str]:
    """The function a ``__main__`` block's statement runs as the program:
    ``main()``, ``sys.exit(main())``, ``raise SystemExit(main())``,
    ``asyncio.run(main())``, ``trio.run(main)``."""
    value: Optional[ast.expr] = None
    if isinstance(stmt, ast.Expr):
        value = stmt.value
    elif isinstance(stmt, ast.Raise):
        value = stmt.exc
    for _ in range(2):
        if not isinstance(value, ast.Call):
            return None
        if isinstance(value.func, ast.Name) and not value.args and not value.keywords \
                and value.func.id not in ("exit", "SystemExit"):
            return value.func.id
        if len(value.args) != 1:
            return None
        arg = value.args[0]
        if isinstance(arg, ast.Name) and _called_name(value.func) == "run":
            return arg.id  # ``trio.run(main)``
        value = arg
    return None


def _ends_program(try_node: ast.AST, fnode: Optional[ast.AST], ctx: FileContext) -> bool:
    """The ``try`` is the program's last act: the last statement of an ``if
    __name__ == "__main__":`` block, or the last statement of the module-level
    function that block runs as the program (``asyncio.run(main())``). A
    handler there that prints the error is the program telling its user why it
    stops, whatever threads or event loop it ran before."""
    blocks = _main_blocks(ctx)
    if fnode is None:
        return any(b.body and b.body[-1] is try_node for b in blocks)
    if fnode not in getattr(ctx.tree, "body", ()) or getattr(fnode, "body", [None])[-1] \
            is not try_node:
        return False
    name = getattr(fnode, "name", "")
    return any(_entry_call(s) == name for b in blocks for s in b.body)


def _is_probe_name(fname: str) -> bool:
    if fname in _IO_PREDICATES:
        return True
    parts = words(fname)
    return bool(parts) and (
        parts[0] in _PROBE_WORDS or "supports" in parts
        # A question after its subject: ``success_was_stored``, ``conn_is_alive``.
        or any(w in _QUESTION_VERBS for w in parts[1:-1])
        # ... or a state that ends it: ``redis_available``, ``ipv6_supported``.
        or (len(parts) > 1 and parts[-1] in _QUESTION_STATES
            and parts[0] not in _GETTER_WORDS)
    )


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (SwallowedException,)


_EXIT_PARAMS = (
    frozenset({"exc_type", "exctype", "etype", "typ", "type_"}),
    frozenset({"exc_val", "exc_value", "exc", "value", "excinst", "exception"}),
    frozenset({"exc_tb", "tb", "traceback", "exc_traceback"}),
)


def _warns_secondary(handler: ast.ExceptHandler, ctx: FileContext) -> bool:
    """A handler ``except Exception as exc2:`` that only reports ``exc2`` in a
    log line or a printed message (``logger.warning("error ignored in rollback:
    %s", exc2)``), then may end with ``return``/``return False``/``return None``."""
    name = handler.name
    if not name:
        return False
    shown = False
    for stmt in handler.body:
        if isinstance(stmt, ast.Return):
            if stmt.value is None or (
                isinstance(stmt.value, ast.Constant) and stmt.value.value in (None, False)
            ):
                continue
            return False
        call = _call_of(stmt)
        if call is None or not (_is_log_call(call) or _is_output_call(call, ctx)):
            return False
        if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(call)):
            shown = True
    return shown


def _exit_params(fnode: ast.AST) -> set[str]:
    """The exception parameters of an ``__exit__``-shaped function
    (``__exit__(self, exc_type, exc_val, exc_tb)``, or a helper taking the same
    three), else empty."""
    args = getattr(fnode, "args", None)
    if args is None:
        return set()
    names = [a.arg for a in [*args.posonlyargs, *args.args]]
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    if len(names) < 3:
        return set()
    if getattr(fnode, "name", "") in ("__exit__", "__aexit__") or all(
        n in words for n, words in zip(names[:3], _EXIT_PARAMS)
    ):
        return set(names[:3])
    return set()


def _negated(test: ast.expr, params: set[str]) -> Optional[bool]:
    """True when ``test`` is false whenever an exception is passed in (``not
    exc_val``, ``exc_type is None``, ``not exc_val and not self.force``: the
    ``else`` branch handles it), False when it is then true (``exc_type``,
    ``exc_val is not None``: the body handles it), else None."""
    if isinstance(test, ast.Name) and test.id in params:
        return False
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _negated(test.operand, params)
        return None if inner is None else not inner
    if (
        isinstance(test, ast.Compare) and len(test.ops) == 1
        and isinstance(test.left, ast.Name) and test.left.id in params
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        if isinstance(test.ops[0], ast.Is):
            return True
        if isinstance(test.ops[0], ast.IsNot):
            return False
    if isinstance(test, ast.BoolOp):
        parts = [_negated(v, params) for v in test.values]
        # ``not exc_val and not self.force``: false whenever an exception is
        # passed once one operand is; ``exc_type and ...`` true only if all are.
        decides, other = (True, False) if isinstance(test.op, ast.And) else (False, True)
        if any(p is decides for p in parts):
            return decides
        if all(p is other for p in parts):
            return other
    return None


#: The statements that run straight through to the next one (no block).
_STRAIGHT = (ast.Expr, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Pass)
#: Words of an exception class raised as control flow, not as a failure
#: (serverish's ``ReturnException('pop', data, meta)`` hands back a result).
_CONTROL_WORDS = frozenset({
    "return", "continue", "break", "stop", "exit", "skip", "done", "redirect", "success",
    "finished", "complete", "completed",
})


def _raises_right_after(try_node: ast.AST, handler: ast.ExceptHandler, ctx: FileContext) -> bool:
    """The ``try`` is a step of a path that raises an error right after it:
    the statements after it in its block run straight through (no block, no
    ``return``) to a ``raise`` that re-raises the error being handled (a bare
    ``raise``, or ``raise err`` of the name the enclosing handler binds) or
    raises an error of its own (a class named ``...Error`` or
    ``...Exception``), and neither the ``try`` nor this handler leaves the
    block first. What the handler catches is a detail of a failure that goes
    on up anyway: ``try: detail = resp.json() except Exception: detail =
    resp.text`` and then ``raise ApiError(detail)``, or a rollback before a
    bare ``raise``. Not when the ``try`` returns on success (its failure then
    becomes the generic error raised after it), nor a ``raise`` of anything
    else (``raise HTTPFound(...)``, a redirect, ``StopIteration``, a
    generator's result, or a class named for control flow:
    ``raise ReturnException(data)``, a result handed back). An error of
    its own counts only when the ``try`` gathers a detail for it: a name the
    ``try`` or the handler binds is read by the statements to the ``raise``
    (an audit record written before ``raise SecurityError(...)`` is work of
    its own, whose failure is lost)."""
    path = enclosing(ctx, try_node)
    parent: Optional[ast.AST] = path[-1] if path else getattr(ctx.scope, "node", None)
    block = body_holding(parent, try_node) if parent is not None else None
    if block is None:
        return False
    rest = block[next(i for i, s in enumerate(block) if s is try_node) + 1:]
    if not rest or not isinstance(rest[-1], ast.Raise) \
            or not all(isinstance(s, _STRAIGHT) for s in rest[:-1]):
        return False
    steps = [*getattr(try_node, "body", []), *getattr(try_node, "orelse", []),
             *getattr(try_node, "finalbody", []), *handler.body]
    if any(isinstance(n, (ast.Return, ast.Raise, ast.Break, ast.Continue))
           for n in body_nodes(steps)):
        return False
    exc = rest[-1].exc
    if isinstance(parent, ast.ExceptHandler) and (
        exc is None or (isinstance(exc, ast.Name) and exc.id == parent.name)
    ):
        return True  # the error being handled goes on up
    if exc is None:
        return False
    raised = last_name(exc)
    if not raised.endswith(("Error", "Exception")) or _CONTROL_WORDS & set(words(raised)):
        return False
    # The ``try`` gathers a detail of the error raised next: a name it (or
    # the handler) binds is read on the way to the ``raise``. A side effect
    # there (an audit record written before ``raise SecurityError``) is work
    # of its own, and its failure is lost.
    bound = {n.id for n in body_nodes(steps) if isinstance(n, ast.Name)
             and isinstance(n.ctx, ast.Store)}
    return any(isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in bound
               for n in body_nodes(rest))


def _while_error_propagates(
    try_node: ast.AST, fnode: Optional[ast.AST], ctx: FileContext
) -> bool:
    """The ``try`` runs only while another error is on its way up, which the
    code lets through: in an ``except`` handler that then re-raises (a bare
    ``raise`` or ``raise ... from``) after the ``try``, or in an ``__exit__``
    on the branch taken when an exception is passed in, with no ``return
    True`` that would swallow it."""
    path = enclosing(ctx, try_node)
    inner: ast.AST = try_node
    for parent in reversed(path):
        if isinstance(parent, ast.ExceptHandler):
            block = parent.body
            idx = next((i for i, b in enumerate(block) if b is inner), None)
            if idx is not None and any(
                isinstance(s, ast.Raise) for s in block[idx + 1:]
            ):
                return True
        inner = parent
    if fnode is None:
        return False
    params = _exit_params(fnode)
    if not params:
        return False
    if any(
        isinstance(n, ast.Return) and isinstance(n.value, ast.Constant)
        and n.value.value is True
        for n in body_nodes(statements(fnode))
    ):
        return False  # the function may swallow the error itself
    inner = try_node
    for parent in reversed(path):
        if isinstance(parent, ast.If):
            neg = _negated(parent.test, params)
            if neg is False and any(b is inner for b in parent.body):
                return True
            if neg is True and any(b is inner for b in parent.orelse):
                return True
        inner = parent
    return False


_FAILURE_RECORDS = frozenset({"exceptions", "errors", "failures", "failed"})


def _names_failures(node: ast.expr) -> bool:
    """``exceptions``, ``self.listener.failed_events``, ``errors``: a record of
    failures, by the words of its name."""
    if isinstance(node, ast.Name):
        name = node.id
    elif isinstance(node, ast.Attribute):
        name = node.attr
    else:
        return False
    return any(w in _FAILURE_RECORDS for w in words(name))


def _takes_failure(stmt: ast.stmt) -> Optional[str]:
    """``(exc,) = exceptions``, ``exc = errors[0]``: the name a statement binds to
    a failure it takes out of a record of failures."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return None
    target, value = stmt.targets[0], stmt.value
    if isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == 1 \
            and isinstance(target.elts[0], ast.Name) and _names_failures(value):
        return target.elts[0].id
    if isinstance(target, ast.Name) and isinstance(value, ast.Subscript) \
            and _names_failures(value.value) \
            and isinstance(value.slice, (ast.Constant, ast.UnaryOp)):
        return target.id
    return None


def _checks_type(stmt: ast.stmt, names: set[str]) -> bool:
    """``assert isinstance(exc, T)``, ``self.assertIsInstance(exc, T)``, ``assert
    type(exc) is T``, with ``exc`` a failure taken out of a record (or the
    record's first item itself): the test names the failure it expects."""
    def taken(node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names
        return isinstance(node, ast.Subscript) and _names_failures(node.value)

    test: Optional[ast.expr] = stmt.test if isinstance(stmt, ast.Assert) else None
    call = _call_of(stmt) if test is None else None
    if call is not None and _called_name(call.func) in ("assertIsInstance", "assertIs") \
            and call.args:
        first = call.args[0]
        if isinstance(first, ast.Call) and isinstance(first.func, ast.Name) \
                and first.func.id == "type" and first.args:
            first = first.args[0]
        return taken(first)
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) \
            and test.func.id == "isinstance" and test.args:
        return taken(test.args[0])
    if isinstance(test, ast.Compare) and isinstance(test.left, ast.Call) \
            and isinstance(test.left.func, ast.Name) and test.left.func.id == "type" \
            and test.left.args:
        return taken(test.left.args[0])
    return False


def _checks_recorded_failure(try_node: ast.AST, body: list[ast.stmt], ctx: FileContext) -> bool:
    """In a test, ``try: client.get(url)`` with ``except Exception: pass``
    around one call, followed within four statements by a check of the type of
    a failure taken out of a record of failures (``(exc,) = exceptions``, then
    ``assert isinstance(exc, ZeroDivisionError)``): the test expects the call
    to fail and names the failure where the code under test recorded it."""
    if len(body) != 1 or _call_of(body[0]) is None:
        return False
    path = enclosing(ctx, try_node)
    blocks: list[list[ast.AST]] = [scope_body(ctx.scope)]
    if path:
        blocks = [b for _f, b in ast.iter_fields(path[-1]) if isinstance(b, list)]
    for block in blocks:
        idx = next((i for i, b in enumerate(block) if b is try_node), None)
        if idx is not None:
            names: set[str] = set()
            for stmt in block[idx + 1:idx + 5]:
                if not isinstance(stmt, ast.stmt):
                    continue
                taken = _takes_failure(stmt)
                if taken is not None:
                    names.add(taken)
                elif _checks_type(stmt, names):
                    return True
            return False
    return False
