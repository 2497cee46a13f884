"""Dates as the facts, the command line, the API and the web forms receive them: ``YYYY-MM-DD``.

One reader, so that "2026-02-30", "2026-1-5", "20260115" or "1850-01-01" are refused the same way
wherever they are typed; each caller words the refusal for its own channel.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

EARLIEST_PLAUSIBLE_DATE = date(1900, 1, 1)
ISO_LENGTH = 10


class DateProblem(StrEnum):
    IMPOSSIBLE = "impossible"  # not a day of the calendar, or not read as one
    FORMAT = "format"  # a day, but not written YYYY-MM-DD ("20260115")
    IMPLAUSIBLE = "implausible"  # before 1900


class DateError(ValueError):
    def __init__(self, problem: DateProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def read_iso_date(value: str) -> date:
    """The day written ``YYYY-MM-DD`` (spaces around allowed); ``DateError`` says what is wrong."""
    text = value.strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise DateError(DateProblem.IMPOSSIBLE) from None
    if len(text) != ISO_LENGTH:
        raise DateError(DateProblem.FORMAT)
    if day < EARLIEST_PLAUSIBLE_DATE:
        raise DateError(DateProblem.IMPLAUSIBLE)
    return day


def read_past_date(value: str, today: date) -> date | None:
    """The day typed in a form when it is a plausible day not after ``today``, else ``None``."""
    try:
        day = read_iso_date(value)
    except DateError:
        return None
    return day if day <= today else None
