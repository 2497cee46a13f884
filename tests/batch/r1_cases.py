"""Random R1 cases for the batch-versus-decide equivalence test: invented, adversarial on purpose.

Unknown cells, the two-year boundary (the day before, on, after), 29 February, Kosovo leaving
Annex I on 1 January 2024, Vanuatu's partial and full suspensions, dates before the visa data,
future dates, odd spellings that ``decide`` still reads (`` ma ``, ``Oui``), and bad values.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from secretpro.rules.legal_dates import add_years

COLUMNS = (
    "case_id",
    "aid_type",
    "nationality",
    "visa_issue_date",
    "in_asylum_procedure",
    "arrival_date",
    "stay_over_two_years",
    "passport_issue_date",
    "national_number",
    "reference_date",
)

SPECIAL_DAYS = [
    date(2026, 1, 15),
    date(2024, 2, 29),
    date(2026, 2, 28),
    date(2026, 3, 1),
    date(2028, 2, 29),
    date(2023, 12, 31),
    date(2024, 1, 1),
    date(2022, 5, 3),
    date(2022, 5, 4),
    date(2023, 2, 3),
    date(2023, 2, 4),
    date(2025, 2, 2),
    date(2025, 2, 3),
    date(2018, 12, 17),
    date(2018, 12, 18),
    date(2020, 12, 18),
    date(2020, 12, 17),
]
BOOLEANS = ["true", "false", "", "true", "false", ""]
ODD_BOOLEANS = ["TRUE", "Oui", "nee", "1", "0", " false "]
BAD_BOOLEANS = ["maybe", "vrai", "2"]
AID_TYPES = [
    "medical_costs",
    "medical_costs",
    "medical_costs",
    "urgent_medical_aid",
    "monthly_aid",
    "other",
    "",
]
ODD_AID_TYPES = [" medical_costs "]
BAD_AID_TYPES = ["MEDICAL_COSTS", "amu"]
NATIONALITIES = ["MA", "MA", "CD", "XK", "XK", "VU", "VU", "VU", "GE", "BR", "BE", "US", "CN", ""]
ODD_NATIONALITIES = ["ma", " xk ", "Vu"]
BAD_NATIONALITIES = ["ZZ", "Maroc", "M"]
BAD_DATES = [
    "2025-02-30",
    "2025-13-01",
    "01/02/2025",
    "1899-12-31",
    "2025-1-1",
    "yesterday",
    "2025-06-01T00:00",
]
ODD_DATES = [" 2025-01-10 ", "20250110", "2025-W02-1"]


def check_digits(first_nine: int, born_2000s: bool) -> int:
    return 97 - ((2_000_000_000 + first_nine) if born_2000s else first_nine) % 97


def national_number(rng: random.Random) -> str:
    kind = rng.random()
    year = rng.randrange(0, 100)
    month = rng.choice(
        [rng.randrange(1, 13)] * 20 + [0, rng.randrange(21, 33), rng.randrange(41, 53), 13, 60, 33]
    )
    day = rng.randrange(0, 32)
    serial = rng.randrange(1, 999)
    first_nine = int(f"{year:02d}{month:02d}{day:02d}{serial:03d}")
    check = check_digits(first_nine, born_2000s=(year <= 25 and rng.random() < 0.5) or rng.random() < 0.01)
    if kind < 0.05:
        check = (check + rng.randrange(1, 96)) % 100
    number = f"{first_nine:09d}{check:02d}"
    if kind < 0.6:
        return number
    if kind < 0.7:
        return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
    if kind < 0.95:
        return ""
    return rng.choice(["85073003328", "8507300332", "abc", "850730033289", "00000000000", " 85073003328 "])


def a_day(rng: random.Random, reference: date) -> str:
    roll = rng.random()
    if roll < 0.12:
        return ""
    if roll < 0.3:
        # Around the two-year boundary.
        return (add_years(reference, -2) + timedelta(days=rng.choice([-1, 0, 1]))).isoformat()
    if roll < 0.36:
        return rng.choice(SPECIAL_DAYS).isoformat()
    if roll < 0.365:
        return (reference + timedelta(days=1)).isoformat()
    if roll < 0.37:
        return rng.choice(BAD_DATES)
    if roll < 0.38:
        return rng.choice(ODD_DATES)
    if roll < 0.42:
        return rng.choice(["2016-02-29", "2018-06-01", "2017-01-01", "2012-02-29"])
    return (reference - timedelta(days=rng.randrange(0, 1500))).isoformat()


def pick(rng: random.Random, valid: list[str], odd: list[str], bad: list[str]) -> str:
    roll = rng.random()
    return rng.choice(bad if roll < 0.02 else odd if roll < 0.05 else valid)


def generate(count: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    for index in range(count):
        roll = rng.random()
        if roll < 0.6:
            reference = rng.choice(SPECIAL_DAYS)
        else:
            reference = date(2018, 12, 1) + timedelta(days=rng.randrange(0, 3000))
        reference_cell = reference.isoformat()
        if rng.random() < 0.01:
            reference_cell = rng.choice(["", "2026-02-30", "15/01/2026"])
        if reference_cell in ("", "2026-02-30", "15/01/2026"):
            reference = date(2026, 1, 15)
        row = {
            "case_id": f"C{index:06d}",
            "aid_type": pick(rng, AID_TYPES, ODD_AID_TYPES, BAD_AID_TYPES),
            "nationality": pick(rng, NATIONALITIES, ODD_NATIONALITIES, BAD_NATIONALITIES),
            "visa_issue_date": a_day(rng, reference),
            "in_asylum_procedure": pick(rng, BOOLEANS, ODD_BOOLEANS, BAD_BOOLEANS),
            "arrival_date": a_day(rng, reference) if rng.random() < 0.7 else "",
            "stay_over_two_years": pick(rng, BOOLEANS, ODD_BOOLEANS, BAD_BOOLEANS),
            "passport_issue_date": rng.choice(
                ["", "", "2015-05-24", "2015-05-25", "2010-01-01", "2020-03-03", a_day(rng, reference)]
            ),
            "national_number": national_number(rng),
            "reference_date": reference_cell,
        }
        if rng.random() < 0.3:
            # Close to ``allowed``: every condition met, then (maybe) one fact unknown or at its boundary.
            row |= {
                "aid_type": "medical_costs",
                "nationality": rng.choice(["MA", "CD", "VU", "XK", "CN"]),
                "in_asylum_procedure": "false",
                "arrival_date": (reference - timedelta(days=rng.randrange(0, 700))).isoformat(),
                "stay_over_two_years": "",
                "visa_issue_date": (reference - timedelta(days=rng.randrange(0, 760))).isoformat(),
            }
            if rng.random() < 0.5:
                row[rng.choice(COLUMNS[1:-1])] = ""
        rows.append(row)
    return rows
