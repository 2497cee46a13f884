"""The EU visa obligation (Regulation (EU) 2018/1806, Annex I) as it stood on a given date.

Each row of ``visa_required.csv`` applies from ``valid_from`` to ``valid_to`` (inclusive) and
names the act that made the change, so a decision can say which text it used.

>>> from datetime import date
>>> visa_status("XK", date(2023, 12, 31)).status
'required'
>>> visa_status("XK", date(2024, 1, 1)).status
'not_required'
>>> visa_status("BR", date(2026, 1, 15)).status
'not_required'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from secretpro.reference.datafiles import read_header, read_rows

VISA_FILE = "visa_required.csv"
DATA_START = date(2018, 12, 18)
"""The codified Regulation (EU) 2018/1806 applies from this date; earlier dates are not modelled."""

Status = Literal["required", "not_required", "partial"]
STATUSES: dict[str, Status] = {"required": "required", "not_required": "not_required", "partial": "partial"}


class OutsideDataError(ValueError):
    """A date before the visa data starts (18 December 2018)."""


@dataclass(frozen=True)
class VisaPeriod:
    country: str
    status: Status
    valid_from: date
    valid_to: date | None
    act: str
    note: str
    passports_issued_from: date | None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class VisaStatus:
    """The visa obligation for one nationality on one date, with the act it rests on."""

    country: str
    day: date
    status: Status
    act: str
    note: str
    passports_issued_from: date | None = None
    """For a ``partial`` status: the visa is required for passports issued on or after this date."""

    @property
    def required(self) -> bool:
        return self.status == "required"


@cache
def _periods() -> dict[str, tuple[VisaPeriod, ...]]:
    by_country: dict[str, list[VisaPeriod]] = {}
    for row in read_rows(VISA_FILE):
        status = row["status"]
        if status not in STATUSES:
            raise ValueError(f"{VISA_FILE}: unknown status {status!r}")
        period = VisaPeriod(
            country=row["country"],
            status=STATUSES[status],
            valid_from=date.fromisoformat(row["valid_from"]),
            valid_to=date.fromisoformat(row["valid_to"]) if row["valid_to"] else None,
            act=row["act"],
            note=row["note"],
            passports_issued_from=(
                date.fromisoformat(row["passports_issued_from"]) if row["passports_issued_from"] else None
            ),
        )
        by_country.setdefault(period.country, []).append(period)
    return {code: tuple(sorted(rows, key=lambda p: p.valid_from)) for code, rows in by_country.items()}


def visa_status(country: str, day: date) -> VisaStatus:
    """The visa obligation for nationals of ``country`` on ``day``.

    Raises ``OutsideDataError`` for a day before 18 December 2018. A country absent from the data
    (EU/EEA/Swiss nationals, Annex II countries) is not visa-required.
    """
    if day < DATA_START:
        raise OutsideDataError(day.isoformat())
    code = country.upper()
    for period in _periods().get(code, ()):
        if period.covers(day):
            return VisaStatus(code, day, period.status, period.act, period.note, period.passports_issued_from)
    return VisaStatus(code, day, "not_required", "Reg. (EU) 2018/1806 (absent from Annex I)", "")


def as_of(day: date) -> dict[str, VisaStatus]:
    """Every country whose nationals need a visa (fully or partly) on ``day``, by code."""
    statuses = (visa_status(code, day) for code in _periods())
    return {status.country: status for status in statuses if status.status != "not_required"}


def data_source() -> list[str]:
    """The header of the visa data file: its sources and the date it was transcribed."""
    return read_header(VISA_FILE)


PASSPORT_EXCEPTIONS_FILE = "visa_passport_exceptions.csv"


@dataclass(frozen=True)
class PassportException:
    """Passports of a visa-exempt country that still need a visa (an Annex II restriction)."""

    country: str
    act: str
    passports: dict[str, str]
    """The passports concerned, by language (fr, nl, en)."""


@cache
def _passport_exceptions() -> dict[str, tuple[tuple[date, date | None, PassportException], ...]]:
    by_country: dict[str, list[tuple[date, date | None, PassportException]]] = {}
    for row in read_rows(PASSPORT_EXCEPTIONS_FILE):
        exception = PassportException(
            row["country"],
            row["act"],
            {language: row[f"passports_{language}"] for language in ("fr", "nl", "en")},
        )
        valid_to = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        by_country.setdefault(row["country"], []).append(
            (date.fromisoformat(row["valid_from"]), valid_to, exception)
        )
    return {code: tuple(rows) for code, rows in by_country.items()}


def passport_exceptions(country: str, day: date) -> tuple[PassportException, ...]:
    """The passports of ``country`` still subject to a visa on ``day`` although the country is exempt.

    >>> [e.passports["en"] for e in passport_exceptions("RS", date(2024, 1, 1))][0]
    'Serbian passports issued by the Serbian Coordination Directorate (Koordinaciona uprava)'
    >>> len(passport_exceptions("RS", date(2025, 1, 1)))
    1
    """
    return tuple(
        exception
        for valid_from, valid_to, exception in _passport_exceptions().get(country.upper(), ())
        if valid_from <= day and (valid_to is None or day <= valid_to)
    )


def exception_countries() -> frozenset[str]:
    """Every country with at least one passport exception (on some day)."""
    return frozenset(_passport_exceptions())


ACT_NAMES_FILE = "act_names.csv"


@cache
def _act_words() -> tuple[dict[str, str], ...]:
    rows = list(read_rows(ACT_NAMES_FILE))
    return tuple(sorted(rows, key=lambda row: -len(row["en"])))


def act_name(act: str, language: str) -> str:
    """An act as the data files name it, in ``language``.

    >>> act_name("Reg. (EU) 2018/1806 Annex I", "nl")
    'Verordening (EU) 2018/1806, bijlage I'
    >>> act_name("Council Decision (EU) 2025/170", "fr")
    'Décision (UE) du Conseil 2025/170'
    """
    if language == "en":
        return act
    text = act
    for row in _act_words():
        text = text.replace(row["en"], row[language])
    return text
