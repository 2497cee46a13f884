"""Belgian national (NISS/INSZ) and BIS numbers: the one check the rules, the guard, the register
and the batch agree on.

A number is eleven digits ``YYMMDDSSSCC``; it is valid when ``python-stdnum`` accepts it as a
national number (month 0–12) or as a BIS number (month + 20 or + 40): check digits for a birth
before or after 2000, a plausible birth date (its rules written out in :func:`is_valid`). The
batch's column-wise form (:mod:`secretpro.batch.national_number`) is tested against
:func:`is_valid`.
"""

from __future__ import annotations

from datetime import date

from stdnum.be import nn

ELEVEN = 11


def compact(value: str) -> str:
    """The number without the separators people write (spaces, dots, dashes, slashes)."""
    return str(nn.compact(value)).replace("/", "")


# the months of a national number (0: the birth date unknown when it was issued) and of a BIS
# number (+ 20, or + 40 when the sex was known)
_NATIONAL_MONTHS = range(0, 13)
_BIS_MONTHS = frozenset((*range(20, 33), *range(40, 53)))


def is_valid(digits: str) -> bool:
    """True when the eleven ASCII digits are a valid national or BIS number.

    python-stdnum's rules (``stdnum.be.nn`` below month 20, ``stdnum.be.bis`` from month 20 up)
    written out, as the batch's column-wise form does: check digits for a birth before 2000, or
    in 2000 or later when that year is not in the future; a month in the number's range; not all
    zeros (stdnum reads the day too, but refuses none: an impossible day means an unknown one).
    The guard tries many digit runs per message, and stdnum's exceptions and clean-ups cost tens
    of times this test; ``tests/rules/test_national_number.py`` holds it to stdnum's answers.
    """
    if len(digits) != ELEVEN or not digits.isascii() or not digits.isdigit():
        return False
    body, check = int(digits[:9]), int(digits[9:])
    if check != 97 - body % 97 and (
        check != 97 - (2_000_000_000 + body) % 97 or 2000 + int(digits[:2]) > date.today().year
    ):
        return False
    month = int(digits[2:4])
    # (stdnum refuses all zeros too: "00000000000" has check digits 00, which neither century
    # gives, so it is refused above)
    return month in _NATIONAL_MONTHS or month in _BIS_MONTHS


def valid_digits(value: str) -> str | None:
    """The eleven digits of ``value`` in any written layout when they are a valid number, else None."""
    digits = "".join(char for char in value if char.isascii() and char.isdigit())
    return digits if is_valid(digits) else None
