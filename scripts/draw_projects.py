#!/usr/bin/env python3
"""Draw projects for a fresh precision set: PyPI names that hold a concurrency
word, at random with a seed, kept when the project is fit to measure.

    python scripts/draw_projects.py SEED [--count 40] [--names FILE]

Prints one ``name==version`` per line, in draw order, for the projects that
pass the checks (an sdist of the latest release over 1.5 kB, six releases or
more, pinned in no set before, not a package of type stubs named
``types-*`` or ``*-stubs``), and the rejected ones on stderr with the
reason. What stays a judgement is left to the person: other stubs, data,
generated code (SDKs, Pulumi and CDK providers, gRPC interfaces) and forks of
code already pinned are dropped by hand, and the set takes the first sixteen
that remain. ``--names`` reads the index's name list from a file saved
earlier (the simple index's HTML, 40 MB) instead of fetching it again.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import urllib.request
from pathlib import Path

INDEX = "https://pypi.org"
WORDS = (
    "async", "aio", "thread", "worker", "queue", "task", "process", "daemon",
    "pool", "executor", "lock", "server", "stream", "event", "job", "celery",
    "cron", "schedul", "rpc", "concurren", "parallel", "mqtt", "socket",
    "signal", "actor", "pubsub", "broker", "spawn",
)
ROOT = Path(__file__).resolve().parent.parent


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def concurrency_names(names: list[str]) -> list[str]:
    """The names that hold a concurrency word, normalized, sorted, once each."""
    return sorted({normalize(n) for n in names
                   if any(w in normalize(n) for w in WORDS)})


def pinned() -> set[str]:
    """Every project pinned by the first corpus or a fresh set."""
    text = (ROOT / "scripts" / "fresh_corpus.sh").read_text()
    shared = ROOT.parent / "shared" / "scripts" / "corpus.sh"
    if shared.exists():
        text += shared.read_text()
    return {normalize(m) for m in re.findall(r"([A-Za-z0-9][\w.-]*)==", text)}


def draw(names: list[str], seed: int, count: int) -> list[str]:
    """``count`` names at random, the same for the same seed and list."""
    pool = concurrency_names(names)
    return random.Random(seed).sample(pool, min(count, len(pool)))


def index_names(saved: str | None) -> list[str]:
    if saved:
        html = Path(saved).read_text(encoding="utf-8", errors="replace")
    else:
        with urllib.request.urlopen(f"{INDEX}/simple/", timeout=300) as r:
            html = r.read().decode("utf-8", "replace")
    return re.findall(r'<a href="[^"]*">([^<]+)</a>', html)


def is_source_tarball(filename: str, version: str) -> bool:
    """``name-1.0.tar.gz``: a source archive of that version, not a built one
    uploaded as an sdist (``edgy.event-0.1.10.macosx-10.12-x86_64.tar.gz``,
    which pip will not take as the version's source)."""
    return filename.endswith(f"-{version}.tar.gz")


def check(name: str) -> tuple[str | None, str]:
    """(``name==version`` or None, why not)."""
    try:
        with urllib.request.urlopen(f"{INDEX}/pypi/{name}/json", timeout=60) as r:
            meta = json.load(r)
    except Exception as e:  # gone, renamed, no network
        return None, f"no metadata ({e})"
    releases = [v for v, files in meta.get("releases", {}).items() if files]
    if len(releases) < 6:
        return None, f"{len(releases)} releases"
    version = meta["info"]["version"]
    sdists = [f for f in meta.get("urls", []) if f["packagetype"] == "sdist"
              and is_source_tarball(f["filename"], version)]
    if not sdists:
        return None, f"no .tar.gz sdist of {version}"
    if sdists[0]["size"] <= 1500:
        return None, f"sdist of {sdists[0]['size']} bytes"
    return f"{meta['info']['name']}=={version}", ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("--count", type=int, default=40,
                        help="how many names to draw before the checks")
    parser.add_argument("--names", help="the simple index's HTML, saved")
    args = parser.parse_args(argv)
    taken = pinned()
    for name in draw(index_names(args.names), args.seed, args.count):
        if name in taken:
            print(f"skip {name}: pinned already", file=sys.stderr)
            continue
        if name.startswith("types-") or name.endswith("-stubs"):
            print(f"skip {name}: type stubs", file=sys.stderr)
            continue
        spec, why = check(name)
        if spec is None:
            print(f"skip {name}: {why}", file=sys.stderr)
        else:
            print(spec, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
