"""Whether a compact account number is a valid IBAN, by python-stdnum's rules, fast.

The account-number recognizer (identifiers.py) tries many cuts of a chunk of text, and the
normalisation (normalize.py) asks whether a word spelt with digits lies inside a valid account
number before it reads the digits as letters (``inside_valid_iban``): both ask here, so a number
the guard reports as an IBAN is the one whose letters and digits are left as written (the
twenty-ninth round's review; the thirtieth's moved the normalisation's look-up here too).
"""

from __future__ import annotations

import re
from functools import cache

from stdnum import iban as stdnum_iban

from secretpro.guard import fastre

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


# Where a valid IBAN may start: a country code, then the check digits (the account number then goes
# on in letters and digits, with a blank, dot or dash between groups)
_IBAN_START = fastre.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}(?:[ \t]|\r?\n)?\d\d")
# (a line end too: a number a PDF or a narrow column wrapped between its groups; a no-break space as
# a word processor writes one)
_IBAN_SEPARATOR = frozenset(" \t./-\n\r\xa0\u202f")


def _group_follows(text: str, at: int) -> bool:
    """Whether the next group of an account number starts at ``at`` or after one more blank."""
    if at < len(text) and text[at] in _IBAN_SEPARATOR:
        at += 1
    return at < len(text) and text[at].isalnum()


def inside_valid_iban(text: str, at: int) -> bool:
    """Whether the character at ``at`` lies inside an IBAN valid as written: a foreign account
    number's letters and digits ("RO76BTRLHPYNT5H6VYR4RMTV", "RO77 RNCB FC6F O77K K0ZT PP17") are no
    word spelt with digits and no number typed with letters (fifteenth round, blind probe items; in
    the twenty-ninth round a test of validity took the place of a test of layout, which took "T5H6"
    of a compact Romanian number for a word and would let "AB12 " before a word keep its digits)."""
    # (a start's country code and check digits may hold ``at`` itself: "ro59..." at its "o")
    for start in _IBAN_START.finditer(text, at - 45 if at > 45 else 0, at + 6):
        if start.start() > at:
            break
        compact: list[str] = []
        end = start.start()
        while end < len(text) and len(compact) < 34:
            char = text[end]
            if char.isascii() and char.isalnum():
                compact.append(char)
            elif not (char in _IBAN_SEPARATOR and compact and _group_follows(text, end + 1)):
                break
            end += 1
            if (
                end > at
                and len(compact) >= 15
                and not (end < len(text) and text[end].isalnum())
                and valid_iban_as_typed("".join(compact))
            ):
                return True
    return False
