"""Rows without a case identifier: a ``case_id`` cell that is missing, empty or only white space.

Such rows are rare, so the batch first asks whether a chunk holds any (``any_without_id``), cheaply,
and rewrites its rows only then (``WITHOUT_ID``).
"""

from __future__ import annotations

import polars as pl

CASE_ID = "case_id"

WITHOUT_ID = pl.col(CASE_ID).is_null() | (pl.col(CASE_ID).cast(pl.String).str.strip_chars() == "")
"""Whether a row has no case identifier (white space as Polars strips it; the column may be held
as ``Categorical``)."""


def any_without_id(ids: pl.Series) -> bool:
    """Whether some cell of ``ids`` (a ``case_id`` column) is ``WITHOUT_ID``.

    A cell whose first byte is printable ASCII other than a space (``!`` to ``~``) holds something
    that is not white space: it sorts from ``"!"`` (included) to ``"\\x7f"`` (excluded). Comparing
    text columns with a short literal reads each cell's first bytes only (Polars keeps them beside the
    cell's length), where stripping every cell copies it: measured on a million identifiers, 3 ms
    against 17 ms. Only the other cells (none in a CPAS export) are stripped."""
    if ids.has_nulls():
        return True
    ids = ids.cast(pl.String)  # a no-op for the reader's text; a Categorical column's cells
    others = ids.filter((ids < "!") | (ids >= "\x7f"))
    return bool((others.str.strip_chars() == "").any())
