"""What the language server computes, without the protocol: a buffer in,
findings, fixes, suppressions and rule docs out.

Everything here works on the editor's text (saved or not) and on positions as
the Language Server Protocol counts them: lines end at ``\\r\\n``, ``\\r`` or
``\\n`` (as the tokenizer counts them, and unlike ``str.splitlines``), and
columns are code units of the negotiated position encoding (UTF-16 unless the
client asked for UTF-8 or UTF-32), converted from the UTF-8 byte columns the
``ast`` and every ``Diagnostic`` use. No pygls here: ``server.py`` only moves
these values over the wire, and the benchmark and tests can call them
directly.

A buffer is linted exactly as ``otp-lints check`` lints a file: the same
config discovery as the CLI and the flake8 plugin (``discovery.Discovery``:
the nearest ``[tool.otp-lints]`` at or above the file; nothing for a file the
config excludes or a virtual environment holds), the same
``lint_source`` (engine, noqa, allowlist, baseline), the same severity
(``config.severity_of``). What ``check`` hides because the allowlist or the
baseline tolerates it is kept as a hint. Fixes go through ``fix.py`` (its
libcst guard included), imported only when a fix is asked for.
"""

from __future__ import annotations

import bisect
import datetime
import os
import re
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Optional

from otp_lints.config import ConfigError, Settings, forget_configs, severity_of
from otp_lints.diagnostics import (
    FILE_ERROR,
    FILE_ERROR_DOC,
    FILE_ERROR_NAME,
    Diagnostic,
    file_error,
)
from otp_lints.discovery import Discovery
from otp_lints.lint import lint_source
from otp_lints.noqa import NOQA_INLINE, line_ranges, parse_codes
from otp_lints.source import detect_encoding, split_lines
from otp_lints.suppress import (
    Baseline,
    Layers,
    allow_entry_for,
    baseline_path,
    load_baseline_for,
    module_names,
)

#: how a line ends, for the protocol and for the tokenizer alike
NEWLINE = re.compile(r"\r\n|\r|\n")
UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_CODE_IN_NOQA = re.compile(r"[A-Z]+[0-9]+", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Text and positions
# ---------------------------------------------------------------------------
def units(text: str, encoding: str) -> int:
    """Length of ``text`` in code units of the position encoding."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def index_of_units(line: str, n: int, encoding: str) -> int:
    """The character index in ``line`` at ``n`` code units (clamped to the line)."""
    if n <= 0:
        return 0
    if encoding == UTF32 or line.isascii():
        return min(n, len(line))
    seen = 0
    for i, c in enumerate(line):
        if seen >= n:
            return i
        cp = ord(c)
        if encoding == UTF8:
            seen += 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4
        else:
            seen += 2 if cp > 0xFFFF else 1
    return len(line)


def char_of_byte(line: str, byte_col: int) -> int:
    """The character index of a UTF-8 byte column (the ``ast``'s) in ``line``."""
    if line.isascii():
        return min(byte_col, len(line))
    return len(line.encode("utf-8", "surrogatepass")[:byte_col].decode("utf-8", "ignore"))


class LineIndex:
    """Line starts of a text, the protocol's way; converts between offsets,
    (line, character) and (line, code units)."""

    def __init__(self, text: str) -> None:
        self.text = text
        if "\r" in text:
            self.starts = [0, *(m.end() for m in NEWLINE.finditer(text))]
        else:  # the common case, 3x faster: a keystroke pays it twice
            self.starts = [0, *accumulate(len(line) + 1 for line in text.split("\n")[:-1])]

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, i: int) -> str:
        """Line ``i`` (0-based) without its line end; "" past the end."""
        if not 0 <= i < len(self.starts):
            return ""
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i]:end].rstrip("\r\n")

    def offset(self, line: int, units_col: int, encoding: str) -> int:
        """Offset in the text of a protocol position (clamped to the text)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        return self.starts[line] + index_of_units(self.line(line), units_col, encoding)

    def position(self, offset: int, encoding: str) -> tuple[int, int]:
        """(line, code units) of an offset in the text."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, units(self.text[self.starts[line]:offset], encoding)

    def char_position(self, line: int, char: int, encoding: str) -> tuple[int, int]:
        """(line, code units) of a 0-based line and character index."""
        if line >= len(self.starts):
            last = len(self.starts) - 1
            return last, units(self.line(last), encoding)
        text = self.line(max(line, 0))
        return max(line, 0), units(text[:max(char, 0)], encoding)

    def byte_position(self, line1: int, byte_col: int, encoding: str) -> tuple[int, int]:
        """(line, code units) of a Diagnostic's 1-based line and UTF-8 byte column."""
        line = line1 - 1
        text = self.line(line)
        bom = 1 if line == 0 and text.startswith("\ufeff") else 0  # not in the ast's columns
        return self.char_position(line, bom + char_of_byte(text[bom:], byte_col), encoding)


def apply_change(text: str, start: tuple[int, int], end: tuple[int, int], new: str,
                 encoding: str) -> str:
    """An incremental change: the text between two protocol positions replaced."""
    index = LineIndex(text)
    a = index.offset(start[0], start[1], encoding)
    b = index.offset(end[0], end[1], encoding)
    if b < a:
        a, b = b, a
    return text[:a] + new + text[b:]


def encode_buffer(text: str) -> tuple[bytes, str]:
    """The bytes a file holding ``text`` would have, and the codec that gives the
    text back: UTF-8, or the PEP 263 coding cookie the text declares, so the
    engine reads the buffer exactly as CPython would read the saved file."""
    data = text.encode("utf-8", "surrogatepass")
    # As CPython finds the cookie (a lone \r ends a line); an unknown one fails
    # to encode below, and the parser reports it as OTP000.
    encoding, _ = detect_encoding(data)
    if encoding in ("utf-8", "utf-8-sig"):
        return data, "utf-8"
    try:
        return text.encode(encoding), encoding
    except (UnicodeError, LookupError):
        return data, "utf-8"


# ---------------------------------------------------------------------------
# Linting a buffer
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """A diagnostic as the editor shows it."""

    diag: Diagnostic
    #: "error" | "warning" | "info" (SPEC 7.4), or "hint" for tolerated debt
    severity: str
    message: str
    #: None when ``check`` reports it; "baseline" or "allowlist" for a hint
    layer: Optional[str] = None


@dataclass
class BufferLint:
    path: str
    text: str
    findings: list[Finding] = field(default_factory=list)
    #: the bytes the findings are about, and the codec that decodes them to ``text``
    source: bytes = b""
    encoding: str = "utf-8"
    settings: Optional[Settings] = None
    layers: Optional[Layers] = None
    #: the config could not be read (the findings are one OTP000 saying why)
    config_error: Optional[str] = None
    excluded: bool = False

    def relint(self, source: bytes) -> list[Diagnostic]:
        """What ``check`` reports on other bytes of the same document (for fixes)."""
        assert self.settings is not None and self.layers is not None
        return lint_source(source, self.path, self.settings, self.layers).diagnostics


def _stamp(path: str) -> Optional[tuple[int, int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class BufferLinter:
    """Lints buffers; keeps what a run of ``check`` would build once (settings,
    compiled globs, rule tables through the settings, the baseline) across
    keystrokes until ``forget``: the server calls it when the editor says a
    pyproject.toml or a baseline changed, and a lint calls it when the config
    or baseline it uses changed on disk since it was read (two ``stat`` calls:
    editors that cannot watch files get the new config at the next keystroke)."""

    def __init__(self) -> None:
        self._baselines: dict[str, Optional[Baseline]] = {}
        self._stamps: dict[str, Optional[tuple[int, int]]] = {}
        self._discovery = Discovery()

    def forget(self) -> None:
        forget_configs()
        self._discovery = Discovery()
        self._baselines.clear()
        self._stamps.clear()

    def settings_for(self, path: str) -> Settings:
        """The CLI's and the flake8 plugin's discovery, for the document."""
        settings = self._discovery.settings_for(path)
        if self._changed_on_disk(settings):
            self.forget()
            settings = self._discovery.settings_for(path)
            self._changed_on_disk(settings)  # remember the new stamps
        return settings

    def is_excluded(self, path: str, settings: Settings) -> bool:
        """What the flake8 plugin leaves out: the config's excludes (on the path
        and the directories above it) and virtual environments."""
        return self._discovery.is_excluded(path, settings)

    def _changed_on_disk(self, settings: Settings) -> bool:
        changed = False
        for path in (settings.config_path, self.baseline_file(settings)):
            if path is None:
                continue
            stamp = _stamp(path)
            if path not in self._stamps:
                self._stamps[path] = stamp
            elif self._stamps[path] != stamp:
                changed = True
        return changed

    def baseline_file(self, settings: Settings) -> str:
        return baseline_path(settings)

    def layers_for(self, settings: Settings) -> Layers:
        key = self.baseline_file(settings)
        if key not in self._baselines:
            self._baselines[key] = load_baseline_for(settings, None, disabled=False)
        return Layers(settings, baseline=self._baselines[key], today=datetime.date.today())

    def lint(self, path: str, text: str) -> BufferLint:
        """Never raises: a config error or an internal failure is one OTP000."""
        out = BufferLint(path, text)
        try:
            out.source, out.encoding = encode_buffer(text)
            try:
                settings = self.settings_for(path)
                if self.is_excluded(path, settings):
                    out.excluded = True
                    return out
                layers = self.layers_for(settings)
            except ConfigError as exc:
                out.config_error = str(exc)
                message = f"invalid otp-lints configuration: {exc}"
                out.findings = [Finding(file_error(path, message), "error", message)]
                return out
            out.settings, out.layers = settings, layers
            result = lint_source(out.source, path, settings, layers)
            findings = [Finding(d, severity_of(settings, d.code), d.message)
                        for d in result.diagnostics]
            modules: Optional[list[str]] = None
            for d, layer in result.suppressed:
                if layer == "baseline":
                    findings.append(Finding(d, "hint", f"{d.message} (baselined)", layer))
                elif layer == "allowlist":
                    relpath = settings.relpath(path)
                    if modules is None:
                        modules = module_names(relpath, settings)
                    entry, _ = allow_entry_for(d.code, relpath, modules, settings, layers.today)
                    reason = entry.reason if entry is not None else ""
                    findings.append(
                        Finding(d, "hint", f"{d.message} (allowlisted: {reason})", layer)
                    )
            findings.sort(key=lambda f: (f.diag.line, f.diag.col, f.diag.code))
            out.findings = findings
        except Exception as exc:  # noqa: OTP501 the server never dies on a buffer: one OTP000 says why
            message = f"internal error: {type(exc).__name__}: {exc}"
            out.findings = [Finding(file_error(path, message), "error", message)]
        return out


# ---------------------------------------------------------------------------
# Fixes (fix.py, and so libcst, imported here only)
# ---------------------------------------------------------------------------
class FixFailed(Exception):
    """The fix cannot be applied safely; the message says why."""


def fixed_text(lint: BufferLint, diag: Optional[Diagnostic]) -> str:
    """The buffer with ``diag``'s fix applied (exactly that fix, safe or not), or
    with every safe fix ``check --fix`` would apply when ``diag`` is None;
    through ``fix.fix_source``, so libcst's guard and the re-parse apply."""
    from otp_lints.fix import fix_source

    if lint.settings is None:
        raise FixFailed("the document has no settings to fix with")
    if diag is not None:
        if diag.fix is None:
            raise FixFailed(f"{diag.code} has no fix")
        given = [[diag]]

        def lint_once(_source: bytes) -> list[Diagnostic]:
            # The fix on the first pass, then nothing: exactly this one fix.
            return given.pop() if given else []

        outcome = fix_source(lint.path, lint.source, lint_once, unsafe=True)
    else:
        outcome = fix_source(lint.path, lint.source, lint.relint, unsafe=False)
    if outcome.skipped:
        raise FixFailed(outcome.skipped)
    return outcome.fixed.decode(lint.encoding, "surrogatepass")


def text_edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """(start offset, end offset, replacement) hunks turning ``old`` into ``new``,
    whole lines each, so an editor moves nothing it need not move."""
    import difflib

    def pieces(text: str) -> list[str]:
        starts = LineIndex(text).starts
        ends = [*starts[1:], len(text)]
        return [text[a:b] for a, b in zip(starts, ends) if b > a]

    a, b = pieces(old), pieces(new)
    offsets = [0]
    for piece in a:
        offsets.append(offsets[-1] + len(piece))
    out = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append((offsets[i1], offsets[i2], "".join(b[j1:j2])))
    return out


# ---------------------------------------------------------------------------
# Suppressing: noqa comments
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NoqaEdit:
    """Replace characters ``col``..``end_col`` of ``line`` (0-based) with
    ``text``; ``snippet`` is the same with ``$0`` where the reason goes."""

    line: int
    col: int
    end_col: int
    text: str
    snippet: str


def _snippet_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}")


def noqa_edit(text: str, line1: int, code: str) -> Optional[NoqaEdit]:
    """The edit that suppresses ``code`` on ``line1`` (1-based) where flake8 and
    ``check`` read it: merged into the noqa comment already there (``# noqa:
    E501`` becomes ``# noqa: E501,OTP301``), else a new ``# noqa: CODE `` at the
    end of the line (for a line inside a multi-line string, the line where
    the string ends). None when no comment can do it (a blanket ``# noqa``
    already, or the first noqa flake8 finds there is inside a string)."""
    lines = split_lines(text)
    if not 0 < line1 <= len(lines):
        return None
    first = last = line1
    comments: list[tokenize.TokenInfo] = []
    for r in line_ranges(lines) or ():
        if r.first <= line1 <= r.last:
            first, last, comments = r.first, r.last, r.comments
            break
    starts = [0]
    for ln in lines[first - 1:last]:
        starts.append(starts[-1] + len(ln))
    joined = "".join(lines[first - 1:last])
    m = NOQA_INLINE.search(joined)
    if m is not None:
        row = first + bisect.bisect_right(starts, m.start()) - 1
        col = m.start() - starts[row - first]
        token = next((t for t in comments if t.start[0] == row
                      and t.start[1] <= col < t.start[1] + len(t.string)), None)
        codes = m.group("codes")
        if token is None or codes is None:
            return None
        if code in parse_codes(codes):
            return None
        end = m.start("codes") + len(codes.rstrip(", \t\r\n"))
        end_row = first + bisect.bisect_right(starts, end) - 1
        end_col = end - starts[end_row - first]
        rest = token.string[end_col - token.start[1]:] if end_row == token.start[0] else ""
        insert = f",{code}"
        if rest.strip(", \t"):
            return NoqaEdit(end_row - 1, end_col, end_col, insert, _snippet_escape(insert))
        # No reason yet: leave the cursor where it goes.
        line_text = lines[end_row - 1].rstrip("\r\n")
        return NoqaEdit(end_row - 1, end_col, len(line_text), insert + " ",
                        _snippet_escape(insert) + " $0")
    line_text = lines[last - 1].rstrip("\r\n")
    content = line_text.rstrip()
    if content.endswith("\\"):
        return None
    comment = f"  # noqa: {code} "
    return NoqaEdit(last - 1, len(content), len(line_text), comment,
                    _snippet_escape(comment) + "$0")


def noqa_code_at(text: str, line: int, char: int) -> Optional[tuple[str, int, int]]:
    """The code under (``line``, ``char``) (0-based) in a ``# noqa:`` comment:
    (code, start char, end char), or None."""
    lines = split_lines(text)
    if not 0 <= line < len(lines):
        return None
    line_text = lines[line]
    spans: list[tuple[int, int]] = []
    ranges = line_ranges(lines)
    if ranges is None:  # mid-edit: the line's text is all there is
        spans = [(0, len(line_text))]
    else:
        for r in ranges:
            if r.first <= line + 1 <= r.last:
                spans = [(t.start[1], t.start[1] + len(t.string))
                         for t in r.comments if t.start[0] == line + 1]
                break
    for a, b in spans:
        m = NOQA_INLINE.search(line_text, a, b)
        if m is None or m.group("codes") is None:
            continue
        for cm in _CODE_IN_NOQA.finditer(line_text, m.start("codes"), m.end("codes")):
            if cm.start() <= char <= cm.end():
                return cm.group(0).upper(), cm.start(), cm.end()
    return None


# ---------------------------------------------------------------------------
# Rule documentation
# ---------------------------------------------------------------------------
def rule_markdown(code: str) -> Optional[str]:
    """The rule's documentation page (``otp-lints rule CODE``) without its
    generated-file marker and tested examples, with a link to the full page."""
    from otp_lints.docgen import GENERATED, rule_page, rule_url
    from otp_lints.rules import all_rules

    cls = all_rules().get(code)
    if cls is not None:
        page = rule_page(cls).replace(GENERATED + "\n", "", 1)
        page = page.split("\n## Tested examples", 1)[0].rstrip()
    elif code == FILE_ERROR:
        page = f"# {FILE_ERROR} {FILE_ERROR_NAME}\n\n{FILE_ERROR_DOC}"
    else:
        return None
    return f"{page}\n\n[Full documentation]({rule_url(code)})\n"


def rule_name(code: str) -> str:
    from otp_lints.rules import all_rules

    if code == FILE_ERROR:
        return FILE_ERROR_NAME
    cls = all_rules().get(code)
    return cls.name if cls is not None else code


def known_code(code: str) -> bool:
    from otp_lints.rules import all_rules

    return code in all_rules() or code == FILE_ERROR


def overlapping(findings: Sequence[Finding], index: LineIndex, encoding: str,
                start: tuple[int, int], end: tuple[int, int]) -> list[Finding]:
    """Findings whose range touches the protocol range ``start``..``end``."""
    out = []
    for f in findings:
        a, b = finding_range(f, index, encoding)
        if a <= end and start <= b:
            out.append(f)
    return out


def finding_range(f: Finding, index: LineIndex, encoding: str
                  ) -> tuple[tuple[int, int], tuple[int, int]]:
    """A finding's range in protocol positions. A point (OTP000 at a syntax
    error, OTP7xx at a comment) is widened to the character there, so an editor
    can underline it."""
    d = f.diag
    start = index.byte_position(d.line, d.col, encoding)
    end = index.byte_position(d.end_line, d.end_col, encoding)
    if end <= start:
        line_text = index.line(start[0])
        char = index_of_units(line_text, start[1], encoding)
        if char < len(line_text):
            end = (start[0], units(line_text[:char + 1], encoding))
        else:
            end = start
    return start, end
