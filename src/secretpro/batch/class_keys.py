"""A row's key: what a rule can read of the row, packed into one integer.

The batch decides one row per key and gives every row its key's result. For most rules the key is
each fact's value; for a rule that reads dates (R1), whose rows nearly all differ, it is coarser:
sorting each of a million rows into R1's classes takes dozens of column-wise operations a row, but a
row's class depends only on what the rule reads of it: for a date, on which side it falls of each
day the rule compares it with (the reference date, its two-year limit, today, the visa list's
changes); for a country, on how the visa lists treat it; for another fact, on its value; for two
dates the rule orders, on which comes first; and on whether a cell is bad. Those are read once per
*distinct cell* (a column's categories: a few thousand at most) and packed into one integer; a
row's key is then a gather per column and a few additions. Rows with one key fall in one class, so
the class is computed on one row per key, and every row takes its key's result.

A key may split a class (harmless: both parts are decided alike); it must never join two —
``tests/batch/test_batch_equivalence.py`` checks the whole fact space around every boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl

from secretpro.batch.errors import BatchInputError
from secretpro.batch.fact_columns import category_values
from secretpro.rules.facts import FactSpec, Kind

REFERENCE_DATE = FactSpec("reference_date", Kind.DATE)
DENSE_KEYS = 1 << 24
"""Up to this many possible keys, each row finds its key's place in a table; beyond, by hashing."""
_NO_DAY_FIRST, _NO_DAY_SECOND = 2**31 - 1, -(2**31)  # Int32's largest and smallest


@dataclass(frozen=True)
class KeyFacts:
    """What a classified rule reads of a row's cells (``Classification`` holds it for the rule)."""

    boundaries: Callable[[Sequence[date], date], dict[str, tuple[date, ...]]]
    """For the reference dates and today: for each date fact, the days the rule compares it with."""
    ordered: tuple[tuple[str, str], ...]
    """Pairs of date facts whose order the rule reads (``first < second``)."""
    group: Callable[[Any], Hashable]
    """For a country fact: a value that is equal for countries the rule treats alike."""


BY_VALUE = KeyFacts(lambda _references, _today: {}, (), lambda value: value)
"""Each fact by its value: for a rule decided once per key, with no class function."""


@dataclass(frozen=True)
class _Part:
    """One fact's share of the key: its code per row, in ``range(radix)``."""

    inputs: tuple[pl.Series, ...]
    code: pl.Expr
    radix: int


def _by_category(raw: pl.Series, codes: pl.Series, errors: pl.Series | None, radix: int) -> _Part:
    """A code for each category of ``raw`` (0: an empty cell), and one more for its bad cells: a
    row with a bad cell never shares a key with a row without one (its key's row must be readable)."""
    if errors is not None:
        codes = pl.select(pl.when(errors.is_not_null()).then(radix).otherwise(codes)).to_series()
        radix += 1
    # The key's own name for the cells: the caller's query also holds the facts' typed values.
    raw = raw.alias(f"key {raw.name}")
    table = codes.cast(pl.UInt32)
    expression = pl.lit(table).gather(pl.col(raw.name).to_physical()).fill_null(0)
    return _Part((raw,), expression, radix)


def _date_part(spec: FactSpec, raw: pl.Series, boundaries: Sequence[date]) -> _Part:
    """The interval between consecutive boundaries the day falls in (0: unknown)."""
    raw, values, errors = category_values(spec, raw)
    days = values.cast(pl.Date)
    intervals = pl.Series(boundaries, dtype=pl.Date).search_sorted(days.fill_null(date.min), side="right")
    codes = pl.select(pl.when(days.is_null()).then(0).otherwise(intervals.cast(pl.UInt32) + 1)).to_series()
    return _by_category(raw, codes, errors, len(boundaries) + 2)


def _value_part(spec: FactSpec, raw: pl.Series, group: Callable[[Any], Hashable] | None) -> _Part:
    """Equal codes for values the rule treats alike (``group``; None: equal values) (0: unknown)."""
    raw, values, errors = category_values(spec, raw)
    if group is None:
        codes = values.rank("dense").cast(pl.UInt32).fill_null(0)
        return _by_category(raw, codes, errors, values.drop_nulls().n_unique() + 1)
    seen: dict[Hashable, int] = {}
    listed = [
        0 if value is None else seen.setdefault(group(value), len(seen) + 1) for value in values.to_list()
    ]
    return _by_category(raw, pl.Series(listed, dtype=pl.UInt32), errors, len(seen) + 1)


def _order_part(specs: tuple[FactSpec, FactSpec], raws: tuple[pl.Series, pl.Series]) -> _Part:
    """Whether the first day is known, the second too, and the first before the second."""
    days: list[pl.Expr] = []
    inputs: list[pl.Series] = []
    for spec, raw, unknown in zip(specs, raws, (_NO_DAY_FIRST, _NO_DAY_SECOND), strict=True):
        raw, values, _ = category_values(spec, raw)
        raw = raw.alias(f"order {raw.name}")
        # An unknown day never comes first nor second: a sentinel makes the comparison false.
        table = values.cast(pl.Date).cast(pl.Int32).fill_null(unknown)
        days.append(pl.lit(table).gather(pl.col(raw.name).to_physical()).fill_null(unknown))
        inputs.append(raw)
    return _Part(tuple(inputs), (days[0] < days[1]).cast(pl.UInt32), 2)


@dataclass(frozen=True)
class RowKeys:
    """The key of every row of a chunk, as a lazy expression over ``inputs``."""

    inputs: tuple[pl.Series, ...]
    key: pl.Expr
    count: int
    """How many keys are possible (the product of the parts' radixes)."""


def row_keys(
    reads: KeyFacts | None,
    specs: Sequence[FactSpec],
    columns: dict[str, pl.Series],
    references: Sequence[date],
    reference_cells: pl.Series | None,
    own_references: bool,
    today: date,
) -> RowKeys:
    """The key of each row: the facts in ``specs`` present in ``columns`` (raw cells), and the
    reference date's cell (``reference_cells``): its day when rows have their own
    (``own_references``), else only whether it is bad (``decide`` reads it even when ``--date``
    overrides it). Each bad cell has a code of its own. Without ``reads``, each fact by its value
    (``BY_VALUE``)."""
    known = reads if reads is not None else BY_VALUE
    boundaries = {name: tuple(sorted(days)) for name, days in known.boundaries(references, today).items()}
    by_name = {spec.name: spec for spec in specs}
    parts: list[_Part] = []
    for spec in specs:
        raw = columns.get(spec.name)
        if raw is None:
            continue
        if spec.kind is Kind.DATE and spec.name in boundaries:
            parts.append(_date_part(spec, raw, boundaries[spec.name]))
        elif spec.kind is Kind.COUNTRY:
            parts.append(_value_part(spec, raw, known.group))
        else:
            parts.append(_value_part(spec, raw, None))
    for first, second in known.ordered:
        if first in columns and second in columns:
            pair = (by_name[first], by_name[second])
            parts.append(_order_part(pair, (columns[first], columns[second])))
    if reference_cells is not None:
        cells = reference_cells.alias(REFERENCE_DATE.name)
        parts.append(_value_part(REFERENCE_DATE, cells, None if own_references else lambda _day: "read"))
    count = 1
    for part in parts:
        count *= part.radix
    if count >= 1 << 63:  # several text columns of a million distinct cells each: not a CPAS export
        raise BatchInputError("file", "too many distinct cells in its text columns to screen it at once")
    # 32-bit keys when they fit (R1's do): half the bytes to add up and to look up, row by row.
    dtype = pl.UInt32 if count < 1 << 32 else pl.UInt64
    # A zero on every row (a bare literal would make one row of a frame with no other column).
    key: pl.Expr = pl.repeat(0, pl.len(), dtype=dtype)
    place = 1
    for part in parts:
        code = part.code.cast(dtype)
        key = key + (code if place == 1 else code * pl.lit(place, dtype=dtype))
        place *= part.radix
    return RowKeys(tuple(series for part in parts for series in part.inputs), key, count)


def places(keys: pl.Series, count: int) -> tuple[pl.Series, pl.Series]:
    """One row for each distinct key (its first), and each row's place among those rows."""
    firsts = keys.arg_unique()
    distinct = keys.gather(firsts)
    numbers = pl.int_range(0, firsts.len(), dtype=pl.UInt32, eager=True)
    if count <= DENSE_KEYS:
        table = pl.zeros(count, dtype=pl.UInt32, eager=True).scatter(distinct, numbers)
        return firsts, table.gather(keys).alias("at")
    return firsts, keys.replace_strict(distinct, numbers).alias("at")
