"""Replacing a whole output folder safely: one atomic swap, one build at a time, no leftovers.

- :func:`swap` puts a finished folder in the place of the old one in one step. On Linux
  (``renameat2`` with ``RENAME_EXCHANGE``) and macOS (``renamex_np`` with ``RENAME_SWAP``) the
  two folders trade places atomically: at every moment the target is either the whole old or the
  whole new folder, whenever the process is killed. Where the system cannot exchange two folders
  (Windows, some network disks) the old folder is first renamed aside and the new one renamed
  into place; a build killed between those two renames leaves the old folder aside, and the next
  build puts it back (:func:`clean_up`) before anything else. No symbolic links are used, so the
  build folder is a plain folder everywhere (a link would need extra rights on Windows and is
  copied as a link by some tools).
- :func:`locked` serialises builds into one folder: a second build waits for the first.
- Working folders are named ``.hulpwijzer-build-<process id>-…``; :func:`clean_up` removes those
  whose process is gone (a build killed with ``kill -9``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

STAGING_PREFIX = ".hulpwijzer-build-"
_STAGING = re.compile(r"^\.hulpwijzer-build-(\d+)-[^/]*?(?:-old-(.+))?$")


def staging_folder(target: Path) -> Path:
    """A new, empty working folder beside ``target`` (on the same disk, for the swap)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=target.parent))
    staging.chmod(0o755)
    return staging


def swap(new: Path, target: Path) -> Path | None:
    """Put the folder ``new`` in the place of ``target``; return where the old ``target`` is now
    (for the caller to delete), or None when there was none."""
    if not target.exists():
        os.rename(new, target)  # atomic; fails if another folder appeared there meanwhile
        return None
    if _exchange(new, target):
        return new
    old = new.with_name(f"{new.name}-old-{target.name}")  # put back by clean_up if killed now
    os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        os.rename(old, target)
        raise
    return old


def _exchange(a: Path, b: Path) -> bool:
    """Exchange the folders ``a`` and ``b`` atomically; False where the system cannot."""
    import ctypes

    if sys.platform == "win32":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except (OSError, TypeError):
        return False
    fa, fb = os.fsencode(a), os.fsencode(b)
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        result = libc.renameat2(at_fdcwd, fa, at_fdcwd, fb, rename_exchange)
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        rename_swap = 2
        result = libc.renamex_np(fa, fb, rename_swap)
    else:
        return False
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # this file system cannot exchange: rename twice
    raise OSError(code, os.strerror(code), str(b))


def remove(folder: Path | None) -> None:
    """Delete a working folder (or an old build swapped out), as far as it can be deleted."""
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def clean_up(target: Path) -> None:
    """Remove what killed builds left beside ``target``: their working folders, once their
    process is gone; an old ``target`` renamed aside is put back if ``target`` is missing."""
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        match = _STAGING.match(name)
        if not match or alive(int(match.group(1))):
            continue
        path = target.parent / name
        if match.group(2) == target.name and not target.exists():
            with contextlib.suppress(OSError):
                os.rename(path, target)
                continue
        if path.is_dir() and not path.is_symlink():
            remove(path)


def alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (on Windows: assumed, unless it is this one's)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True


def _alive_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def lock_path(target: Path) -> Path:
    return target.parent / f".hulpwijzer-lock-{target.name}"


@contextlib.contextmanager
def locked(target: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the lock of ``target`` (a file beside it) while the block runs; if another build
    holds it, say so through ``waiting`` and wait for it to finish. The system releases the lock
    of a process that is killed; the lock file is removed when the block ends."""
    path = lock_path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                waiting(_holder(fd))
                _wait_lock(fd)
            try:  # the file may have been removed by the build that held it: lock the new one
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
        except BaseException:
            os.close(fd)
            raise
        break
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()  # before unlocking, so that a waiting build locks a new file
        os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    """Which process holds the lock, as the message names it."""
    try:
        pid = os.pread(fd, 32, 0).decode("ascii").strip()
    except (OSError, AttributeError, UnicodeError):
        pid = ""
    return f"process {pid}" if pid.isdigit() else "another process"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _wait_lock(fd: int) -> None:
        while not _try_lock(fd):
            time.sleep(0.5)

else:
    import fcntl

    # POSIX record locks (lockf), not flock: the worker processes forked by the build do not
    # inherit them, so an orphaned worker can never keep the next build waiting.
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                return False
            raise
        return True

    def _wait_lock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_EX)
