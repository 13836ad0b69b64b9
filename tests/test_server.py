"""`otp-lints server` end to end: a real server process, pytest-lsp's client.

Every SPEC 7.6 bullet: buffer diagnostics on open and change (debounced, one
lint in flight, a newer version replacing a queued one), push and pull, the
same answers as `otp-lints check` (config, noqa, allowlist, baseline,
severity), code actions (fix, fix all, noqa with a reason, docs), hover, the
config and baseline watched, and no buffer that brings the server down.
"""

from __future__ import annotations

import json
import os
import textwrap

import pytest

pytest.importorskip("pytest_lsp", reason="needs pytest-lsp (Python 3.10 or newer; "
                    "the test extra installs it there)")

from lsp_helpers import (
    apply_edits,
    check_json,
    edits_of,
    session,
    with_caps,
)
from lsprotocol import types as lsp

PYPROJECT = """\
[tool.otp-lints]
ignore = ["OTP603"]
"""

SAMPLE = textwrap.dedent("""\
    import asyncio
    import os
    import socket
    import requests


    def send(sock: socket.socket, data):
        sock.send(data)


    async def start(coro):
        asyncio.create_task(coro)


    def stop(pid):
        os.kill(pid, 9)  # noqa: OTP101 the pid is our own child's, reaped below


    def fetch(url):
        return requests.get(url)
""")


def project(tmp_path, pyproject: str = PYPROJECT) -> str:
    (tmp_path / "pyproject.toml").write_text(pyproject)
    return str(tmp_path)


def summary(diags) -> list[tuple[int, int, str, str]]:
    return [(d.range.start.line + 1, d.range.start.character + 1, str(d.code), d.message)
            for d in diags]


def reported(root: str, relpath: str, text: str, data=None) -> list[tuple[int, int, str, str]]:
    """`check`'s JSON in the same terms: its columns are UTF-8 bytes, the
    protocol's UTF-16 code units."""
    lines = text.split("\n")
    out = []
    for e in check_json(root, relpath, text, data=data):
        line = lines[e["line"] - 1] if e["line"] <= len(lines) else ""
        prefix = line.encode("utf-8")[:e["column"] - 1].decode("utf-8", "ignore")
        col = len(prefix.encode("utf-16-le")) // 2
        out.append((e["line"], col + 1, e["code"], e["message"]))
    return out


# ---------------------------------------------------------------------------
# Diagnostics
# ---------------------------------------------------------------------------
async def test_unsaved_buffer_gets_what_check_reports(tmp_path) -> None:
    root = project(tmp_path)
    async with session(root) as c:
        uri = c.open("pkg/mod.py", SAMPLE)  # no such file on disk
        assert not (tmp_path / "pkg" / "mod.py").exists()
        diags = await c.diagnostics(uri)
    expected = check_json(root, "pkg/mod.py", SAMPLE)
    assert {e["code"] for e in expected} == {"OTP102", "OTP301", "OTP402"}
    assert summary(diags) == [(e["line"], e["column"], e["code"], e["message"])
                              for e in expected]
    for d, e in zip(diags, expected):
        assert d.source == "otp-lints"
        assert d.severity == lsp.DiagnosticSeverity.Error
        assert d.code_description is not None
        assert d.code_description.href.endswith(f"docs/rules/{e['code']}.md")
        assert (d.range.end.line + 1, d.range.end.character + 1) == (e["end_line"],
                                                                     e["end_column"])


async def test_config_noqa_and_test_paths_as_in_check(tmp_path) -> None:
    root = project(tmp_path, '[tool.otp-lints]\nselect = ["OTP1", "OTP6", "OTP7"]\n'
                   '[tool.otp-lints.per-file-ignores]\n"scripts/**" = ["OTP101"]\n')
    text = textwrap.dedent("""\
        import os
        import time


        def test_it(pid):
            os.kill(pid, 9)
            time.sleep(1)
            x = 1  # noqa: OTP101
    """)
    async with session(root) as c:
        uris = {rel: c.open(rel, text) for rel in
                ("tests/test_a.py", "scripts/run.py", "lib/mod.py")}
        got = {rel: summary(await c.diagnostics(uri)) for rel, uri in uris.items()}
    for rel, diags in got.items():
        expected = check_json(root, rel, text)
        assert diags == [(e["line"], e["column"], e["code"], e["message"]) for e in expected]
    assert {d[2] for d in got["tests/test_a.py"]} == {"OTP101", "OTP601", "OTP701", "OTP702"}
    assert "OTP101" not in {d[2] for d in got["scripts/run.py"]}
    assert "OTP601" not in {d[2] for d in got["lib/mod.py"]}


async def test_severity_from_config(tmp_path) -> None:
    root = project(tmp_path, PYPROJECT + '[tool.otp-lints.severity]\n"OTP3" = "warning"\n'
                   '"OTP402" = "info"\n"OTP4" = "warning"\n')
    async with session(root) as c:
        diags = await c.diagnostics(c.open("m.py", SAMPLE))
    severity = {str(d.code): d.severity for d in diags}
    assert severity == {"OTP102": lsp.DiagnosticSeverity.Error,
                        "OTP301": lsp.DiagnosticSeverity.Warning,
                        "OTP402": lsp.DiagnosticSeverity.Information}


async def test_baselined_and_allowlisted_are_hints(tmp_path) -> None:
    root = project(tmp_path, PYPROJECT + '[[tool.otp-lints.allow]]\nrules = ["OTP402"]\n'
                   'paths = ["m.py"]\nreason = "the gateway sets a socket timeout"\n')
    (tmp_path / "m.py").write_text(SAMPLE)
    from helpers import run_cli

    assert run_cli("baseline", "m.py", cwd=root).returncode == 0  # records OTP102, OTP301
    text = SAMPLE + "\n\ndef more(sock: socket.socket, frame):\n    sock.send(frame)\n"
    async with session(root) as c:
        diags = await c.diagnostics(c.open("m.py", text))
    hint, error = lsp.DiagnosticSeverity.Hint, lsp.DiagnosticSeverity.Error
    errors = [(d.range.start.line + 1, str(d.code)) for d in diags if d.severity == error]
    hints = sorted((str(d.code), d.message) for d in diags if d.severity == hint)
    assert len(errors) + len(hints) == len(diags)
    # Reported: exactly what check reports (the new send).
    assert errors == [(e["line"], e["code"]) for e in check_json(root, "m.py", text)]
    assert errors == [(len(text.splitlines()), "OTP102")]
    assert [code for code, _ in hints] == ["OTP102", "OTP301", "OTP402"]
    plain = tmp_path / "plain"  # no allowlist, no baseline: every message as reported
    plain.mkdir()
    messages = {e["code"]: e["message"]
                for e in check_json(project(plain), "m.py", SAMPLE)}
    assert hints == [
        ("OTP102", messages["OTP102"] + " (baselined)"),
        ("OTP301", messages["OTP301"] + " (baselined)"),
        ("OTP402", messages["OTP402"] + " (allowlisted: the gateway sets a socket timeout)"),
    ]


async def test_changes_are_debounced_and_one_lint_is_in_flight(tmp_path) -> None:
    root = project(tmp_path)
    async with session(root, options={"debounceMs": 400}) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)
        for i in range(6):  # typing faster than the debounce
            c.replace(uri, SAMPLE + f"\nx = {i}\n")
        final = c.replace(uri, SAMPLE + "\n\ndef late(sock: socket.socket, frame):\n"
                          "    sock.send(frame)\n")
        diags = await c.diagnostics(uri, final)
        info = await c.debug()
    assert info["debounceMs"] == 400
    doc = info["documents"][uri]
    assert doc["lints"] == 2  # on open, then once for the seven changes
    assert doc["maxInFlight"] == 1
    assert [p.version for p in c.published if p.uri == uri] == [1, final]
    assert [str(d.code) for d in diags].count("OTP102") == 2


async def test_burst_of_edits_ends_on_the_last_version(tmp_path) -> None:
    """With no debounce, edits arrive while lints run: a newer version replaces
    the queued one, results of older versions are never published late, and the
    incremental edits leave the server's text equal to the client's."""
    root = project(tmp_path)
    async with session(root, options={"debounceMs": 0}) as c:
        uri = c.open("m.py", SAMPLE)
        text = SAMPLE
        insert_at = len(SAMPLE.splitlines())
        for i in range(40):
            line = f"def f{i}(s: socket.socket, d):\n    s.send(d)\n"
            text = text + line
            c.edit(uri, (insert_at + 2 * i, 0), (insert_at + 2 * i, 0), line, text)
        last = c.versions[uri]
        diags = await c.diagnostics(uri, last)
        info = await c.debug()
    versions = [p.version for p in c.published if p.uri == uri]
    assert versions == sorted(versions) and versions[-1] == last
    assert info["documents"][uri]["maxInFlight"] == 1
    assert info["documents"][uri]["lints"] <= 41
    expected = check_json(root, "m.py", text)
    assert summary(diags) == [(e["line"], e["column"], e["code"], e["message"])
                              for e in expected]


async def test_pull_diagnostics_when_the_client_asks(tmp_path) -> None:
    root = project(tmp_path)
    caps = with_caps("visual-studio-code", **{
        "text_document.diagnostic": lsp.DiagnosticClientCapabilities(
            related_document_support=False),
        "workspace.diagnostics": lsp.DiagnosticWorkspaceClientCapabilities(
            refresh_support=True)})
    async with session(root, capabilities=caps) as c:
        uri = c.open("m.py", SAMPLE)
        report = await c.lsp.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri)))
        again = await c.lsp.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            previous_result_id=report.result_id))
        c.replace(uri, SAMPLE.replace("sock.send(data)", "sock.sendall(data)"))
        changed = await c.lsp.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri),
            previous_result_id=report.result_id))
        # The config changes: the client is asked to pull again.
        c.lsp.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=c.uri("pyproject.toml"), type=lsp.FileChangeType.Changed)]))
        info = await c.debug()  # answered after the refresh request went out
        refreshed = c.lsp.diagnostic_refresh_count
    assert info["diagnostics"] == "pull"
    assert refreshed == 1
    assert isinstance(report, lsp.RelatedFullDocumentDiagnosticReport)
    assert summary(report.items) == [(e["line"], e["column"], e["code"], e["message"])
                                     for e in check_json(root, "m.py", SAMPLE)]
    assert isinstance(again, lsp.RelatedUnchangedDocumentDiagnosticReport)
    assert isinstance(changed, lsp.RelatedFullDocumentDiagnosticReport)
    assert "OTP102" not in {str(d.code) for d in changed.items}
    assert not c.published  # a pull client is not also pushed to


async def test_push_when_the_client_cannot_pull(tmp_path) -> None:
    async with session(project(tmp_path)) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)
        # Pull still answers, with the same items.
        report = await c.lsp.text_document_diagnostic_async(lsp.DocumentDiagnosticParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri)))
        info = await c.debug()
        n = len(c.published)
        c.lsp.text_document_did_close(lsp.DidCloseTextDocumentParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri)))
        await c.published_after(n)
        closed = c.published[-1]
    assert info["diagnostics"] == "push"
    assert summary(report.items) == summary(c.published[0].diagnostics)
    assert closed.uri == uri and not closed.diagnostics  # closing clears them


# ---------------------------------------------------------------------------
# Positions: the protocol's lines and code units
# ---------------------------------------------------------------------------
async def test_positions_in_utf16_and_utf8(tmp_path) -> None:
    text = ("import socket\n\ndef f(s: socket.socket, d):\n"
            "    e = '\U0001f600'; s.send(d)\r\n"
            "\x0c\n"  # a form feed: a line end for str.splitlines, not for Python
            "def g(s: socket.socket, d):\n    s.send(d)\n")
    root = project(tmp_path)
    async with session(root) as c:
        d16 = await c.diagnostics(c.open("m.py", text))
    caps = with_caps(**{"general": lsp.GeneralClientCapabilities(
        position_encodings=[lsp.PositionEncodingKind.Utf8])})
    async with session(root, capabilities=caps) as c:
        d8 = await c.diagnostics(c.open("m.py", text))
    emoji_line = "    e = '\U0001f600'; s.send(d)"
    col = emoji_line.index("s.send")
    assert [(d.range.start.line, d.range.start.character) for d in d16] == [
        (3, col + 1), (6, 4)]  # the emoji is 2 UTF-16 units
    assert [(d.range.start.line, d.range.start.character) for d in d8] == [
        (3, col + 3), (6, 4)]  # and 4 UTF-8 bytes


async def test_incremental_edits_around_form_feeds_and_crlf(tmp_path) -> None:
    text = "import socket\r\n\x0c\ndef f(s: socket.socket, d):\r\n    s.sendall(d)\r\n"
    async with session(project(tmp_path)) as c:
        uri = c.open("m.py", text)
        assert not await c.diagnostics(uri)
        # Replace "sendall" by "send" on line 3 (0-based): only right if the
        # server counts lines as the protocol does (the form feed is no line end).
        new = text.replace("s.sendall", "s.send")
        c.edit(uri, (3, 6), (3, 13), "send", new)
        diags = await c.diagnostics(uri)
    assert [(d.range.start.line, d.range.start.character, str(d.code)) for d in diags] == [
        (3, 4, "OTP102")]


# ---------------------------------------------------------------------------
# Code actions
# ---------------------------------------------------------------------------
async def test_quick_fix_resolves_to_the_fix_check_would_make(tmp_path) -> None:
    root = project(tmp_path)
    async with session(root) as c:
        uri = c.open("m.py", SAMPLE)
        diags = await c.diagnostics(uri)
        send = next(d for d in diags if d.code == "OTP102")
        actions = await c.actions(uri, send.range.start.line, send.range.start.character)
        before = await c.debug()
        fix = next(a for a in actions if a.title.startswith("otp-lints (OTP102): Replace"))
        assert fix.kind == lsp.CodeActionKind.QuickFix and fix.is_preferred
        assert fix.edit is None  # computed on resolve: no libcst until a fix is chosen
        resolved = await c.resolve(fix)
        after = await c.debug()
    assert before["libcstImported"] is False
    assert after["libcstImported"] is True
    fixed = apply_edits(SAMPLE, edits_of(resolved, uri))
    assert fixed == SAMPLE.replace("sock.send(data)", "sock.sendall(data)")


async def test_unsafe_fix_is_offered_and_labelled(tmp_path) -> None:
    async with session(project(tmp_path)) as c:
        uri = c.open("m.py", SAMPLE)
        diags = await c.diagnostics(uri)
        get = next(d for d in diags if d.code == "OTP402")
        actions = await c.actions(uri, get.range.start.line, get.range.start.character)
        fix = next(a for a in actions if "(unsafe fix)" in a.title)
        resolved = await c.resolve(fix)
    assert not fix.is_preferred
    assert "requests.get(url, timeout=30)" in apply_edits(SAMPLE, edits_of(resolved, uri))


async def test_fix_all_is_every_safe_fix_and_answers_only(tmp_path) -> None:
    root = project(tmp_path)
    text = SAMPLE + "\n\ndef more(sock: socket.socket, frame):\n    sock.send(frame)\n"
    async with session(root) as c:
        uri = c.open("m.py", text)
        await c.diagnostics(uri)
        asked = await c.actions(uri, 0, 0, only=["source.fixAll"])
        asked_source = await c.actions(uri, 0, 0, only=["source"])
        unasked = await c.actions(uri, 0, 0)
        quickfix_only = await c.actions(uri, 7, 4, only=["quickfix"])
        resolved = await c.resolve(asked[0])
    assert [a.kind for a in asked] == ["source.fixAll.otp-lints"]
    assert [a.kind for a in asked_source] == ["source.fixAll.otp-lints"]
    assert "source.fixAll.otp-lints" in [a.kind for a in unasked]
    assert quickfix_only and all(a.kind == lsp.CodeActionKind.QuickFix for a in quickfix_only)
    fixed = apply_edits(text, edits_of(resolved, uri))
    (tmp_path / "m.py").write_text(text)
    from helpers import run_cli

    r = run_cli("check", "--no-cache", "--fix", "m.py", cwd=root)
    assert r.returncode == 1
    assert fixed == (tmp_path / "m.py").read_text()  # what `check --fix` writes
    assert fixed.count("sendall") == 2 and "timeout=" not in fixed  # unsafe fixes left


async def test_edits_inline_when_the_client_cannot_resolve(tmp_path) -> None:
    caps = with_caps(**{"text_document.code_action.resolve_support": None})
    async with session(project(tmp_path), capabilities=caps) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)
        actions = await c.actions(uri, 7, 4)
    fix = next(a for a in actions if a.title.startswith("otp-lints (OTP102): Replace"))
    assert apply_edits(SAMPLE, edits_of(fix, uri)).count("sock.sendall(data)") == 1


async def test_suppress_inserts_noqa_and_leaves_the_reason_to_type(tmp_path) -> None:
    root = project(tmp_path)
    text = SAMPLE.replace("    asyncio.create_task(coro)",
                          "    asyncio.create_task(coro)  # noqa: E501 a long line")
    assert text != SAMPLE
    async with session(root) as c:
        uri = c.open("m.py", text)
        diags = await c.diagnostics(uri)
        by_code = {str(d.code): d for d in diags}
        fixes = {}
        for code in ("OTP102", "OTP301"):
            start = by_code[code].range.start
            actions = await c.actions(uri, start.line, start.character)
            fixes[code] = next(a for a in actions if "Suppress" in a.title)
        new_comment = apply_edits(text, edits_of(fixes["OTP102"], uri))
        merged = apply_edits(text, edits_of(fixes["OTP301"], uri))
        v = c.replace(uri, new_comment)
        after_new = await c.diagnostics(uri, v)
        typed = new_comment.replace("# noqa: OTP102 ", "# noqa: OTP102 length-prefixed frames")
        v = c.replace(uri, typed)
        after_typed = await c.diagnostics(uri, v)
    assert "    sock.send(data)  # noqa: OTP102 \n" in new_comment
    assert "create_task(coro)  # noqa: E501,OTP301 a long line\n" in merged
    # Without a reason, OTP701 asks for one; with it, the line is clean.
    assert {str(d.code) for d in after_new if d.range.start.line == 7} == {"OTP701"}
    assert not [d for d in after_typed if d.range.start.line == 7]


async def test_suppress_is_a_snippet_where_the_client_takes_snippets(tmp_path) -> None:
    caps = with_caps("visual-studio-code", **{
        "text_document.diagnostic": None,
        "workspace.workspace_edit.snippet_edit_support": True})
    async with session(project(tmp_path), capabilities=caps) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)
        actions = await c.actions(uri, 7, 4)
    suppress = next(a for a in actions if "Suppress" in a.title)
    (edit,) = edits_of(suppress, uri)
    assert isinstance(edit, lsp.SnippetTextEdit)
    assert edit.snippet.value == "  # noqa: OTP102 $0"


async def test_suppress_in_a_multiline_string_goes_where_flake8_reads_it(tmp_path) -> None:
    text = ('import os\n\n\ndef f(pid):\n    os.kill(pid, """\n9\n""")\n')
    root = project(tmp_path)
    async with session(root) as c:
        uri = c.open("m.py", text)
        (diag,) = await c.diagnostics(uri)
        actions = await c.actions(uri, diag.range.start.line, diag.range.start.character)
        suppress = next(a for a in actions if "Suppress" in a.title)
        fixed = apply_edits(text, edits_of(suppress, uri))
    assert fixed.endswith('""")  # noqa: OTP101 \n')
    reported = check_json(root, "m.py", fixed.replace("OTP101 ", "OTP101 signal our child"))
    assert reported == []


async def test_show_docs_opens_the_rule_page(tmp_path) -> None:
    caps = with_caps(**{"window.show_document": lsp.ShowDocumentClientCapabilities(
        support=True)})
    async with session(project(tmp_path), capabilities=caps) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)
        actions = await c.actions(uri, 7, 4)
        docs = next(a for a in actions if "documentation" in a.title)
        assert docs.command is not None
        await c.lsp.workspace_execute_command_async(lsp.ExecuteCommandParams(
            command=docs.command.command, arguments=docs.command.arguments))
        shown = list(c.lsp.shown_documents)
    async with session(project(tmp_path)) as c:  # Neovim 0.7: no showDocument
        await c.lsp.workspace_execute_command_async(lsp.ExecuteCommandParams(
            command="otp-lints.showRuleDocs", arguments=["OTP102"]))
        # Sent before the command's answer: already here.
        messages = [m.message for m in c.lsp.messages]
    assert [(s.uri.rsplit("/", 2)[-2:], s.external) for s in shown] == [
        (["rules", "OTP102.md"], True)]
    assert any("OTP102 partial-socket-send: " in m and "OTP102.md" in m for m in messages)


# ---------------------------------------------------------------------------
# Hover
# ---------------------------------------------------------------------------
async def test_hover_on_a_diagnostic_and_on_a_noqa_code(tmp_path) -> None:
    async with session(project(tmp_path)) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)

        async def hover(line: int, char: int):
            return await c.lsp.text_document_hover_async(lsp.HoverParams(
                text_document=lsp.TextDocumentIdentifier(uri=uri),
                position=lsp.Position(line, char)))

        on_diag = await hover(7, 10)  # inside `sock.send(data)`
        noqa_line = SAMPLE.splitlines()[15]
        on_noqa = await hover(15, noqa_line.index("OTP101") + 2)
        elsewhere = await hover(0, 3)
    assert on_diag is not None and isinstance(on_diag.contents, lsp.MarkupContent)
    assert on_diag.contents.kind == lsp.MarkupKind.Markdown
    assert on_diag.contents.value.startswith("# OTP102 partial-socket-send")
    assert "## What it does" in on_diag.contents.value
    assert "Tested examples" not in on_diag.contents.value
    assert on_noqa is not None and "# OTP101 raw-signal-send" in on_noqa.contents.value
    assert on_noqa.range is not None
    assert (on_noqa.range.end.character - on_noqa.range.start.character) == len("OTP101")
    assert elsewhere is None


# ---------------------------------------------------------------------------
# The config and the baseline on disk
# ---------------------------------------------------------------------------
async def test_pyproject_change_relints_open_documents(tmp_path) -> None:
    root = project(tmp_path)
    caps = with_caps("visual-studio-code", **{"text_document.diagnostic": None})
    async with session(root, capabilities=caps) as c:
        uri = c.open("pkg/m.py", SAMPLE)
        first = await c.diagnostics(uri)
        globs = [w["globPattern"] for r in c.registrations
                 if r.method == "workspace/didChangeWatchedFiles"
                 for w in r.register_options["watchers"]]
        n = len(c.published)
        (tmp_path / "pyproject.toml").write_text(
            '[tool.otp-lints]\nignore = ["OTP1", "OTP603"]\n')
        c.lsp.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=c.uri("pyproject.toml"), type=lsp.FileChangeType.Changed)]))
        await c.published_after(n)
        second = c.published[-1].diagnostics
        # Saved in the editor: the same.
        (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nselect = ["OTP1"]\n')
        n = len(c.published)
        c.lsp.text_document_did_save(lsp.DidSaveTextDocumentParams(
            text_document=lsp.TextDocumentIdentifier(uri=c.uri("pyproject.toml"))))
        await c.published_after(n)
        third = c.published[-1].diagnostics
    assert "**/pyproject.toml" in globs and "**/.otp-lints-baseline.json" in globs
    assert "OTP102" in {str(d.code) for d in first}
    assert {str(d.code) for d in second} == {"OTP301", "OTP402"}
    assert {str(d.code) for d in third} == {"OTP102"}


async def test_without_a_watcher_the_next_change_sees_the_new_config(tmp_path) -> None:
    async with session(project(tmp_path)) as c:  # Neovim 0.7 cannot register watchers
        uri = c.open("m.py", SAMPLE)
        first = await c.diagnostics(uri)
        info = await c.debug()
        (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nselect = ["OTP3"]\n')
        second = await c.diagnostics(uri, c.replace(uri, SAMPLE + "\n"))
    assert c.registrations == [] and info["watched"] == []
    assert {str(d.code) for d in first} == {"OTP102", "OTP301", "OTP402"}
    assert {str(d.code) for d in second} == {"OTP301"}


async def test_baseline_change_relints(tmp_path) -> None:
    root = project(tmp_path)
    (tmp_path / "m.py").write_text(SAMPLE)
    async with session(root) as c:
        uri = c.open("m.py", SAMPLE)
        before = await c.diagnostics(uri)
        from helpers import run_cli

        assert run_cli("baseline", "m.py", cwd=root).returncode == 0
        n = len(c.published)
        c.lsp.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=c.uri(".otp-lints-baseline.json"),
                          type=lsp.FileChangeType.Created)]))
        await c.published_after(n)
        after = c.published[-1].diagnostics
    assert {d.severity for d in before} == {lsp.DiagnosticSeverity.Error}
    assert {d.severity for d in after} == {lsp.DiagnosticSeverity.Hint}
    assert len(after) == len(before)


# ---------------------------------------------------------------------------
# No buffer brings it down
# ---------------------------------------------------------------------------
async def test_syntax_errors_and_pathological_buffers(tmp_path) -> None:
    root = project(tmp_path)
    long_expr = "x = " + " + ".join(["a"] * 1500) + "\n"
    deep = "x = " + "(" * 150 + "1" + ")" * 150 + "\n"
    cases = {
        "syntax.py": "def f(:\n    pass\n",
        "long.py": "import os\n" + long_expr + "os.kill(1, 9)\n",
        "deep.py": deep,
        "nul.py": "x = 1\x00\n",
        "cookie.py": "# -*- coding: latin-1 -*-\nimport os\ns = 'caf\u00e9'; os.kill(1, 9)\n",
        "badcookie.py": "# -*- coding: nope -*-\nx = 1\n",
        "empty.py": "",
    }
    async with session(root) as c:
        got = {}
        for name, text in cases.items():
            got[name] = summary(await c.diagnostics(c.open(name, text)))
        # Typed one character at a time, mid-edit text all the way.
        uri = c.open("typing.py", "")
        typed = ""
        for ch in SAMPLE[:400]:
            typed += ch
            c.replace(uri, typed)
        final = summary(await c.diagnostics(uri))
        info = await c.debug()
    for name, text in cases.items():
        data = text.encode("latin-1") if name == "cookie.py" else None
        assert got[name] == reported(root, name, text, data), name
    assert got["syntax.py"][0][2] == "OTP000" and got["syntax.py"][0][0] == 1
    assert [d[2] for d in got["long.py"]] == ["OTP101"]
    assert [d[2] for d in got["cookie.py"]] == ["OTP101"]
    assert final == [(e["line"], e["column"], e["code"], e["message"])
                     for e in check_json(root, "typing.py", SAMPLE[:400])]
    assert info["documents"][uri]["maxInFlight"] == 1


async def test_invalid_config_is_one_otp000_and_a_message(tmp_path) -> None:
    root = project(tmp_path, '[tool.otp-lints]\nselct = ["OTP1"]\n')
    async with session(root) as c:
        diags = await c.diagnostics(c.open("m.py", SAMPLE))
    # The message is sent before the diagnostics: already here.
    assert [(d.code, d.range.start.line) for d in diags] == [("OTP000", 0)]
    assert "selct: unknown key" in diags[0].message
    assert any("selct: unknown key" in m.message for m in c.lsp.messages)


async def test_a_rule_failure_is_one_otp000_as_in_check(tmp_path) -> None:
    root = project(tmp_path)
    boom = ("import otp_lints.rules.messages as m\n"
            "def visit_Call(self, node, ctx):\n    raise ValueError('boom')\n"
            "m.PartialSocketSend.visit_Call = visit_Call\n")
    server = boom + "from otp_lints.server import main\nraise SystemExit(main())\n"
    cli = boom + ("import sys\nfrom otp_lints.cli import main\n"
                  "raise SystemExit(main(sys.argv[1:]))\n")
    import sys

    async with session(root, command=[sys.executable, "-c", server]) as c:
        diags = await c.diagnostics(c.open("m.py", SAMPLE))
    import subprocess

    r = subprocess.run([sys.executable, "-c", cli, "check", "--no-cache", "--format", "json",
                        "-", "--stdin-filename", "m.py"], input=SAMPLE, capture_output=True,
                       text=True, cwd=root, timeout=120, check=False)
    expected = json.loads(r.stdout)
    assert [e["code"] for e in expected].count("OTP000") == 1
    assert summary(diags) == [(e["line"], e["column"], e["code"], e["message"])
                              for e in expected]
    assert "OTP301" in {str(d.code) for d in diags}  # the other rules' results are kept


async def test_untitled_and_non_python_documents(tmp_path) -> None:
    root = project(tmp_path)
    async with session(root) as c:
        toml = c.open("pyproject.toml", PYPROJECT, language_id="toml")
        uri = "untitled:Untitled-1"
        c.versions[uri] = 1
        c.lsp.text_document_did_open(lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="python", version=1,
                                               text=SAMPLE)))
        diags = await c.diagnostics(uri)
        info = await c.debug()
    assert {str(d.code) for d in diags} == {"OTP102", "OTP301", "OTP402"}
    assert info["documents"][toml]["lints"] == 0
    assert info["documents"][uri]["config"] == os.path.join(root, "pyproject.toml")


def test_without_the_extra_server_names_it_and_check_still_works(tmp_path) -> None:
    import subprocess
    import sys

    block = "import sys\nsys.modules['pygls'] = None\nsys.modules['lsprotocol'] = None\n"
    run = block + "from otp_lints.cli import main\nraise SystemExit(main(sys.argv[1:]))\n"
    r = subprocess.run([sys.executable, "-c", run, "server"], capture_output=True, text=True,
                       timeout=120, check=False, stdin=subprocess.DEVNULL)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "pip install 'otp-lints[lsp]'" in r.stderr
    (tmp_path / "a.py").write_text("import os\nos.kill(1, 9)\n")
    r = subprocess.run([sys.executable, "-c", run, "check", "--no-cache", "a.py"],
                       capture_output=True, text=True, timeout=120, check=False,
                       cwd=str(tmp_path))
    assert r.returncode == 1 and "OTP101" in r.stdout



async def test_excluded_files_get_no_diagnostics(tmp_path) -> None:
    root = project(tmp_path, PYPROJECT + 'exclude = ["generated/**"]\n')
    async with session(root) as c:
        excluded = c.open("generated/m.py", SAMPLE)
        kept = c.open("src/m.py", SAMPLE)
        assert not await c.diagnostics(excluded)
        assert await c.diagnostics(kept)


async def test_a_fix_libcst_cannot_make_safely_says_why(tmp_path) -> None:
    # 1,500 terms nest deeper than the fix guard allows (SPEC 5): no edit, a message.
    text = SAMPLE + "x = " + " + ".join(["a"] * 1500) + "\n"
    async with session(project(tmp_path)) as c:
        uri = c.open("m.py", text)
        diags = await c.diagnostics(uri)
        send = next(d for d in diags if d.code == "OTP102")
        actions = await c.actions(uri, send.range.start.line, send.range.start.character)
        fix = next(a for a in actions if a.title.startswith("otp-lints (OTP102): Replace"))
        resolved = await c.resolve(fix)
    assert resolved.edit is None
    assert any("fix not applied: expressions nested deeper than" in m.message
               for m in c.lsp.messages)
    # A client that cannot resolve gets the edits with the list: there, a fix
    # that cannot be made is disabled with its reason, or left out.
    for disabled_support in (True, None):
        caps = with_caps(**{"text_document.code_action.resolve_support": None,
                            "text_document.code_action.disabled_support": disabled_support})
        async with session(project(tmp_path), capabilities=caps) as c:
            uri = c.open("m.py", text)
            await c.diagnostics(uri)
            actions = await c.actions(uri, send.range.start.line, send.range.start.character)
        titles = {a.title: a for a in actions}
        fix_title = fix.title
        assert any("Suppress" in t for t in titles)
        if disabled_support:
            assert titles[fix_title].disabled is not None
            assert "nested deeper than" in titles[fix_title].disabled.reason
            assert titles[fix_title].edit is None
        else:
            assert fix_title not in titles


async def test_default_debounce_and_a_bad_option(tmp_path) -> None:
    async with session(project(tmp_path), options={}) as c:
        default = (await c.debug())["debounceMs"]
    async with session(project(tmp_path), options={"debounceMs": "fast"}) as c:
        bad = await c.debug()
        diags = await c.diagnostics(c.open("m.py", SAMPLE))
    assert default == 150
    assert bad["debounceMs"] == 150 and diags  # ignored, and said on stderr


async def test_a_configured_baseline_name_is_watched_too(tmp_path) -> None:
    root = project(tmp_path, PYPROJECT + 'baseline = "debt/otp.json"\n')
    caps = with_caps("visual-studio-code", **{"text_document.diagnostic": None})
    async with session(root, capabilities=caps) as c:
        uri = c.open("m.py", SAMPLE)
        await c.diagnostics(uri)
        info = await c.debug()
        (tmp_path / "debt").mkdir()
        (tmp_path / "m.py").write_text(SAMPLE)
        from helpers import run_cli

        assert run_cli("baseline", "m.py", cwd=root).returncode == 0
        assert (tmp_path / "debt" / "otp.json").exists()
        n = len(c.published)
        c.lsp.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
            lsp.FileEvent(uri=c.uri("debt/otp.json"), type=lsp.FileChangeType.Created)]))
        after = (await c.published_after(n)).diagnostics
    assert "otp.json" in info["watched"]
    assert {d.severity for d in after} == {lsp.DiagnosticSeverity.Hint}


async def test_one_noqa_and_one_docs_action_per_code_and_line(tmp_path) -> None:
    text = ("import queue\n\n\ndef f(a: queue.Queue, b: queue.Queue):\n"
            "    return a.get(), b.get()\n\n\ndef g(c: queue.Queue):\n    return c.get()\n")
    async with session(project(tmp_path)) as c:
        uri = c.open("m.py", text)
        diags = await c.diagnostics(uri)
        actions = await c.actions(uri, 0, 0, end=(9, 0))
    assert [(d.range.start.line, str(d.code)) for d in diags] == [
        (4, "OTP401"), (4, "OTP401"), (8, "OTP401")]
    titles = [a.title for a in actions]
    assert sum("Suppress" in t for t in titles) == 2  # lines 5 and 9
    assert sum("documentation" in t for t in titles) == 1
