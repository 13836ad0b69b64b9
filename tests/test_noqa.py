"""The noqa line mapping read without the tokenizer is flake8's, exactly.

flake8 searches its noqa regex in the lines it joins between two NEWLINE/NL
tokens (``FileProcessor._noqa_line_mapping``); ``otp_lints.noqa.scan`` finds
the same groups with one regular expression (or, where it could differ, with
the tokenizer). Here both are compared with flake8's own mapping on generated
files made of the constructs that decide it: strings of every quoting with
escapes, quotes and ``#`` inside, implicit concatenation across lines,
backslash continuations (also on a line of their own), comments holding quotes
and backslashes, f-strings, files without a final newline. The same
comparison over real code is ``scripts/corpus_check.py --noqa``.
"""

from __future__ import annotations

import argparse
import ast
import functools
import random
import re
import warnings
from collections.abc import Sequence

import pytest
from flake8.defaults import NOQA_FILE as FLAKE8_NOQA_FILE
from flake8.options.parse_args import parse_args
from flake8.processor import FileProcessor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otp_lints import noqa
from otp_lints.noqa import SourceLines, file_is_skipped, line_mapping, scan, tokenized
from otp_lints.source import split_lines

# Each is one or more whole statements; generated files join a random choice.
FRAGMENTS = [
    "x = 1",
    "x = 1  # noqa",
    "x = 1  # noqa: OTP101 a reason",
    "x = 1  # NOQA:E501,W291",
    "# a comment with ' and \" and \\ and ''' in it",
    "# noqa: OTP202",
    "",
    "   ",
    's = """a\nb"""  # noqa',
    "s = '''\n'''",
    's = """\\\n"""',
    "s = 'a\\\nb'  # noqa: OTP1",
    's = "a\\\n# not a comment\\\nb"',
    "x = (1,\n     2)  # noqa",
    "x = 1 + \\\n    2  # noqa",
    "x = 1 + \\\n    \\\n    2",
    'x = [\n    "a"\n    "b",  # c\n]',
    'x = ("a"  # noqa\n     """b\n     c""")',
    'f(\n    """x\n    y""",\n)  # noqa: OTP301',
    'y = "#not a comment"',
    "y = '\\'#'",
    'y = "\\""  # noqa',
    "y = '\"' + \"'\"",
    'z = f"{a}"',
    'z = f"""{a}\n{b}"""  # noqa',
    'z = f"{a!r:>{w}}"',
    "z = rb'\\''",
    "z = b'''\\''''",
    'z = u"x" R"y" Br"z" rB"\\\\"',
    '"""\'\'\'"""',
    "'''\"\"\"'''",
    '""""a" """',
    "''''a' '''",
    'x = ""  # ""',
    "x = ''  # noqa''",
    "if x:\n    pass",
    "if x:\n    y = '''\n  \\\n'''  # noqa",
    'def f():\n    """doc\n\n    more"""\n    return 1  # noqa',
    "class C:\n    x = 1 \\\n        + 2",
    "(\n\\\n1)",
    "x = [\n    1,\n\\\n]",
    "\\\nx = 2",
    "if x:\n    \\\n    y = 2",
    "print(\"a\", 'b', \"\"\"c\"\"\", '''d''')  # noqa",
    "x = {'a': '''\n''', \"b\": \"\"\"\n\n\"\"\"}",
    "x = lambda: (\n    1)  \\\n\n",
    "w = 'ends with backslash \\\\'",
    "x = '''a''' '''\nb'''  # noqa",
    "x = 1;  y = '''\n'''",
    "x = '\\N{BULLET}' \"\\x41\"",
    "# flake8: noqa",
    "x = 1  # flake8: noqa",
    "\f\nx = 1",
    "x = 1\t# noqa\t: OTP1",
]
# Valid only on Python 3.12 and later (PEP 701): generated files that use them
# parse, and so are compared, only there.
FRAGMENTS_312 = [
    'z = f"{x["a"]}"  # noqa',
    "z = f'{\n1}'  # noqa",
    'z = f"""a\n{y\n+ 1}\nb"""  # noqa',
    'z = f"{x  # c\n}"',
    'z = f"{"#"}" + "#"',
]


@functools.lru_cache(maxsize=1)
def flake8_options() -> argparse.Namespace:
    return parse_args([])[1]


def flake8_mapping(lines: Sequence[str]) -> dict[int, str]:
    """flake8's own mapping, for the lines where it differs from the line itself."""
    options = flake8_options()
    processor = FileProcessor("generated.py", options, lines=list(lines))
    mapping = processor._noqa_line_mapping
    return {n: text for n, text in mapping.items() if text != lines[n - 1]}


def parses(text: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return True


def assert_same(text: str) -> None:
    lines = split_lines(text)
    assert line_mapping(list(lines)) == flake8_mapping(lines), text
    assert scan(list(lines)) == tokenized(list(lines)), text
    # flake8's own pattern, matched line by line as FileProcessor.should_ignore_file does
    assert file_is_skipped(lines) == any(FLAKE8_NOQA_FILE.match(line) for line in lines), text


def generated(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    pool = FRAGMENTS + FRAGMENTS_312
    out = []
    while len(out) < count:
        text = "\n".join(rnd.choice(pool) for _ in range(rnd.randint(1, 8)))
        if rnd.random() < 0.8:
            text += "\n"
        if parses(text):
            out.append(text)
    return out


@pytest.mark.parametrize("fragment", FRAGMENTS + FRAGMENTS_312)
def test_each_fragment(fragment: str) -> None:
    for text in (fragment + "\n", fragment, "x = 0\n" + fragment + "\ny = 1\n"):
        if parses(text):
            assert_same(text)


def test_generated_files() -> None:
    """2,000 seeded files: the same mapping, groups and noqa comments as flake8's
    tokenizer reading gives."""
    for text in generated(seed=15, count=2000):
        assert_same(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from(FRAGMENTS + FRAGMENTS_312), min_size=1, max_size=10),
       st.booleans())
def test_fragment_sequences(parts: list[str], final_newline: bool) -> None:
    text = "\n".join(parts) + ("\n" if final_newline else "")
    if parses(text):
        assert_same(text)


def test_groups_are_what_flake8_joins() -> None:
    text = ('x = (1,\n     2)  # noqa\ns = """a\nb"""  # noqa\ny = 1 + \\\n    2\n')
    found = scan(list(split_lines(text)))
    assert found is not None
    assert found.groups == [(3, 4), (5, 6)]  # a bracket's lines are not joined
    assert [c.line for c in found.comments] == [2, 4]
    assert found.group_of(3) == (3, 4) and found.group_of(2) == (2, 2)


def test_lexer_reads_ordinary_files_itself() -> None:
    """Only a line holding just a backslash sends a file (that parses, and has no
    f-string on 3.12+) to the tokenizer: the point of the lexer."""
    bare = re.compile(r"^[ \t\f]*\\$", re.MULTILINE)
    texts = [t for t in generated(seed=7, count=600) if not bare.search(t)
             and (noqa._LEX_FSTRINGS or not noqa._FSTRING.search(t))]
    assert len(texts) > 100
    for text in texts:
        assert noqa._lex(text) is not None, text


@pytest.mark.parametrize("text", [
    "(\n\\\n1)\n",                       # a line holding only a backslash
    "x = '\\\r\n'\r\n",                  # a line end the lexer does not take
])
def test_odd_files_go_to_the_tokenizer(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = noqa.tokenized

    def spy(lines: Sequence[str]) -> object:
        calls.append(1)
        return real(lines)

    monkeypatch.setattr(noqa, "tokenized", spy)
    lines = text.splitlines(True)
    assert scan(lines) == real(lines)
    assert calls


def test_scan_made_once_for_source_lines() -> None:
    lines = split_lines("s = '''\n'''  # noqa\n")
    assert isinstance(lines, SourceLines)
    first = scan(lines)
    assert first is not None and first.groups == [(1, 2)]
    assert scan(lines) is first


def test_file_is_skipped_only_at_a_line_start() -> None:
    assert file_is_skipped(["x = 1\n", "  # flake8: noqa\n"])
    assert file_is_skipped(["# FLAKE8= NOQA: E1\n"])
    assert not file_is_skipped(["x = 1  # flake8: noqa\n"])
    assert not file_is_skipped(["# flake8:\n", "noqa\n"])
    assert not file_is_skipped(["x = 1\n"])
