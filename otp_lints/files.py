"""Reading and writing files so that no byte is ever lost.

``read_source``: only a regular file is read (a FIFO, socket or device named
on the command line would block or never end). ``write_in_place``: how
``--fix`` writes a user's file (as black and ruff do, in place, so the file
keeps its identity and metadata), guarded so that an edit saved meanwhile, a
full disk or Ctrl-C cannot cost a byte. ``replace_atomically``: how
otp-lints writes its own files (baseline, cache): a temporary file beside the
target, renamed over it, removed on every way out. docs/reliability.md lists
each fault these guard against, and the test that injects it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from typing import Optional

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def os_reason(exc: OSError) -> str:
    """The OS's words for a failure, as a message goes on: "permission denied"."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return reason[:1].lower() + reason[1:]


def read_source(path: str) -> bytes:
    """The bytes of a file to lint. Only a regular file is read: a FIFO, a
    socket or a device would block forever or never end (``/dev/zero``), so it
    is an OSError "not a regular file" (opened without blocking, and checked
    on the open descriptor, not by name, so nothing can be swapped in)."""
    return read_source_stat(path)[0]


def read_source_stat(path: str) -> tuple[bytes, os.stat_result]:
    """``read_source``, with the file's status taken on the open descriptor
    *before* reading: a change made while or after it is read changes the
    status again, so a cache keyed by it never pairs new status with old bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise OSError(errno.EINVAL, "not a regular file") from None
        raise
    with open(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        try:
            return f.read(), st
        except MemoryError:
            raise OSError(errno.EFBIG, "too large to read into memory") from None


def write_in_place(path: str, original: Optional[bytes], data: bytes) -> Optional[str]:
    """Write ``data`` over ``path``; None on success, else why the file was left
    exactly as it was. With ``original``, only if the file still holds it.

    In place, as black and ruff write: the file keeps its inode, owner, group,
    mode, ACLs and extended attributes, a hard link stays linked, and a symlink
    is written through (its target is written, the link stays a link). Beyond
    what they do:

    - only a regular file the user may write is written, and one with no write
      permission bit at all is left alone, even by root;
    - the content is compared with ``original`` on the open descriptor right
      before writing: an edit saved meanwhile is never overwritten;
    - a file that grows is extended first (the only step that needs new disk
      space), so a full disk fails before one old byte is overwritten;
    - any failure or interrupt (Ctrl-C) while writing puts the old bytes back.
    No temporary file is made, so none can be left behind.
    """
    try:
        fd = os.open(path, os.O_RDWR | _O_NONBLOCK | _O_CLOEXEC)
    except OSError as exc:
        return f"cannot open the file for writing: {os_reason(exc)}"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return "not a regular file"
        if not st.st_mode & 0o222:
            return "the file is read-only"
        old = _read_fd(fd)
        if original is not None and old != original:
            return "the file changed on disk during the run"
        problem = _overwrite(fd, old, data)
        if problem is None and not _names(path, st):
            # An editor saved by renaming a new file over it: that file stands.
            return "the file was replaced on disk during the run"
        return problem
    except OSError as exc:
        return f"cannot write the file: {os_reason(exc)}"
    finally:
        os.close(fd)


def _names(path: str, st: os.stat_result) -> bool:
    """Whether ``path`` still names the file ``st`` describes."""
    try:
        now = os.stat(path)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino)


def _read_fd(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _write_at(fd: int, offset: int, data: bytes) -> None:
    os.lseek(fd, offset, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _overwrite(fd: int, old: bytes, new: bytes) -> Optional[str]:
    """Replace the file's ``old`` content with ``new`` through ``fd``."""
    if len(new) > len(old):
        # Claim the new space first: a full disk fails here, with nothing overwritten.
        try:
            _write_at(fd, len(old), new[len(old):])
            os.fsync(fd)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, len(old))
            if isinstance(exc, OSError):
                return f"cannot write the file: {os_reason(exc)}"
            raise
    try:
        _write_at(fd, 0, new[:len(old)])
        if len(new) < len(old):
            os.ftruncate(fd, len(new))
    except BaseException as exc:
        # The bytes the file already has need no new space: put them back.
        try:
            _write_at(fd, 0, old)
            os.ftruncate(fd, len(old))
        except OSError as again:
            first = os_reason(exc) if isinstance(exc, OSError) else type(exc).__name__
            raise OSError(again.errno, f"{first}, and restoring the file failed: "
                          f"{os_reason(again)}") from None
        if isinstance(exc, OSError):
            return f"cannot write the file: {os_reason(exc)}"
        raise
    return None


def replace_atomically(
    path: str, data: bytes, follow_symlinks: bool = True, durable: bool = True
) -> None:
    """Make ``path`` hold ``data``: a temporary file in the same directory,
    flushed to disk (``durable``), then renamed over it, so a reader never sees
    half a file.

    With ``follow_symlinks`` (a user's file, the baseline), a symlink is
    written through (its target is replaced, the link stays), and a file with
    more than one hard link is written in place instead, so its links stay
    linked; without it (the cache), a link is replaced, never followed. The
    file keeps its mode (a new one gets the umask's), and its owner and group
    where the OS allows. The temporary file is removed on every way out: an
    error (a full disk: OSError naming the reason), Ctrl-C, or SIGTERM (which
    the CLI turns into an exception). Raises OSError.
    """
    target = path
    if follow_symlinks and os.path.islink(path):
        target = os.path.realpath(path)
    try:
        st: Optional[os.stat_result] = os.lstat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        st = None  # a link or something else in the way: replaced, its mode not copied
    if follow_symlinks and st is not None and st.st_nlink > 1:
        problem = write_in_place(target, None, data)
        if problem is not None:
            raise OSError(errno.EIO, problem)
        return
    import tempfile  # not at start-up: it imports shutil, lzma, bz2, random

    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp",
                               dir=directory)
    try:
        with open(fd, "wb") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != _owner(tmp):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.chown(tmp, st.st_uid, st.st_gid)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _owner(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_uid, st.st_gid


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def make_private_dir(path: str) -> bool:
    """Create the directory ``path`` (its parent must exist) or accept an existing
    one; False when it is not a real directory (a symlink is never written
    through: it could point anywhere)."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(path)
    st = os.lstat(path)
    return stat.S_ISDIR(st.st_mode)


def create_exclusive(path: str, data: bytes) -> None:
    """Write a new file, never through a symlink and never over an existing file
    (FileExistsError); a partial file is removed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC, 0o666)
    try:
        with open(fd, "wb") as f:
            f.write(data)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
