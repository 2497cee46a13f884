"""R1 (enquête sociale relative au garant) over whole columns: each row sorted into the class of rows
the rule decides alike, so that ``decide`` itself runs once per class.

R1 reads dates, and a million rows hold nearly a million distinct ones: deciding each distinct row
would take tens of seconds. But the rule reads a date only through a few questions — did it pass the
two-year limit of the reference date, was the country visa-required on that day, is it after the
reference date or after today — and its outcome, missing facts, reasons and allowed fields depend on
nothing else. This module answers those questions column-wise and packs the answers of a row into
one integer, its class; the engine decides one row of each class with the rule's own ``decide`` and
gives every row of the class that result. The rule's steps are written once, in
``rules/guarantor_inquiry.py``; ``tests/batch/test_batch_equivalence.py`` checks the classes against
``decide`` over the whole three-valued fact space and the date boundaries.

Rows whose facts contradict each other (asked back, with reasons naming them), a visa issued before
the codification, and nationalities with passports still subject to a visa come out with
``per_case`` true and are decided one by one.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import polars as pl

from secretpro.batch.class_keys import KeyFacts
from secretpro.batch.fact_columns import countries
from secretpro.reference.visa import DATA_START, _passport_exceptions, _periods
from secretpro.rules.legal_dates import add_years

CHECKED_ONLY = frozenset({"national_number"})
"""Facts R1 reads only to check them: a bad national number is bad input (the column read makes its
row an error), but no step decides on it, so the row decided for a class is decided without it (its
check through ``stdnum`` took three quarters of each decision). The random cases of
``test_batch_equivalence.py`` carry national numbers: a step reading one would fail them."""

# Visa status codes of the visa segments.
NOT_REQUIRED, REQUIRED, PARTIAL = 0, 1, 2
_STATUS_CODES = {"not_required": NOT_REQUIRED, "required": REQUIRED, "partial": PARTIAL}
# A (country, day) pair as one sortable integer: the country's code in the country ``Enum``, then
# the day (days since 1970, shifted to be non-negative; dates span years 1 to 9999).
_DAY_SPAN, _DAY_SHIFT = 1 << 23, 1 << 22


@dataclass(frozen=True)
class VisaSegments:
    """The dated visa list as segments, sorted by (country, first day): within a segment the
    country's visa status (and, for a partial suspension, the passport date it starts from) does
    not change. Every country starts with a "not required" segment (a country absent from the data
    is never visa-required)."""

    keys: pl.Series
    status: pl.Series
    passports_from: pl.Series


def _key(code: int, day: date) -> int:
    return code * _DAY_SPAN + (day - date(1970, 1, 1)).days + _DAY_SHIFT


@cache
def visa_segments() -> VisaSegments:
    periods = _periods()
    keys: list[int] = []
    status: list[int] = []
    passports: list[date | None] = []
    for code, country in enumerate(countries().categories):
        rows = periods.get(country, ())
        boundaries = sorted(
            {date.min}
            | {period.valid_from for period in rows}
            | {period.valid_to + timedelta(days=1) for period in rows if period.valid_to}
        )
        for day in boundaries:
            # The first period covering the day decides, as in ``reference.visa.visa_status``.
            period = next((period for period in rows if period.covers(day)), None)
            keys.append(code * _DAY_SPAN if day == date.min else _key(code, day))
            status.append(_STATUS_CODES[period.status] if period else NOT_REQUIRED)
            passports.append(period.passports_issued_from if period else None)
    return VisaSegments(
        pl.Series("keys", keys, dtype=pl.Int64),
        pl.Series("status", status, dtype=pl.Int8),
        pl.Series("passports_from", passports, dtype=pl.Date),
    )


@dataclass(frozen=True)
class VisaDays:
    """The visa status of every country on every day from the day before the first change of the
    list to its last change, as a dense (country × day) table: a row's status is one gather at
    ``code × width + day offset``. Days outside the window are clamped to it: nothing changes there.
    """

    first_day: date
    width: int
    status: pl.Series
    passports_from: pl.Series


@cache
def visa_days() -> VisaDays:
    segments = visa_segments()
    changes = [
        day for rows in _periods().values() for period in rows for day in (period.valid_from, period.valid_to)
    ]
    first_day = min(day for day in changes if day) - timedelta(days=1)
    last_day = max(day for day in changes if day) + timedelta(days=1)
    width = (last_day - first_day).days + 1
    cells = pl.DataFrame({"code": range(len(countries().categories))}, schema={"code": pl.Int64}).join(
        pl.DataFrame({"day": pl.date_range(first_day, last_day, eager=True)}), how="cross"
    )
    keys = cells.select(pl.col("code") * _DAY_SPAN + pl.col("day").cast(pl.Int64) + _DAY_SHIFT).to_series()
    segment = segments.keys.search_sorted(keys, side="right") - 1
    return VisaDays(
        first_day, width, segments.status.gather(segment), segments.passports_from.gather(segment)
    )


@cache
def passport_exception_segments() -> tuple[pl.Series, pl.Series]:
    """Annex II: the days on which some passports of an exempt country still need a visa, as
    segments sorted by (country, first day) with a flag each, like ``visa_segments``."""
    exceptions = _passport_exceptions()
    keys: list[int] = []
    flags: list[bool] = []
    for code, country in enumerate(countries().categories):
        rows = exceptions.get(country, ())
        boundaries = sorted(
            {date.min}
            | {valid_from for valid_from, _, _ in rows}
            | {valid_to + timedelta(days=1) for _, valid_to, _ in rows if valid_to}
        )
        for day in boundaries:
            keys.append(code * _DAY_SPAN if day == date.min else _key(code, day))
            flags.append(any(start <= day and (end is None or day <= end) for start, end, _ in rows))
    return pl.Series("keys", keys, dtype=pl.Int64), pl.Series("flags", flags, dtype=pl.Boolean)


def _passports_to_check(country_code: pl.Expr, day: pl.Expr) -> pl.Expr:
    """Whether some passports of the country still need a visa on ``day`` (Annex II)."""
    keys, flags = passport_exception_segments()
    key = country_code.cast(pl.Int64) * _DAY_SPAN + day.cast(pl.Int64) + _DAY_SHIFT
    segment = pl.lit(keys).search_sorted(key, side="right").cast(pl.Int64) - 1
    return _true(pl.when(key.is_not_null()).then(pl.lit(flags).gather(segment.clip(0))))


def _visa_cell(country_code: pl.Expr, day: pl.Expr) -> pl.Expr:
    """The row of ``visa_days()`` for the country on ``day`` (null when either is unknown)."""
    table = visa_days()
    first = (table.first_day - date(1970, 1, 1)).days
    offset = day.cast(pl.Int32).clip(first, first + table.width - 1) - first
    return country_code.cast(pl.Int32) * table.width + offset


def _visa_on(cell: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The visa status in a ``visa_days()`` cell and, for a partial suspension, the passport date
    it starts from."""
    table = visa_days()
    return pl.lit(table.status).gather(cell), pl.lit(table.passports_from).gather(cell)


def two_years_limit(reference: date) -> date:
    """The last day ``d`` with ``add_years(d, 2) <= reference``: two years or more have passed
    since ``d`` exactly when ``d <= two_years_limit(reference)``.

    ``add_years`` never decreases, so the days two years or more before ``reference`` are all the
    days up to this one; computing it with ``legal_dates.add_years`` keeps its 29 February rule
    (29/02/2024 + 2 years = 28/02/2026) by construction.

    >>> two_years_limit(date(2026, 2, 28))
    datetime.date(2024, 2, 29)
    >>> two_years_limit(date(2026, 1, 15))
    datetime.date(2024, 1, 15)
    >>> two_years_limit(date(2024, 2, 29))
    datetime.date(2022, 2, 28)
    """
    day = add_years(reference, -2) - timedelta(days=3)
    while add_years(day + timedelta(days=1), 2) <= reference:
        day += timedelta(days=1)
    return day


def _limits(references: pl.Series) -> pl.Expr:
    """``two_years_limit`` of each row's reference date (few distinct dates: computed once each)."""
    distinct = [day for day in references.unique().to_list() if day is not None]
    if len(distinct) == 1:
        return pl.lit(two_years_limit(distinct[0]), dtype=pl.Date)
    return pl.col("reference_date").replace_strict(
        distinct, [two_years_limit(day) for day in distinct], default=None, return_dtype=pl.Date
    )


def _true(condition: pl.Expr) -> pl.Expr:
    """Known and true (Kleene null → false)."""
    return condition.fill_null(False)


def _three(value: pl.Expr) -> pl.Expr:
    """A yes/no fact as 0 (unknown), 1 (no) or 2 (yes)."""
    return pl.when(value.is_null()).then(0).when(value).then(2).otherwise(1)


def classes(
    cases: pl.LazyFrame, reference_dates: pl.Series, today: date, keep: Sequence[str] = ()
) -> pl.LazyFrame:
    """The columns ``keep`` of ``cases``, each row's ``class`` (``UInt32``) and ``per_case``.

    ``cases`` holds the typed fact columns (null = unknown) and ``reference_date``;
    ``reference_dates`` is that column as a Series (its few distinct days are looked up once each);
    ``today`` bounds the facts' dates (a later one is bad input).

    A class packs what the rule reads of a row. First the dates it asks back, which then count as
    unknown (step 0): each of the visa, the arrival and the passport dated after the reference date,
    and an arrival before the visa. Then, two bits each: the asylum procedure (unknown / no / yes),
    the stay of two years or more (from the arrival date when known, else the yes/no answer) and one
    bit for the two disagreeing, the aid (unknown / urgent medical aid / medical costs / another),
    the nationality (unknown / not visa-required on the reference date or on the visa's date /
    visa-required but the passport's date is needed / visa-required), the visa (unknown / under two
    years / two years or more), the first date after today (none / visa / arrival / passport), one
    bit for a reference date before the visa list's first day and one for a country some of whose
    passports still need a visa on the reference date (Annex II): 19 bits in all.
    """
    reference = pl.col("reference_date")
    arrival_given = pl.col("arrival_date")
    aid = pl.col("aid_type")
    nationality = pl.col("nationality")
    answer = pl.col("stay_over_two_years")
    country_code = nationality.cast(countries()).to_physical()

    # "Two years or more" since a day ⇔ that day is on or before the row's two-year limit.
    limit = _limits(reference_dates)

    # Stage 1 — step 0: a date after the reference date did not exist on that date; an arrival
    # before the visa means this visa is not the one the person came with. Both are asked back.
    late = {
        name: _true(pl.col(name) > reference)
        for name in ("visa_issue_date", "arrival_date", "passport_issue_date")
    }
    asked_back = (
        late["visa_issue_date"].alias("late_visa"),
        late["arrival_date"].alias("late_arrival"),
        late["passport_issue_date"].alias("late_passport"),
        pl.when(
            _true(pl.col("arrival_date") < pl.col("visa_issue_date"))
            & ~late["visa_issue_date"]
            & ~late["arrival_date"]
        )
        .then(True)
        .otherwise(False)
        .alias("arrival_before_visa"),
        pl.when(_true(pl.col("visa_issue_date") > pl.lit(today)))
        .then(1)
        .when(_true(arrival_given > pl.lit(today)))
        .then(2)
        .when(_true(pl.col("passport_issue_date") > pl.lit(today)))
        .then(3)
        .otherwise(0)
        .alias("future"),
        # Annex II: some passports of an exempt country still need a visa — a reason to check.
        _passports_to_check(country_code, reference).alias("passports_to_check"),
        # Several nationalities (``MA|FR``) are decided one by one.
        nationality.cast(pl.String).str.contains("|", literal=True).fill_null(False).alias("per_case"),
    )
    visa = pl.when(~pl.col("late_visa") & ~pl.col("arrival_before_visa")).then(pl.col("visa_issue_date"))
    arrival = pl.when(~pl.col("late_arrival")).then(arrival_given)
    passport = pl.when(~pl.col("late_passport")).then(pl.col("passport_issue_date"))
    # Stage 2 — what each remaining date answers: the stay, and the visa list on both days (a visa
    # issued before the list's first day is read on that day, as the rule does).
    derived = (
        pl.when(arrival.is_not_null()).then(arrival <= limit).otherwise(answer).alias("stay_over"),
        (arrival.is_not_null() & answer.is_not_null() & ((arrival <= limit) != answer)).alias("disagree"),
        _visa_cell(country_code, reference).alias("cell_ref"),
        pl.when(visa.is_not_null())
        .then(_visa_cell(country_code, pl.max_horizontal(visa, pl.lit(DATA_START))))
        .alias("cell_visa"),
        passport.alias("passport"),
        visa.alias("visa"),
    )
    status_ref, passports_ref = _visa_on(pl.col("cell_ref"))
    status_visa, passports_visa = _visa_on(pl.col("cell_visa"))
    visa_status = (
        status_ref.alias("status_ref"),
        passports_ref.alias("passports_ref"),
        status_visa.alias("status_visa"),
        passports_visa.alias("passports_visa"),
    )

    def exempt(status: str, passports_from: str) -> pl.Expr:
        """Not visa-required that day, or a partial suspension that spares this passport."""
        exempt_passport = (pl.col(status) == PARTIAL) & _true(pl.col("passport") < pl.col(passports_from))
        return _true((pl.col(status) == NOT_REQUIRED) | exempt_passport)

    def doubtful(status: str, passports_from: str) -> pl.Expr:
        """A partial suspension, and the passport's date unknown."""
        return _true(
            (pl.col(status) == PARTIAL) & (pl.col("passport").is_null() | pl.col(passports_from).is_null())
        )

    # Stage 3 — the answers, packed.
    country = (
        pl.when(nationality.is_null())
        .then(0)
        .when(exempt("status_ref", "passports_ref") | exempt("status_visa", "passports_visa"))
        .then(1)
        .when(doubtful("status_ref", "passports_ref") | doubtful("status_visa", "passports_visa"))
        .then(2)
        .otherwise(3)
    )
    aid_class = (
        pl.when(aid.is_null())
        .then(0)
        .when(aid == "urgent_medical_aid")
        .then(1)
        .when(aid == "medical_costs")
        .then(2)
        .otherwise(3)
    )
    visa_class = pl.when(pl.col("visa").is_null()).then(0).when(pl.col("visa") > limit).then(1).otherwise(2)
    flags = (
        "late_visa",
        "late_arrival",
        "late_passport",
        "arrival_before_visa",
        "disagree",
        "passports_to_check",
    )
    packed = (
        _three(pl.col("in_asylum_procedure"))
        + _three(pl.col("stay_over")) * 4
        + aid_class * 16
        + country * 64
        + visa_class * 256
        + pl.col("future") * 1024
        + _true(reference < pl.lit(DATA_START)).cast(pl.Int32) * 4096
        + sum(pl.col(flag).cast(pl.Int32) * (8192 << bit) for bit, flag in enumerate(flags))
    ).cast(pl.UInt32)
    return (
        cases.with_columns(*asked_back)
        .with_columns(*derived)
        .with_columns(*visa_status)
        .select(*keep, packed.alias("class"), "per_case")
    )


def compared_days(references: Sequence[date], today: date) -> dict[str, tuple[date, ...]]:
    """The days ``classes`` compares each date fact with — each with the day after it, so that a
    date before, on or after any of them falls in its own interval. Every date is compared with each
    reference date (after it: asked back) and today (after it: bad input); the visa and the arrival
    with the two-year limits as well; the visa with the visa list's first day and the days it
    changes (its status that day); the passport with the partial suspensions' passport dates. (Fewer
    days, fewer possible keys: the table of keys stays small.)"""
    every = {today, *references}
    limits = {two_years_limit(reference) for reference in references}
    periods = [period for rows in _periods().values() for period in rows]
    changes = {period.valid_from for period in periods} | {p.valid_to for p in periods if p.valid_to}
    passports = {period.passports_issued_from for period in periods if period.passports_issued_from}

    def around(days: set[date]) -> tuple[date, ...]:
        return tuple(sorted(days | {day + timedelta(days=1) for day in days if day < date.max}))

    return {
        "visa_issue_date": around(every | limits | changes | {DATA_START}),
        "arrival_date": around(every | limits),
        "passport_issue_date": around(every | passports),
    }


def country_group(code: str) -> Hashable:
    """Countries ``classes`` cannot tell apart share a group: the same visa periods and the same
    Annex II passport exceptions. Several nationalities are decided one by one: one group."""
    if "|" in code:
        return "several"
    periods = tuple(
        (period.status, period.valid_from, period.valid_to, period.passports_issued_from)
        for period in _periods().get(code, ())
    )
    exceptions = tuple((start, end) for start, end, _ in _passport_exceptions().get(code, ()))
    return periods, exceptions


KEY_FACTS = KeyFacts(compared_days, (("arrival_date", "visa_issue_date"),), country_group)
"""What ``classes`` reads of a row, for ``class_keys``: rows alike on these are in one class."""
