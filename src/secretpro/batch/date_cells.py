"""The distinct cells of a date column read at once: those written exactly ``YYYY-MM-DD``.

A date column of a million rows holds a few thousand distinct cells, nearly all written exactly
``YYYY-MM-DD``. Reading each with ``read_value`` (and building a Series from Python dates) took
about 2 ms a column, on the batch's one serial path. Here Polars parses them column-wise, and a
cell is taken from that parse only when ``read_value`` would give the very same day: ten bytes that
Polars writes back unchanged from the day it read (so ``date.fromisoformat`` reads that day too: no
space, sign, missing zero or impossible day), not before ``EARLIEST_PLAUSIBLE_DATE``. Every other
cell (empty, spaced, bad, implausible) is read one by one by the caller's reader, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import polars as pl

from secretpro.dates import EARLIEST_PLAUSIBLE_DATE, ISO_LENGTH

ISO_FORMAT = "%Y-%m-%d"

CellReader = Callable[[str], tuple[date | None, str | None]]
"""One cell's day and error message, as ``read_value`` gives them (``fact_columns._slow_read``)."""


def read_date_cells(cells: pl.Series, read_one: CellReader) -> tuple[pl.Series, pl.Series]:
    """The day (``pl.Date``, null: unknown or bad) and the error (null: none) of each cell of
    ``cells`` (text; a null cell, a code not yet named, reads as unknown)."""
    parsed = cells.str.to_date(ISO_FORMAT, strict=False)
    exact = (
        (cells.str.len_bytes() == ISO_LENGTH)
        & (parsed.dt.to_string(ISO_FORMAT) == cells)
        & (parsed >= EARLIEST_PLAUSIBLE_DATE)
    ).fill_null(False)
    values = pl.select(pl.when(exact).then(parsed)).to_series()
    errors = pl.repeat(None, cells.len(), dtype=pl.String, eager=True)
    others = (~exact).arg_true()
    if others.len():
        read = [read_one(cell) if cell else (None, None) for cell in cells.gather(others).to_list()]
        values = values.scatter(others, pl.Series([day for day, _ in read], dtype=pl.Date))
        errors = errors.scatter(others, pl.Series([error for _, error in read], dtype=pl.String))
    return values.alias(cells.name), errors.alias(cells.name)
