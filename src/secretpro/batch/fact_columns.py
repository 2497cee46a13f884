"""Reading raw CSV cells into typed columns, with the exact semantics of ``secretpro.rules.facts``.

Most fact columns hold few distinct cells (dates, yes/no, a choice, a country): they are read as
``Categorical`` columns, each with its own ``pl.Categories`` (freed with the data, so a server
reading many files keeps no mapping), and every *distinct* cell is read once by
``secretpro.rules.facts.read_value`` itself; the rows then take their value and error by category
code (a gather, no per-row work). So a cell reads exactly as ``decide(..., from_text=True)``
would read it — same value, same error message — and the Python work grows with the number of
distinct cells, not of rows.

National numbers (one per person: as many distinct cells as rows) are read in two passes: eleven
ASCII digits are checked column-wise (``national_number.py``); any other non-empty cell is read by
``read_value``, once per distinct cell.

Choices and countries come out as ``pl.Enum`` columns (cheap comparisons, and a country's code
indexes small per-country tables); dates as ``pl.Date``, yes/no as ``pl.Boolean``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import product
from string import ascii_uppercase
from typing import Any
from uuid import uuid4

import polars as pl

from secretpro.batch.date_cells import read_date_cells
from secretpro.batch.national_number import eleven_digits, is_valid_integer
from secretpro.reference import normalize_country
from secretpro.rules.facts import INVALID_NATIONAL_NUMBER, FactsError, FactSpec, Kind, read_value

LIST_SEPARATOR = "|"
INVALID_NUMBER = INVALID_NATIONAL_NUMBER  # the rules' own message, as `decide` says it

FEW_DISTINCT_KINDS = frozenset({Kind.BOOLEAN, Kind.DATE, Kind.CHOICE, Kind.CHOICES, Kind.COUNTRY})
"""Kinds whose columns are read by distinct cell (as ``Categorical``)."""


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


@cache
def countries() -> pl.Enum:
    """The dtype of a country column: every code ``normalize_country`` can return."""
    return pl.Enum(sorted(known_country_codes()))


def value_dtype(spec: FactSpec) -> pl.DataType:
    """The dtype of a read fact column (null = unknown)."""
    match spec.kind:
        case Kind.BOOLEAN:
            return pl.Boolean()
        case Kind.DATE:
            return pl.Date()
        case Kind.CHOICE:
            return pl.Enum(spec.choices)
        case Kind.COUNTRY:
            return countries()
        case _:
            return pl.String()


def own_categorical(name: str) -> pl.Categorical:
    """A ``Categorical`` dtype with categories of its own, freed with the last column using them."""
    return pl.Categorical(pl.Categories(f"{name}-{uuid4().hex}"))


def few_distinct(spec: FactSpec) -> bool:
    """Whether ``spec``'s column is read by distinct cell (``read_column`` takes it as Categorical)."""
    return spec.kind in FEW_DISTINCT_KINDS


def column_query(spec: FactSpec, raw: pl.Series) -> pl.LazyFrame:
    """The column-wise pass of ``read_column`` over a column of many distinct cells, as a query
    (run it beside others): the ``value`` and ``error`` it settles (national numbers of eleven ASCII
    digits: their check digits and date, column-wise; nothing for text) and the cells ``pending``
    for ``read_value``. ``finish_column`` completes it."""
    column = pl.col(spec.name)
    frame = raw.cast(pl.String).alias(spec.name).to_frame().lazy()
    if spec.kind is Kind.NATIONAL_NUMBER:
        whole, valid = pl.col("whole"), pl.col("valid")
        frame = frame.with_columns(eleven_digits(column).alias("whole")).with_columns(
            pl.when(whole.is_not_null()).then(is_valid_integer(whole)).alias("valid")
        )
        value: pl.Expr = pl.when(valid).then(column)
        error: pl.Expr = pl.when(valid.not_()).then(pl.lit(f"{spec.name}: {INVALID_NUMBER}"))
    else:
        value = error = pl.lit(None, dtype=pl.String)
    pending = (column.str.len_bytes() > 0).fill_null(False) & value.is_null() & error.is_null()
    return frame.select(value.alias("value"), error.alias("error"), pending.alias("pending"))


def finish_column(spec: FactSpec, raw: pl.Series, settled: pl.DataFrame) -> ReadColumn:
    """``read_column``'s result from the ``column_query`` pass: each pending distinct cell read by
    ``read_value`` and put in place."""
    values, errors = settled["value"], settled["error"]
    rows = settled["pending"].arg_true()
    if rows.len():
        cells = raw.cast(pl.String).gather(rows)
        read = {cell: _slow_read(spec, cell) for cell in cells.unique().to_list()}
        values = values.scatter(
            rows, pl.Series([read[cell][0] for cell in cells.to_list()], dtype=value_dtype(spec))
        )
        errors = errors.scatter(rows, pl.Series([read[cell][1] for cell in cells.to_list()], dtype=pl.String))
    return ReadColumn(values.cast(value_dtype(spec)).alias(spec.name), errors.alias(spec.name))


def _slow_read(spec: FactSpec, cell: str) -> tuple[Any, str | None]:
    """One distinct cell, read by the rules' own reader."""
    try:
        value = read_value(spec, cell, from_text=True)
    except FactsError as error:
        return None, f"{error.field}: {error.message}"
    except ValueError:
        return None, f"{spec.name}: invalid value"
    if isinstance(value, tuple):
        value = LIST_SEPARATOR.join(value)
    return value, None


def read_back(spec: FactSpec, held: Any) -> Any:
    """A fact's value as ``read_value`` gives it, from the column that holds it: a list of choices is
    held as its choices joined by ``LIST_SEPARATOR`` (a choice never contains one)."""
    if spec.kind is Kind.CHOICES and held is not None:
        return tuple(held.split(LIST_SEPARATOR)) if held else ()
    return held


@lru_cache(maxsize=64)
def _cell_tables(spec: FactSpec, categories: pl.Categories, count: int) -> tuple[pl.Series, pl.Series | None]:
    """The value and the error of each of the first ``count`` categories, by code (no errors: None).

    Cached: the chunks of one file share their categories (codes never change once given).
    """
    # A code reserved but not yet named (concurrent readers) is None.
    cells = _names(categories)[:count].alias(spec.name)
    if spec.kind is Kind.DATE:
        values, errors = read_date_cells(cells, lambda cell: _slow_read(spec, cell))
    else:
        read = [_slow_read(spec, cell) if cell else (None, None) for cell in cells.to_list()]
        values = pl.Series(spec.name, [value for value, _ in read], dtype=value_dtype(spec))
        errors = pl.Series(spec.name, [error for _, error in read], dtype=pl.String)
    return values, (None if errors.null_count() == count else errors)


def _own_categories(spec: FactSpec, raw: pl.Series) -> pl.Series:
    """``raw`` as a ``Categorical`` with categories of its own (as ``read_cases`` gives it)."""
    dtype = raw.dtype
    if isinstance(dtype, pl.Categorical) and not dtype.categories.is_global():
        return raw
    return raw.cast(pl.String).cast(own_categorical(spec.name))


@lru_cache(maxsize=64)
def _named(categories: pl.Categories) -> pl.Series:
    """The cells of ``categories`` by code. Cached: ``to_series`` names each category in a Python
    loop (0.2 ms for a date column's), and a batch asks about 20 times per file; the columns it
    reads are not cast into their categories again, so the names do not change."""
    return categories.to_series()


def _names(categories: pl.Categories) -> pl.Series:
    """``_named``, asked again when a code was not yet named (a read under way: it will be)."""
    named = _named(categories)
    return categories.to_series() if named.has_nulls() else named


def _tables(spec: FactSpec, raw: pl.Series) -> tuple[pl.Series, pl.Series | None]:
    dtype = raw.dtype
    assert isinstance(dtype, pl.Categorical)
    return _cell_tables(spec, dtype.categories, _names(dtype.categories).len())


def category_values(spec: FactSpec, raw: pl.Series) -> tuple[pl.Series, pl.Series, pl.Series | None]:
    """``raw`` as a ``Categorical`` of its own (named after the fact), and the value and the error
    of each of its categories, by code (no bad cell: None)."""
    raw = _own_categories(spec, raw).alias(spec.name)
    return (raw, *_tables(spec, raw))


def _read_by_category(spec: FactSpec, raw: pl.Series) -> ReadColumn:
    """Each distinct cell read once by ``read_value``; the rows take theirs by category code."""
    raw = _own_categories(spec, raw)
    values, errors = _tables(spec, raw)
    codes = raw.to_physical()
    if errors is None:  # the common case: no bad cell in the column
        return ReadColumn(
            values.gather(codes), pl.Series(spec.name, dtype=pl.String).extend_constant(None, raw.len())
        )
    return ReadColumn(values.gather(codes), errors.gather(codes))


@dataclass(frozen=True)
class LazyRead:
    """A fact column read inside a lazy query: the columns it needs in the query's frame, and the
    expressions of its typed value (named after the fact) and of its error (None: no bad cell).

    Errors are held in the ``messages`` type the caller gives (a ``Categorical`` shared by every
    column: bad cells are rare, and coalescing codes is much cheaper than coalescing strings).
    """

    inputs: tuple[pl.Series, ...]
    value: pl.Expr
    error: pl.Expr | None

    @classmethod
    def of(cls, read: ReadColumn, messages: pl.DataType) -> LazyRead:
        """A column already read (``read_column``)."""
        name = read.values.name
        if read.errors.null_count() == read.errors.len():
            return cls((read.values,), pl.col(name), None)
        error_name = f"{name} error"
        return cls(
            (read.values, read.errors.alias(error_name)), pl.col(name), pl.col(error_name).cast(messages)
        )


def lazy_read(spec: FactSpec, raw: pl.Series | None, messages: pl.DataType) -> LazyRead:
    """``read_column`` inside a lazy query: a column read by distinct cell becomes a gather of its
    category codes in the query (fused with the evaluation, nothing materialised on its own)."""
    if raw is None or raw.null_count() == raw.len():
        return LazyRead((), pl.lit(None, dtype=value_dtype(spec)).alias(spec.name), None)
    if not few_distinct(spec):
        return LazyRead.of(read_column(spec, raw), messages)
    raw = _own_categories(spec, raw).alias(spec.name)
    values, errors = _tables(spec, raw)
    codes = pl.col(spec.name).to_physical()
    error = None if errors is None else pl.lit(errors.cast(messages)).gather(codes)
    return LazyRead((raw,), pl.lit(values).gather(codes).alias(spec.name), error)


def read_column(spec: FactSpec, raw: pl.Series) -> ReadColumn:
    """Read one fact column of raw cells (String or Categorical; null or "" = unknown)."""
    if raw.null_count() == raw.len():  # a column absent from the file: every row unknown
        nulls = pl.Series(spec.name, dtype=value_dtype(spec)).extend_constant(None, raw.len())
        return ReadColumn(nulls, pl.Series(spec.name, dtype=pl.String).extend_constant(None, raw.len()))
    if few_distinct(spec):
        return _read_by_category(spec, raw)
    return finish_column(spec, raw, column_query(spec, raw).collect())


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
