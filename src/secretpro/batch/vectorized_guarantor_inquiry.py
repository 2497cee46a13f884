"""R1 (enquête sociale relative au garant) over whole columns, in the manner of OpenFisca.

One expression per step of ``rules.md``, in its order; ``pl.when(...).then(...)`` chains reproduce
"the first step that decides from known facts decides; a step whose facts are unknown is passed
over; ``allowed`` only when every fact is known". The per-case reference is
``secretpro.rules.guarantor_inquiry.guarantor_inquiry``; a test checks both agree case for case.

Input: a lazy frame of the typed fact columns (null = unknown; choices and countries as
``pl.Enum``), ``reference_date`` and ``error`` (the first reading error of the row, if any; text
or ``Categorical``). Output columns: ``outcome`` (``pl.Enum``), ``missing``, ``reasons``,
``allowed_fields``, ``error``; the caller collects the query.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, reduce

import polars as pl

from secretpro.batch.fact_columns import countries
from secretpro.batch.outcomes import OUTCOME_TYPE, OUTCOMES
from secretpro.reference.visa import DATA_START, _periods, exception_countries
from secretpro.rules.facts import BEFORE_VISA_DATA, DATE_IN_FUTURE
from secretpro.rules.guarantor_inquiry import ALLOWED_FIELDS
from secretpro.rules.legal_dates import add_years
from secretpro.rules.sources import citations

# Visa status codes of the visa segments.
NOT_REQUIRED, REQUIRED, PARTIAL = 0, 1, 2
_STATUS_CODES = {"not_required": NOT_REQUIRED, "required": REQUIRED, "partial": PARTIAL}
# The rules' own messages, so that a row in error reads as `decide` would say it.
BEFORE_DATA = BEFORE_VISA_DATA
RESULT_COLUMNS = ("outcome", "missing", "reasons", "allowed_fields", "error")


def _source(quote: str | None, step: str) -> str:
    """``SOURCE:STEP`` as batch writes a reason (``CVTS:R1.4``; ``LAW`` for a reason without quote)."""
    return f"{citations().quotes[quote].source if quote else 'LAW'}:{step}"


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


REASON_PIECES = (
    _source("cvts_guarantor_never", "R1.1"),
    _source("cvts_guarantor_never", "R1.2"),
    _source("cvts_not_urgent_medical_aid", "R1.3"),
    _source("cvts_guarantor_only_for", "R1.3"),
    _source("cvts_visa_country_only", "R1.4") + "|" + _source(None, "R1.4"),
    _source("cvts_visa_under_two_years", "R1.5"),
    # Step 6's notes: the procedure, no address in the request, the search within secrecy.
    "|".join(
        _source(quote, "R1.6")
        for quote in ("cvts_guarantor_procedure", "cvts_no_address_in_request", "cvts_search_within_secrecy")
    ),
    _source("cvts_guarantor_only_for", "R1.6"),
    _source("cvts_guarantor_fields", "R1.6"),
)
MISSING_PIECES = (
    "in_asylum_procedure",
    "arrival_date|stay_over_two_years",
    "aid_type",
    "nationality",
    "passport_issue_date",
    "visa_issue_date",
)


@cache
def _cells(pieces: tuple[str, ...]) -> pl.Series:
    """Every cell a set of pieces can make, indexed by its bits; one more index for "no cell" (null).

    An ``Enum`` column: a row's cell is a small code, not a copy of its text (same text in the CSV).
    """
    cells = [
        "|".join(piece for bit, piece in enumerate(pieces) if code >> bit & 1)
        for code in range(1 << len(pieces))
    ]
    return pl.Series([*cells, None], dtype=pl.Enum(list(dict.fromkeys(cells))))


def _bits(conditions: list[pl.Expr]) -> pl.Expr:
    """Conditions (null = false) packed into one integer, bit ``k`` for condition ``k``."""
    zero = pl.lit(0, dtype=pl.UInt32)
    bits = (
        pl.when(condition).then(pl.lit(1 << bit, dtype=pl.UInt32)).otherwise(zero)
        for bit, condition in enumerate(conditions)
    )
    return reduce(operator.add, bits)


def _true(condition: pl.Expr) -> pl.Expr:
    """Known and true (Kleene null → false)."""
    return condition.fill_null(False)


ALLOWED, FORBIDDEN, NOT_APPLICABLE, UNDETERMINED, ERROR = range(len(OUTCOMES))
LATE_DATES = ("visa_issue_date", "arrival_date", "passport_issue_date")
OWN_ERRORS = (
    *(f"{name}: {DATE_IN_FUTURE}" for name in LATE_DATES),
    f"reference_date: {BEFORE_DATA}",
)
"""The errors found here (not while reading a cell), by code; reading errors come first."""


def evaluate(
    cases: pl.LazyFrame, reference_dates: pl.Series, today: date, keep: Sequence[str] = ()
) -> pl.LazyFrame:
    """R1 for every row of ``cases``; returns the columns ``keep`` of ``cases`` and the result
    columns, in the input's order.

    ``reference_dates`` is the ``reference_date`` column of ``cases`` (its few distinct days
    are looked up once each); ``today`` bounds the facts' dates (a later one is bad input).

    The rare rows this column-wise version leaves to the per-case rule come out with ``per_case``
    true: facts that contradict each other (asked back, with reasons naming them), a visa issued
    before the codification, and nationalities with passports still subject to a visa. The caller
    decides those rows with ``decide``.

    Computed in stages (facts → steps → outcome → cells), each a batch of column expressions.
    Outcomes, errors, missing facts and reasons are small integer codes until the last stage,
    which turns each into its text (or category) with one gather: strings are the costly columns.
    """
    reference = pl.col("reference_date")
    asylum = pl.col("in_asylum_procedure")
    arrival = pl.col("arrival_date")
    aid = pl.col("aid_type")
    nationality = pl.col("nationality")
    visa = pl.col("visa_issue_date")
    passport = pl.col("passport_issue_date")
    country_code = nationality.cast(countries()).to_physical()

    # "Two years or more" since a day ⇔ that day is on or before the row's two-year limit.
    limit = _limits(reference_dates)

    # Stage 1 — derived facts: the stay, where each row looks up the visa list on both days, and
    # dates after the reference date (bad input, checked before any step).
    derived = (
        pl.when(arrival.is_not_null())
        .then(arrival <= limit)
        .otherwise(pl.col("stay_over_two_years"))
        .alias("stay_over"),
        _visa_cell(country_code, reference).alias("cell_ref"),
        pl.when(_true(visa >= pl.lit(DATA_START))).then(_visa_cell(country_code, visa)).alias("cell_visa"),
        pl.when(_true(visa > pl.lit(today)))
        .then(0)
        .when(_true(arrival > pl.lit(today)))
        .then(1)
        .when(_true(passport > pl.lit(today)))
        .then(2)
        .cast(pl.UInt32)
        .alias("own_error"),
        (
            _true(visa > reference)
            | _true(arrival > reference)
            | _true(passport > reference)
            | _true(arrival < visa)
            | _true(visa < pl.lit(DATA_START))
            | _true(arrival.is_not_null() & pl.col("stay_over_two_years").is_not_null())
            | _true(nationality.cast(pl.String).is_in(sorted(exception_countries())))
        ).alias("per_case"),
    )
    stay_over = pl.col("stay_over")
    status_ref, passports_ref = _visa_on(pl.col("cell_ref"))
    status_visa, passports_visa = _visa_on(pl.col("cell_visa"))
    visa_status = (
        status_ref.alias("status_ref"),
        passports_ref.alias("passports_ref"),
        status_visa.alias("status_visa"),
        passports_visa.alias("passports_visa"),
    )

    def forbids(status: str, passports_from: str) -> pl.Expr:
        """Not visa-required that day, or a partial suspension that spares this passport."""
        exempt_passport = (pl.col(status) == PARTIAL) & _true(passport < pl.col(passports_from))
        return _true((pl.col(status) == NOT_REQUIRED) | exempt_passport)

    def doubts(status: str, passports_from: str) -> pl.Expr:
        """A partial suspension, and the passport's date unknown: ask for it."""
        return _true((pl.col(status) == PARTIAL) & (passport.is_null() | pl.col(passports_from).is_null()))

    known_nationality = nationality.is_not_null()
    # Stage 2 — one expression per step of rules.md, each true when that step decides from known facts.
    steps = (
        # 1. Asylum procedure → forbidden ("cette demande à l'O.E ne sera JAMAIS introduite").
        _true(asylum).alias("step1"),
        # 2. Two years or more in Belgium (from the arrival date when known; the boundary day counts).
        _true(stay_over).alias("step2"),
        # 3. Urgent medical aid, monthly aid or other → not applicable.
        _true(aid != "medical_costs").alias("step3"),
        # 4. Nationality not visa-required on the reference date, or on the visa date.
        (
            known_nationality
            & (forbids("status_ref", "passports_ref") | forbids("status_visa", "passports_visa"))
        ).alias("step4"),
        (
            known_nationality
            & (doubts("status_ref", "passports_ref") | doubts("status_visa", "passports_visa"))
        ).alias("passport_doubt"),
        # 5. Visa issued two years or more before the reference date → forbidden.
        _true(visa <= limit).alias("step5"),
    )
    step1, step2, step3, step4, step5 = (pl.col(f"step{n}") for n in range(1, 6))
    reached4 = ~step1 & ~step2 & ~step3
    passport_doubt = pl.col("passport_doubt") & ~step4
    unknown = {
        "in_asylum_procedure": asylum.is_null(),
        "arrival_date|stay_over_two_years": stay_over.is_null(),
        "aid_type": aid.is_null(),
        "nationality": nationality.is_null(),
        "passport_issue_date": passport_doubt,
        "visa_issue_date": visa.is_null(),
    }
    # Stage 3 — errors that step 4 raises when reached, then the first step that decides.
    decided = (
        pl.when(pl.col("own_error").is_not_null())
        .then(pl.col("own_error"))
        .when(reached4 & known_nationality & (reference < pl.lit(DATA_START)))
        .then(3)
        .cast(pl.UInt32)
        .alias("own_error"),
        pl.any_horizontal(*unknown.values()).alias("any_unknown"),
    )
    outcome = (
        pl.when(pl.col("error").is_not_null() | pl.col("own_error").is_not_null())
        .then(ERROR)
        .when(step1 | step2)
        .then(FORBIDDEN)
        .when(step3)
        .then(NOT_APPLICABLE)
        .when(step4 | step5)
        .then(FORBIDDEN)
        .when(pl.col("any_unknown"))
        .then(UNDETERMINED)
        .otherwise(ALLOWED)
        .cast(pl.UInt32)
    )

    # Stage 4 — the cells. Reasons are the steps passed from known facts, then the one that
    # decided; each row gets a bit per possible reason (and per missing fact), and the bits index a
    # table of the few hundred possible cells (cheaper than building a million strings piecewise).
    reached2, reached3, reached5 = ~step1, ~step1 & ~step2, reached4 & ~step4
    reached6 = reached5 & ~step5
    reason_bits = [
        asylum.is_not_null(),
        reached2 & stay_over.is_not_null(),
        reached3 & (aid == "urgent_medical_aid"),
        reached3 & aid.is_not_null() & (aid != "urgent_medical_aid"),
        reached4 & known_nationality & ~passport_doubt,
        reached5 & visa.is_not_null(),
        reached6,
        reached6 & pl.col("any_unknown"),
        reached6 & ~pl.col("any_unknown"),
    ]
    error_row = pl.col("outcome") == ERROR
    reasons = pl.when(error_row).then(pl.lit(1 << len(REASON_PIECES))).otherwise(_bits(reason_bits))
    missing = (
        pl.when(pl.col("outcome") == UNDETERMINED)
        .then(_bits(list(unknown.values())))
        .otherwise(pl.lit(1 << len(unknown)))
    )
    # The errors found here, in the type of the reading errors (text, or a Categorical).
    own_errors = pl.lit(pl.Series(OWN_ERRORS, dtype=pl.String).cast(cases.collect_schema()["error"]))
    # The stages, added to the caller's lazy query: Polars runs each stage's expressions side by
    # side and never materialises what the output does not need (measured: ~2/3 of the time of
    # eager stages).
    return (
        cases.with_columns(*derived)
        .with_columns(*visa_status)
        .with_columns(*steps)
        .with_columns(*decided)
        .with_columns(outcome.alias("outcome"))
        .select(
            *keep,
            pl.lit(pl.Series(OUTCOMES, dtype=OUTCOME_TYPE)).gather(pl.col("outcome")).alias("outcome"),
            pl.lit(_cells(MISSING_PIECES)).gather(missing).alias("missing"),
            pl.lit(_cells(REASON_PIECES)).gather(reasons).alias("reasons"),
            pl.when(pl.col("outcome") == ALLOWED)
            .then(pl.lit("|".join(ALLOWED_FIELDS)))
            .alias("allowed_fields"),
            # A reading error comes first, then the ones found here.
            pl.col("error").fill_null(own_errors.gather(pl.col("own_error"))),
            # Future dates are errors on any path; "reference date before the data" depends on the path.
            (
                pl.col("per_case") & pl.col("error").is_null() & _true(pl.col("own_error").fill_null(3) == 3)
            ).alias("per_case"),
        )
    )
