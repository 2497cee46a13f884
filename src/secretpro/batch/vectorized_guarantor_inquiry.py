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

from functools import cache

import polars as pl

from secretpro.reference.visa import DATA_START, _periods
from secretpro.rules.guarantor_inquiry import ALLOWED_FIELDS
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


def two_years_after(day: pl.Expr) -> pl.Expr:
    """``day`` + 2 calendar years; 29 February lands on 28 February (``legal_dates.add_years``)."""
    return day.dt.offset_by("2y")


def _true(condition: pl.Expr) -> pl.Expr:
    """Known and true (Kleene null → false)."""
    return condition.fill_null(False)


def evaluate(cases: pl.DataFrame) -> pl.DataFrame:
    """R1 for every row of ``cases``; returns the result columns, in the input's order."""
    reference = pl.col("reference_date")
    asylum = pl.col("in_asylum_procedure")
    arrival = pl.col("arrival_date")
    aid = pl.col("aid_type")
    nationality = pl.col("nationality")
    visa = pl.col("visa_issue_date")
    passport = pl.col("passport_issue_date")

    # Dates after the reference date are bad input (checked before any step).
    date_errors = [
        pl.when(_true(pl.col(name) > reference)).then(pl.lit(f"{name}: {DATE_AFTER_REFERENCE}"))
        for name in ("visa_issue_date", "arrival_date", "passport_issue_date")
    ]

    # 1. Asylum procedure → forbidden ("cette demande à l'O.E ne sera JAMAIS introduite").
    step1 = _true(asylum)
    # 2. Stay of two years or more (from the arrival date when known) → forbidden; the boundary day counts.
    stay_over = (
        pl.when(arrival.is_not_null())
        .then(reference >= two_years_after(arrival))
        .otherwise(pl.col("stay_over_two_years"))
    )
    step2 = _true(stay_over)
    # 3. Urgent medical aid, monthly aid or other → not applicable.
    step3 = _true(aid != "medical_costs")
    reached4 = ~step1 & ~step2 & ~step3
    # 4. Nationality not visa-required on the reference date, or on the visa date (when known).
    status_ref, passports_ref = _visa_on(reference)
    status_visa, passports_visa = _visa_on(visa)
    visa_day = _true(visa >= pl.lit(DATA_START))

    def forbids(status: pl.Expr, passports_from: pl.Expr) -> pl.Expr:
        partial_exempt = (status == PARTIAL) & _true(passport < passports_from)
        return (status == NOT_REQUIRED) | partial_exempt

    def doubts(status: pl.Expr, passports_from: pl.Expr) -> pl.Expr:
        return (status == PARTIAL) & (passport.is_null() | passports_from.is_null())

    known_nationality = nationality.is_not_null()
    step4 = known_nationality & (
        forbids(status_ref, passports_ref) | (visa_day & forbids(status_visa, passports_visa))
    )
    passport_doubt = (
        known_nationality
        & ~step4
        & (doubts(status_ref, passports_ref) | (visa_day & doubts(status_visa, passports_visa)))
    )
    step4_errors = [
        pl.when(
            reached4
            & known_nationality
            & _true(visa < pl.lit(DATA_START))
            & _true(reference < two_years_after(visa))
        ).then(pl.lit(f"visa_issue_date: {BEFORE_DATA}")),
        pl.when(reached4 & known_nationality & (reference < pl.lit(DATA_START))).then(
            pl.lit(f"reference_date: {BEFORE_DATA}")
        ),
    ]
    # 5. Visa issued two years or more before the reference date → forbidden.
    step5 = _true(reference >= two_years_after(visa))
    unknown = {
        "in_asylum_procedure": asylum.is_null(),
        "arrival_date|stay_over_two_years": stay_over.is_null(),
        "aid_type": aid.is_null(),
        "nationality": nationality.is_null(),
        "passport_issue_date": passport_doubt,
        "visa_issue_date": visa.is_null(),
    }
    any_unknown = pl.any_horizontal(*unknown.values())

    error = pl.coalesce(pl.col("error"), *date_errors, *step4_errors)
    outcome = (
        pl.when(pl.col("_error").is_not_null())
        .then(pl.lit("error"))
        .when(step1 | step2)
        .then(pl.lit("forbidden"))
        .when(step3)
        .then(pl.lit("not_applicable"))
        .when(step4 | step5)
        .then(pl.lit("forbidden"))
        .when(any_unknown)
        .then(pl.lit("undetermined"))
        .otherwise(pl.lit("allowed"))
    )

    # Reasons: the steps passed from known facts, then the one that decided (as decide() lists them).
    reached2, reached3, reached5 = ~step1, ~step1 & ~step2, reached4 & ~step4
    reached6 = reached5 & ~step5
    reasons = [
        pl.when(asylum.is_not_null()).then(pl.lit(_source("cvts_guarantor_never", "R1.1"))),
        pl.when(reached2 & stay_over.is_not_null()).then(pl.lit(_source("cvts_guarantor_never", "R1.2"))),
        pl.when(reached3 & (aid == "urgent_medical_aid"))
        .then(pl.lit(_source("cvts_not_urgent_medical_aid", "R1.3")))
        .when(reached3 & aid.is_not_null())
        .then(pl.lit(_source("cvts_guarantor_only_for", "R1.3"))),
        pl.when(reached4 & known_nationality & ~passport_doubt).then(
            pl.lit(_source("cvts_visa_country_only", "R1.4") + "|" + _source(None, "R1.4"))
        ),
        pl.when(reached5 & visa.is_not_null()).then(pl.lit(_source("cvts_visa_under_two_years", "R1.5"))),
        pl.when(reached6 & any_unknown)
        .then(pl.lit(_source("cvts_guarantor_only_for", "R1.6")))
        .when(reached6)
        .then(pl.lit(_source("cvts_guarantor_fields", "R1.6"))),
    ]
    missing = [pl.when(condition).then(pl.lit(names)) for names, condition in unknown.items()]

    joined = cases.lazy().join(
        visa_period_table().lazy(), on="nationality", how="left", maintain_order="left"
    )
    return (
        joined.with_columns(error.alias("_error"))
        .with_columns(outcome.alias("outcome"))
        .select(
            pl.col("outcome"),
            pl.when(pl.col("outcome") == "undetermined")
            .then(pl.concat_str(missing, separator="|", ignore_nulls=True))
            .alias("missing"),
            pl.when(pl.col("outcome") != "error")
            .then(pl.concat_str(reasons, separator="|", ignore_nulls=True))
            .alias("reasons"),
            pl.when(pl.col("outcome") == "allowed")
            .then(pl.lit("|".join(ALLOWED_FIELDS)))
            .alias("allowed_fields"),
            pl.col("_error").alias("error"),
        )
        .collect()
    )
