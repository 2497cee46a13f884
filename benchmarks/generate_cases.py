"""Generated R1 (guarantor-inquiry) cases for the benchmarks: invented, reproducible (fixed seed).

The mix resembles a CPAS's open medical-costs files: most facts known, some unknown (empty
cells), a few bad values (about 1% of rows), national numbers valid by construction.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import polars as pl

REFERENCE_DATE = date(2026, 1, 15)
SEED = 20260115
COLUMNS = (
    "case_id",
    "aid_type",
    "nationality",
    "visa_issue_date",
    "in_asylum_procedure",
    "arrival_date",
    "stay_over_two_years",
    "national_number",
)


def _national_numbers(rng: random.Random, count: int) -> pl.Series:
    first_nine = pl.Series(
        [
            rng.randrange(40, 100) * 10_000_000 + rng.randrange(1, 13) * 100_000 + rng.randrange(1, 29) * 1000
            for _ in range(count)
        ],
        dtype=pl.Int64,
    ) + pl.Series([rng.randrange(1, 999) for _ in range(count)], dtype=pl.Int64)
    check = 97 - first_nine % 97
    return (first_nine.cast(pl.String).str.zfill(9) + check.cast(pl.String).str.zfill(2)).alias(
        "national_number"
    )


def generate(count: int, seed: int = SEED) -> pl.DataFrame:
    rng = random.Random(seed)
    days = [(REFERENCE_DATE - timedelta(days=offset)).isoformat() for offset in range(0, 1500)]

    def pick(values: list[str], weights: list[float] | None = None) -> list[str]:
        return rng.choices(values, weights=weights, k=count)

    frame = pl.DataFrame(
        {
            "case_id": [f"CPAS-{index:07d}" for index in range(count)],
            "aid_type": pick(
                ["medical_costs", "urgent_medical_aid", "monthly_aid", "other", ""], [70, 12, 8, 3, 7]
            ),
            "nationality": pick(
                ["MA", "CD", "CM", "GN", "DZ", "XK", "VU", "BR", "AL", "SY", "AF", "", "ZZ"],
                [20, 12, 8, 8, 8, 4, 1, 6, 5, 8, 8, 10, 0.5],
            ),
            "visa_issue_date": pick([*days, "", "2025-02-30"], [1.0] * len(days) + [150, 2]),
            "in_asylum_procedure": pick(["false", "true", "", "maybe"], [70, 15, 15, 0.3]),
            "arrival_date": pick([*days, ""], [1.0] * len(days) + [300]),
            "stay_over_two_years": pick(["", "true", "false"], [80, 10, 10]),
        }
    )
    return frame.with_columns(_national_numbers(rng, count)).select(COLUMNS)


def write_cases(path: Path, count: int, seed: int = SEED) -> Path:
    generate(count, seed).write_csv(path)
    return path
