"""Legal date arithmetic: calendar years, with no silent rounding.

"Two years" in the notes are calendar years. Adding years to 29 February lands on 28 February in a
common year: of the two candidate days (28 February, 1 March) it is the earlier one, which makes
the two-year period end sooner, so the reading that transmits less wins.

>>> from datetime import date
>>> add_years(date(2024, 2, 29), 2)
datetime.date(2026, 2, 28)
>>> add_years(date(2024, 1, 15), 2)
datetime.date(2026, 1, 15)
>>> less_than_two_years(date(2024, 1, 15), reference=date(2026, 1, 14))
True
>>> less_than_two_years(date(2024, 1, 15), reference=date(2026, 1, 15))
False
>>> two_years_or_more(date(2024, 2, 29), reference=date(2026, 2, 28))
True
"""

from __future__ import annotations

from datetime import date

TWO_YEARS = 2


def add_years(day: date, years: int) -> date:
    """``day`` plus whole calendar years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def less_than_two_years(start: date, *, reference: date) -> bool:
    """``start`` lies less than two calendar years before ``reference`` ("depuis moins de deux ans")."""
    return reference < add_years(start, TWO_YEARS)


def two_years_or_more(start: date, *, reference: date) -> bool:
    """Two calendar years or more have passed; the boundary day itself counts as over two years."""
    return not less_than_two_years(start, reference=reference)
