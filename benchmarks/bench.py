#!/usr/bin/env python3
"""otp-lints benchmark: every figure measured in one run, as ratios to a floor.

    python benchmarks/bench.py [DIR] [--repeat N] [--quick] [--server-only]
    python benchmarks/bench.py --real [CORPUS] [--repeat N]

DIR defaults to this interpreter's standard library without its test/
package. ``--real`` runs the first part below (the floor and the three
``check`` commands) on real projects instead: the fourteen PyPI projects that
``../shared/scripts/corpus.sh`` fetches into CORPUS (default
``~/.cache/otp-corpus``; not its ``stdlib``), with their own targets (issue
15), and ``ruff check --no-cache`` on the rules the two tools share
(``RUFF_OVERLAP``) as a second reference when ruff is installed. Printed,
all measured in the same run on the same files:

- floor: one process reading every file and calling ``ast.parse`` on it;
- ``otp-lints check --no-cache`` with ``--jobs 1`` and with the default jobs;
- ``otp-lints check`` again with a warm cache and nothing changed;
- in-process cost of the OTP flake8 plugin against flake8-bugbear on the same
  pre-parsed trees, both loaded through flake8's own ``Application`` so they
  get real options;
- where a cold run's analysis goes, in CPU time against a parse floor in the
  same process, on trees parsed beforehand: the bare traversal of every node
  (no semantic handler), the walk that builds the semantic model, and that
  walk with every enabled rule (``analyze``);
- peak memory (max RSS of the command's own process), start-up (one small
  file on stdin), and whether start-up imports libcst;
- a scaling check: time per line on generated files of 1,000, 10,000 and
  50,000 lines must stay flat (``--quick``: 200, 1,000 and 5,000, a smoke run);
- the language server per keystroke (needs ``otp-lints[lsp]``): a generated
  2,000-line file of ordinary code with 20 violations open in ``otp-lints
  server``, one character typed at a time into a comment mid-file, each
  change waiting for its diagnostics; the server's own time from the end of
  the debounce to published diagnostics (target < 50 ms), the round trip the
  client saw, and the lint's CPU time (``--quick``: fewer keystrokes).

The floor and the ``check`` commands run once to warm up, then in ``--repeat``
interleaved rounds (default 3), best time kept: these machines are shared and
noisy, and a passing load then hits every command alike. Each also shows its
CPU time (user + sys of the process and the workers it reaped), which a load
on the other core disturbs less than the wall time. Targets (issue 7, and
issue 15 for ``--real``) are printed next to each ratio. docs/performance.md
has the figures and method.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def default_dir(scratch: str) -> str:
    """The stdlib without test/ (symlinked tree, so nothing is copied)."""
    stdlib = sysconfig.get_paths()["stdlib"]
    target = os.path.join(scratch, "stdlib")
    os.mkdir(target)
    for name in sorted(os.listdir(stdlib)):
        if name in ("test", "site-packages", "__pycache__"):
            continue
        src = os.path.join(stdlib, name)
        if os.path.isdir(src) or name.endswith(".py"):
            os.symlink(src, os.path.join(target, name))
    return target


def py_files(root: str) -> list[str]:
    out = []
    for d, dirs, files in os.walk(root, followlinks=True):
        dirs[:] = [x for x in dirs if x not in ("__pycache__",)]
        out += [os.path.join(d, f) for f in files if f.endswith(".py")]
    return sorted(out)


# Python as users run it: this machine sets PYTHONDONTWRITEBYTECODE=1, which
# would make every start-up recompile every module of the tool.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


#: the projects of ../shared/scripts/corpus.sh, fetched to CORPUS/<name>
REAL_PROJECTS = ("celery", "dask", "distributed", "django", "eventlet", "execnet", "httpx",
                 "jupyter_server", "kombu", "psutil", "pytest_xdist", "redis", "tornado", "trio")
#: ruff's rules that judge what otp-lints rules judge (dangling tasks, globals,
#: blind and silent excepts, requests without a timeout, async blocking calls)
RUFF_OVERLAP = "RUF006,PLW0603,BLE001,S110,S113,ASYNC"


def real_dir(scratch: str, corpus: str) -> str:
    """The fourteen projects side by side (symlinks, nothing copied)."""
    target = os.path.join(scratch, "real")
    os.mkdir(target)
    missing = [p for p in REAL_PROJECTS if not os.path.isdir(os.path.join(corpus, p))]
    if missing:
        raise SystemExit(f"{corpus}: missing {', '.join(missing)}: run "
                         "../shared/scripts/corpus.sh first")
    for name in REAL_PROJECTS:
        os.symlink(os.path.realpath(os.path.join(corpus, name)), os.path.join(target, name))
    return target


#: CPU seconds (user + sys) of the last ``run_once``, workers it reaped included
LAST_CPU: list[float] = [0.0]


def run_once(cmd: list[str], cwd: str, stdin: bytes | None = None) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one run of a command (its CPU time in
    ``LAST_CPU``)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV,
                            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin and proc.stdin:
        proc.stdin.write(stdin)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)  # this process's own peak memory
    wall = time.perf_counter() - t0
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024


def timed(cmd: list[str], cwd: str, repeat: int, stdin: bytes | None = None
          ) -> tuple[float, float]:
    """Best wall time and peak RSS (MiB) of ``repeat`` runs of a command."""
    runs = [run_once(cmd, cwd, stdin) for _ in range(repeat)]
    return min(t for t, _ in runs), max(m for _, m in runs)


def rounds(commands: dict[str, list[str]], cwd: str, repeat: int
           ) -> dict[str, tuple[float, float, float]]:
    """Each command once per round, ``repeat`` rounds, best wall time, peak
    memory and best CPU time per command: a load that comes and goes on a
    shared machine hits every command alike."""
    best: dict[str, tuple[float, float, float]] = {}
    for _ in range(repeat):
        for name, cmd in commands.items():
            t, mem = run_once(cmd, cwd)
            old_t, old_mem, old_cpu = best.get(name, (float("inf"), 0.0, float("inf")))
            best[name] = (min(t, old_t), max(mem, old_mem), min(LAST_CPU[0], old_cpu))
    return best


def against_floor(tree: str, listing: str, otp: str, work: str, repeat: int, real: bool
                  ) -> None:
    """The floor, the three ``check`` commands (and ruff, for ``--real``), in
    interleaved rounds; the table with each ratio and its target."""
    # Each entry of the tree by name: its entries are symlinks, and a symlinked
    # directory is walked only when named (as in flake8 and ruff).
    named = [os.path.join(tree, n) for n in sorted(os.listdir(tree))]
    commands = {
        "floor": [sys.executable, "-c", FLOOR, listing],
        "cold1": [otp, "check", "--no-cache", "--jobs", "1", "--quiet", *named],
        "cold": [otp, "check", "--no-cache", "--quiet", *named],
        "warm": [otp, "check", "--quiet", *named],
    }
    seen = subprocess.run([otp, "check", "--show-files", *named], capture_output=True,
                          text=True, check=False, cwd=work).stdout.splitlines()
    with open(listing) as f:
        floor_files = sum(1 for line in f if line.strip())
    print(f"otp-lints checks {len(seen)} files, the floor reads {floor_files}")
    ruff = shutil.which("ruff") or os.path.join(os.path.dirname(sys.executable), "ruff")
    if real and os.path.exists(ruff):
        # The projects by their real paths: ruff does not walk into a symlinked directory.
        projects = [os.path.realpath(os.path.join(tree, p)) for p in sorted(os.listdir(tree))]
        commands["ruff"] = [ruff, "check", "--no-cache", "--isolated", "--exit-zero",
                            "--quiet", "--select", RUFF_OVERLAP, *projects]
        shown = subprocess.run([ruff, "check", "--isolated", "--show-files", *projects],
                               capture_output=True, text=True, check=False).stdout
        version = subprocess.run([ruff, "--version"], capture_output=True, text=True,
                                 check=False).stdout.strip()
        n = sum(1 for line in shown.splitlines() if line.strip().endswith(".py"))
        print(f"{version}: {n} files of the same tree")
    for cmd in commands.values():  # warm-up: OS file cache, bytecode, result cache
        run_once(cmd, work)
    best = rounds(commands, work, repeat)
    floor, _, floor_cpu = best["floor"]
    targets = {"cold1": "<= 1.25", "cold": "<= 0.8"} if real else {
        "cold1": "<= 1.5", "cold": "<= 1.0", "warm": "<= 0.15"}
    names = {"floor": "floor", "cold1": "otp-lints check --no-cache --jobs 1",
             "cold": f"otp-lints check --no-cache (jobs {os.cpu_count()})",
             "warm": "otp-lints check, warm cache",
             "ruff": "ruff check --no-cache, shared rules"}
    print("\nagainst the floor (read + ast.parse, one process); cpu = user + sys:")
    for key, (secs, mem, cpu) in best.items():
        target = targets.get(key, "")
        ratio = secs / floor
        ok = "" if not target else ("  OK" if eval(f"{ratio} {target}") else "  MISSED")
        print(f"  {names[key]:<38} {secs:7.2f} s {ratio:5.2f}x  cpu {cpu:6.2f} s "
              f"{cpu / floor_cpu:5.2f}x  (target {target or '-'}){ok}  peak {mem:4.0f} MiB")
    if "ruff" in best:
        warm, ruff_t = best["warm"][0], best["ruff"][0]
        ok = "OK" if warm <= ruff_t else "MISSED"
        print(f"  warm / ruff cold: {warm / ruff_t:.2f}x wall, "
              f"{best['warm'][2] / best['ruff'][2]:.2f}x cpu (target <= 1.0) {ok}")


FLOOR = """
import ast, sys
for p in open(sys.argv[1]).read().splitlines():
    try:
        with open(p, 'rb') as f:
            ast.parse(f.read())
    except Exception:
        pass
"""

BREAKDOWN = """
import gc, sys, time
from otp_lints import engine
from otp_lints.config import default_settings
from otp_lints.context import FileContext
from otp_lints.lint import analyze
from otp_lints.source import parse_source
paths = open(sys.argv[1]).read().splitlines()
settings = default_settings(sys.argv[2])
repeat = int(sys.argv[3])
sources = []
for p in paths:
    try:
        with open(p, 'rb') as f:
            source = f.read()
        parse_source(source)
        sources.append((p, source))
    except Exception:
        pass
def best(step):
    times = []
    for _ in range(repeat):
        t = time.process_time()
        step()
        times.append(time.process_time() - t)
    return min(times)
def floor():  # as the floor command: the collector on, each tree freed
    for _, source in sources:
        parse_source(source)
def walk():
    for p, _, tree in files:
        ctx = FileContext(p, tree, False, None)
        engine.walk(ctx, {})
        ctx.dispose()
def rules():
    for p, source, tree in files:
        analyze(tree, p, settings, None, source)
parse = best(floor)  # before the trees below are kept: the collector would walk them
gc.disable()
gc.freeze()
files = [(p, source, parse_source(source)) for p, source in sources]
semantic = best(walk)
analysis = best(rules)
engine.HANDLERS.clear()  # the same walk with no semantic handler: traversal only
for table in (*engine._PLAIN.values(), *engine._SPECIAL.values()):
    table.clear()
bare = best(walk)
print(parse, bare, semantic, analysis)
"""


def breakdown(listing: str, root: str, repeat: int) -> None:
    """Where the analysis of a cold run goes, in CPU time, in a process of its
    own (it empties the engine's handler tables for the bare traversal)."""
    out = subprocess.run([sys.executable, "-c", BREAKDOWN, listing, root, str(repeat)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(f"\nbreakdown failed: {out.stderr.strip().splitlines()[-1:]}")
        return
    parse, bare, semantic, analysis = (float(x) for x in out.stdout.split())
    print("\nwhere the analysis goes (CPU, one process, trees parsed beforehand):")
    for name, secs in (("parse floor (ast.parse, collector on)", parse),
                       ("bare traversal of every node", bare),
                       ("walk with the semantic model", semantic),
                       ("analysis: the walk and every rule", analysis)):
        print(f"  {name:<38} {secs:7.2f} s {secs / parse:5.2f}x")


PLUGIN_BENCH = """
import ast, sys, time
from flake8.main.application import Application

files = open(sys.argv[1]).read().splitlines()
app = Application()
app.initialize(["--select", "OTP,B", sys.argv[1]])
plugins = {p.plugin.package: p for p in app.plugins.checkers.tree}
trees = []
for path in files:
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src)
        lines = src.decode("utf-8", "replace").splitlines(True)
    except Exception:
        continue
    trees.append((path, tree, lines))

def run(loaded):
    params = loaded.parameters
    t0 = time.perf_counter()
    n = 0
    for path, tree, lines in trees:
        kwargs = {}
        if "tree" in params: kwargs["tree"] = tree
        if "filename" in params: kwargs["filename"] = path
        if "lines" in params: kwargs["lines"] = lines
        for _ in loaded.obj(**kwargs).run():
            n += 1
    return time.perf_counter() - t0, n

best = {}
for name in ("otp-lints", "flake8-bugbear"):
    if name not in plugins:
        print(f"{name}=missing")
        continue
    times = [run(plugins[name]) for _ in range(int(sys.argv[2]))]
    best[name] = min(t for t, _ in times)
    print(f"{name}={best[name]:.3f} n={times[0][1]}")
"""


def bench_plugins(listing: str, repeat: int) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", PLUGIN_BENCH, listing, str(repeat)],
                          capture_output=True, text=True, check=False)
    out = {}
    for line in proc.stdout.splitlines():
        name, _, rest = line.partition("=")
        if rest != "missing":
            out[name] = float(rest.split()[0])
    if proc.returncode:
        print(proc.stderr[-2000:], file=sys.stderr)
    return out


def scaling(otp: str, scratch: str, repeat: int, sizes: tuple[int, ...]
            ) -> list[tuple[int, float]]:
    block = (
        "import os, socket, threading, asyncio\n\n\n"
        "class Worker{n}:\n"
        "    def __init__(self):\n"
        "        self.sock = socket.socket()\n"
        "        self.thread = threading.Thread(target=self.run)\n\n"
        "    def run(self):\n"
        "        try:\n"
        "            self.sock.send(b'x')\n"
        "        except Exception:\n"
        "            pass\n\n"
        "    async def go(self):\n"
        "        asyncio.create_task(self.go())\n"
        "        os.kill(1, 9)\n\n\n"
    )
    per_block = block.count("\n")
    results = []
    for lines in sizes:
        path = os.path.join(scratch, f"gen_{lines}.py")
        with open(path, "w") as f:
            f.write("".join(block.format(n=i) for i in range(lines // per_block)))
        t, _ = timed([otp, "check", "--no-cache", "--jobs", "1", "--quiet", path], scratch,
                     repeat)
        results.append((lines, t))
    return results


ORDINARY = """\
class Inventory{n}:
    \"\"\"Items on hand, by name, for warehouse {n}.\"\"\"

    def __init__(self, name, capacity=100):
        self.name = name
        self.capacity = capacity
        self.items = {{}}
        self.history = []

    def add(self, item, count=1):
        if count <= 0:
            raise ValueError(f"{{self.name}}: count must be positive, got {{count}}")
        total = sum(self.items.values()) + count
        if total > self.capacity:
            raise OverflowError(f"{{self.name}} is full ({{total}} > {{self.capacity}})")
        self.items[item] = self.items.get(item, 0) + count
        self.history.append(("add", item, count))
        return self.items[item]

    def remove(self, item, count=1):
        have = self.items.get(item, 0)
        if have < count:
            raise KeyError(item)
        if have == count:
            del self.items[item]
        else:
            self.items[item] = have - count
        self.history.append(("remove", item, count))

    def report(self):
        rows = sorted(self.items.items(), key=lambda kv: (-kv[1], kv[0]))
        lines = [f"{{name:<20}} {{count:>6}}" for name, count in rows]
        return "\\n".join([f"# {{self.name}}", *lines])

    def to_json(self):
        return json.dumps({{"name": self.name, "items": self.items}}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        inv = cls(data["name"])
        for item, count in data.get("items", {{}}).items():
            inv.add(item, count)
        return inv


def parse_line{n}(line):
    name, _, rest = line.partition("=")
    values = [v.strip() for v in rest.split(",") if v.strip()]
    return name.strip(), [int(v) for v in values if v.isdigit()]


def summarize{n}(records):
    totals = {{}}
    for name, values in records:
        totals[name] = totals.get(name, 0) + sum(values)
    best = max(totals, key=totals.get) if totals else None
    return {{"totals": totals, "best": best, "count": len(records)}}


def load{n}(path):
    try:
        with open(path, encoding="utf-8") as f:
            return [parse_line{n}(line) for line in f if line.strip()]
    except FileNotFoundError:
        log.warning("no file %s", path)
        return []


{violation}


"""

VIOLATIONS = (
    "def push{n}(sock: socket.socket, data):\n    sock.send(data)\n",
    "async def spawn{n}(coro):\n    asyncio.create_task(coro)\n",
    "def fetch{n}(url):\n    return requests.get(url)\n",
    "def stop{n}(pid):\n    os.kill(pid, signal.SIGTERM)\n",
    "def wait{n}(q: queue.Queue):\n    return q.get()\n",
)


def ordinary_file(lines: int = 2000, violations: int = 20) -> str:
    """About ``lines`` lines of ordinary code with ``violations`` violations."""
    head = ("import asyncio\nimport json\nimport logging\nimport os\nimport queue\n"
            "import signal\nimport socket\n\nimport requests\n\n"
            "log = logging.getLogger(__name__)\n\n\n")
    blocks = [ORDINARY.format(n=i, violation=VIOLATIONS[i % len(VIOLATIONS)].format(n=i))
              for i in range(violations)]
    text = head + "".join(blocks)
    filler = 0
    while text.count("\n") < lines:  # pad with ordinary helpers up to the size asked
        text += (f"def helper{filler}(values):\n    return sorted(set(values))[:{filler % 7 + 1}]"
                 "\n\n\n")
        filler += 1
    return text


KEYSTROKES = """
import ast, asyncio, json, os, sys, time
from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

server, path, keys = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(path).read()
uri = "file://" + path


async def main():
    client = LanguageClient("bench", "1")
    published = {}
    event = asyncio.Event()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params):
        published[params.version] = (time.perf_counter(), len(params.diagnostics))
        event.set()

    async def wait_for(version):
        while version not in published:
            event.clear()
            await asyncio.wait_for(event.wait(), 60)
        return published[version]

    await client.start_io(server, "server")
    await client.initialize_async(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri="file://" + os.path.dirname(path),
        initialization_options={"debounceMs": 0}))
    client.initialized(lsp.InitializedParams())
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(
        uri=uri, language_id="python", version=1, text=text)))
    _, n_diags = await wait_for(1)
    line = len(text.splitlines()) // 2
    version, col, round_trips, parses = 1, 0, [], []
    typed = "# " + "the quick brown fox jumps over the lazy dog " * 10
    for i in range(keys):
        ch = "\\n" if i == 0 else typed[(i - 1) % len(typed)]
        start = lsp.Position(line, col)
        version += 1
        t0 = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangePartial(range=lsp.Range(start, start), text=ch)]))
        t1, _ = await wait_for(version)
        round_trips.append(t1 - t0)
        t2 = time.perf_counter()
        ast.parse(text)  # the floor, interleaved: one parse of the same file
        parses.append(time.perf_counter() - t2)
        col = 0 if ch == "\\n" else col + 1
        if ch == "\\n":
            line += 1
    info = await client.workspace_execute_command_async(
        lsp.ExecuteCommandParams(command="otp-lints.debugInfo"))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    doc = info["documents"][uri]
    print(json.dumps({"diagnostics": n_diags, "round_trips": round_trips, "parses": parses,
                      "server": doc["latencyMs"], "cpu": doc["cpuMs"]}))


asyncio.run(main())
"""


def keystrokes(otp: str, scratch: str, keys: int) -> dict | None:
    """The server's per-keystroke figures, or None without the lsp extra."""
    try:
        import pygls  # noqa: F401
    except ImportError:
        return None
    project = os.path.join(scratch, "lsp-project")
    os.makedirs(project, exist_ok=True)
    with open(os.path.join(project, "pyproject.toml"), "w") as f:
        f.write("[tool.otp-lints]\n")
    path = os.path.join(project, "inventory.py")
    with open(path, "w") as f:
        f.write(ordinary_file())
    proc = subprocess.run([sys.executable, "-c", KEYSTROKES, otp, path, str(keys)],
                          capture_output=True, text=True, env=ENV, cwd=project, check=False,
                          timeout=600)
    if proc.returncode:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    data = json.loads(proc.stdout.splitlines()[-1])
    with open(path) as f:
        data["lines"] = f.read().count("\n")
    return data


def report_keystrokes(lsp: dict | None) -> None:
    print("\nlanguage server, per keystroke:")
    if lsp is None:
        print("  needs the lsp extra: pip install 'otp-lints[lsp]'")
        return
    warm = 10 if len(lsp["round_trips"]) > 20 else 3  # the first keystrokes warm caches
    server = sorted(lsp["server"][-(len(lsp["round_trips"]) - warm):])
    cpu = sorted(lsp["cpu"][-(len(lsp["round_trips"]) - warm):])
    trips = sorted(t * 1000 for t in lsp["round_trips"][warm:])
    parses = sorted(t * 1000 for t in lsp["parses"][warm:])

    def pct(xs: list[float], p: float) -> float:
        return xs[min(len(xs) - 1, int(p * len(xs)))]

    print(f"  {lsp['lines']}-line file, {lsp['diagnostics']} diagnostics, {len(trips)} keystrokes "
          f"measured after {warm} to warm up")
    median = pct(server, 0.5)
    floor = pct(parses, 0.5)
    print(f"  floor: one ast.parse of the file, interleaved: median {floor:.1f} ms")
    print(f"  end of debounce -> diagnostics published: median {median:.1f} ms "
          f"({median / floor:.2f}x the floor), p90 {pct(server, 0.9):.1f} ms, "
          f"max {server[-1]:.1f} ms (target < 50 ms) {'OK' if median < 50 else 'MISSED'}")
    print(f"  round trip seen by the client (change sent -> diagnostics received): "
          f"median {pct(trips, 0.5):.1f} ms, p90 {pct(trips, 0.9):.1f} ms")
    print(f"  CPU time of the lint in the server (the work, whatever the machine's "
          f"load): median {pct(cpu, 0.5):.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", help="tree to lint (default: stdlib without test/)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="smaller scaling files (a smoke run, not a measurement)")
    parser.add_argument("--server-only", action="store_true",
                        help="only the language server's per-keystroke figures")
    parser.add_argument("--real", nargs="?", const=os.path.expanduser("~/.cache/otp-corpus"),
                        metavar="CORPUS", help="the floor table on the fourteen real projects")
    args = parser.parse_args()
    # The otp-lints installed beside this interpreter (its venv), else the one on PATH.
    sibling = os.path.join(os.path.dirname(sys.executable), "otp-lints")
    otp = sibling if os.path.exists(sibling) else (shutil.which("otp-lints") or sibling)
    if args.server_only:
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        with tempfile.TemporaryDirectory() as scratch:
            report_keystrokes(keystrokes(otp, scratch, 30 if args.quick else 200))
        return 0
    if args.real:
        with tempfile.TemporaryDirectory() as scratch:
            tree = real_dir(scratch, args.real)
            listing = os.path.join(scratch, "files.txt")
            files = py_files(tree)
            with open(listing, "w") as f:
                f.write("\n".join(files))
            work = os.path.join(scratch, "work")
            os.mkdir(work)
            print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
                  f"load average {os.getloadavg()[0]:.1f}")
            print(f"tree: {len(REAL_PROJECTS)} projects of {args.real} ({len(files)} files, "
                  f"{sum(os.path.getsize(p) for p in files) // 2**20} MiB)")
            against_floor(tree, listing, otp, work, args.repeat, real=True)
            breakdown(listing, tree, args.repeat)
            print(f"load average after: {os.getloadavg()[0]:.1f}")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        tree = os.path.abspath(args.dir) if args.dir else default_dir(scratch)
        files = py_files(tree)
        listing = os.path.join(scratch, "files.txt")
        with open(listing, "w") as f:
            f.write("\n".join(files))
        work = os.path.join(scratch, "work")  # cwd: no project config, cache lands here
        os.mkdir(work)
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        print(f"tree: {tree} ({len(files)} files)")

        against_floor(tree, listing, otp, work, args.repeat, real=False)
        breakdown(listing, tree, args.repeat)
        small = b"import os\n\ndef f(pid):\n    os.kill(pid, 9)\n"
        start, _ = timed([otp, "check", "--no-cache", "-", "--stdin-filename", "x.py"],
                         work, max(args.repeat, 5), stdin=small)
        imports = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "otp_lints", "check", "--no-cache", "-"],
            input=small, capture_output=True, cwd=work, check=False).stderr.decode()
        libcst_at_start = "libcst" in imports
        plugins = bench_plugins(listing, args.repeat)
        sizes = (200, 1_000, 5_000) if args.quick else (1_000, 10_000, 50_000)
        scale = scaling(otp, scratch, args.repeat, sizes)
        lsp = keystrokes(otp, scratch, 30 if args.quick else 200)

    def row(name: str, secs: float, ratio: float, target: str, mem: float | None = None) -> None:
        ok = "" if not target else ("  OK" if eval(f"{ratio} {target}") else "  MISSED")
        m = f"  peak {mem:6.0f} MiB" if mem is not None else ""
        print(f"  {name:<38} {secs:8.2f} s   {ratio:5.2f}x  (target {target or '-'}){ok}{m}")

    if "otp-lints" in plugins and "flake8-bugbear" in plugins:
        print("\nflake8 plugins in-process on the same parsed trees:")
        ours, bugbear = plugins["otp-lints"], plugins["flake8-bugbear"]
        print(f"  {'flake8-bugbear':<38} {bugbear:8.2f} s")
        row("otp-lints plugin", ours, ours / bugbear, "<= 1.0")
    else:
        print(f"\nflake8 plugins: need both otp-lints and flake8-bugbear installed ({plugins})")
    print("\nstart-up:")
    ok = "OK" if start < 0.150 else "MISSED"
    print(f"  one small file on stdin: {start * 1000:.0f} ms wall (target < 150 ms) {ok}")
    print(f"  libcst imported at start-up: {libcst_at_start} (target False) "
          f"{'MISSED' if libcst_at_start else 'OK'}")
    print("\nscaling (generated file, --jobs 1, includes start-up):")
    base = None
    for lines, t in scale:
        per = t / lines * 1e6
        base = base or per
        print(f"  {lines:>6} lines: {t:6.2f} s  {per:7.1f} us/line")
    big = scale[-1][1] / scale[-1][0]
    mid = scale[1][1] / scale[1][0]
    print(f"  per-line time {scale[-1][0]} vs {scale[1][0]} lines: {big / mid:.2f}x (flat: <= 1.3) "
          f"{'OK' if big / mid <= 1.3 else 'MISSED'}")
    report_keystrokes(lsp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
