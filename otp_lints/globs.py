"""Glob patterns over '/'-separated paths relative to the config root.

``*`` matches within one path segment, ``**`` matches any number of segments
(zero included, so ``**/test_*.py`` matches ``test_x.py`` at the root), ``?``
one character, ``[...]`` a character class. A pattern without ``/`` matches
any path component or the basename (like flake8's and ruff's excludes:
``build`` excludes every ``build`` directory). A pattern ending in ``/**`` also
matches the directory itself, so that directory walks can prune it.
"""

from __future__ import annotations

import functools
import re


class GlobError(ValueError):
    pass


#: consecutive ``**`` segments, which mean what one does
_REPEATED_STARSTAR = re.compile(r"(?:(?<=/)|^)\*\*(?:/\*\*)+(?=/|$)")
#: a run of ``*`` inside a segment, which means what one does
_STAR_RUN = re.compile(r"\*{3,}|(?<=[^/])\*\*|\*\*(?=[^/])")


@functools.cache
def compile_glob(pattern: str) -> re.Pattern[str]:
    """The regex of one glob; every glob is compiled once per process (the
    patterns come from configuration, so there are never too many to keep: a
    bounded cache thrashed on a few thousand globs). Repeated ``**`` segments,
    and runs of ``*``, collapse into one: nested quantifiers would make a
    non-matching path cost time exponential in their number."""
    if not pattern or "\x00" in pattern:
        raise GlobError(f"invalid glob {pattern!r}")
    pat = pattern.replace("\\", "/")
    while pat.startswith("./"):
        pat = pat[2:]
    pat = _REPEATED_STARSTAR.sub("**", pat)
    pat = _STAR_RUN.sub("*", pat)
    anchored = "/" in pat.rstrip("/")
    pat = pat.rstrip("/") or pat
    out: list[str] = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        if c == "*":
            if pat.startswith("**", i):
                before_ok = i == 0 or pat[i - 1] == "/"
                after = pat[i + 2: i + 3]
                if before_ok and after == "/":
                    out.append("(?:[^/]*/)*")  # '**/' : zero or more directories
                    i += 3
                    continue
                if before_ok and i + 2 == n:
                    out.append(".*")  # trailing '**': everything below
                    i += 2
                    continue
                out.append("[^/]*")
                i += 2
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pat.find("]", i + 2 if pat[i + 1: i + 2] in ("!", "]") else i + 1)
            if j == -1:
                raise GlobError(f"invalid glob {pattern!r}: unclosed '['")
            body = pat[i + 1: j]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = j
        else:
            out.append(re.escape(c))
        i += 1
    body = "".join(out)
    if pat.endswith("/**"):
        # "build/**" also matches the directory "build" itself.
        body = body[: -len("/.*")] + "(?:/.*)?"
    if anchored:
        regex = "^" + body + "$"
    else:
        regex = "(?:^|.*/)" + body + "(?:/.*)?$"
    try:
        return re.compile(regex, re.DOTALL)
    except re.error as exc:
        raise GlobError(f"invalid glob {pattern!r}: {exc}") from None


@functools.cache
def _compile_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a tuple of globs (one match per path, not one per glob)."""
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{compile_glob(p).pattern})" for p in patterns), re.DOTALL)


def matches(path: str, patterns: tuple[str, ...]) -> bool:
    """Whether the relative, '/'-separated ``path`` matches any pattern."""
    return _compile_any(tuple(patterns)).match(path) is not None
