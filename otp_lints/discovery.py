"""Which config applies to a file, and which files a run checks (SPEC 7.2).

Every front end asks the same questions here, so the CLI from any directory,
the flake8 plugin and the language server agree:

- ``Discovery.settings_for(path)``: the nearest pyproject.toml with
  ``[tool.otp-lints]`` at or above the file's directory
  (``config.settings_for_directory``), or the one ``--config`` names, with
  the command line's overrides;
- ``Discovery.is_excluded(path, settings)``: what the config excludes, for a
  file that was not found by walking (a file named with ``--force-exclude``,
  a file flake8 or an editor hands over): an exclude glob matching the path
  or any directory above it, or a virtual environment (a directory holding
  ``pyvenv.cfg``) between the config's root and the file;
- ``Discovery.iter_files(paths)``: the Python files under the paths, walking
  directories with the excludes, virtual environments and, inside a git work
  tree, the files git ignores (``.gitignore`` files at every level and
  ``.git/info/exclude``, read with ``pathspec``) left out, as ruff does. A file
  named on the command line is always checked unless ``--force-exclude``;
  git's ignores only apply to what a walk finds (as in ruff).

What is found is remembered per Discovery (one per run; a long-running front
end makes a new one when a config file changes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Optional

from otp_lints.config import Overrides, Settings, load_settings, settings_for_directory

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

PYTHON_SUFFIXES = (".py", ".pyi")
#: the file that marks a virtual environment of any name
VENV_MARKER = "pyvenv.cfg"


def _display(path: str) -> str:
    return os.path.normpath(path) if path not in ("", ".") else path


class GitIgnores:
    """Git's ignore rules for paths inside a work tree: every ``.gitignore``
    from the work tree's root down to the path's directory (a deeper file takes
    precedence, and within a file the last matching pattern wins) and then
    ``.git/info/exclude``. Outside a git work tree nothing is ignored (as ruff
    does); the user's global excludes file is not read, so every clone of a
    project gets the same answer."""

    def __init__(self) -> None:
        self._roots: dict[str, Optional[str]] = {}
        self._specs: dict[str, Optional[GitIgnoreSpec]] = {}
        self._dirs: dict[str, bool] = {}

    def work_tree(self, directory: str) -> Optional[str]:
        """The nearest directory at or above ``directory`` holding ``.git``."""
        found = self._roots.get(directory, "")
        if found != "":
            return found
        if os.path.exists(os.path.join(directory, ".git")):
            root: Optional[str] = directory
        else:
            parent = os.path.dirname(directory)
            root = None if parent == directory else self.work_tree(parent)
        self._roots[directory] = root
        return root

    def _spec(self, path: str) -> Optional[GitIgnoreSpec]:
        if path in self._specs:
            return self._specs[path]
        spec = None
        try:
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                lines = f.read().splitlines()
        except OSError:
            lines = []
        if any(ln.strip() and not ln.startswith("#") for ln in lines):
            from pathspec import GitIgnoreSpec

            spec = GitIgnoreSpec.from_lines(lines)
        self._specs[path] = spec
        return spec

    def _info_exclude(self, root: str) -> Optional[GitIgnoreSpec]:
        git = os.path.join(root, ".git")
        if os.path.isfile(git):  # a linked worktree or submodule: "gitdir: <path>"
            try:
                with open(git, encoding="utf-8") as f:
                    line = f.readline().strip()
            except OSError:
                return None
            if not line.startswith("gitdir:"):
                return None
            git = os.path.join(root, line[len("gitdir:"):].strip())
            try:  # a linked worktree shares info/exclude with its main repository
                with open(os.path.join(git, "commondir"), encoding="utf-8") as f:
                    git = os.path.join(git, f.read().strip())
            except OSError:
                pass
        return self._spec(os.path.join(git, "info", "exclude"))

    def is_ignored(self, path: str, is_dir: bool, top: Optional[str] = None) -> bool:
        """Whether git ignores ``path`` (absolute): the rules of every .gitignore
        from its directory up to the work tree's root, then .git/info/exclude.

        ``top`` is the directory a walk started from (named by the user). When
        git ignores that directory itself, only the .gitignore files at or
        below it count, as in ruff and ripgrep: naming an ignored directory
        checks what is in it (the pyenv checkout ignores ``versions/``, and
        ``otp-lints check ~/.pyenv/versions/3.12.1/lib/python3.12`` must still
        lint the standard library)."""
        directory = os.path.dirname(path)
        root = self.work_tree(directory)
        if root is None:
            return False
        stop = root
        if top is not None and top != root and self.dir_ignored(top):
            stop = top
        suffix = "/" if is_dir else ""

        def below(d: str) -> str:  # ``path`` relative to its ancestor ``d``
            return path[len(d.rstrip(os.sep)) + 1:].replace(os.sep, "/") + suffix

        d = directory
        while True:
            spec = self._spec(os.path.join(d, ".gitignore"))
            if spec is not None:
                result = spec.check_file(below(d)).include
                if result is not None:
                    return result
            if d == stop:
                break
            d = os.path.dirname(d)
        if stop != root:
            return False
        spec = self._info_exclude(root)
        return spec is not None and bool(spec.check_file(below(root)).include)

    def dir_ignored(self, directory: str) -> bool:
        """Whether git ignores the directory (absolute) or one above it."""
        root = self.work_tree(directory)
        return root is not None and self._dir_ignored(directory, root)

    def is_path_ignored(self, path: str, top: Optional[str] = None) -> bool:
        """Whether a walk from ``top`` (default: the work tree's root) skips the
        file ``path`` (absolute): git ignores it or a directory between ``top``
        and it (``is_ignored`` says how an ignored ``top`` counts)."""
        directory = os.path.dirname(path)
        root = self.work_tree(directory)
        if root is None:
            return False
        if top is not None and top != root and self.dir_ignored(top):
            d = directory
            while d != top and d.startswith(top):
                if self.is_ignored(d, True, top):
                    return True
                d = os.path.dirname(d)
            return self.is_ignored(path, False, top)
        return self._dir_ignored(directory, root) or self.is_ignored(path, False)

    def _dir_ignored(self, directory: str, root: str) -> bool:
        if directory == root:
            return False
        found = self._dirs.get(directory)
        if found is None:
            found = (self._dir_ignored(os.path.dirname(directory), root)
                     or self.is_ignored(directory, True))
            self._dirs[directory] = found
        return found


class Discovery:
    """The configs and files of one run (or of one long-running front end)."""

    def __init__(self, config: Optional[str] = None,
                 overrides: Optional[Overrides] = None) -> None:
        self.overrides = overrides or Overrides()
        #: ``--config FILE``: one Settings for every file
        self.fixed: Optional[Settings] = None
        if config is not None:
            self.fixed = load_settings(config).with_overrides(self.overrides)
        self._overridden: dict[Settings, Settings] = {}
        self._venv: dict[str, bool] = {}
        self.gitignores = GitIgnores()

    # -- configs -------------------------------------------------------------
    def settings_for_dir(self, directory: str) -> Settings:
        """The settings for the files in ``directory``."""
        if self.fixed is not None:
            return self.fixed
        base = settings_for_directory(os.path.abspath(directory))
        if self.overrides.is_empty():
            return base
        settings = self._overridden.get(base)  # Settings hash by identity
        if settings is None:
            settings = self._overridden[base] = base.with_overrides(self.overrides)
        return settings

    def settings_for(self, path: str) -> Settings:
        """The settings for the file ``path`` (for ``-``: the working directory's)."""
        if path == "-":
            return self.settings_for_dir(os.getcwd())
        return self.settings_for_dir(os.path.dirname(os.path.abspath(path)))

    # -- excludes ------------------------------------------------------------
    def is_venv(self, directory: str) -> bool:
        found = self._venv.get(directory)
        if found is None:
            found = self._venv[directory] = os.path.isfile(os.path.join(directory, VENV_MARKER))
        return found

    def is_excluded(self, path: str, settings: Settings) -> bool:
        """Whether the config excludes ``path`` although no walk found it: an
        exclude glob matches it or a directory above it (up to the config's
        root), or a directory between the root and the file is a virtual
        environment."""
        rel = settings.relpath(path)
        parts = rel.split("/")
        inside = parts[0] != ".." and not os.path.isabs(rel)
        for i in range(len(parts), 0, -1):
            if parts[i - 1] == "..":
                break
            if settings.is_excluded("/".join(parts[:i])):
                return True
        if inside:
            d = os.path.dirname(os.path.abspath(path))
            for _ in range(len(parts) - 1):
                if self.is_venv(d):
                    return True
                d = os.path.dirname(d)
        return False

    # -- walking -------------------------------------------------------------
    def iter_files(self, paths: Sequence[str], force_exclude: bool = False,
                   errors: Optional[list[tuple[str, OSError]]] = None,
                   ) -> Iterator[tuple[str, Settings]]:
        """(path, settings) of every Python file under ``paths``, each once. A
        file named directly is always checked unless ``force_exclude``
        (pre-commit passes every staged file by name). A directory that cannot
        be listed goes to ``errors`` with the reason (never silently skipped)."""
        seen: set[str] = set()
        for given in paths:
            if os.path.isdir(given):
                settings = self.settings_for_dir(given)
                if force_exclude and self.is_excluded(given, settings):
                    continue
                for found, real, file_settings in self._walk(given, errors):
                    if real not in seen:
                        seen.add(real)
                        yield found, file_settings
            else:
                settings = self.settings_for(given)
                if force_exclude and self.is_excluded(given, settings):
                    continue
                real = os.path.realpath(given)
                if real not in seen:
                    seen.add(real)
                    yield _display(given), settings

    def _walk(self, top: str, errors: Optional[list[tuple[str, OSError]]] = None
              ) -> Iterator[tuple[str, str, Settings]]:
        """(display path, real path, settings) of each Python file under ``top``;
        the real path is resolved once per walk, and per file only for a
        symlink. Symlinked directories below ``top`` are not entered; symlinked
        files are checked. Each directory's entries are judged by that
        directory's settings (a nested config's excludes apply below it)."""
        visited: set[tuple[int, int]] = set()
        abs_top = os.path.abspath(top)
        #: (directory, its real path when known: a subdirectory that is no
        #: symlink is its parent's real path and its name)
        stack: list[tuple[str, Optional[str]]] = [(top, None)]
        while stack:
            d, real_dir = stack.pop()
            try:
                st = os.stat(d)
            except OSError as exc:
                if errors is not None:
                    errors.append((_display(d), exc))
                continue
            key = (st.st_dev, st.st_ino)
            if key in visited:  # a loop (a bind mount)
                continue
            visited.add(key)
            try:
                with os.scandir(d) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                if errors is not None:
                    errors.append((_display(d), exc))
                continue
            settings = self.settings_for_dir(d)
            gitignore = settings.respect_gitignore
            subdirs: list[tuple[str, Optional[str]]] = []
            if real_dir is None:
                real_dir = os.path.realpath(d)
            for entry in entries:
                full = os.path.join(d, entry.name)
                if settings.is_excluded(settings.relpath(full)):
                    continue
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    continue
                if is_dir:
                    if self.is_venv(full):
                        continue
                    if gitignore and self.gitignores.is_ignored(os.path.abspath(full), True,
                                                                abs_top):
                        continue
                    try:
                        linked = entry.is_symlink()
                    except OSError:
                        linked = True
                    if linked:
                        # A symlinked directory found while walking is not
                        # entered (flake8's os.walk and ruff do the same): it is
                        # mostly a venv, a dependency or a copy of code checked
                        # elsewhere. Named on the command line, it is walked.
                        continue
                    subdirs.append((full, os.path.join(real_dir, entry.name)))
                elif entry.name.endswith(PYTHON_SUFFIXES):
                    try:
                        if not entry.is_file():  # broken symlink
                            continue
                        link = entry.is_symlink()
                    except OSError:
                        continue
                    if gitignore and self.gitignores.is_ignored(os.path.abspath(full), False,
                                                                abs_top):
                        continue
                    real = os.path.realpath(full) if link else os.path.join(real_dir, entry.name)
                    yield _display(full), real, settings
            stack.extend(reversed(subdirs))
