"""Driving `otp-lints server` through pytest-lsp's client, as an editor would."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Sequence
from typing import Any, Optional, Union

from lsprotocol import types as lsp
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "otp_lints", "server"]
#: a bound on any wait for the server, so a broken server fails a test instead of hanging it
WAIT = 60.0


class Client:
    """pytest-lsp's client, plus a record of everything the server pushed."""

    def __init__(self, client: LanguageClient, root: str) -> None:
        self.lsp = client
        self.root = root
        self.published: list[lsp.PublishDiagnosticsParams] = []
        self.registrations: list[lsp.Registration] = []
        self.changed = asyncio.Event()
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    # -- documents ----------------------------------------------------------
    def uri(self, relpath: str) -> str:
        return "file://" + os.path.join(self.root, relpath)

    def open(self, relpath: str, text: str, language_id: str = "python") -> str:
        uri = self.uri(relpath)
        self.versions[uri] = 1
        self.texts[uri] = text
        self.lsp.text_document_did_open(lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id=language_id, version=1,
                                               text=text)))
        return uri

    def replace(self, uri: str, text: str) -> int:
        """A full-text change; returns the new version."""
        self.versions[uri] += 1
        self.texts[uri] = text
        self.lsp.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri,
                                                              version=self.versions[uri]),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    def edit(self, uri: str, start: tuple[int, int], end: tuple[int, int], text: str,
             new_text: str) -> int:
        """An incremental change (positions in the session's encoding); ``new_text``
        is what the document then holds, for the test's own bookkeeping."""
        self.versions[uri] += 1
        self.texts[uri] = new_text
        self.lsp.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri,
                                                              version=self.versions[uri]),
            content_changes=[lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(*start), lsp.Position(*end)), text=text)]))
        return self.versions[uri]

    async def diagnostics(self, uri: str, version: Optional[int] = None
                          ) -> Sequence[lsp.Diagnostic]:
        """The diagnostics published for ``uri`` at ``version`` (default: the
        document's current version)."""
        version = self.versions[uri] if version is None else version

        async def wait() -> Sequence[lsp.Diagnostic]:
            while True:
                for p in reversed(self.published):
                    if p.uri == uri and p.version == version:
                        return p.diagnostics
                self.changed.clear()
                await self.changed.wait()

        return await asyncio.wait_for(wait(), WAIT)

    async def published_after(self, n: int) -> lsp.PublishDiagnosticsParams:
        """The first publication after the ``n`` already recorded."""

        async def wait() -> lsp.PublishDiagnosticsParams:
            while len(self.published) <= n:
                self.changed.clear()
                await self.changed.wait()
            return self.published[n]

        return await asyncio.wait_for(wait(), WAIT)

    async def debug(self) -> dict[str, Any]:
        info = await self.lsp.workspace_execute_command_async(
            lsp.ExecuteCommandParams(command="otp-lints.debugInfo"))
        assert isinstance(info, dict)
        return info

    async def actions(self, uri: str, line: int, character: int = 0,
                      only: Optional[list[str]] = None,
                      end: Optional[tuple[int, int]] = None) -> list[lsp.CodeAction]:
        end = end or (line, character)
        result = await asyncio.wait_for(self.lsp.text_document_code_action_async(
            lsp.CodeActionParams(
                text_document=lsp.TextDocumentIdentifier(uri=uri),
                range=lsp.Range(lsp.Position(line, character), lsp.Position(*end)),
                context=lsp.CodeActionContext(diagnostics=[], only=only))), WAIT)
        return [a for a in result or () if isinstance(a, lsp.CodeAction)]

    async def resolve(self, action: lsp.CodeAction) -> lsp.CodeAction:
        return await asyncio.wait_for(self.lsp.code_action_resolve_async(action), WAIT)


@contextlib.asynccontextmanager
async def session(
    root: str,
    capabilities: Optional[lsp.ClientCapabilities] = None,
    options: Optional[dict[str, Any]] = None,
    command: Optional[list[str]] = None,
) -> AsyncIterator[Client]:
    """A server started in ``root`` and initialized with ``capabilities`` (default:
    Neovim 0.7's, pushed diagnostics, resolvable code actions)."""
    lsp_client = LanguageClient(converter_factory=default_converter)
    client = Client(lsp_client, root)

    def published(_: LanguageClient, params: lsp.PublishDiagnosticsParams) -> None:
        lsp_client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)
        client.changed.set()

    def register(_: LanguageClient, params: lsp.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    # lsprotocol reads any code action with a "command" key as a bare Command
    # (its hook does not look at the key's type); editors tell them apart by
    # whether "command" is a string, and so does this client.
    converter = lsp_client.protocol._converter

    def command_or_action(obj: Any, _: Any) -> Any:
        if isinstance(obj.get("command"), str):
            return converter.structure(obj, lsp.Command)
        return converter.structure(obj, lsp.CodeAction)

    converter.register_structure_hook(Union[lsp.Command, lsp.CodeAction], command_or_action)

    # pytest-lsp's own client features, with these two recording everything.
    register_lsp_features(lsp_client, {
        **DEFAULT_CLIENT_FEATURES,
        lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: published,
        lsp.CLIENT_REGISTER_CAPABILITY: register,
    })

    env = {k: v for k, v in os.environ.items() if not k.startswith("COV")}
    cmd = command or SERVER
    await lsp_client.start_io(cmd[0], *cmd[1:], cwd=root, env=env)
    caps = capabilities if capabilities is not None else client_capabilities("neovim@0.7")
    await asyncio.wait_for(lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=caps,
        root_uri="file://" + root,
        initialization_options=options if options is not None else {"debounceMs": 0},
    )), WAIT)
    try:
        yield client
    finally:
        await asyncio.wait_for(lsp_client.shutdown_session(), WAIT)
        await lsp_client.stop()


def with_caps(base: str = "neovim@0.7", **paths: Any) -> lsp.ClientCapabilities:
    """A client's capabilities with some set: ``with_caps(**{"window.show_document":
    lsp.ShowDocumentClientCapabilities(support=True)})``."""
    caps = client_capabilities(base)
    for path, value in paths.items():
        obj: Any = caps
        names = path.split(".")
        for name in names[:-1]:
            nxt = getattr(obj, name)
            if nxt is None:
                raise AttributeError(f"{path}: {name} is not set in {base}")
            obj = nxt
        setattr(obj, names[-1], value)
    return caps


def check_json(root: str, relpath: str, text: str, *args: str,
               data: Optional[bytes] = None) -> list[dict[str, Any]]:
    """What `otp-lints check` reports on ``text`` as the file ``relpath`` (whose
    bytes are ``data`` when not UTF-8)."""
    r = subprocess.run(
        [sys.executable, "-m", "otp_lints", "check", "--no-cache", "--format", "json", *args,
         "-", "--stdin-filename", relpath],
        input=data if data is not None else text.encode(), capture_output=True, cwd=root,
        timeout=300, check=False)
    assert r.returncode in (0, 1), r.stderr
    data: list[dict[str, Any]] = json.loads(r.stdout)
    return data


def apply_edits(text: str, edits: Sequence[Any]) -> str:
    """Apply protocol text edits (UTF-16 positions) to ``text``, as a client does."""
    from otp_lints.editor import UTF16, LineIndex

    index = LineIndex(text)
    spans = []
    for e in edits:
        new = e.new_text if isinstance(e, lsp.TextEdit) else e.snippet.value
        a = index.offset(e.range.start.line, e.range.start.character, UTF16)
        b = index.offset(e.range.end.line, e.range.end.character, UTF16)
        spans.append((a, b, new))
    for a, b, new in sorted(spans, reverse=True):
        text = text[:a] + new + text[b:]
    return text


def edits_of(action: lsp.CodeAction, uri: str) -> list[Any]:
    assert action.edit is not None, action
    edit = action.edit
    if edit.document_changes:
        out = []
        for change in edit.document_changes:
            assert isinstance(change, lsp.TextDocumentEdit)
            assert change.text_document.uri == uri
            out.extend(change.edits)
        return out
    assert edit.changes is not None
    return list(edit.changes[uri])
