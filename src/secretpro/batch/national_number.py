"""Belgian national (NISS) and BIS numbers, validated column-wise with the semantics of ``stdnum``.

For an 11-digit number ``YYMMDDSSSCC`` (``stdnum.be.nn`` / ``stdnum.be.bis``):

- the check digits ``CC`` are ``97 - (n % 97)`` where ``n`` is the first nine digits (born before
  2000), or ``97 - ((2000000000 + n) % 97)`` (born in 2000 or later; only tried when ``2000 + YY``
  is not after the current year);
- the month ``MM`` is 0–12 for a national number, 20–32 (+20) or 40–52 (+40) for a BIS number
  (month 0: the birth date was unknown when the number was issued);
- the number is not all zeros.

This module only covers the fast path (exactly eleven ASCII digits); other spellings (dots,
dashes, spaces) are read by ``secretpro.rules.facts`` itself, one distinct value at a time.
"""

from __future__ import annotations

from datetime import date

import polars as pl

ELEVEN_DIGITS = r"^[0-9]{11}$"
VALID_MONTHS = (*range(0, 13), *range(20, 33), *range(40, 53))


def eleven_digits(number: pl.Expr) -> pl.Expr:
    """The number as an unsigned integer when the text is exactly eleven ASCII digits, else null.

    Same cells as the pattern ``ELEVEN_DIGITS``, without a regular expression: eleven bytes that
    parse as an unsigned integer (no sign but an optional ``+``, which is refused here). Kept
    unsigned: ``is_valid_integer``'s divisions are cheaper on ``UInt64`` than on ``Int64``.
    """
    digits_only = (number.str.len_bytes() == 11) & ~number.str.starts_with("+")
    return pl.when(digits_only).then(number.cast(pl.UInt64, strict=False))


def is_valid_number(number: pl.Expr, *, current_year: int | None = None) -> pl.Expr:
    """True when ``number`` (exactly 11 ASCII digits) is a valid national or BIS number.

    ``current_year`` defaults to today's year, as in ``stdnum`` (the 2000+ variant is only tried for
    a birth year that is not in the future).
    """
    return is_valid_integer(number.cast(pl.Int64, strict=False), current_year=current_year)


def is_valid_integer(whole: pl.Expr, *, current_year: int | None = None) -> pl.Expr:
    """``is_valid_number`` of the eleven digits read as an integer (pass a column, not an
    expression: it is used several times)."""
    year_now = date.today().year if current_year is None else current_year
    first_nine = whole // 100
    check = whole % 100
    two_digit_year = whole // 1_000_000_000
    month = (whole // 10_000_000) % 100
    born_1900s = (97 - first_nine % 97) == check
    born_2000s = (two_digit_year <= year_now - 2000) & ((97 - (2_000_000_000 + first_nine) % 97) == check)
    return (born_1900s | born_2000s) & month.is_in(VALID_MONTHS) & (whole > 0)
