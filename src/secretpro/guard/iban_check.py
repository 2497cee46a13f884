"""Whether a compact account number is a valid IBAN, by python-stdnum's rules, fast.

The account-number recognizer (identifiers.py) tries many cuts of a chunk of text, and the
normalisation (normalize.py) asks whether a word spelt with digits lies inside a valid account
number before it reads the digits as letters: both ask here, so a number the guard reports as an
IBAN is the one whose letters and digits are left as written (the twenty-ninth round's review).
"""

from __future__ import annotations

import re
from functools import cache

from stdnum import iban as stdnum_iban

# letters as their ISO 7064 values ("A" -> "10" ... "Z" -> "35"), for the mod-97 test
_BASE36 = str.maketrans({chr(code): str(code - ord("A") + 10) for code in range(ord("A"), ord("Z") + 1)})


def mod97_ok(compact: str) -> bool:
    """The IBAN check digits test alone: much cheaper than the full validation, and a necessary
    condition for it. Anything but ASCII letters and digits is left to python-stdnum (True)."""
    if not compact:
        return False
    digits = (compact[4:] + compact[:4]).translate(_BASE36)
    if not (digits.isascii() and digits.isdigit()):
        return True
    return int(digits) % 97 == 1


def valid_iban(compact: str) -> bool:
    """python-stdnum's answer for an account number without its country's own check
    (``is_valid(compact, check_country=False)``), the check digits tested first."""
    if not mod97_ok(compact):
        return False  # python-stdnum checks the same digits first and would reject it too
    # (ASCII letters and digits alone are what python-stdnum's compact leaves as they are, but
    # for the capitals: its clean-up walks the characters in three generators, per cut tried)
    number = compact.upper() if compact.isascii() and compact.isalnum() else stdnum_iban.compact(compact)
    layout = (
        bban_layout(number[:2]) if number.isascii() and number.isalnum() and number[:2].isalpha() else None
    )
    if layout is not None:
        # python-stdnum's own check (check digits, then its registry's BBAN layout for the
        # country) without looking the country up and compiling its layout for each number;
        # test_guard_identifiers.py holds it to python-stdnum's answers
        # (the check digits were tested above, on the same characters unless compacting changed them)
        return (number == compact or mod97_ok(number)) and layout.fullmatch(number[4:]) is not None
    try:
        stdnum_iban.validate(compact, check_country=False)
    except Exception:
        return False
    return True


@cache
def iban_length(country: str) -> int | None:
    """The length of every valid IBAN of ``country`` by python-stdnum's layout for it (the one
    valid_iban holds it to), or None if it has none or not one of fixed length."""
    if bban_layout(country) is None:
        return None
    try:
        structure = stdnum_iban._ibandb.info(country)[0][1]["bban"]
    except Exception:
        return None
    parts = re.findall(r"(\d+)(!?)[nace]", structure)
    if (
        not parts
        or any(not fixed for _size, fixed in parts)
        or "".join(a + b for a, b in parts) != re.sub(r"[nace]", "", structure)
    ):
        return None
    return 4 + sum(int(size) for size, _fixed in parts)


@cache
def bban_layout(country: str) -> re.Pattern[str] | None:
    """python-stdnum's BBAN layout for a country code ("3!n7!n2!n" for BE), compiled once; None
    when the library's registry or its layout reader is not where this version keeps them (then
    each number goes through ``validate``)."""
    try:
        info = stdnum_iban._ibandb.info(country)
        structure = info[0][1].get("bban") if info and info[0][0] == country else None
        if not structure:
            return None
        pattern: re.Pattern[str] = stdnum_iban._struct_to_re(structure)
    except Exception:
        return None
    return re.compile(pattern.pattern.removeprefix("^").removesuffix("$"))


# a letter O typed for a zero between two digits ("0O49", "w7O8g7kl" for "w708g7kl"): how a number
# copied by hand or read back from a scan is written (thirtieth round: the generated "pasted" family
# with a foreign account number's letters). A foreign number's own letters may be an O between two
# digits too ("R7O9"), so each such O is tried both ways.
_O_BETWEEN_DIGITS = re.compile(r"(?<=\d)[Oo](?=\d)")
# (past this many, only the reading as written: at most 2**4 check-digit tests)
_MOST_TYPED_ZEROS = 4


def typed_zeros(compact: str) -> list[int]:
    """Where ``compact`` has a letter O between two digits (each may be a zero typed as O)."""
    if "O" not in compact and "o" not in compact:
        return []
    return [m.start() for m in _O_BETWEEN_DIGITS.finditer(compact)]


def valid_iban_as_typed(compact: str, zeros: list[int] | None = None) -> bool:
    """Whether ``compact`` is a valid IBAN as written, or with some of its O's between two digits
    read as zeros (``zeros``: where they are, if known; :func:`typed_zeros`)."""
    if valid_iban(compact):
        return True
    places = [at for at in (typed_zeros(compact) if zeros is None else zeros) if at < len(compact)]
    if not places or len(places) > _MOST_TYPED_ZEROS:
        return False
    for chosen in range(1, 1 << len(places)):
        read = list(compact)
        for bit, at in enumerate(places):
            if chosen >> bit & 1:
                read[at] = "0"
        if valid_iban("".join(read)):
            return True
    return False
