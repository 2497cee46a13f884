"""The guard's files in the user's cache folder: what is slow to build at every start, kept under
the digest of everything it is built from, so that a changed input gives a new file and a stale,
truncated or foreign file is simply built again."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

_FILES_KEPT = 4


def cache_dir() -> Path:
    """``SECRETPRO_CACHE_DIR``, else the user's cache folder for secretpro."""
    override = os.environ.get("SECRETPRO_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no folder is set (a few milliseconds of every start)

    return Path(platformdirs.user_cache_dir("secretpro"))


def load(path: Path) -> Any:
    """What ``store`` wrote at ``path``, or None when it is missing or unreadable."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, truncated, from another version: the caller builds it again
        return None


def store(path: Path, value: Any) -> None:
    """Write ``value`` at ``path`` whole or not at all (a start reading it meanwhile sees the old
    file or none), and remove older files of the same kind: files built from older inputs are never
    read again (tests and tools build small ones of their own in the same folder)."""
    written: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            written = Path(handle.name)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(written, path)
    except Exception:  # no writable cache, a full disk: the next start builds it again
        if written is not None:
            written.unlink(missing_ok=True)
        return
    kind = path.name.rsplit("-", 1)[0]
    same_kind = sorted(path.parent.glob(f"{kind}-*{path.suffix}"), key=_mtime, reverse=True)
    for stale in same_kind[_FILES_KEPT:]:
        stale.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
