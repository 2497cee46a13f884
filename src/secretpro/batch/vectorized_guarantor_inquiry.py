"""R1 (enquête sociale relative au garant) over whole columns, in the manner of OpenFisca.

One expression per step of ``rules.md``, in its order; ``pl.when(...).then(...)`` chains reproduce
"the first step that decides from known facts decides; a step whose facts are unknown is passed
over; ``allowed`` only when every fact is known". The per-case reference is
``secretpro.rules.guarantor_inquiry.guarantor_inquiry``; a test checks both agree case for case.

Input: the typed fact columns (null = unknown), ``reference_date`` and ``error`` (the first
reading error of the row, if any). Output columns: ``outcome``, ``missing``, ``reasons``,
``allowed_fields``, ``error``.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import polars as pl

from secretpro.reference.visa import DATA_START, _periods
from secretpro.rules.guarantor_inquiry import ALLOWED_FIELDS
from secretpro.rules.legal_dates import add_years
from secretpro.rules.sources import citations

# Visa status codes in the joined period table.
NOT_REQUIRED, REQUIRED, PARTIAL = 0, 1, 2
_STATUS_CODES = {"not_required": NOT_REQUIRED, "required": REQUIRED, "partial": PARTIAL}
BEFORE_DATA = "before 18/12/2018: the visa list is not modelled before that date"
DATE_AFTER_REFERENCE = "date after the reference date (a future date cannot be a fact)"
RESULT_COLUMNS = ("outcome", "missing", "reasons", "allowed_fields", "error")


def _source(quote: str | None, step: str) -> str:
    """``SOURCE:STEP`` as batch writes a reason (``CVTS:R1.4``; ``LAW`` for a reason without quote)."""
    return f"{citations().quotes[quote].source if quote else 'LAW'}:{step}"


@cache
def visa_period_table() -> pl.DataFrame:
    """One row per country of the visa data, its dated periods side by side (``p0_…``, ``p1_…``).

    Countries absent from the table are not visa-required on any date.
    """
    periods = _periods()
    width = max(len(rows) for rows in periods.values())
    records: list[dict[str, object]] = []
    for country, rows in periods.items():
        record: dict[str, object] = {"nationality": country}
        for index in range(width):
            period = rows[index] if index < len(rows) else None
            record[f"p{index}_from"] = period.valid_from if period else None
            record[f"p{index}_to"] = period.valid_to if period else None
            record[f"p{index}_status"] = _STATUS_CODES[period.status] if period else None
            record[f"p{index}_passports_from"] = period.passports_issued_from if period else None
        records.append(record)
    schema: dict[str, pl.DataType] = {"nationality": pl.String()}
    for index in range(width):
        schema |= {
            f"p{index}_from": pl.Date(),
            f"p{index}_to": pl.Date(),
            f"p{index}_status": pl.Int8(),
            f"p{index}_passports_from": pl.Date(),
        }
    return pl.DataFrame(records, schema=schema)


def _width() -> int:
    return sum(1 for name in visa_period_table().columns if name.endswith("_status"))


def _visa_on(day: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The visa status on ``day`` and, for a partial period, the passport date it starts from."""
    status: pl.Expr = pl.lit(NOT_REQUIRED, dtype=pl.Int8)
    passports: pl.Expr = pl.lit(None, dtype=pl.Date)
    for index in reversed(range(_width())):
        start, end = pl.col(f"p{index}_from"), pl.col(f"p{index}_to")
        covers = ((start <= day) & (end.is_null() | (day <= end))).fill_null(False)
        status = pl.when(covers).then(pl.col(f"p{index}_status")).otherwise(status)
        passports = pl.when(covers).then(pl.col(f"p{index}_passports_from")).otherwise(passports)
    return status, passports


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
    """Every cell a set of pieces can make, indexed by its bits; one more index for "no cell" (null)."""
    cells = [
        "|".join(piece for bit, piece in enumerate(pieces) if code >> bit & 1)
        for code in range(1 << len(pieces))
    ]
    return pl.Series([*cells, None], dtype=pl.String)


def _bits(conditions: list[pl.Expr]) -> pl.Expr:
    """Conditions (null = false) packed into one integer, bit ``k`` for condition ``k``."""
    return pl.sum_horizontal(
        *(condition.fill_null(False).cast(pl.UInt32) * (1 << bit) for bit, condition in enumerate(conditions))
    )


def _true(condition: pl.Expr) -> pl.Expr:
    """Known and true (Kleene null → false)."""
    return condition.fill_null(False)


def evaluate(cases: pl.DataFrame) -> pl.DataFrame:
    """R1 for every row of ``cases``; returns the result columns, in the input's order.

    Computed in stages (facts → steps → outcome → cells), each a batch of column expressions.
    """
    reference = pl.col("reference_date")
    asylum = pl.col("in_asylum_procedure")
    arrival = pl.col("arrival_date")
    aid = pl.col("aid_type")
    nationality = pl.col("nationality")
    visa = pl.col("visa_issue_date")
    passport = pl.col("passport_issue_date")
    status_ref, passports_ref = _visa_on(reference)
    status_visa, passports_visa = _visa_on(visa)

    # "Two years or more" since a day ⇔ that day is on or before the row's two-year limit.
    limit = _limits(cases["reference_date"])

    # Stage 1 — derived facts: the stay, the visa status on both days.
    derived = (
        pl.when(arrival.is_not_null())
        .then(arrival <= limit)
        .otherwise(pl.col("stay_over_two_years"))
        .alias("stay_over"),
        status_ref.alias("status_ref"),
        passports_ref.alias("passports_ref"),
        pl.when(_true(visa >= pl.lit(DATA_START))).then(status_visa).alias("status_visa"),
        passports_visa.alias("passports_visa"),
        # Dates after the reference date are bad input (checked before any step).
        pl.coalesce(
            pl.col("error"),
            *(
                pl.when(_true(pl.col(name) > reference)).then(pl.lit(f"{name}: {DATE_AFTER_REFERENCE}"))
                for name in ("visa_issue_date", "arrival_date", "passport_issue_date")
            ),
        ).alias("error"),
    )
    stay_over = pl.col("stay_over")

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
    error = pl.coalesce(
        pl.col("error"),
        pl.when(reached4 & known_nationality & _true(visa < pl.lit(DATA_START)) & _true(visa > limit)).then(
            pl.lit(f"visa_issue_date: {BEFORE_DATA}")
        ),
        pl.when(reached4 & known_nationality & (reference < pl.lit(DATA_START))).then(
            pl.lit(f"reference_date: {BEFORE_DATA}")
        ),
    )
    decided = (
        error.alias("error"),
        pl.any_horizontal(*unknown.values()).alias("any_unknown"),
    )
    outcome = (
        pl.when(pl.col("error").is_not_null())
        .then(pl.lit("error"))
        .when(step1 | step2)
        .then(pl.lit("forbidden"))
        .when(step3)
        .then(pl.lit("not_applicable"))
        .when(step4 | step5)
        .then(pl.lit("forbidden"))
        .when(pl.col("any_unknown"))
        .then(pl.lit("undetermined"))
        .otherwise(pl.lit("allowed"))
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
        reached6 & pl.col("any_unknown"),
        reached6 & ~pl.col("any_unknown"),
    ]
    error_row = pl.col("outcome") == "error"
    reasons = pl.when(error_row).then(pl.lit(1 << len(REASON_PIECES))).otherwise(_bits(reason_bits))
    missing = (
        pl.when(pl.col("outcome") == "undetermined")
        .then(_bits(list(unknown.values())))
        .otherwise(pl.lit(1 << len(unknown)))
    )
    # The dated visa list joined on nationality (only the key goes through the join: the fact
    # columns are not copied), then the stages, each evaluated eagerly (measured faster here than
    # one lazy query, whose optimiser re-inlines the shared sub-expressions).
    periods = cases.select("nationality").join(
        visa_period_table(), on="nationality", how="left", maintain_order="left"
    )
    return (
        cases.hstack(periods.drop("nationality"))
        .with_columns(*derived)
        .with_columns(*steps)
        .with_columns(*decided)
        .with_columns(outcome.alias("outcome"))
        .select(
            pl.col("outcome"),
            pl.lit(_cells(MISSING_PIECES)).gather(missing).alias("missing"),
            pl.lit(_cells(REASON_PIECES)).gather(reasons).alias("reasons"),
            pl.when(pl.col("outcome") == "allowed")
            .then(pl.lit("|".join(ALLOWED_FIELDS)))
            .alias("allowed_fields"),
            pl.col("error"),
        )
    )
