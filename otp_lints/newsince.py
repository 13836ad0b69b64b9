"""``check --new-since REV``: only the diagnostics that did not exist at a git revision.

"Existed" is judged as the baseline judges it (SPEC 4.2, 7.5): by path, code
and a fingerprint of the offending line's stripped text, with a count. Each
checked file's content at ``REV`` (under its old name when git's rename
detection says it was moved) is linted with today's settings for today's path,
through noqa and the allowlist, and its fingerprints are a baseline for that
file: moving or re-indenting code keeps every fingerprint, while a second copy
of a violation, or a violation on an unchanged line that a change elsewhere in
the file caused, is new.

Files are read at ``REV`` from git itself (``git ls-tree``, ``git diff
--name-status -M`` and one ``git cat-file --batch``), never by checking
anything out, and only files that differ from ``REV`` are linted again: a file
git reports unchanged has exactly the diagnostics it had. A file git does not
track at ``REV`` (new, untracked, or outside the repository) has no past, so
everything in it is new. Every git failure is one line and exit 2.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Callable, Optional

from otp_lints.config import ConfigError
from otp_lints.diagnostics import Diagnostic
from otp_lints.lint import FileResult, raw_diagnostics
from otp_lints.suppress import BaselineKey, Layers, classify

#: The suppression layers (settings, today) that apply to a path.
LayersFor = Callable[[str], Layers]
#: The layer name a diagnostic that existed at the revision is counted under.
LAYER = "new-since"
#: Where the default branch is looked for, after the CI's target branch and
#: ``origin/HEAD``.
DEFAULT_BRANCHES = ("origin/main", "origin/master", "main", "master")
#: CI variables naming the branch a pull or merge request targets.
TARGET_BRANCH_VARIABLES = ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME")


class GitFailure(ConfigError):
    """git is missing, the directory is no work tree, or the revision is bad:
    one line naming the problem (exit 2)."""


def _git(top: str, *args: str, stdin: Optional[bytes] = None, check: bool = True
         ) -> subprocess.CompletedProcess[bytes]:
    try:
        proc = subprocess.run(
            ["git", "-C", top, *args], input=stdin, capture_output=True,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise GitFailure("--new-since: git is not installed (or not on PATH)") from None
    except OSError as exc:
        raise GitFailure(f"--new-since: cannot run git: {exc.strerror or exc}") from None
    if check and proc.returncode != 0:
        raise GitFailure(f"--new-since: git {args[0]} failed: {_first_line(proc.stderr)}")
    return proc


def _first_line(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[0] if lines else "no message"


def work_tree(directory: str) -> str:
    """The top of the git work tree holding ``directory`` (a real path)."""
    proc = _git(directory, "rev-parse", "--show-toplevel", check=False)
    if proc.returncode != 0:
        problem = _first_line(proc.stderr)
        if "not a git repository" in problem:
            raise GitFailure(f"--new-since: {directory} is not inside a git work tree")
        raise GitFailure(f"--new-since: git rev-parse failed: {problem}")
    return os.path.realpath(proc.stdout.decode("utf-8", "surrogateescape").strip())


def resolve(top: str, rev: str) -> str:
    """The commit ``rev`` names; a one-line error when it names none."""
    if rev.startswith("-"):
        raise GitFailure(f"--new-since: unknown revision {rev!r}")
    proc = _git(top, "rev-parse", "--verify", "--quiet", "--end-of-options",
                f"{rev}^{{commit}}", check=False)
    if proc.returncode != 0:
        raise GitFailure(f"--new-since: unknown revision {rev!r}")
    return proc.stdout.decode().strip()


def is_revision(top: str, rev: str) -> bool:
    try:
        resolve(top, rev)
    except GitFailure:
        return False
    return True


def default_branch(top: str) -> str:
    """The branch a change is judged against: the target of the pull or merge
    request in GitHub Actions or GitLab CI, else the remote's default branch
    (``origin/HEAD``), else the first of ``origin/main``, ``origin/master``,
    ``main``, ``master`` that exists."""
    candidates = []
    for var in TARGET_BRANCH_VARIABLES:
        name = os.environ.get(var, "").strip()
        if name:
            candidates += [f"origin/{name}", name]
    proc = _git(top, "symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD",
                check=False)
    if proc.returncode == 0 and proc.stdout.strip():
        candidates.append(proc.stdout.decode().strip())
    candidates += DEFAULT_BRANCHES
    for name in candidates:
        if is_revision(top, name):
            return name
    raise GitFailure("--new-since: cannot tell the default branch (no origin/HEAD, main or "
                     "master); name a revision: --new-since REV")


def merge_base(top: str, branch: str) -> str:
    proc = _git(top, "merge-base", "HEAD", branch, check=False)
    if proc.returncode != 0:
        raise GitFailure(f"--new-since: HEAD and {branch} have no merge base (a shallow "
                         "clone? fetch the history, e.g. fetch-depth: 0), or name a revision")
    return proc.stdout.decode().strip()


@dataclass
class Past:
    """What git knows of the checked files at one revision."""

    top: str
    commit: str
    label: str  # as the user named it, for messages
    #: path (relative to ``top``, '/'-separated) -> blob id at the revision
    blobs: dict[str, str] = field(default_factory=dict)
    #: path now -> path at the revision, for renamed files
    renamed: dict[str, str] = field(default_factory=dict)
    #: paths whose content differs from the revision (or that git does not track)
    changed: set[str] = field(default_factory=set)

    @classmethod
    def at(cls, directory: str, rev: Optional[str]) -> Past:
        """The revision ``rev`` (None or "": the merge base with the default branch)
        of the work tree holding ``directory``."""
        top = work_tree(directory)
        if rev:
            commit, label = resolve(top, rev), rev
        else:
            branch = default_branch(top)
            commit, label = merge_base(top, branch), f"the merge base with {branch}"
        past = cls(top, commit, label)
        listing = _git(top, "ls-tree", "-r", "-z", "--full-tree", commit).stdout
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == b"blob":
                past.blobs[_text(path)] = parts[2].decode()
        diff = _git(top, "diff", "--name-status", "-z", "-M", "--no-ext-diff",
                    "--no-textconv", "--ignore-submodules", commit, "--").stdout
        fields = [_text(f) for f in diff.split(b"\0")]
        i = 0
        while i < len(fields) and fields[i]:
            status = fields[i]
            if status[:1] in ("R", "C"):
                old, new = fields[i + 1], fields[i + 2]
                if status[:1] == "R":
                    past.renamed[new] = old
                past.changed.add(new)
                i += 3
            else:
                past.changed.add(fields[i + 1])
                i += 2
        return past

    def git_path(self, path: str) -> Optional[str]:
        """``path`` relative to the work tree, or None when it lies outside it."""
        real = os.path.realpath(path)
        if real != self.top and not real.startswith(self.top.rstrip(os.sep) + os.sep):
            return None
        return os.path.relpath(real, self.top).replace(os.sep, "/")

    def read(self, blob_ids: Sequence[str]) -> list[Optional[bytes]]:
        """The contents of blobs, in one ``git cat-file --batch``."""
        if not blob_ids:
            return []
        out = _git(self.top, "cat-file", "--batch",
                   stdin="".join(f"{b}\n" for b in blob_ids).encode()).stdout
        contents: list[Optional[bytes]] = []
        pos = 0
        for _ in blob_ids:
            end = out.index(b"\n", pos)
            header = out[pos:end].split()
            if len(header) != 3:  # "<id> missing"
                contents.append(None)
                pos = end + 1
                continue
            size = int(header[2])
            contents.append(out[end + 1:end + 1 + size])
            pos = end + 1 + size + 1
        return contents


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def existing_keys(past: Past, results: Iterable[FileResult], layers_for: LayersFor
                  ) -> dict[str, Optional[Counter[BaselineKey]]]:
    """For each checked file with something reported (by its result's path): None
    when it is unchanged since the revision (everything in it existed), else the
    fingerprints its content at the revision has (empty when it has no past)."""
    out: dict[str, Optional[Counter[BaselineKey]]] = {}
    to_read: list[tuple[str, str]] = []  # (result path, blob id)
    for r in results:
        if not r.diagnostics or r.path in out:
            continue
        path = r.path if r.path != "-" else ""
        git_path = past.git_path(path) if path else None
        if git_path is None:
            out[r.path] = Counter()
            continue
        old = past.renamed.get(git_path, git_path)
        blob = past.blobs.get(old)
        if blob is None:
            out[r.path] = Counter()  # new, or untracked at the revision
        elif git_path not in past.changed and old == git_path:
            out[r.path] = None
        else:
            to_read.append((r.path, blob))
    for (path, _), source in zip(to_read, past.read([b for _, b in to_read])):
        counts: Counter[BaselineKey] = Counter()
        if source is not None:
            layers = layers_for(path)
            diags, lines = raw_diagnostics(source, path, layers.settings)
            then = classify(diags, lines, path, Layers(layers.settings, baseline=None,
                                                       today=layers.today))
            counts.update(key for _, key, _ in then.keys)
        out[path] = counts
    return out


def only_new(past: Past, results: Sequence[FileResult], layers_for: LayersFor
             ) -> tuple[list[FileResult], int]:
    """``results`` with every reported diagnostic that existed at the revision moved
    to the ``new-since`` layer; and how many were."""
    existing = existing_keys(past, results, layers_for)
    out = []
    n_old = 0
    for r in results:
        keys = existing.get(r.path, Counter())
        if not r.diagnostics or (keys is not None and not keys):
            out.append(r)
            continue
        key_of = {_where(d): key for d, key, _ in r.classified.keys} if r.classified else {}
        remaining = Counter(keys) if keys is not None else None
        kept, old = [], []
        for d in r.diagnostics:
            key = key_of.get(_where(d))
            if remaining is None or (key is not None and remaining[key] > 0):
                if remaining is not None and key is not None:
                    remaining[key] -= 1
                old.append(d)
            else:
                kept.append(d)
        n_old += len(old)
        out.append(FileResult(r.path, kept, [*r.suppressed, *((d, LAYER) for d in old)],
                              r.classified))
    return out, n_old


def _where(d: Diagnostic) -> tuple[int, int, str, str]:
    return (d.line, d.col, d.code, d.message)
