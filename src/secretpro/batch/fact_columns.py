"""Reading raw CSV cells into typed columns, with the exact semantics of ``secretpro.rules.facts``.

Each column is read in two passes:

1. a fast, column-wise pass for the canonical spellings (``true``/``false``, ``2025-06-01``,
   ``MA``, an exact choice, eleven digits for a national number with its checksum), done with
   Polars expressions;
2. every other non-empty cell (``Oui``, `` ma ``, ``85.07.30-033.28``, ``2025-02-30``…) is read by
   ``secretpro.rules.facts.read_value`` itself, once per *distinct* cell, and put back in place.

So a cell reads exactly as ``decide(..., from_text=True)`` would read it — same value, same error
message — while the Python work grows with the number of distinct cells, not of rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import product
from string import ascii_uppercase
from typing import Any

import polars as pl

from secretpro.batch.national_number import ELEVEN_DIGITS, is_valid_number
from secretpro.reference import normalize_country
from secretpro.rules.facts import EARLIEST_PLAUSIBLE_DATE, FactsError, FactSpec, Kind, read_value

ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
INVALID_NUMBER = "not a valid Belgian national or BIS number (checksum or date)"

_DTYPES: dict[Kind, pl.DataType] = {
    Kind.BOOLEAN: pl.Boolean(),
    Kind.DATE: pl.Date(),
    Kind.CHOICE: pl.String(),
    Kind.CHOICES: pl.String(),
    Kind.COUNTRY: pl.String(),
    Kind.NATIONAL_NUMBER: pl.String(),
    Kind.TEXT: pl.String(),
}


@dataclass(frozen=True)
class ReadColumn:
    """A fact column read: typed values (null = unknown or bad) and ``"field: message"`` errors."""

    values: pl.Series
    errors: pl.Series


@cache
def known_country_codes() -> frozenset[str]:
    """Every upper-case alpha-2 code that ``normalize_country`` accepts (pycountry plus Kosovo)."""
    codes = ("".join(pair) for pair in product(ascii_uppercase, repeat=2))
    return frozenset(code for code in codes if normalize_country(code) == code)


def _fast_read(spec: FactSpec, raw: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Values read column-wise (null where this pass could not read the cell), and errors it settled."""
    column = pl.col(spec.name)
    dtype = _DTYPES[spec.kind]
    frame = raw.alias(spec.name).to_frame()
    no_errors = pl.Series(spec.name, dtype=pl.String).extend_constant(None, raw.len())
    match spec.kind:
        case Kind.BOOLEAN:
            values = frame.select(
                pl.when(column == "true").then(pl.lit(True)).when(column == "false").then(pl.lit(False))
            ).to_series()
            return values.cast(dtype), no_errors
        case Kind.CHOICE:
            return frame.select(pl.when(column.is_in(spec.choices)).then(column)).to_series(), no_errors
        case Kind.COUNTRY:
            codes = sorted(known_country_codes())
            return frame.select(pl.when(column.is_in(codes)).then(column)).to_series(), no_errors
        case Kind.DATE:
            parsed = frame.select(
                pl.when(column.str.contains(ISO_DATE)).then(column.str.to_date("%Y-%m-%d", strict=False))
            )
            plausible = parsed.select(pl.when(column >= pl.lit(EARLIEST_PLAUSIBLE_DATE)).then(column))
            return plausible.to_series(), no_errors
        case Kind.NATIONAL_NUMBER:
            checked = frame.select(
                column,
                pl.when(column.str.contains(ELEVEN_DIGITS)).then(is_valid_number(column)).alias("valid"),
            )
            read = checked.select(
                pl.when(pl.col("valid")).then(column),
                pl.when(pl.col("valid").not_()).then(pl.lit(f"{spec.name}: {INVALID_NUMBER}")).alias("error"),
            )
            return read.to_series(0), read.to_series(1).alias(spec.name)
        case _:
            return pl.Series(spec.name, dtype=dtype).extend_constant(None, raw.len()), no_errors


def _slow_read(spec: FactSpec, cell: str) -> tuple[Any, str | None]:
    """One distinct cell, read by the rules' own reader."""
    try:
        value = read_value(spec, cell, from_text=True)
    except FactsError as error:
        return None, f"{error.field}: {error.message}"
    except ValueError:
        return None, f"{spec.name}: invalid value"
    if isinstance(value, tuple):
        value = "|".join(value)
    return value, None


def read_column(spec: FactSpec, raw: pl.Series) -> ReadColumn:
    """Read one fact column of raw cells (String, null or "" = unknown)."""
    raw = raw.cast(pl.String)
    values, errors = _fast_read(spec, raw)
    pending = (raw.str.len_bytes() > 0) & values.is_null() & errors.is_null()
    rows = pending.fill_null(False).arg_true()
    if rows.len():
        cells = raw.gather(rows)
        read = {cell: _slow_read(spec, cell) for cell in cells.unique().to_list()}
        values = values.scatter(
            rows, pl.Series([read[cell][0] for cell in cells.to_list()], dtype=_DTYPES[spec.kind])
        )
        errors = errors.scatter(rows, pl.Series([read[cell][1] for cell in cells.to_list()], dtype=pl.String))
    return ReadColumn(values.alias(spec.name), errors.alias(spec.name))


def read_reference_dates(raw: pl.Series | None, on_date: date | None, today: date, height: int) -> ReadColumn:
    """The reference date per row: ``--date`` when given, else the row's own, else today.

    The row's ``reference_date`` cell is read (and can be bad input) even when ``--date`` overrides
    it, as ``decide`` does.
    """
    spec = FactSpec("reference_date", Kind.DATE)
    if raw is None:
        errors = pl.repeat(None, height, dtype=pl.String, eager=True)
        return ReadColumn(pl.repeat(on_date or today, height, dtype=pl.Date, eager=True), errors)
    read = read_column(spec, raw)
    if on_date is not None:
        return ReadColumn(pl.repeat(on_date, height, dtype=pl.Date, eager=True), read.errors)
    return ReadColumn(read.values.fill_null(today), read.errors)
