"""``otp-lints server``: the Language Server Protocol over stdio (SPEC 7.6), on pygls.

Only this module imports pygls (the ``lsp`` extra); ``editor.py`` does the
work. The moving parts:

- Documents are kept here, not in pygls's workspace, with the protocol's own
  line ends (pygls splits lines with ``str.splitlines``, which also breaks at
  form feeds and U+2028, and would corrupt incremental edits of such files).
- Each change re-arms the document's debounce timer (150 ms, or
  ``initializationOptions.debounceMs``); when it fires, one lint starts, on a
  snapshot of the text. A change that arrives while that lint runs queues one
  more lint, which reads the text current when it starts, so a newer version
  replaces a queued one and at most one lint per document is ever in flight.
  Results of an older version are never shown.
- Lints and fixes run on the event loop's thread, one at a time. A worker
  thread was measured slower per keystroke (the GIL handoffs cost more than
  they saved: 33 against 46 ms of CPU on the benchmark's file) and would let
  a fix's re-lints race the next keystroke's lint over the shared settings and
  rule instances; messages that arrive meanwhile wait in the reader.
- Diagnostics are pushed (``publishDiagnostics``) unless the client declares
  pull support, which then asks (``textDocument/diagnostic``) and gets the
  same result: no client sees them twice.
- Code actions: the diagnostic's fix, every safe fix (``source.fixAll.otp-lints``),
  a ``# noqa`` to give a reason for, the rule's documentation. Fix edits are
  computed on ``codeAction/resolve`` when the client can resolve, so libcst is
  imported only when a fix is chosen.
- A ``pyproject.toml`` or baseline file changed (watched, or saved in the
  editor) re-reads the config and re-lints every open document.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import warnings
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TypeVar, Union

from lsprotocol import types as lsp
from pygls.capabilities import ServerCapabilitiesBuilder
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from otp_lints import __version__
from otp_lints.diagnostics import FILE_ERROR, file_error
from otp_lints.docgen import rule_url
from otp_lints.editor import (
    UTF8,
    UTF16,
    UTF32,
    BufferLint,
    BufferLinter,
    Finding,
    FixFailed,
    LineIndex,
    apply_change,
    finding_range,
    fixed_text,
    index_of_units,
    known_code,
    noqa_code_at,
    noqa_edit,
    overlapping,
    rule_markdown,
    rule_name,
    text_edits,
    units,
)
from otp_lints.runner import quiet_gc

log = logging.getLogger("otp-lints.server")

DEFAULT_DEBOUNCE_MS = 150
FIX_ALL = "source.fixAll.otp-lints"
SHOW_DOCS = "otp-lints.showRuleDocs"
DEBUG_INFO = "otp-lints.debugInfo"
SOURCE = "otp-lints"
CONFIG_FILES = ("pyproject.toml",)
DEFAULT_BASELINE_NAME = ".otp-lints-baseline.json"
PYTHON_SUFFIXES = (".py", ".pyi")
_SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
    "hint": lsp.DiagnosticSeverity.Hint,
}
_ENCODINGS = {
    lsp.PositionEncodingKind.Utf8: UTF8,
    lsp.PositionEncodingKind.Utf16: UTF16,
    lsp.PositionEncodingKind.Utf32: UTF32,
}
T = TypeVar("T")


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, minus its own copy of the documents (see the module doc)."""

    def _to_user(self, method: str, params: Any) -> Any:
        handler = self.fm.features.get(method)
        if handler is not None:
            yield handler, (params,), None

    @lsp_method(lsp.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: lsp.DidOpenTextDocumentParams) -> Any:
        yield from self._to_user(lsp.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: lsp.DidChangeTextDocumentParams) -> Any:
        yield from self._to_user(lsp.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: lsp.DidCloseTextDocumentParams) -> Any:
        yield from self._to_user(lsp.TEXT_DOCUMENT_DID_CLOSE, params)


@dataclass
class Result:
    """One lint of one version of a document, ready to send."""

    version: int
    lint: BufferLint
    index: LineIndex
    diagnostics: list[lsp.Diagnostic]
    result_id: str
    #: CPU seconds spent on it (debugInfo: the work, whatever the machine's load)
    cpu: float = 0.0


@dataclass
class Document:
    uri: str
    path: str
    text: str
    version: int
    language_id: str
    timer: Optional[asyncio.TimerHandle] = None
    task: Optional[asyncio.Task[None]] = None
    rerun: bool = False
    result: Optional[Result] = None
    waiters: list[asyncio.Future[None]] = field(default_factory=list)
    #: when the debounce ended for the lint to come (perf_counter)
    due: Optional[float] = None
    #: lints run, lints running now, most ever running at once, and the last
    #: times from the end of the debounce to published diagnostics (debugInfo)
    lints: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    latencies: deque[float] = field(default_factory=lambda: deque(maxlen=1000))
    cpu: deque[float] = field(default_factory=lambda: deque(maxlen=1000))

    @property
    def is_python(self) -> bool:
        return self.language_id == "python" or self.path.endswith(PYTHON_SUFFIXES)


class OtpLintsServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "otp-lints", __version__, protocol_cls=_Protocol,
            text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental,
        )
        self.docs: dict[str, Document] = {}
        self.linter = BufferLinter()
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.encoding = UTF16
        self.push = True
        self.root = os.getcwd()
        self.generation = 0  # bumped when the config changes on disk
        self.linter_generation = 0  # the generation the linter's caches belong to
        self.baseline_names = {DEFAULT_BASELINE_NAME}
        self.watched: set[str] = set()
        self.capabilities = lsp.ClientCapabilities()
        self._shown_errors: set[str] = set()

    # -- client capabilities ----------------------------------------------
    def _cap(self, path: str) -> Any:
        value: Any = self.capabilities
        for name in path.split("."):
            value = getattr(value, name, None)
            if value is None:
                return None
        return value

    @property
    def document_changes(self) -> bool:
        return bool(self._cap("workspace.workspace_edit.document_changes"))

    @property
    def snippets(self) -> bool:
        return self.document_changes and bool(
            self._cap("workspace.workspace_edit.snippet_edit_support")
        )

    @property
    def can_resolve(self) -> bool:
        props = self._cap("text_document.code_action.resolve_support.properties") or ()
        return "edit" in props

    # -- documents ----------------------------------------------------------
    def path_of(self, uri: str) -> str:
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return path
        # An untitled buffer: linted as a file of that name in the workspace root.
        name = os.path.basename(uri.rstrip("/").rpartition(":")[2]) or "untitled"
        if not name.endswith(PYTHON_SUFFIXES):
            name += ".py"
        return os.path.join(self.root, name)

    def drop(self, doc: Document) -> None:
        """A document no longer open (closed, or opened anew): no lint is due,
        and whoever waits for its result gets none."""
        if doc.timer is not None:
            doc.timer.cancel()
            doc.timer = None
        for waiter in doc.waiters:
            if not waiter.done():
                waiter.set_result(None)
        doc.waiters.clear()

    def schedule(self, doc: Document, delay: float) -> None:
        """(Re-)arm the document's debounce timer."""
        if doc.timer is not None:
            doc.timer.cancel()
        loop = asyncio.get_running_loop()
        doc.timer = loop.call_later(delay, self.start, doc)

    def start(self, doc: Document) -> None:
        """The debounce is over: lint now, or right after the lint in flight."""
        if doc.timer is not None:
            doc.timer.cancel()
            doc.timer = None
        if self.docs.get(doc.uri) is not doc or not doc.is_python:
            return
        if doc.due is None:
            doc.due = time.perf_counter()
        if doc.task is not None and not doc.task.done():
            doc.rerun = True
            return
        doc.task = asyncio.get_running_loop().create_task(self.lint(doc))

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Where lints and fixes run: here, on the loop's thread (see the module doc)."""
        return fn(*args)

    async def lint(self, doc: Document) -> None:
        version, text, generation = doc.version, doc.text, self.generation
        due, doc.due = doc.due, None
        doc.lints += 1
        doc.in_flight += 1
        doc.max_in_flight = max(doc.max_in_flight, doc.in_flight)
        try:
            result = await self.run(self.compute, doc.path, text, version, generation)
        finally:
            doc.in_flight -= 1
            doc.task = None  # this lint is over: the next may start
        if self.docs.get(doc.uri) is not doc:
            return
        if doc.version == version and self.generation == generation:
            doc.result = result
            self.note_config_error(result.lint)
            if self.push:
                self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                    uri=doc.uri, diagnostics=result.diagnostics, version=version,
                ))
            if due is not None:
                doc.latencies.append(time.perf_counter() - due)
                doc.cpu.append(result.cpu)
            self.watch_baseline(result.lint)
            for waiter in doc.waiters:
                if not waiter.done():
                    waiter.set_result(None)
            doc.waiters.clear()
        if doc.rerun or self.generation != generation:
            doc.rerun = False
            self.start(doc)

    def compute(self, path: str, text: str, version: int, generation: int) -> Result:
        """Lint, then the protocol's diagnostics. The first lint after a config
        change makes the linter read the disk again."""
        started = time.thread_time()
        index = LineIndex(text)
        try:
            if self.linter_generation != generation:
                self.linter.forget()
                self.linter_generation = generation
            with quiet_gc():  # as the CLI lints: about 10% off a keystroke's lint
                lint = self.linter.lint(path, text)
            diagnostics = [self.to_lsp(f, index) for f in lint.findings]
        except Exception as exc:  # never down: the failure is the diagnostic
            log.exception("internal error on %s", path)
            message = f"internal error: {type(exc).__name__}: {exc}"
            lint = BufferLint(path, text, [Finding(
                file_error(path, message), "error", message)])
            diagnostics = [self.to_lsp(lint.findings[0], LineIndex(""))]
        return Result(version, lint, index, diagnostics, f"{generation}:{version}",
                      time.thread_time() - started)

    def to_lsp(self, f: Finding, index: LineIndex) -> lsp.Diagnostic:
        (sl, sc), (el, ec) = finding_range(f, index, self.encoding)
        return lsp.Diagnostic(
            range=lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec)),
            message=f.message,
            severity=_SEVERITY[f.severity],
            code=f.diag.code,
            code_description=lsp.CodeDescription(href=rule_url(f.diag.code)),
            source=SOURCE,
        )

    async def current(self, doc: Document) -> Optional[Result]:
        """The result for the document's current version (waiting for the
        debounce and the lint in flight, or linting now if neither is due)."""
        while self.docs.get(doc.uri) is doc and doc.is_python:
            if doc.result is not None and doc.result.version == doc.version:
                return doc.result
            waiter = asyncio.get_running_loop().create_future()
            doc.waiters.append(waiter)
            if doc.timer is None and (doc.task is None or doc.task.done()):
                self.start(doc)
            await waiter
        return None

    def note_config_error(self, lint: BufferLint) -> None:
        """A config error is an OTP000 on each document, and said once in a message."""
        if lint.config_error and lint.config_error not in self._shown_errors:
            self._shown_errors.add(lint.config_error)
            self.window_show_message(lsp.ShowMessageParams(
                type=lsp.MessageType.Error, message=f"otp-lints: {lint.config_error}",
            ))

    def config_changed(self) -> None:
        """A pyproject.toml or a baseline changed: read them again, re-lint all."""
        self.generation += 1
        self._shown_errors.clear()
        for doc in self.docs.values():
            doc.result = None
            if doc.is_python:
                self.start(doc)
        if not self.push and self._cap("workspace.diagnostics.refresh_support"):
            self.workspace_diagnostic_refresh(None)

    def is_config_file(self, path: str) -> bool:
        name = os.path.basename(path)
        return name in CONFIG_FILES or name in self.baseline_names

    # -- file watching --------------------------------------------------------
    def watch(self, names: set[str]) -> None:
        new = sorted(names - self.watched)
        if not new or not self._cap(
                "workspace.did_change_watched_files.dynamic_registration"):
            return
        self.watched.update(new)
        options = lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in new]
        )
        self.client_register_capability(lsp.RegistrationParams(registrations=[
            lsp.Registration(
                id=f"otp-lints-watch-{len(self.watched)}",
                method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=options,
            )
        ]))

    def watch_baseline(self, lint: BufferLint) -> None:
        if lint.settings is None:
            return
        name = os.path.basename(self.linter.baseline_file(lint.settings))
        if name not in self.baseline_names:
            self.baseline_names.add(name)
            self.watch({name})

    # -- edits ----------------------------------------------------------------
    def workspace_edit(self, doc: Document, edits: list[Any]) -> lsp.WorkspaceEdit:
        if self.document_changes:
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
                text_document=lsp.OptionalVersionedTextDocumentIdentifier(
                    uri=doc.uri, version=doc.version),
                edits=edits,
            )])
        return lsp.WorkspaceEdit(changes={doc.uri: edits})

    def fix_edit(self, result: Result, diag_key: Optional[list[Any]]) -> list[lsp.TextEdit]:
        """The text edits of one fix, or of every safe fix."""
        diag = None
        if diag_key is not None:
            diag = next((f.diag for f in result.lint.findings if _key(f) == diag_key), None)
            if diag is None:
                raise FixFailed("the diagnostic is gone")
        old = result.lint.text
        new = fixed_text(result.lint, diag)
        out = []
        for a, b, content in text_edits(old, new):
            sl, sc = result.index.position(a, self.encoding)
            el, ec = result.index.position(b, self.encoding)
            out.append(lsp.TextEdit(
                range=lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec)),
                new_text=content,
            ))
        return out


def _key(f: Finding) -> list[Any]:
    d = f.diag
    return [d.line, d.col, d.end_line, d.end_col, d.code]


def _kind_wanted(kind: str, only: Optional[list[str]]) -> bool:
    """Whether a code action of ``kind`` answers a request's ``only`` (kinds are
    hierarchical: ``source`` asks for ``source.fixAll.otp-lints``)."""
    if not only:
        return True
    return any(kind == k or kind.startswith(k + ".") for k in only)


def create_server() -> OtpLintsServer:
    server = OtpLintsServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: OtpLintsServer, params: lsp.InitializeParams) -> None:
        ls.capabilities = params.capabilities
        encoding = ServerCapabilitiesBuilder.choose_position_encoding(params.capabilities)
        ls.encoding = _ENCODINGS.get(encoding, UTF16)  # type: ignore[call-overload]
        ls.push = params.capabilities.text_document is None or (
            params.capabilities.text_document.diagnostic is None)
        options = params.initialization_options
        if isinstance(options, dict):
            ms = options.get("debounceMs")
            if isinstance(ms, (int, float)) and not isinstance(ms, bool) and 0 <= ms <= 60_000:
                ls.debounce = ms / 1000
            elif ms is not None:
                log.warning("initializationOptions.debounceMs: expected milliseconds, got %r", ms)
        root: Optional[str] = None
        if params.workspace_folders:
            root = to_fs_path(params.workspace_folders[0].uri)
        elif params.root_uri:
            root = to_fs_path(params.root_uri)
        elif params.root_path:
            root = params.root_path
        if root:
            ls.root = root

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: OtpLintsServer, params: lsp.InitializedParams) -> None:
        ls.watch({*CONFIG_FILES, *ls.baseline_names})

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: OtpLintsServer, params: None) -> None:
        for doc in ls.docs.values():
            if doc.timer is not None:
                doc.timer.cancel()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: OtpLintsServer, params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        old = ls.docs.pop(item.uri, None)
        if old is not None:
            ls.drop(old)
        doc = Document(item.uri, ls.path_of(item.uri), item.text, item.version,
                       item.language_id)
        ls.docs[item.uri] = doc
        ls.start(doc)  # no debounce on open

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: OtpLintsServer, params: lsp.DidChangeTextDocumentParams) -> None:
        doc = ls.docs.get(params.text_document.uri)
        if doc is None:
            return
        text = doc.text
        for change in params.content_changes:
            if isinstance(change, lsp.TextDocumentContentChangePartial):
                r = change.range
                text = apply_change(text, (r.start.line, r.start.character),
                                    (r.end.line, r.end.character), change.text, ls.encoding)
            else:
                text = change.text
        doc.text, doc.version = text, params.text_document.version
        if doc.is_python:
            ls.schedule(doc, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: OtpLintsServer, params: lsp.DidCloseTextDocumentParams) -> None:
        doc = ls.docs.pop(params.text_document.uri, None)
        if doc is None:
            return
        ls.drop(doc)
        if ls.push and doc.is_python:
            ls.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: OtpLintsServer, params: lsp.DidSaveTextDocumentParams) -> None:
        doc = ls.docs.get(params.text_document.uri)
        path = doc.path if doc is not None else ls.path_of(params.text_document.uri)
        if ls.is_config_file(path):
            ls.config_changed()

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: OtpLintsServer,
                                 params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(ls.is_config_file(ls.path_of(c.uri)) for c in params.changes):
            ls.config_changed()

    @server.feature(lsp.TEXT_DOCUMENT_DIAGNOSTIC,
                    lsp.DiagnosticOptions(identifier=SOURCE, inter_file_dependencies=False,
                                          workspace_diagnostics=False))
    async def diagnostic(ls: OtpLintsServer, params: lsp.DocumentDiagnosticParams
                         ) -> lsp.DocumentDiagnosticReport:
        doc = ls.docs.get(params.text_document.uri)
        result = await ls.current(doc) if doc is not None else None
        if result is None:
            return lsp.RelatedFullDocumentDiagnosticReport(items=[])
        if params.previous_result_id == result.result_id:
            return lsp.RelatedUnchangedDocumentDiagnosticReport(result_id=result.result_id)
        return lsp.RelatedFullDocumentDiagnosticReport(
            items=result.diagnostics, result_id=result.result_id)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: OtpLintsServer, params: lsp.HoverParams) -> Optional[lsp.Hover]:
        doc = ls.docs.get(params.text_document.uri)
        result = await ls.current(doc) if doc is not None else None
        if result is None:
            return None
        pos = (params.position.line, params.position.character)
        codes: list[str] = []
        span: Optional[tuple[tuple[int, int], tuple[int, int]]] = None
        line_text = result.index.line(pos[0])
        char = index_of_units(line_text, pos[1], ls.encoding)
        in_noqa = noqa_code_at(result.lint.text, pos[0], char)
        if in_noqa is not None and known_code(in_noqa[0]):
            code, a, b = in_noqa
            codes.append(code)
            span = ((pos[0], units(line_text[:a], ls.encoding)),
                    (pos[0], units(line_text[:b], ls.encoding)))
        else:
            for f in overlapping(result.lint.findings, result.index, ls.encoding, pos, pos):
                if f.diag.code not in codes:
                    codes.append(f.diag.code)
                    span = span or finding_range(f, result.index, ls.encoding)
        pages = [page for page in map(rule_markdown, codes) if page]
        if not pages:
            return None
        formats = ls._cap("text_document.hover.content_format") or ()
        kind = (lsp.MarkupKind.Markdown if not formats or lsp.MarkupKind.Markdown in formats
                else lsp.MarkupKind.PlainText)
        rng = None
        if span is not None:
            rng = lsp.Range(lsp.Position(*span[0]), lsp.Position(*span[1]))
        return lsp.Hover(contents=lsp.MarkupContent(kind=kind, value="\n---\n\n".join(pages)),
                         range=rng)

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=True))
    async def code_action(ls: OtpLintsServer, params: lsp.CodeActionParams
                          ) -> Optional[list[Union[lsp.Command, lsp.CodeAction]]]:
        doc = ls.docs.get(params.text_document.uri)
        result = await ls.current(doc) if doc is not None else None
        if doc is None or result is None:
            return None
        only = [str(k) for k in params.context.only] if params.context.only else None
        r = params.range
        start, end = (r.start.line, r.start.character), (r.end.line, r.end.character)
        chosen = overlapping(result.lint.findings, result.index, ls.encoding, start, end)
        asked = {(d.code, d.range.start.line, d.range.start.character)
                 for d in params.context.diagnostics if d.source == SOURCE}
        for f, d in zip(result.lint.findings, result.diagnostics):
            if (d.code, d.range.start.line, d.range.start.character) in asked and f not in chosen:
                chosen.append(f)
        by_finding = dict(zip(map(id, result.lint.findings), result.diagnostics))
        actions: list[lsp.CodeAction] = []
        if _kind_wanted(lsp.CodeActionKind.QuickFix, only):
            seen: set[tuple[str, Optional[int]]] = set()
            for f in chosen:
                for action in quick_fixes(ls, doc, result, f, by_finding[id(f)]):
                    # One noqa action per code and line, one docs action per code.
                    key = (action.title, f.diag.line if action.edit is not None else None)
                    if action.data is None and key in seen:
                        continue
                    seen.add(key)
                    actions.append(action)
        fixable = [f for f in result.lint.findings
                   if f.layer is None and f.diag.fix is not None and f.diag.fix.safety == "safe"]
        if fixable and _kind_wanted(FIX_ALL, only):
            actions.append(lsp.CodeAction(
                title="otp-lints: Fix all safe violations",
                kind=FIX_ALL,
                data={"uri": doc.uri, "version": doc.version, "fix": None},
            ))
        if not ls.can_resolve:  # the edits now, or no such action
            ready = []
            for action in actions:
                if action.edit is None and action.data is not None:
                    problem = await fill_edit(ls, doc, action)
                    if problem is not None:
                        if not ls._cap("text_document.code_action.disabled_support"):
                            continue
                        action.disabled = lsp.CodeActionDisabled(reason=problem)
                    action.data = None
                ready.append(action)
            actions = ready
        return list(actions) or None

    def quick_fixes(ls: OtpLintsServer, doc: Document, result: Result, f: Finding,
                    diagnostic: lsp.Diagnostic) -> list[lsp.CodeAction]:
        d = f.diag
        label = f"otp-lints ({d.code})"
        out = []
        if d.fix is not None:
            unsafe = "" if d.fix.safety == "safe" else " (unsafe fix)"
            out.append(lsp.CodeAction(
                title=f"{label}: {d.fix.message}{unsafe}",
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=d.fix.safety == "safe" and f.layer is None,
                data={"uri": doc.uri, "version": doc.version, "fix": _key(f)},
            ))
        if d.code != FILE_ERROR:
            edit = noqa_edit(result.lint.text, d.line, d.code)
            if edit is not None:
                line_text = result.index.line(edit.line)
                rng = lsp.Range(
                    lsp.Position(edit.line, units(line_text[:edit.col], ls.encoding)),
                    lsp.Position(edit.line, units(line_text[:edit.end_col], ls.encoding)),
                )
                text_edit: Any = lsp.TextEdit(range=rng, new_text=edit.text)
                if ls.snippets:
                    text_edit = lsp.SnippetTextEdit(
                        range=rng, snippet=lsp.StringValue(value=edit.snippet))
                out.append(lsp.CodeAction(
                    title=f"{label}: Suppress on this line with `# noqa: {d.code}` and a reason",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=ls.workspace_edit(doc, [text_edit]),
                ))
        out.append(lsp.CodeAction(
            title=f"{label}: Show documentation for {rule_name(d.code)}",
            kind=lsp.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            command=lsp.Command(title=f"Show {d.code} documentation", command=SHOW_DOCS,
                                arguments=[d.code]),
        ))
        return out

    async def fill_edit(ls: OtpLintsServer, doc: Document, action: lsp.CodeAction
                        ) -> Optional[str]:
        """Compute a fix action's edit (libcst's first use); None, or why not."""
        data = action.data if isinstance(action.data, dict) else {}
        if data.get("version") != doc.version:
            return "the document changed since the action was offered; ask again"
        result = await ls.current(doc)
        if result is None or result.version != data.get("version"):
            return "the document changed since the action was offered; ask again"
        try:
            edits = await ls.run(ls.fix_edit, result, data.get("fix"))
        except FixFailed as exc:
            return str(exc)
        action.edit = ls.workspace_edit(doc, list(edits))
        return None

    @server.feature(lsp.CODE_ACTION_RESOLVE)
    async def resolve(ls: OtpLintsServer, action: lsp.CodeAction) -> lsp.CodeAction:
        data = action.data if isinstance(action.data, dict) else {}
        doc = ls.docs.get(str(data.get("uri")))
        if doc is None or action.edit is not None:
            return action
        problem = await fill_edit(ls, doc, action)
        if problem is not None:
            ls.window_show_message(lsp.ShowMessageParams(
                type=lsp.MessageType.Warning, message=f"otp-lints: fix not applied: {problem}"))
        return action

    @server.command(SHOW_DOCS)
    async def show_docs(ls: OtpLintsServer, *args: Any) -> None:
        code = str(args[0]) if args else ""
        if not known_code(code):
            return
        url = rule_url(code)
        if ls._cap("window.show_document.support"):
            await ls.window_show_document_async(lsp.ShowDocumentParams(uri=url, external=True))
        else:
            ls.window_show_message(lsp.ShowMessageParams(
                type=lsp.MessageType.Info,
                message=f"{code} {rule_name(code)}: {url} (or run `otp-lints rule {code}`)"))

    @server.command(DEBUG_INFO)
    def debug_info(ls: OtpLintsServer, *args: Any) -> dict[str, Any]:
        """What the server is doing, for bug reports (and the tests)."""
        import sys

        documents = {}
        for uri, doc in ls.docs.items():
            settings = doc.result.lint.settings if doc.result is not None else None
            documents[uri] = {
                "path": doc.path, "version": doc.version, "python": doc.is_python,
                "lints": doc.lints, "maxInFlight": doc.max_in_flight,
                "latencyMs": [round(t * 1000, 3) for t in doc.latencies],
                "cpuMs": [round(t * 1000, 3) for t in doc.cpu],
                "config": settings.config_path if settings is not None else None,
            }
        return {
            "version": __version__, "python": sys.version.split()[0],
            "positionEncoding": ls.encoding, "debounceMs": ls.debounce * 1000,
            "diagnostics": "push" if ls.push else "pull",
            "watched": sorted(ls.watched), "libcstImported": "libcst" in sys.modules,
            "documents": documents,
        }

    return server


def main() -> int:
    """``otp-lints server``: serve on stdin/stdout until the client says exit."""
    logging.basicConfig(level=logging.WARNING, format="otp-lints server: %(message)s")
    # The parser's warnings about the user's code (invalid escapes...) would go
    # to the editor's log on every keystroke: they are no news about the server.
    warnings.filterwarnings("ignore", category=SyntaxWarning)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    create_server().start_io()
    return 0
