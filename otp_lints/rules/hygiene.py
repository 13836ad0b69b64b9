"""OTP7xx: suppression hygiene. Every ``# noqa`` for an OTP rule carries its reason,
and none outlives the violation it was written for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.diagnostics import Diagnostic
from otp_lints.noqa import NOQA_INLINE, find_expiry, may_have_noqa, parse_codes, parse_expiry, scan
from otp_lints.rule import Example, Rule

PREFIX: str = "OTP7"
TITLE: str = "Suppression hygiene"

# Another tool's pragma after the codes (``# type: ignore``, ``# pragma: no cover``)
# is not a reason.
_PRAGMA = re.compile(
    r"#\s*(type:|pragma\b|pylint:|mypy:|pyright:|nosec\b|fmt:|isort:|noqa\b|nolint\b)",
    re.IGNORECASE,
)
_REASON_WORD = re.compile(r"\w")


class NoqaComment:
    """A ``# noqa: CODES`` found in a real comment token.

    ``line``/``col``: where ``# noqa`` starts (col 0-based, in UTF-8 bytes like
    the AST's columns). ``first``/``last``: the lines flake8 searches this
    comment for (a comment after a multi-line string also covers the lines the
    string spans). ``reason``: the text after the codes, stripped, without its
    expiry. ``expires``: the DATE of a ``(expires DATE)`` ending the reason, as
    written (it may not be a valid date), else None.
    """

    __slots__ = ("codes", "col", "expires", "first", "last", "line", "reason")

    def __init__(self, line: int, col: int, codes: tuple[str, ...], rest: str) -> None:
        self.line = line
        self.col = col
        self.codes = codes
        m = find_expiry(rest)
        self.expires = m.group(1) if m is not None else None
        self.reason = _reason(rest[:m.start()] + rest[m.end():] if m is not None else rest)
        self.first = line
        self.last = line


def _reason(rest: str) -> str:
    """The reason text after the codes (its expiry taken out), or "" when there
    is none: an expiry date alone says when, not why."""
    text = rest.strip().lstrip("-:;,.()[]\u2013\u2014").strip()
    if not text or _PRAGMA.match(text) or not _REASON_WORD.search(text):
        return ""
    return text


def noqa_comments(lines: Optional[Sequence[str]]) -> tuple[NoqaComment, ...]:
    """Every ``# noqa: CODES`` in a comment token of ``lines`` (flake8's regex and
    code list). A ``# noqa`` inside a string literal is not a comment; a blanket
    ``# noqa`` (no codes) is not returned."""
    if not lines or not may_have_noqa(lines):
        return ()
    found: list[NoqaComment] = []
    scanned = scan(lines)
    if scanned is None:
        return ()
    for row, col, text in scanned.comments:
        m = NOQA_INLINE.search(text)
        if m is None or not m.group("codes"):
            continue
        prefix = lines[row - 1][: col + m.start()]
        c = NoqaComment(row, len(prefix.encode("utf-8")), parse_codes(m.group("codes")),
                        text[m.end():])
        c.first, c.last = scanned.group_of(row)
        found.append(c)
    return tuple(found)


def _comments(ctx: FileContext) -> tuple[NoqaComment, ...]:
    """Shared by OTP701 and OTP702: the file's noqa comments, found once."""
    def find(c: FileContext) -> tuple[NoqaComment, ...]:
        return noqa_comments(c.lines) if c.may_have_noqa() else ()

    found: tuple[NoqaComment, ...] = ctx.fact("noqa-comments", find)
    return found


def _is_otp(code: str) -> bool:
    return code.startswith("OTP")


class SuppressionWithoutReason(Rule):
    """
    ## What it does
    Flags a `# noqa: <codes>` comment naming at least one OTP code with no
    reason after the codes (flake8's syntax: the reason is the text that
    follows the code list). Another tool's pragma after the codes
    (`# type: ignore`, `# pragma: no cover`) is not a reason, nor is an expiry
    date alone (`(expires 2026-06-30)` says when, not why). Reported at the
    comment's line.

    ## Why is this bad?
    The audits' codebase kept its exceptions honest: the process-dictionary
    whitelist named each module and why it was allowed, and the raw-send
    cleanup was judged by whether "all remaining raw sends have documented
    justification". The same audits found the `NoRawSend` check commented out
    "for CI" with no reason given, and nobody could tell whether it was still
    needed. A suppression without a reason is that commented-out check in
    miniature: the next reader cannot tell a deliberate exception from a
    silenced bug, so it is never revisited.

    ## Example
    ```python
    import os, signal

    os.kill(pid, signal.SIGTERM)  # noqa: OTP101
    ```

    ## Use instead
    ```python
    import os, signal

    os.kill(pid, signal.SIGTERM)  # noqa: OTP101 pid is our own child, reaped below
    ```
    For suppressions that cover a whole module or expire, use the allowlist
    (`[[tool.otp-lints.allow]]`), whose `reason` is required.

    ## Options
    None.

    ## Known limits
    Only codes of the form flake8 reads count, so a word with a digit right
    after the codes is taken as a code by flake8 and by this rule
    (`# noqa: OTP101 py3 only` has the reason "only"). A blanket `# noqa`
    (no codes) is not judged, and only real comments are read: `# noqa` inside
    a string literal is not a suppression here, although flake8 honours it.
    """

    code = "OTP701"
    name = "suppression-without-reason"
    audit = (
        "\"all remaining raw sends have documented justification\"; `NoRawSend` "
        "commented out \"for CI\" with no reason (both audits)"
    )
    valid = (
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 our own child, reaped below\n"),
        Example("x = 1  # noqa: E501\n"),
        Example("s = '# noqa: OTP101'\n"),
    )
    invalid = (
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101\n"),
        Example("import os\nos.kill(pid, 9)  # noqa:OTP101,E501\n"),
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101  # type: ignore\n"),
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 (expires 2999-12-31)\n"),
    )

    def finish(self, ctx: FileContext) -> None:
        for c in _comments(ctx):
            if c.reason or not any(_is_otp(code) for code in c.codes):
                continue
            otp = ", ".join(code for code in c.codes if _is_otp(code))
            ctx.diagnostics.append(_diag(
                ctx, c, self.code,
                f"`# noqa: {otp}` gives no reason; write why after the codes "
                f"(`# noqa: {otp} <reason>`)",
            ))


class UnusedSuppression(Rule):
    """
    ## What it does
    Flags a `# noqa: <codes>` comment naming an OTP code (or prefix) that
    reports nothing on the lines the comment covers (the comment's line, and
    the lines of a multi-line string it follows, as flake8 reads them).
    Reported at the comment's line, once per comment, naming the unused codes.

    ## Why is this bad?
    The audits measured progress by what was left: "all remaining raw sends
    have documented justification", a process-dictionary whitelist that should
    shrink to nothing. A suppression that no longer suppresses anything hides
    that progress, and it silently suppresses the *next* violation someone
    writes on that line. Like the `NoRawSend` check left commented out "for
    CI", stale suppressions turn a rule off without anyone deciding to.

    ## Example
    ```python
    proc.terminate()  # noqa: OTP101 (was os.kill before the refactor)
    ```

    ## Use instead
    ```python
    proc.terminate()
    ```

    ## Options
    None.

    ## Known limits
    Only codes of rules enabled for the file are judged: a rule that is not
    selected (or turned off by `per-file-ignores`, or a test-only rule in a
    non-test file) reports nothing, which says nothing about whether its
    suppression is needed, so `# noqa: OTP301` is left alone when OTP301 is
    not selected. A prefix (`# noqa: OTP3`) is judged only when every rule
    under it is enabled. An OTP code that is no rule at all (`# noqa: OTP110`,
    a typo) can never be used and is always reported. Codes of other tools
    (`E501`), the OTP7xx codes themselves, OTP000 and a rule that failed on
    the file are not judged, nor is a blanket `# noqa`.
    """

    code = "OTP702"
    name = "unused-suppression"
    audit = (
        "\"all remaining raw sends have documented justification\"; `NoRawSend` "
        "commented out and forgotten (both audits)"
    )
    valid = (
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 our own child\n"),
        Example("x = 1  # noqa: E501 long line\n"),
        Example("x = 1  # noqa: OTP301 not selected, so not judged\n"),
    )
    invalid = (
        Example("x = 1  # noqa: OTP110 meant OTP101, a typo that suppresses nothing\n"),
    )

    def finish(self, ctx: FileContext) -> None:
        comments = _comments(ctx)
        if not comments:
            return
        judged = self._judgeable(ctx)
        known = ctx.rule_codes
        reported: dict[int, set[str]] = {}
        for d in ctx.diagnostics:
            reported.setdefault(d.line, set()).add(d.code)
        for c in comments:
            near: set[str] = set()
            for line in range(c.first, c.last + 1):
                near |= reported.get(line, set())
            unused: list[str] = []
            unknown: list[str] = []
            for code in c.codes:
                if not _is_otp(code) or "OTP000".startswith(code) or code.startswith("OTP7"):
                    continue
                covered = [r for r in known if r.startswith(code)]
                if not covered:
                    unknown.append(code)
                elif all(r in judged for r in covered) and not any(
                    d.startswith(code) for d in near
                ):
                    unused.append(code)
            if unused or unknown:
                parts = []
                if unused:
                    parts.append(f"{', '.join(unused)}, which reports nothing here")
                if unknown:
                    parts.append(f"{', '.join(unknown)}, which is no otp-lints rule")
                ctx.diagnostics.append(_diag(
                    ctx, c, self.code,
                    f"`# noqa` names {'; and '.join(parts)}; remove it",
                ))

    def _judgeable(self, ctx: FileContext) -> frozenset[str]:
        """Rule codes whose absence on a line means something: rules enabled for
        this file that did not fail on it (``ctx.enabled_codes``,
        ``ctx.failed_codes``); without the engine's list, only rules that
        reported something in this file are known to be enabled."""
        enabled = ctx.enabled_codes
        if enabled is None:
            enabled = frozenset(d.code for d in ctx.diagnostics)
        return enabled - ctx.failed_codes


class ExpiredSuppression(Rule):
    """
    ## What it does
    Flags a `# noqa: <codes>` comment naming at least one OTP code whose reason
    ends in `(expires YYYY-MM-DD)` when that date is past (a suppression is
    valid through the day it names, like an allowlist entry's `expires`). A
    date that is no valid `YYYY-MM-DD` (`(expires 2025-02-30)`) is flagged
    too: it would never expire. Reported at the comment's line. The
    suppression itself still holds (flake8 applies `# noqa` on its own); this
    rule's report is what fails the run until the comment is removed or
    renewed. `otp-lints check --add-noqa REASON --expires DATE` writes such
    comments.

    ## Why is this bad?
    The audits' migration whitelist let `Foundation.Telemetry.Span` keep its
    process-dictionary state "during migration", and the second audit found it
    still there; the `NoRawSend` check, commented out "for CI", stayed
    commented out between the two audits. A suppression written as temporary
    becomes permanent unless something fails when its time is up. An expiry
    date nobody enforces is a comment; this rule enforces it, as the allowlist
    does for its entries.

    ## Example
    ```python
    import os, signal

    os.kill(pid, signal.SIGTERM)  # noqa: OTP101 until the supervisor lands (expires 2024-06-30)
    ```

    ## Use instead
    Fix the violation and remove the comment, or renew it with a reason for the
    new date:
    ```python
    import os, signal

    os.kill(pid, signal.SIGTERM)  # noqa: OTP101 supervisor due in Q3, #412 (expires 2099-09-30)
    ```

    ## Options
    None.

    ## Known limits
    Only `(expires DATE)` at the end of the reason counts (another tool's
    pragma, `# type: ignore`, may follow it); an expiry in the middle of the
    reason, or in words (`(expires soon)`), is no date and is not judged. A
    blanket `# noqa` (no codes) and a comment naming only other tools' codes
    are not judged. The date is the machine's local date.
    """

    code = "OTP703"
    name = "expired-suppression"
    audit = (
        "the migration whitelist (`Foundation.Telemetry.Span` \"during migration\") still "
        "there two days on; `NoRawSend` still commented out (both audits)"
    )
    valid = (
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 our own child (expires 2099-12-31)\n"),
        Example("x = 1  # noqa: E501 long table (expires 2020-01-01)\n"),
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 until (expires soon)\n"),
        Example("x = 1  # noqa (expires 2020-01-01)\n"),
        Example("s = '# noqa: OTP101 x (expires 2020-01-01)'\n"),
    )
    invalid = (
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 our own child (expires 2020-01-01)\n",
                message="`# noqa: OTP101` expired on 2020-01-01; fix the violation and remove "
                        "the comment, or renew it with a new reason and date",
                line=2, col=18),
        Example("import os\n"
                "os.kill(pid, 9)  # noqa: OTP101 r (expires 2020-01-01)  # type: ignore\n"),
        Example("import os\nos.kill(pid, 9)  # noqa: OTP101 r (expires 2025-02-30)\n"),
    )

    def finish(self, ctx: FileContext) -> None:
        today = ctx.today
        for c in _comments(ctx):
            if c.expires is None or not any(_is_otp(code) for code in c.codes):
                continue
            otp = ", ".join(code for code in c.codes if _is_otp(code))
            date = parse_expiry(c.expires)
            if date is None:
                if not c.expires[:1].isdigit():
                    continue  # words, not a date: not an expiry this rule can judge
                ctx.diagnostics.append(_diag(
                    ctx, c, self.code,
                    f"`(expires {c.expires})` is no date, so this `# noqa: {otp}` never "
                    "expires; write the date as YYYY-MM-DD",
                ))
            elif today > date:
                ctx.diagnostics.append(_diag(
                    ctx, c, self.code,
                    f"`# noqa: {otp}` expired on {date.isoformat()}; fix the violation and "
                    "remove the comment, or renew it with a new reason and date",
                ))


def _diag(ctx: FileContext, c: NoqaComment, code: str, message: str) -> Diagnostic:
    return Diagnostic(ctx.path, c.line, c.col, c.line, c.col, code, message)


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (
    SuppressionWithoutReason, UnusedSuppression, ExpiredSuppression,
)
