"""The one date reader: what each channel (facts, CLI, API, forms) refuses, it refuses alike."""

from __future__ import annotations

from datetime import date

import pytest

from secretpro.dates import DateError, DateProblem, read_iso_date, read_past_date


def test_a_day_written_yyyy_mm_dd() -> None:
    assert read_iso_date(" 2024-02-29 ") == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-02-30", DateProblem.IMPOSSIBLE),
        ("2026-1-5", DateProblem.IMPOSSIBLE),
        ("15/01/2026", DateProblem.IMPOSSIBLE),
        ("", DateProblem.IMPOSSIBLE),
        ("20260115", DateProblem.FORMAT),
        ("1850-01-01", DateProblem.IMPLAUSIBLE),
    ],
)
def test_what_is_refused_and_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateError) as caught:
        read_iso_date(text)
    assert caught.value.problem is problem


def test_a_form_date_is_never_after_today() -> None:
    today = date(2026, 1, 15)
    assert read_past_date("2026-01-15", today) == today
    assert read_past_date("2026-01-16", today) is None
    assert read_past_date("not a date", today) is None
