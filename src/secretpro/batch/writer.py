"""Writing the results: CSV UTF-8, all-or-nothing (a temporary file renamed into place); a cell
that a spreadsheet would run as a formula (a case id ``=HYPERLINK(…)``) is escaped exactly as the
register's export escapes it (``secretpro.spreadsheet.safe_cell``)."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path

import polars as pl

from secretpro.spreadsheet import escape_formulas


def to_csv_bytes(table: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    escape_formulas(table).write_csv(buffer)
    return buffer.getvalue()


def write_atomically(table: pl.DataFrame, path: Path) -> None:
    """Write ``table`` to ``path``: either the whole file appears, or nothing changes.

    The rows go to a temporary file in the same directory, flushed to disk, then renamed over
    ``path`` (``os.replace`` is atomic on POSIX and Windows); on any failure the temporary file
    is removed.
    """
    directory = path.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            escape_formulas(table).write_csv(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
