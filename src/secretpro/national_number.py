"""Belgian national (NISS/INSZ) and BIS numbers: the one check the rules, the guard, the register
and the batch agree on.

A number is eleven digits ``YYMMDDSSSCC``; it is valid when ``python-stdnum`` accepts it as a
national number (month 0–12) or as a BIS number (month + 20 or + 40): check digits for a birth
before or after 2000, a plausible birth date. The batch's column-wise form
(:mod:`secretpro.batch.national_number`) is tested against :func:`is_valid`.
"""

from __future__ import annotations

from stdnum.be import bis, nn

ELEVEN = 11


def compact(value: str) -> str:
    """The number without the separators people write (spaces, dots, dashes, slashes)."""
    return str(nn.compact(value)).replace("/", "")


def _checksum_ok(digits: str) -> bool:
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


def is_valid(digits: str) -> bool:
    """True when the eleven ASCII digits are a valid national or BIS number."""
    if len(digits) != ELEVEN or not digits.isascii() or not digits.isdigit():
        return False
    # The cheap mod-97 test first (the guard tries many digit runs); stdnum then checks the
    # birth-date part. Month + 20 or + 40 marks a BIS number: each kind with its own checks.
    if not _checksum_ok(digits):
        return False
    return bool(bis.is_valid(digits) if int(digits[2:4]) >= 20 else nn.is_valid(digits))


def valid_digits(value: str) -> str | None:
    """The eleven digits of ``value`` in any written layout when they are a valid number, else None."""
    digits = "".join(char for char in value if char.isascii() and char.isdigit())
    return digits if is_valid(digits) else None
