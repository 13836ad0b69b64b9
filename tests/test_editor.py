"""The language server's protocol-free core (otp_lints/editor.py): positions in
the protocol's terms, incremental edits, the noqa it writes, hover targets."""

from __future__ import annotations

import ast
import os

import pytest
from helpers import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from otp_lints.config import Settings
from otp_lints.editor import (
    UTF8,
    UTF16,
    UTF32,
    LineIndex,
    apply_change,
    encode_buffer,
    index_of_units,
    noqa_code_at,
    noqa_edit,
    text_edits,
    units,
)
from otp_lints.lint import lint_source
from otp_lints.noqa import NoqaFilter
from otp_lints.source import split_lines

TEXT_CHARS = st.sampled_from(["a", " ", "\n", "\r", "\r\n", "\x0c", "\u2028", "\xe9",
                              "\U0001f600", "#", "'"])
TEXTS = st.lists(TEXT_CHARS, max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 50), st.integers(0, 50), TEXTS,
       st.sampled_from([UTF8, UTF16, UTF32]))
def test_incremental_change_is_a_splice_at_protocol_positions(text, a, b, new, enc) -> None:
    index = LineIndex(text)
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    start, end = index.position(a, enc), index.position(b, enc)
    assert index.offset(*start, enc) == a or text[a - 1:a + 1] == "\r\n"
    assert apply_change(text, start, end, new, enc) == (
        text[:index.offset(*start, enc)] + new + text[index.offset(*end, enc):])


def test_protocol_lines_are_not_splitlines() -> None:
    text = "a\x0cb\u2028c\r\nd\re\n"
    index = LineIndex(text)
    assert [index.line(i) for i in range(len(index))] == ["a\x0cb\u2028c", "d", "e", ""]
    # ...and they are the tokenizer's, so the engine's line numbers agree.
    assert len(split_lines(text)) == 3


@pytest.mark.parametrize(("enc", "expected"), [(UTF8, 7), (UTF16, 5), (UTF32, 4)])
def test_units(enc, expected) -> None:
    line = 'x="\U0001f600"'
    assert units(line[:4], enc) == expected
    assert index_of_units(line, expected, enc) == 4


def test_byte_columns_become_code_units() -> None:
    index = LineIndex("s = '\xe9\U0001f600'; f()\n")
    byte_col = len("s = '\xe9\U0001f600'; ".encode())
    assert index.byte_position(1, byte_col, UTF16) == (0, 11)
    assert index.byte_position(1, byte_col, UTF8) == (0, byte_col)
    assert index.byte_position(1, byte_col, UTF32) == (0, 10)


def test_buffer_bytes_follow_the_coding_cookie() -> None:
    assert encode_buffer("x = '\xe9'\n") == ("x = '\xe9'\n".encode(), "utf-8")
    text = "# -*- coding: latin-1 -*-\nx = '\xe9'\n"
    assert encode_buffer(text) == (text.encode("latin-1"), "iso-8859-1")
    # A character the declared codec cannot hold: the UTF-8 bytes, which then
    # fail to parse, as the saved file would.
    text = "# -*- coding: latin-1 -*-\nx = '\U0001f600'\n"
    assert encode_buffer(text) == (text.encode(), "utf-8")
    assert encode_buffer("# -*- coding: nope -*-\n")[1] == "utf-8"
    assert encode_buffer("\ud800")[0] == b"\xed\xa0\x80"  # a lone surrogate: no crash


def test_text_edits_rebuild_the_new_text() -> None:
    old = "a\nb\r\nc\rd\n"
    new = "a\nB\r\nc\rd\ne\n"
    out = old
    for a, b, content in reversed(text_edits(old, new)):
        out = out[:a] + content + out[b:]
    assert out == new
    assert [(a, b) for a, b, _ in text_edits(old, new)] == [(2, 5), (9, 9)]


# ---------------------------------------------------------------------------
# The noqa edit: every diagnostic of every fixture, suppressed where flake8 reads
# ---------------------------------------------------------------------------
def _fixture_diagnostics():
    root = os.path.abspath("/virtual-project")
    settings_ = Settings(root=root, select=("OTP",))
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
            text = f.read()
        path = os.path.join(root, name)
        for d in lint_source(text.encode(), path, settings_).diagnostics:
            if d.code != "OTP000":  # (syntax newer than this Python) no noqa is offered
                yield name, text, d


@pytest.mark.parametrize(("name", "text", "diag"), list(_fixture_diagnostics()),
                         ids=lambda v: v if isinstance(v, str) and v.endswith(".py") else "")
def test_noqa_edit_suppresses_where_flake8_reads(name, text, diag) -> None:
    edit = noqa_edit(text, diag.line, diag.code)
    assert edit is not None, (name, diag)
    lines = text.splitlines(keepends=True)
    line = lines[edit.line]
    lines[edit.line] = line[:edit.col] + edit.text + line[edit.end_col:]
    new = "".join(lines)
    assert ast.dump(ast.parse(new)) == ast.dump(ast.parse(text))  # only a comment added
    assert NoqaFilter(split_lines(new)).is_suppressed(diag.line, diag.code), (name, diag)
    assert edit.snippet.replace("$0", "") == edit.text.rstrip(" ") + (
        " " if edit.text.endswith(" ") else "")


def test_noqa_edit_merges_and_declines() -> None:
    text = "f()  # noqa: E501 long url\ng()  # noqa:E1\nh()  # noqa\ns = '# noqa: E1'\n"
    merged = noqa_edit(text, 1, "OTP101")
    assert merged is not None and (merged.col, merged.text) == (17, ",OTP101")
    bare = noqa_edit(text, 2, "OTP101")  # no reason yet: the cursor goes after the code
    assert bare is not None and bare.text == ",OTP101 " and bare.snippet == ",OTP101 $0"
    assert noqa_edit(text, 3, "OTP101") is None  # a blanket noqa already
    assert noqa_edit(text, 4, "OTP101") is None  # flake8 would read the string's
    assert noqa_edit(text, 1, "E501") is None  # already there
    assert noqa_edit(text, 9, "OTP101") is None  # no such line


def test_noqa_code_at() -> None:
    text = "f()  # noqa: E501,OTP101 reason\ns = '# noqa: OTP102'\n"
    col = text.index("OTP101")
    assert noqa_code_at(text, 0, col + 3) == ("OTP101", col, col + 6)
    assert noqa_code_at(text, 0, text.index("E501")) == ("E501", 13, 17)
    assert noqa_code_at(text, 0, len("f()  # noqa: E501,OTP101 re")) is None
    assert noqa_code_at(text, 1, text.splitlines()[1].index("OTP102")) is None  # a string
    assert noqa_code_at("x = (  # noqa: OTP101\n", 0, 17) == ("OTP101", 15, 21)  # mid-edit
