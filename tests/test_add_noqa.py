"""check --add-noqa REASON [--expires DATE] (SPEC 7.5), and OTP703 on what it
writes once the date is past: round trips through both front ends, placement
where flake8 reads, merging, bytes kept, usage errors, no write over a changed
file."""

from __future__ import annotations

import datetime
import re
import shutil
import sys

import pytest
from helpers import FIXTURES, run_cli, run_flake8

from otp_lints import cli
from otp_lints.addnoqa import add_noqa, merged_comment
from otp_lints.config import Settings
from otp_lints.diagnostics import Diagnostic
from otp_lints.lint import lint_source

TODAY = datetime.date.today()
FUTURE = (TODAY + datetime.timedelta(days=90)).isoformat()
LINE = re.compile(r"^(?:\./)?(.+?):(\d+):\d+: (OTP\d{3}) ", re.M)


def found(out: str) -> set[tuple[str, int, str]]:
    return {(m[1], int(m[2]), m[3]) for m in LINE.finditer(out)}


def project(tmp_path, files: dict[str, bytes], config: str = "") -> str:
    (tmp_path / "pyproject.toml").write_text("[tool.otp-lints]\n" + config)
    for rel, data in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return str(tmp_path)


def test_round_trip_on_every_fixture_then_both_front_ends_report_nothing(tmp_path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "pkg")
    root = project(tmp_path, {}, 'extend-select = ["OTP204"]\n')
    before = run_cli("check", "pkg", cwd=root)
    assert before.returncode == 1
    n_before = len(found(before.stdout))
    res = run_cli("check", "pkg", "--add-noqa", "legacy, see the migration plan",
                  "--expires", FUTURE, cwd=root)
    # What is left is what --add-noqa does not touch: OTP000 and the OTP7xx codes.
    left = found(res.stdout)
    assert {c for _, _, c in left} <= {"OTP000", "OTP701", "OTP702", "OTP703"}, res.stdout
    assert "Added noqa comments for" in res.stderr
    assert n_before > 100 and len(left) < n_before / 4
    again = run_cli("check", "pkg", cwd=root)
    assert found(again.stdout) == left
    flake8 = found(run_flake8("pkg", cwd=root).stdout)
    assert flake8 == {d for d in left if d[2] != "OTP000"}
    # A second --add-noqa has nothing to add and changes no byte.
    snapshot = {p: p.read_bytes() for p in (tmp_path / "pkg").rglob("*.py")}
    run_cli("check", "pkg", "--add-noqa", "again", cwd=root)
    assert {p: p.read_bytes() for p in snapshot} == snapshot


def test_placement_where_flake8_reads_and_merging(tmp_path) -> None:
    src = (
        "import os\n"
        "import threading\n"
        "os.kill(1, 9)\n"
        "os.kill(2, 9)  # noqa: E501 long line\n"
        "os.kill(3, 9)  # explain this\n"
        "os.kill(4, 9)  # noqa: E501 x (expires 2999-01-01)  # type: ignore[misc]\n"
        "x = threading.local(); os.kill(5, 9)\n"
        'os.kill(6, """\n'
        '""")\n'
        "os.kill(\n"
        "    7, 9)\n"
        'os.kill(8, f"""{\n'
        '1}""")\n'
    )
    root = project(tmp_path, {"a.py": src.encode()}, 'extend-select = ["OTP201"]\n')
    res = run_cli("check", "--add-noqa", "legacy", "--expires", "2998-06-30", cwd=root)
    # From Python 3.12 an f-string's replacement field ends the line where flake8
    # reads the noqa for os.kill(8, ...), and a comment there breaks the file for
    # every earlier Python: that line is left alone, and still reported.
    fstring_field = sys.version_info >= (3, 12)
    assert res.returncode == (1 if fstring_field else 0), res.stdout + res.stderr
    tail = " legacy (expires 2998-06-30)"
    expected = [
        "import os",
        "import threading",
        "os.kill(1, 9)  # noqa: OTP101" + tail,
        "os.kill(2, 9)  # noqa: E501, OTP101 long line;" + tail,
        "os.kill(3, 9)  # explain this  # noqa: OTP101" + tail,
        # the earlier date wins; another tool's pragma stays last
        "os.kill(4, 9)  # noqa: E501, OTP101 x; legacy (expires 2998-06-30)  "
        "# type: ignore[misc]",
        "x = threading.local(); os.kill(5, 9)  # noqa: OTP101, OTP201" + tail,
        'os.kill(6, """',
        '""")  # noqa: OTP101' + tail,     # after the string: flake8 joins its lines
        "os.kill(  # noqa: OTP101" + tail,  # a call's first line: NL ends each line
        "    7, 9)",
        'os.kill(8, f"""{',
        '1}""")  # noqa: OTP101' + tail,
    ]
    left = set()
    if fstring_field:
        expected[-1] = '1}""")'
        left = {("a.py", 12, "OTP101")}
        assert "inside an f-string" in res.stderr
    assert (tmp_path / "a.py").read_text().splitlines() == expected
    assert found(run_cli("check", cwd=root).stdout) == left
    assert found(run_flake8(cwd=root).stdout) == left


def test_bytes_kept_crlf_lone_cr_encoding_and_bom(tmp_path) -> None:
    files = {
        "crlf.py": b"import os\r\nos.kill(1, 9)\r\nx = 1\r\n",
        "cr.py": b"import os\ros.kill(1, 9)\rx = 1\n",
        "latin.py": "# -*- coding: latin-1 -*-\nimport os\nos.kill(1, 9)  # caf\u00e9\n"
                    .encode("latin-1"),
        "bom.py": b"\xef\xbb\xbfimport os\nos.kill(1, 9)\n",
        "noeol.py": b"import os\nos.kill(1, 9)",
    }
    root = project(tmp_path, files)
    res = run_cli("check", "--add-noqa", "r", cwd=root)
    assert res.returncode == 0, res.stdout + res.stderr
    c = b"  # noqa: OTP101 r"
    assert (tmp_path / "crlf.py").read_bytes() == (
        b"import os\r\nos.kill(1, 9)" + c + b"\r\nx = 1\r\n")
    assert (tmp_path / "cr.py").read_bytes() == b"import os\ros.kill(1, 9)" + c + b"\rx = 1\n"
    assert (tmp_path / "latin.py").read_bytes() == (
        "# -*- coding: latin-1 -*-\nimport os\nos.kill(1, 9)  # caf\u00e9  # noqa: OTP101 r\n"
        .encode("latin-1"))
    assert (tmp_path / "bom.py").read_bytes() == b"\xef\xbb\xbfimport os\nos.kill(1, 9)" + c + b"\n"
    assert (tmp_path / "noeol.py").read_bytes() == b"import os\nos.kill(1, 9)" + c
    assert found(run_flake8(cwd=root).stdout) == set()


def test_a_line_flake8_would_not_read_is_left_alone() -> None:
    # flake8 finds the first noqa marker of the joined lines: the one in the string.
    src = b'import os\nos.kill(1, """# no' + b'qa: E501\n""")\n'
    d = Diagnostic("a.py", 2, 0, 2, 7, "OTP101", "m")
    out = add_noqa(src, [d], "r")
    assert out.source == src and not out.added
    assert "a '# noqa' inside a string" in out.skipped[0][1]


def test_a_reason_that_starts_like_a_code_is_kept_out_of_the_codes() -> None:
    assert merged_comment(None, ["OTP101"], "py3 only", None) == "# noqa: OTP101 - py3 only"
    src = b"import os\nos.kill(1, 9)\n"
    settings = Settings(root="/nonexistent", select=("OTP101", "OTP701"))
    d = lint_source(src, "a.py", settings).diagnostics
    out = add_noqa(src, d, "py3 only")
    assert out.source == b"import os\nos.kill(1, 9)  # noqa: OTP101 - py3 only\n"
    assert lint_source(out.source, "a.py", settings).diagnostics == []  # OTP701 agrees


@pytest.mark.parametrize(("args", "message"), [
    (("--add-noqa", ""), "the reason is empty"),
    (("--add-noqa", "   "), "the reason is empty"),
    (("--add-noqa", "x (expires 2999-01-01)"), "give the date with --expires"),
    (("--add-noqa", "x", "--expires", "2020-01-01"), "is in the past"),
    (("--add-noqa", "x", "--expires", "31/12/2099"), "expected a date YYYY-MM-DD"),
    (("--expires", "2999-01-01"), "--expires needs --add-noqa"),
    (("--add-noqa", "x", "--fix"), "cannot be combined with --fix"),
    (("--add-noqa", "x", "-"), "cannot read standard input"),
])
def test_usage_errors(tmp_path, args, message) -> None:
    root = project(tmp_path, {"a.py": b"import os\nos.kill(1, 9)\n"})
    res = run_cli("check", *args, cwd=root)
    assert res.returncode == 2 and message in res.stderr, res.stderr
    assert (tmp_path / "a.py").read_bytes() == b"import os\nos.kill(1, 9)\n"


def test_diff_previews_without_writing(tmp_path) -> None:
    root = project(tmp_path, {"a.py": b"import os\nos.kill(1, 9)\n"})
    res = run_cli("check", "--add-noqa", "r", "--diff", cwd=root)
    assert res.returncode == 1
    assert "+os.kill(1, 9)  # noqa: OTP101 r" in res.stdout
    assert (tmp_path / "a.py").read_bytes() == b"import os\nos.kill(1, 9)\n"


def test_never_writes_over_a_file_changed_meanwhile(tmp_path, monkeypatch, capsys) -> None:
    root = project(tmp_path, {"a.py": b"import os\nos.kill(1, 9)\n"})
    import otp_lints.addnoqa

    real = otp_lints.addnoqa.add_noqa

    def racing(source, diags, reason, expires=None):  # the user saves meanwhile
        out = real(source, diags, reason, expires)
        (tmp_path / "a.py").write_bytes(b"import os\nos.kill(1, 9)  # mine\n")
        return out

    monkeypatch.setattr(otp_lints.addnoqa, "add_noqa", racing)
    monkeypatch.chdir(root)
    status = cli.main(["check", "--add-noqa", "r", "--no-cache"])
    assert status == 1
    assert (tmp_path / "a.py").read_bytes() == b"import os\nos.kill(1, 9)  # mine\n"
    assert "changed on disk" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# OTP703: the comments it writes, once expired
# ---------------------------------------------------------------------------
def test_an_expired_noqa_is_otp703_in_both_front_ends_and_still_suppresses(tmp_path) -> None:
    root = project(tmp_path, {"a.py": (
        b"import os\n"
        b"os.kill(1, 9)  # noqa: OTP101 legacy (expires 2020-01-31)\n"
        b"os.kill(2, 9)  # noqa: OTP101 legacy (expires 2999-01-31)\n"
    )})
    cli_res = run_cli("check", cwd=root)
    f8 = run_flake8(cwd=root)
    assert found(cli_res.stdout) == found(f8.stdout) == {("a.py", 2, "OTP703")}
    assert cli_res.returncode == 1 and f8.returncode == 1
    assert "expired on 2020-01-31" in cli_res.stdout


@pytest.mark.parametrize(("days", "expired"), [(-1, False), (0, False), (1, True)])
def test_a_suppression_holds_through_the_day_it_names(monkeypatch, days, expired) -> None:
    import otp_lints.context

    monkeypatch.setattr(otp_lints.context, "today",
                        lambda: datetime.date(2026, 3, 1) + datetime.timedelta(days=days))
    src = b"import os\nos.kill(1, 9)  # noqa: OTP101 legacy (expires 2026-03-01)\n"
    diags = lint_source(src, "a.py", Settings(root="/nonexistent")).diagnostics
    assert [(d.line, d.code) for d in diags] == ([(2, "OTP703")] if expired else [])


def test_the_cache_judges_expiry_dates_afresh_each_day(tmp_path, monkeypatch) -> None:
    import otp_lints.context
    import otp_lints.runner
    from otp_lints.runner import lint_files
    from otp_lints.suppress import Layers

    (tmp_path / "a.py").write_bytes(
        b"import os\nos.kill(1, 9)  # noqa: OTP101 legacy (expires 2026-03-01)\n")
    (tmp_path / "b.py").write_bytes(b"import os\nos.kill(1, 9)\n")
    settings = Settings(root=str(tmp_path))
    path = str(tmp_path / "a.py")
    # Files just written are hashed anyway (the racy window); store every status,
    # so that a stat-first hit would be possible.
    monkeypatch.setattr(otp_lints.runner, "RACY_SECONDS", -60)
    for day, want in ((1, []), (2, [(2, "OTP703")]), (1, [])):
        monkeypatch.setattr(otp_lints.context, "today", lambda d=day: datetime.date(2026, 3, d))
        layers = Layers(settings)
        results = lint_files([(path, settings), (str(tmp_path / "b.py"), settings)],
                             lambda _settings, layers=layers: layers, jobs=1, use_cache=True)
        assert [(d.line, d.code) for d in results[0].diagnostics] == want
    # A file without an expiry date keeps its cache entry from day to day.
    from otp_lints.runner import ResultCache

    monkeypatch.setattr(otp_lints.context, "today", lambda: datetime.date(2026, 3, 1))
    day1 = (ResultCache.key(b"x = 1\n"), ResultCache.key(b"x = 1  # (expires 2026-03-01)\n"))
    monkeypatch.setattr(otp_lints.context, "today", lambda: datetime.date(2026, 3, 2))
    day2 = (ResultCache.key(b"x = 1\n"), ResultCache.key(b"x = 1  # (expires 2026-03-01)\n"))
    assert day1[0] == day2[0] and day1[1] != day2[1]
