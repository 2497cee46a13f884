"""A date column's distinct cells read at once give what ``read_value`` gives each of them."""

from __future__ import annotations

import random
from datetime import date, timedelta

import polars as pl

from secretpro.batch.date_cells import read_date_cells
from secretpro.batch.fact_columns import _slow_read
from secretpro.rules.facts import FactSpec, Kind

SPEC = FactSpec("visa_issue_date", Kind.DATE)

TRICKY = [
    "",
    " ",
    "2024-01-15",
    " 2024-01-15",
    "2024-01-15 ",
    "2024-1-15",
    "2024-01-5",
    "20240115",
    "2024/01/15",
    "15/01/2024",
    "2024-02-29",
    "2023-02-29",
    "2025-02-30",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "1900-01-01",
    "1899-12-31",
    "0999-01-01",
    "0000-01-01",
    "9999-12-31",
    "10000-01-01",
    "+2024-01-15",
    "-2024-01-15",
    "2024-01-15T00:00",
    "2024-01-15\u00a0",
    "２０２４-01-15",
    "2024-W03-1",
    "2024-015",
    "abcd-ef-gh",
]


def _expected(cells: list[str | None]) -> tuple[list[date | None], list[str | None]]:
    read = [_slow_read(SPEC, cell) if cell else (None, None) for cell in cells]
    return [day for day, _ in read], [error for _, error in read]


def test_tricky_cells_read_as_read_value_reads_them() -> None:
    cells: list[str | None] = [*TRICKY, None]
    values, errors = read_date_cells(
        pl.Series("visa_issue_date", cells, dtype=pl.String), lambda c: _slow_read(SPEC, c)
    )
    days, messages = _expected(cells)
    assert values.to_list() == days
    assert errors.to_list() == messages
    assert values.dtype == pl.Date


def test_every_day_of_two_centuries_and_random_text() -> None:
    rng = random.Random(5)
    days = [date(1890, 1, 1) + timedelta(days=offset) for offset in range(0, 80_000, 7)]
    cells: list[str | None] = [day.isoformat() for day in days]
    alphabet = "0123456789-/ .T+"
    cells += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(5_000)]
    values, errors = read_date_cells(pl.Series("d", cells, dtype=pl.String), lambda c: _slow_read(SPEC, c))
    expected_days, expected_errors = _expected(cells)
    assert values.to_list() == expected_days
    assert errors.to_list() == expected_errors
