"""The rows' keys (``class_keys``): one row of each distinct key, every row's place among them —
the same by table and by hashing — and a key never joining rows R1 reads differently."""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from r1_cases import generate
from test_batch_equivalence import TODAY, actual, expected

from secretpro.batch import class_keys, screen
from secretpro.batch.guarantor_inquiry_classes import compared_days, country_group, two_years_limit
from secretpro.reference.visa import DATA_START


@given(st.lists(st.integers(min_value=0, max_value=5_000), min_size=1, max_size=300))
def test_places_by_table_and_by_hashing_agree(values: list[int]) -> None:
    keys = pl.Series("key", values, dtype=pl.UInt64)
    by_table = class_keys.places(keys, 5_001)
    original = class_keys.DENSE_KEYS
    try:
        class_keys.DENSE_KEYS = 0
        by_hashing = class_keys.places(keys, 5_001)
    finally:
        class_keys.DENSE_KEYS = original
    for firsts, at in (by_table, by_hashing):
        chosen = keys.gather(firsts).to_list()
        assert len(set(chosen)) == len(chosen) == len(set(values))
        # Each row's place names a row with its own key, the first row with that key.
        assert [chosen[place] for place in at.to_list()] == values
        assert all(
            values.index(value) == first for value, first in zip(chosen, firsts.to_list(), strict=True)
        )
    assert by_table[0].to_list() == by_hashing[0].to_list()
    assert by_table[1].to_list() == by_hashing[1].to_list()


def test_every_compared_day_and_the_day_after_bound_an_interval() -> None:
    reference, today = date(2026, 1, 15), date(2026, 2, 1)
    days = compared_days([reference], today)
    assert set(days) == {"visa_issue_date", "arrival_date", "passport_issue_date"}
    limit = two_years_limit(reference)
    expected = {
        "visa_issue_date": (reference, limit, today, DATA_START, date(2024, 1, 1)),
        "arrival_date": (reference, limit, today),
        "passport_issue_date": (reference, today, date(2015, 5, 25)),
    }
    for name, compared in expected.items():
        around = days[name]
        assert list(around) == sorted(set(around)), name
        for day in compared:
            assert day in around and day + timedelta(days=1) in around, (name, day)
    # Only the visa is read against the visa list's changes, only the passport against its dates.
    assert date(2024, 1, 1) not in days["arrival_date"] and date(2015, 5, 25) not in days["visa_issue_date"]


def test_countries_the_visa_lists_treat_alike_share_a_group() -> None:
    # Morocco and Algeria: visa required throughout; Brazil and Canada: never listed.
    assert country_group("MA") == country_group("DZ")
    assert country_group("BR") == country_group("CA")
    assert country_group("MA") != country_group("BR")
    # Kosovo (exempt since 2024) and Albania (Annex II passports) each differ from both.
    assert len({country_group(code) for code in ("MA", "BR", "XK", "AL")}) == 4
    assert country_group("MA|BR") == country_group("XK|AL") != country_group("MA")


@pytest.mark.parametrize("dense", [True, False])
def test_a_file_keyed_by_hashing_screens_alike(dense: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not dense:
        monkeypatch.setattr(class_keys, "DENSE_KEYS", 0)
    rows = generate(1_500, 17)
    cases = pl.DataFrame(rows, schema={name: pl.String for name in rows[0]})
    table = screen("guarantor-inquiry", cases, None, today=TODAY, chunk_rows=700).table
    for row, got in zip(rows, table.iter_rows(named=True), strict=True):
        assert actual(got) == expected(row, None), row


@pytest.mark.parametrize("rule", ["guarantor-inquiry", "shared-secrecy", "incoming-request"])
@pytest.mark.parametrize("ids", [[], ["a", "b", "c"]])
def test_rows_with_no_fact_column_have_one_key_each_row(rule: str, ids: list[str]) -> None:
    # No fact column: the key is a constant, which must still be one value per row.
    cases = pl.DataFrame({"case_id": ids}, schema={"case_id": pl.String})
    table = screen(rule, cases, None, today=TODAY).table
    assert table["case_id"].to_list() == ids
    assert set(table["outcome"].to_list()) <= {"undetermined"}
