"""The column-wise national/BIS number check matches the application's one check,
``secretpro.national_number.is_valid`` (itself tested against ``stdnum.be.nn`` / ``stdnum.be.bis``)."""

from __future__ import annotations

from uuid import uuid4

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro import national_number
from secretpro.batch.fact_columns import lazy_read, read_column
from secretpro.batch.national_number import is_valid_number
from secretpro.rules.facts import FactSpec, Kind

SPEC = FactSpec("national_number", Kind.NATIONAL_NUMBER)


def stdnum_valid(number: str) -> bool:
    """What ``secretpro.rules.facts``, the guard and the register accept."""
    return national_number.is_valid(number)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """Eleven digits, half of them with correct check digits (either century), months of every kind."""
    year = draw(st.integers(0, 99))
    month = draw(st.one_of(st.integers(0, 12), st.integers(20, 32), st.integers(40, 52), st.integers(0, 99)))
    day = draw(st.integers(0, 35))
    serial = draw(st.integers(0, 999))
    first_nine = int(f"{year:02d}{month:02d}{day:02d}{serial:03d}")
    check = draw(
        st.one_of(
            st.just(97 - first_nine % 97),
            st.just(97 - (2_000_000_000 + first_nine) % 97),
            st.integers(0, 99),
        )
    )
    return f"{first_nine:09d}{check % 100:02d}"


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(numbers(), min_size=1, max_size=50))
def test_checksum_matches_stdnum(batch: list[str]) -> None:
    got = pl.select(is_valid_number(pl.lit(pl.Series(batch, dtype=pl.String)))).to_series().to_list()
    assert got == [stdnum_valid(number) for number in batch]


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.one_of(numbers(), st.text(max_size=14), st.just("85.07.30-033.28")), min_size=1, max_size=30)
)
def test_reading_a_column_matches_the_rules_reader(cells: list[str]) -> None:
    from secretpro.rules.facts import FactsError, read_value

    read = read_column(SPEC, pl.Series(cells, dtype=pl.String))
    for cell, value, error in zip(cells, read.values.to_list(), read.errors.to_list(), strict=True):
        try:
            expected = read_value(SPEC, cell, from_text=True)
        except FactsError:
            assert error is not None and error.startswith("national_number"), cell
            continue
        except ValueError:
            assert error is not None
            continue
        assert error is None, (cell, error)
        assert value == expected


def test_known_examples() -> None:
    cells = pl.Series(["85073003328", "85073003329", "00000000000", "85273003398", "17010100152"])
    got = pl.select(is_valid_number(pl.lit(cells), current_year=2026)).to_series().to_list()
    assert got == [stdnum_valid(cell) for cell in cells]
    assert got[0] is True and got[1] is False and got[2] is False


def assert_query_reads_as_the_column(cells: list[str | None]) -> None:
    """``lazy_read`` (the check inside the batch's query) gives ``read_column``'s values and errors."""
    raw = pl.Series(SPEC.name, cells, dtype=pl.String)
    expected = read_column(SPEC, raw)
    messages = pl.Categorical(pl.Categories(f"test-{uuid4().hex}"))
    read = lazy_read(SPEC, raw, messages)
    rows = pl.Series("row", range(len(cells)))  # as the batch's case_id: a frame is never column-less
    query = pl.DataFrame([rows, *read.inputs]).lazy()
    # As in the batch: the read's expressions are added to the frame (a constant is broadcast).
    got = (
        query.with_columns(
            read.value.alias("value"),
            (read.error if read.error is not None else pl.lit(None, dtype=messages))
            .cast(pl.String)
            .alias("error"),
        )
        .select("value", "error")
        .collect()
    )
    assert got["value"].to_list() == expected.values.to_list()
    assert got["error"].to_list() == expected.errors.to_list()


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.one_of(numbers(), st.just(""), st.none()), min_size=1, max_size=30))
def test_reading_digits_in_the_query_matches_reading_the_column(cells: list[str | None]) -> None:
    """Eleven digits or empty cells only (the column-wise check alone)."""
    assert_query_reads_as_the_column(cells)


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.one_of(numbers(), st.text(max_size=14), st.just("85.07.30-033.28"), st.just(""), st.none()),
        min_size=1,
        max_size=30,
    )
)
def test_reading_any_cells_in_the_query_matches_reading_the_column(cells: list[str | None]) -> None:
    """Other spellings too (read by ``read_value``, once per distinct cell)."""
    assert_query_reads_as_the_column(cells)
