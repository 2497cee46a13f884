"""Structured identifiers: e-mail, IBAN, Belgian national/BIS number, phone, birth date."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from secretpro import national_number
from secretpro.guard import fastre
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.iban_check import bban_layout, iban_length, typed_zeros, valid_iban, valid_iban_as_typed
from secretpro.guard.lexicon import read_entries
from secretpro.guard.model import Doc, Finding, last_word_window, new_finding
from secretpro.guard.months import MONTH_NAMES
from secretpro.guard.names import known_first_name

# Patterns start with a character class the regex engine can skip to quickly (digits, "+", "0");
# the "not preceded by" tests are fixed-width lookbehinds right after that first character.
# An IBAN is found from its check digits: the two letters before them are looked up behind.
# An IBAN is found from its check digits: the country code is looked up behind them, right before
# ("BE68") or one blank before ("BE 68"); the groups may be split by blanks, dashes or dots.
# (The look-behind in front says the same as the two after the check digits - a letter, a blank or
# a tab before them - and is tested first, on one character: most digits are inside numbers.)
_IBAN = fastre.compile(
    r"(?<=[a-zA-Z \t])\d\d(?:(?<=[a-zA-Z]{2}\d\d)(?<!\w[a-zA-Z]{2}\d\d)|(?<=[a-zA-Z]{2}[ \t]\d\d)(?<!\w[a-zA-Z]{2}[ \t]\d\d)"
    # glued to the word "IBAN": "IBANBE79945436198633" (fifteenth round, blind probe items)
    r"|(?<=[iI][bB][aA][nN][a-zA-Z]{2}\d\d))"
    # (each step one of three, in the order the optional separator before a character was tried:
    # "(?:(?:[ \t]{1,2}|[.-])?[a-zA-Z0-9])", the same matches without the engine's zero-or-one
    # repeat at every character)
    # (a slash between the groups too: "BE47/3491/6166/3980")
    r"(?:[ \t]{1,2}[a-zA-Z0-9]|[./-][a-zA-Z0-9]|[a-zA-Z0-9]){10,30}\b"
)
_IBAN_SEPARATORS = fastre.compile(r"[ \t./-]")
# A foreign account number may hold more letters than digits ("RO77 RNCB FC6F O77K K0ZT PP17"), in
# any case ("ro76btrlhpynt5h6vyr4rmtv"): a country code other than Belgium's and check digits, then
# at least two more digits (fifteenth round, blind probe items), or the rest written whole or in
# groups of four, which a number of letters alone can be ("LV35 AAAA AAAA AAAA A"; twenty-ninth
# round). Such a chunk is tried for the country's layout and the check digits; "de 12 rue ..." has
# too few digits and no such layout.
_LETTERED_IBAN = fastre.compile(
    r"(?!be|BE)[a-zA-Z]{2}[ \t]?\d\d(?:(?:[ \t./-]?[a-zA-Z0-9]){2,}?(?:[ \t./-]?[a-zA-Z]*\d){2}"
    r"|[a-zA-Z0-9]{11,30}(?!\w)|(?:(?:[ \t]{1,2}|[./-])[a-zA-Z0-9]{4}){3})"
)
_INVALID_BELGIAN_IBAN = fastre.compile(r"be[ \t]?\d{2}(?:(?:[ \t]{1,2}|[./-])?\d{4}){3}\b", re.IGNORECASE)
# A phone starts after a non-word character, or right after "tel"/"fax"/"gsm" ("fax059/55.55.55").
# The cue words in any case, spelt out as the characters that ``(?i:fax|tel|gsm|tél)`` matches
# ("ſ" is a long s for it): a group with its own flags makes fastre leave the whole expression to
# ``re``, which then tries it at every character of the text instead of at "+", "(" and "0".
_PHONE_CUE_BEHIND = "[fF][aA][xX]|[tT][eE][lL]|[gG][sSſ][mM]|[tT][éÉ][lL]"
_PHONE_RUN = fastre.compile(
    r"(?:\+(?<![\w+]\+)|\((?<![\w+]\()0|0(?<![\w+]0)|(?<="
    + _PHONE_CUE_BEHIND
    + r")0)[\d ()./-]{6,22}\d(?!\d)"
)
# A phone's match starts at a digit or at most this many characters before one ("+" then up to
# 22 of "[\d ()./-]" then a digit): the search starts there.
_PHONE_LEAD = 23
_PHONE_CUE = fastre.compile(
    r"(?:\btel\b|\btel\.|\bt\.|\bt\b|\bgsm\b|\bmobile?\b|\bportable\b|\bphone\b|\btelefoon\b|\bfax\b|"
    # ("en ligne" is online: "le formulaire en ligne (n° d'agrément 0478/2026-12)", thirteenth round)
    r"\bbereikbaar\b|\bjoindre\b|\bappeler\b|(?<!\ben )\bligne\b|\brepond\b|\bau pays\b|"
    r"\bbellen\b|\bbel\b|\bcontact\b|"
    # someone's own number: "mijn nr is nu 0493 ..." ("nr" alone cues a reference; forty-sixth round,
    # fresh_synthetic35's tuning half)
    r"\b(?:mijn|zijn|haar|hun|mon|son|leur|my|his|her|their)\s+(?:(?:nieuwe?|nouveau|new)\s+)?"
    r"(?:nr|nummer|numero|number|n°)(?!\w))[^\n]{0,25}$"
)
_REFERENCE_WORDS = (
    r"(?:\bref\b|\bref\.|\breference\b|\breferentie\b|\bdossier\w*|\bfacture\b|\bfactuur\w*|\binvoice\b|"
    r"\bbce\b|\bkbo\b|\bentreprise\b|\bonderneming\w*|\btva\b|\bbtw\b|\bsp\b|\boe\b|\bdvz\b|\bn/|\bv/|"
    r"\bcompte\b|\brekening\w*|\bart\b|\bart\.|\barticle\b|\bartikel\b|\bloi\b|\bwet\b|\bmoniteur\b|"
    r"\bcgra\b|\bcgvs\b|\bcce\b|\brvv\b|\bkenmerk\b|\bcode\b|\bnr\b"
    # an approval's number: "n° d'agrément 0478/2026-12" (thirteenth round, fresh_synthetic6's tuning half)
    r"|\bagrement\b|\berkenning\w*)"
)
_REFERENCE_CUE = fastre.compile(_REFERENCE_WORDS + r"[^\n\d]{0,12}$")
_DATE = fastre.compile(
    # (not inside a longer number or date; "xx/xx/1985", a date with its day and month blanked, is)
    # (the two tests of what precedes the first digit made before it, on the characters before it
    # alone: the search tries every digit, and at most of them, inside a number, one look at the
    # character before ends the try, where a digit's test then two characters' cost more)
    r"(?<!\d)(?<!\d[/.-])\d(?:"
    r"\d?\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|['’]?\d{2})(?![\d])"
    # the month in Roman numerals, "07/II/1983", "14.VIII.1972" (fifteenth round, blind probe items)
    r"|\d?[./-](?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})[./-](?:\d{4}|\d{2})(?![\d])"
    # the parts a space apart, a year of this century or the last: "23 04 1991"
    r"|\d?[ ]\d{2}[ ](?:19|20)\d{2}(?![\d]|[ ]?[/.-]?\d)"
    # the year first, with one separator throughout ("1997-09-30", "1997.09.30", "1997/09/30")
    r"|\d{3}(?:-\d{2}-|\.\d{2}\.|/\d{2}/)\d{2}(?![\d]|[/.-]\d)"
    # a year in two digits after an apostrophe ("5 mei '68") or a space ("né le 2 août 63"; nineteenth
    # round, fresh_synthetic14's tuning half): a date only after a month's name
    r"|(?<=['’ ]\d)\d(?![\d]|[/.-]\d)"
    r"|\d{7}(?!\d|[/.-]\d)"
    r"|\d{3}(?!\d|[/.-]\d)"
    r")"
)
# A year alone is a date only after a month name ("12 mars 1981"); looked up backwards. (The names
# are English too, for the English lines of mixed messages: "born on 22 February 1998", "March 3,
# 1990"; eleventh round, from fresh_synthetic4's tuning half.)
_MONTHS = "|".join(MONTH_NAMES)
# (and with dashes, "12-Mar-1985"; a day "of" or "van" its month, "1st of Feb 1994", "de 3de van mei
# 1995": fifteenth round, blind probe items)
# (English "may", an ordinary word, only between dashes or after "of": "12-May-1985", "9th of May")
_MONTH_BEFORE = fastre.compile(r"(?<![a-z])(?:(?:" + _MONTHS + r")\.?(?:\s+|-)|(?<=\d-)may-|(?<=of )may\s+)$")
_DAY_BEFORE = fastre.compile(r"(?<![\d])\d{1,2}(?:er|e|ste|de|st|nd|rd|th)?(?:\s+(?:of|van)\s+|\s+|-)$")
# the English order, the month before the day: "March 3, 1990", "February 22nd 1998"
_MONTH_DAY_BEFORE = fastre.compile(r"(?<![a-z])(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$")
# "16 oktober 2014": a month name just before a four-digit number makes it a year (addresses use it)
MONTH_BEFORE = _MONTH_BEFORE


_BLANKS = fastre.compile(r"\s")
_EMAIL_LOCAL = fastre.compile(r"[\w.+'-]+$")
_EMAIL_DOMAIN = fastre.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")


# An address written to slip past spam robots, or past the guard: "jan [at] gmail [dot] com",
# "jan(at)gmail.com", "jan @ gmail . com", "jan.peeters at gmail dot com". The "at" is bracketed
# or an "@" with blanks beside it; a bare "at" ("arobase") counts only with a dot written as a word,
# and the address must end with a top-level domain, so that English "at home.com" stays text.
_BRACKETED_AT = r"[ \t]*[\[({<][ \t]*(?:at|@|arobase|apenstaartje)[ \t]*[\])}>][ \t]*"
_BARE_AT = r"[ \t]+(?:at|arobase|apenstaartje)[ \t]+"
_OBFUSCATED_DOT = (
    r"(?:[ \t]*[\[({<][ \t]*(?:dot|point|punt|\.)[ \t]*[\])}>][ \t]*|[ \t]+(?:dot|point|punt)[ \t]+)"
)
_ANY_DOT = rf"(?:{_OBFUSCATED_DOT}|[ \t]?\.[ \t]?)"
_TLD = r"(?:be|com|net|org|eu|fr|nl|lu|de|info|brussels|vlaanderen|gent)(?![\w])"
# after an "@" written as one, any top-level domain of two to six letters ("m.kowalski @ wp . pl";
# fifteenth round, blind probe items); a bare "at" keeps the short list ("at home . com" is text)
_ANY_TLD = r"[a-zA-Z]{2,6}(?![\w])"
_OBFUSCATED_EMAIL = fastre.compile(
    rf"(?<![\w.+'-])[\w][\w.+'-]*(?:"
    # a bracketed or blank-flanked "@" (or a plain one before a disguised dot), dots of any kind
    rf"(?:{_BRACKETED_AT}|[ \t]*@[ \t]*)[\w-]+(?:{_ANY_DOT}[\w-]+)*?{_ANY_DOT}{_ANY_TLD}"
    # a bare "at": at least its last dot written as a word or bracketed
    rf"|{_BARE_AT}[\w-]+(?:{_ANY_DOT}[\w-]+)*?{_OBFUSCATED_DOT}{_TLD})"
)
_OBFUSCATION_HINTS = hint_words(
    " @",
    "@ ",
    "[at]",
    "(at)",
    "{at}",
    "<at>",
    "[@]",
    "(@)",
    " at ",
    "arobase",
    "apenstaartje",
    "dot",
    "point)",
    "point]",
    " point ",
    "punt",
    "[.]",
    "(.)",
    " .",  # "jan@gmail . com"
)


def find_emails(doc: Doc) -> list[Finding]:
    """Anchored on each "@" (rare), instead of trying every word as the start of an address."""
    text = doc.text
    out: list[Finding] = []
    if has_any(doc, _OBFUSCATION_HINTS):
        for m in _OBFUSCATED_EMAIL.finditer(doc.folded):
            out.append(new_finding(m.start(), m.end(), "EMAIL", "email", "adresse e-mail (déguisée)"))
    at = text.find("@")
    while at >= 0:
        # (the window's start by a conditional, here and below, not max(0, ...): a call of max()
        # builds an argument tuple and steps through it, several times the cost of the test)
        local = _EMAIL_LOCAL.search(text, last_word_window(text, at - 80 if at > 80 else 0, at), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if local and domain:
            start = local.start()
            while start < at and text[start] in ".'-":
                start += 1
            if start < at:
                out.append(new_finding(start, domain.end(), "EMAIL", "email", "adresse e-mail"))
        at = text.find("@", at + 1)
    return out


def find_ibans(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    # (every match starts at a digit) A chunk that holds no account number is left from its next
    # character, not from its end: "is 850 euro ... BE17 0632 ..." read as an Icelandic number
    # ran over the Belgian one, which was then never tried (twentieth round, fresh_synthetic15's
    # tuning half).
    digits = _IBAN.search(text, doc.first_digit)
    while digits is not None:
        found = _iban_in(text, digits)
        if found is not None:
            out.append(found)
            digits = _IBAN.search(text, found.end)
        else:
            digits = _IBAN.search(text, digits.start() + 1)
    return out


def _iban_in(text: str, digits: re.Match[str]) -> Finding | None:
    """The account number a match of ``_IBAN`` starts, valid or a Belgian one with wrong check
    digits, or None."""
    start = digits.start() - (3 if text[digits.start() - 1] in " \t" else 2)
    chunk = text[start : digits.end()]
    # The chunk holds letters, digits and separators: the compact form of ``chunk[:cut]`` is
    # the first ``kept[cut]`` characters of the compact chunk (no regex substitution per cut).
    compact = _IBAN_SEPARATORS.sub("", chunk).upper()
    if sum(c.isdigit() for c in compact) < 10 and not _LETTERED_IBAN.match(chunk):
        return None  # words after "de 12", not an account number
    kept = list(itertools.accumulate((c not in " \t./-" for c in chunk), initial=0))
    # The greedy pattern may run into following words: shorten until the check digits agree (for a
    # country of python-stdnum's registry, only at its length: a chunk read from "is 85 ..." is
    # tried at Iceland's 26 characters, not at each of its cuts).
    if bban_layout(compact[:2]) is None:
        # no such country in the IBAN registry (python-stdnum's copy): "ab 12 cd 34 ..." is no
        # account number, though one cut in 97 of it passes the check digits alone
        return None
    length = iban_length(compact[:2])
    # (a chunk with an O between two digits, which may be a zero typed as O, is tried both ways)
    zeros = typed_zeros(compact)
    cut = len(chunk)
    while cut >= 15:
        if (
            chunk[cut - 1] not in " \t./-"
            and (length is None or kept[cut] == length)
            and (
                valid_iban_as_typed(compact[: kept[cut]], zeros)
                if zeros
                else valid_iban(compact[: kept[cut]])
            )
        ):
            return new_finding(start, start + cut, "IBAN", "iban", "IBAN (mod-97 valide)")
        cut -= 1
    belgian = _INVALID_BELGIAN_IBAN.match(chunk)
    if belgian:
        explanation = "IBAN belge (chiffres de contrôle incorrects)"
        return new_finding(start, start + belgian.end(), "IBAN", "iban", explanation, valid=False)
    return None


# one check for the whole application (the rules, the register and the batch use it too)
national_number_validity = national_number.is_valid


# A run of digits with separators between them: ".", "-", "/" (with spaces around) or spaces.
_DIGIT_SEPARATOR = r"(?:[ \t]*[./-][ \t]*|[ \t]{1,2})"
# Only the runs of eleven digits or more (the others cannot hold a national number): a run is
# maximal all the same (the digits and separators it may take are fixed), and a shorter one is
# passed over in C instead of in a Python loop. A digit inside a short run that follows a separator
# may start another try, but it finds a part of that run, shorter still.
# (The look-ahead is what the ten repetitions need, in one run of a character class: a run of fewer
# digits and separators is left at once, without trying the separators' alternatives.)
# (each step is one of three, tried in the order the optional separator before a digit is:
# "(?:[ \t]*[./-][ \t]*|[ \t]{1,2})?\d" written as "[ \t]*[./-][ \t]*\d|[ \t]{1,2}\d|\d", the same
# matches, without the engine's repeat of zero or one separator, its bookkeeping at every digit)
_DIGIT_RUN = fastre.compile(r"(?<![\w+])\d(?=[\d \t./-]{10})(?:[ \t]*[./-][ \t]*\d|[ \t]{1,2}\d|\d){10,}")
_DIGITS = fastre.compile(r"\d+")
# A full stop, comma or semicolon after a digit and before a blank parts two numbers listed: "Tuteur :
# M. X, 0474 28 16 95. 02 640 11 92" was one run of sixteen digits, neither number found (forty-sixth
# round, fresh_synthetic29's tuning half); eleven digits across it are no national number unless they
# are the whole run.
_LISTED_NUMBER_BREAK = fastre.compile(r"(?<=\d)[ \t]?[.,;][ \t]+")
_NON_DIGIT = fastre.compile(r"\D")
_ENTERPRISE_NUMBER = fastre.compile(r"0\d{3}\.\d{3}\.\d{3}")
_SEPARATOR_AT = fastre.compile(_DIGIT_SEPARATOR)
# the natural cuts of a national number: YY MM DD NNN CC (digits before each cut)
_NATURAL_CUTS = frozenset({2, 4, 6, 9})
_NN_CUE_REACH = 45


@cache
def _national_number_cues() -> re.Pattern[str]:
    patterns = [pattern for group, pattern in read_entries("cues.tsv") if group == "national_number"]
    return fastre.compile("|".join(f"(?:{p})" for p in patterns))


def _plausible_birth_part(digits: str) -> bool:
    month, day = int(digits[2:4]), int(digits[4:6])
    return day <= 31 and (month <= 12 or 20 <= month <= 32 or 40 <= month <= 52)


def _digit_tokens(run: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each group of digits in a run of digits and separators."""
    return [(offset + m.start(), offset + m.end()) for m in _DIGITS.finditer(run)]


def find_national_numbers(doc: Doc) -> list[Finding]:
    """The national and BIS numbers of :func:`_national_numbers`, found once per message (the birth
    dates ask for them too)."""
    return list(doc.memo("national_numbers", _national_numbers))


def _national_numbers(doc: Doc) -> list[Finding]:
    """Eleven digits in any grouping. A valid check is enough anywhere; a wrong one is reported
    (as invalid) when the digits are the whole run and either grouped at the natural cuts
    (YY MM DD NNN CC) without slashes, or announced by a cue ("NN", "INSZ", "registre national")."""
    out: list[Finding] = []
    text, folded = doc.text, doc.folded
    # (every match starts at a digit and ends at one)
    for run in _DIGIT_RUN.finditer(text, doc.first_digit, doc.digit_end):
        tokens = _digit_tokens(run.group(0), run.start())
        total = sum(end - start for start, end in tokens)
        if total < 11:
            continue
        first = -1
        run_first = 0  # where the rest of the run starts, after a number found in it
        while first + 1 < len(tokens):
            first += 1
            count = 0
            last = first
            while last < len(tokens) and count < 11:
                count += tokens[last][1] - tokens[last][0]
                last += 1
            if count != 11:
                if count < 11:
                    break
                continue
            start, end = tokens[first][0], tokens[last - 1][1]
            digits = "".join(text[a:b] for a, b in tokens[first:last])
            if not _plausible_birth_part(digits):
                continue
            if national_number_validity(digits):
                if (first != run_first or last != len(tokens)) and _LISTED_NUMBER_BREAK.search(
                    text, start, end
                ):
                    # eleven digits across a full stop or comma that are not the whole run: parts
                    # of two phones listed ("+32 2 543 08 40. 03/307-37-97" held a valid "40.
                    # 03/307-37-97", "02 200 04 03. 02 200 04 00" a valid "02 200 04 03. 02";
                    # forty-sixth round, a generated test of listed phones)
                    continue
                out.append(
                    new_finding(
                        start, end, "NATIONAL_NUMBER", "national_number", "numéro national ou BIS", True
                    )
                )
                # the run may hold another one: "85.07.30-033.28 / 86.02.07-651.86" (the
                # children's numbers of one family, one after the other)
                run_first = last
                first = last - 1  # (the loop steps to ``last``)
                continue
            if first != run_first or last != len(tokens):
                continue
            cuts = set(itertools.accumulate(b - a for a, b in tokens[first : last - 1]))
            natural = cuts <= _NATURAL_CUTS and "/" not in text[start:end]
            if not natural:
                line_start = folded.rfind("\n", max(0, start - _NN_CUE_REACH), start) + 1
                before = folded[max(line_start, start - _NN_CUE_REACH) : start]
                if _national_number_cues().search(before) is None:
                    continue
            explanation = "numéro national (chiffres de contrôle incorrects)"
            out.append(new_finding(start, end, "NATIONAL_NUMBER", "national_number", explanation, False))
            break
    return out


# A number a PDF or a narrow column wrapped at a blank between its groups ("IBAN BE68 5390\n0754
# 7034", "BE\n68 5390 ...", "NN 95 04 28\n236 74"): the stretch around the break is read again with
# the break as a blank (the same length, so the offsets hold), keeping only what a check-digit test
# confirms and what does cross the break.
# (the expression starts on the line break, a literal the engine skips to in C; what stands before
# it is read in Python: an expression that looks back first is tried at every character)
# A line that goes on with a digit or a separator (group 1), or with a bank code ("NL82\nABNA 0001
# ..."): one expression for both, so the text is read once and each break tried once (the two
# cannot both hold: what follows the blanks is a letter or it is not).
_NEXT_LINE_PART = fastre.compile(r"\n(?=[ \t]*(?:([\d.\-/])|[a-zA-Z]{4}[ \t]*\d))")


def _number_breaks(text: str) -> list[int]:
    """The line breaks between two parts of what may be one number."""
    breaks = []
    for m in _NEXT_LINE_PART.finditer(text):
        back = m.start()
        while back > 0 and text[back - 1] in " \t":
            back -= 1
        # (before a bank code, the check digits of the country code end the line)
        if back > 0 and (_goes_on if m.group(1) else str.isdigit)(text[back - 1]):
            breaks.append(m.start())
    return sorted(set(breaks))


def _goes_on(character: str) -> bool:
    return character.isascii() and (character.isalnum() or character in ".-/")


def find_numbers_across_lines(doc: Doc) -> list[Finding]:
    text = doc.text
    breaks = _number_breaks(text) if "\n" in text else []
    out: dict[tuple[int, int], Finding] = {}
    for position in breaks:
        # only the stretch around the break is read again: an IBAN is 34 characters at most, with
        # its blanks under 45 (a whole second reading of a long text cost more than every number)
        low = max(0, position - _ACROSS_REACH)
        high = min(len(text), position + 1 + _ACROSS_REACH)
        while low > 0 and text[low - 1].isalnum():  # not from inside a word or a number
            low -= 1
        while high < len(text) and text[high].isalnum():
            high += 1
        window = Doc(text[low:position] + " " + text[position + 1 : high])  # (the offsets hold)
        for f in find_ibans(window) + find_national_numbers(window):
            start, end = low + f.start, low + f.end
            if f.valid is not False and start < position < end:
                out.setdefault(
                    (start, end), new_finding(start, end, f.category, f.recognizer, f.explanation, f.valid)
                )
    return list(out.values())


_ACROSS_REACH = 45


_GLUED_BEFORE = fastre.compile(r"(?:\d[.\-/]?|[/\\])\Z")
_DIGIT_SPACE_BEFORE = fastre.compile(r"\d \Z")
# "Rue Haute 47 0470 12 34 56": a house number (after a word) then the phone on the same line
# ("Route de l'Amblève, 42 080 75 12 80", "Borgoumont,100 0472 59 21 84": a comma may come first)
# A whole number of its own then the phone, a blank between, as a pasted table row gives them: a date
# ("Né le 01/02/1985 0474 28 16 95"), a national number ("NN 85.07.30-033.28 0474 28 16 95"), a
# Belgian account ("BE68 5390 0754 7034 0474 ..."): the phone is no rest of it (forty-sixth round,
# found by hand; each was missed)
_WHOLE_NUMBER_BEFORE = fastre.compile(
    r"(?:(?<!\d)[0-3]?\d([/.-])[01]?\d\1(?:19|20)\d\d"
    r"|(?<![\d.])\d\d[.]\d\d[.]\d\d[-. ]?\d{3}[.]\d\d"
    r"|(?<![\w])[Bb][Ee][ ]?\d\d(?:[ ]?\d{4}){3}"
    # a time ("RDV 14h30 02 640 11 92"; forty-seventh round, found by hand)
    r"|(?<![\d])[0-2]?\d[hu:][0-5]\d)[ \t]+\Z"
)
# A Belgian mobile number as people group it ("0478 12 34 56", "0478/12.34.56", "0478 123 456",
# "0478123456"), the whole of its run: no rest of a longer number, whatever number comes before a
# blank ("Montant 125,50 0478 12 34 56"; forty-seventh round, found by hand), unless a reference's
# cue comes before on the line: "Facture 2024 0495 30 44 14" may be one invoice number
_REFERENCE_CUE_IN_LINE = fastre.compile(_REFERENCE_WORDS)
_WHOLE_MOBILE = fastre.compile(r"04[5-9]\d(?:[ ./-]?\d\d){3}|04[5-9]\d[ ./-]?\d{3}[ ./-]?\d{3}")
_HOUSE_NUMBER_BEFORE = fastre.compile(r"[^\W\d_](?:,[ \t]*|[ \t]+)\d{1,3}[a-zA-Z]?,? \Z")


def _is_phone(candidate: str) -> bool:
    digits = _NON_DIGIT.sub("", candidate)
    if len(digits) < 8 or len(digits) > 15:
        return False
    # Belgian numbers are settled without the (slow) general parser.
    if candidate.startswith("0") and not candidate.startswith("00"):
        national = digits[1:]
        return (len(national) == 8 and national[0] != "0") or (len(national) == 9 and national[0] == "4")
    for prefix in ("+32", "0032"):
        if candidate.startswith(prefix):
            national = _NON_DIGIT.sub("", candidate.replace("(0)", "")[len(prefix) :]).lstrip("0")
            return len(national) == 8 or (len(national) == 9 and national[0] == "4")
    text = candidate.replace("(0)", "")
    # imported here: a foreign number is rare, and the library takes a tenth of a second to load
    # (a one-line `secretpro guard` would pay it at every start)
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "BE")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number):
        return True
    # Number plans change and examples are often made up: a well-formed Belgian number (nine
    # digits, or ten for a mobile) or a possible foreign one is still a phone number.
    if number.country_code == 32:
        national = str(number.national_number)
        return len(national) == 8 or (len(national) == 9 and national[0] == "4")
    return bool(phonenumbers.is_possible_number(number))


_PHONE_PARTS = fastre.compile(r"[^ ]+(?: [^ ]+)*?(?=\s+[-/–]\s+|\s{2,}|$)")


def _split_candidates(run: str, offset: int) -> list[tuple[int, int]]:
    """The whole run, or its parts separated by a dash/slash between spaces or a double space, or
    by a full stop, comma or semicolon before a space."""
    pieces = [(offset, offset + len(run))]
    parts = list(_PHONE_PARTS.finditer(run))
    if len(parts) > 1:
        pieces += [(offset + p.start(), offset + p.end()) for p in parts]
    at = 0
    for m in _LISTED_NUMBER_BREAK.finditer(run):
        pieces.append((offset + at, offset + m.start()))
        at = m.end()
    if at:
        pieces.append((offset + at, offset + len(run)))
    return pieces


# a day, month and year with slashes or dots then a time: "04/12/2025 10h20" is a note's date, not
# a Liège number (eleventh round, fresh_synthetic4's tuning half)
_DATE_FIRST = fastre.compile(r"[0-3]\d([/.])[01]\d\1(?:19|20)\d\d(?!\d)")


def find_phones(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    text, folded = doc.text, doc.folded
    position = doc.first_digit - _PHONE_LEAD if doc.first_digit > _PHONE_LEAD else 0
    # (every match ends at a digit, then looks at one character)
    while (m := _PHONE_RUN.search(text, position, doc.digit_end)) is not None:
        run = m.group(0).rstrip(" ./-(")
        start = m.start()
        found = _phone_in_run(text, run, start)
        # The search goes on after the phone found in a part of the run, not after the run: "+93 79
        # 412 6683 / 0465 20 18 44" is longer than a run, whose end cut the second number (fortieth
        # round, fresh_synthetic34's tuning half).
        position = found[1] if found is not None and found[1] < m.end() else m.end()
        if found is None:
            # (a run that holds no phone may end in one: "Né le 01/02/1985 0474 28 16 95" ran from
            # the date's "01"; the search goes on from the run's first cut before a phone's start)
            cut = _RUN_CUT.search(run)
            if cut is not None:
                position = start + cut.end()
            continue
        # The context checks come last: most runs (dates, amounts) are already rejected. Right after
        # a phone found, with separators alone between, the run is the next number of a list
        # ("0474 28 16 95 02 640 11 92"), not the tail of a longer one.
        if out and out[-1].end <= start and not text[out[-1].end : start].strip(" \t./-,;"):
            out.append(new_finding(found[0], found[1], "PHONE", "phone", "numéro de téléphone"))
            continue
        # (a phone in a later part of the run, after a dash between blanks, a double blank or a full
        # stop, is judged by what is right before it when it starts as a phone does: "Betaald:
        # 01.02.2025 - 0478 12 34 56" was dropped as the tail of the date's "01."; forty-seventh
        # round, found by hand. "17489/09 - 14-09-2010" is a case number and a date.)
        run_end = start + len(run)
        if found[0] > start and text[found[0]] in "0+" and _ANY_DIGIT.search(text, start, found[0]):
            start = found[0]
        # (the line's start looked for in its last sixty characters only, all the checks below read: a
        # search back to the text's start for each phone took 1.7 s on a line of 3,500 of them)
        line_start = folded.rfind("\n", start - 60 if start > 60 else 0, start) + 1
        before_run = text[start - 14 if start > 14 else 0 : start]
        if _GLUED_BEFORE.search(before_run):
            continue  # the tail of a longer number or of a reference ("2025/OCMW/0486...")
        if (
            _DIGIT_SPACE_BEFORE.search(before_run)
            and not _HOUSE_NUMBER_BEFORE.search(before_run)
            and not _WHOLE_NUMBER_BEFORE.search(text, start - 30 if start > 30 else 0, start)
            and not (
                found == (start, run_end)
                and _WHOLE_MOBILE.fullmatch(text, start, run_end)
                and not _REFERENCE_CUE_IN_LINE.search(folded, max(line_start, start - 60), start)
            )
        ):
            continue  # "12 0470...": the rest of a number, unless that number ends a street or is whole
        if _ENTERPRISE_NUMBER.fullmatch(run):
            continue  # enterprise (BCE/KBO) number layout
        before = folded[start - 40 if start - 40 > line_start else line_start : start]
        # (an international prefix is a phone's whatever word comes before: "nr +212 6 61 47 82 90")
        if _REFERENCE_CUE.search(before) and not _PHONE_CUE.search(before) and text[found[0]] != "+":
            continue
        out.append(new_finding(found[0], found[1], "PHONE", "phone", "numéro de téléphone"))
    return out


# Two numbers written one after the other with a single separator ("0474 28 16 95 02 640 11 92",
# "0474 28 16 95/02 640 11 92", "0474 28 16 95.02 640 11 92"): one run, neither number found
# (forty-sixth round, found by hand at the evasion check). A cut where the run goes on with a
# phone's start ("0" or "+") and what comes before is a phone parts them.
_RUN_CUT = fastre.compile(r"[ ./-]+(?=[0+])")


def _phone_in_run(text: str, run: str, start: int) -> tuple[int, int] | None:
    """The run if it is a phone number, else its first part that is one, else its first part up to
    a cut before a phone's start that is one."""
    for a, b in _split_candidates(run, start):
        piece = text[a:b].strip(" ./-(")
        if _is_phone(piece) and not _DATE_FIRST.match(piece):
            real_start = a + text[a:b].index(piece[0])
            return real_start, real_start + len(piece)
    for cut in _RUN_CUT.finditer(run):
        piece = run[: cut.start()].strip(" ./-(")
        if piece and _is_phone(piece) and not _DATE_FIRST.match(piece):
            real_start = start + run.index(piece[0])
            return real_start, real_start + len(piece)
    return None


@cache
def _birth_cues() -> re.Pattern[str]:
    # cues.tsv is "group<TAB>pattern": read_entries gives (first column, second column).
    patterns = [pattern for group, pattern in read_entries("cues.tsv") if group == "birth"]
    # longest first, so "geboren te Gent op" wins over "geboren"
    patterns.sort(key=len, reverse=True)
    return fastre.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def _birth_cue_heads() -> re.Pattern[str]:
    """The birth cues without their leading word-boundary test: every window where a cue matches
    has a match of this, and the expression without the boundaries is several times cheaper to
    search, so it rules out most windows before the real cue expression runs."""
    patterns = [pattern for group, pattern in read_entries("cues.tsv") if group == "birth"]
    heads = [pattern.removeprefix(r"\b") for pattern in patterns]
    return fastre.compile("|".join(f"(?:{p})" for p in heads))


_ANY_DIGIT = fastre.compile(r"\d")
_CUE_REACH = 60
# Every birth cue contains one of these (see cues.tsv); keep in step when adding cues.
_CUE_HINTS = ("ne", "°", "naiss", "dn", "d.n", "geb", "dob", "d.o.b", "born", "birth")
# whether one of them occurs in a window: one search in C (a Python test per hint cost more)
_CUE_HINT = re.compile("|".join(re.escape(hint) for hint in _CUE_HINTS))
# "is op 12 maart 1975 geboren": the cue after the date (Dutch word order); "né" only before a place
# ("12/03/1990 né à Namur"): folded, it is also the negation ("l'arrêté du 21 septembre 2004 ne
# permet pas")
_BIRTH_CUE_AFTER = fastre.compile(r"[ \t]+(?:geboren\b|nee\b|ne(?=[ \t]+(?:a|au|en|dans)\b))")
# "né en 1985", "geboren in 1990": a year alone, presented as the year of birth
# ("n° 2011/AB/525" is a roll number: "°" after a letter or digit is no birth cue)
_BIRTH_YEAR_BEFORE = fastre.compile(
    r"(?:(?<![0-9a-z])°|(?<![a-z])(?:nee?s?|geboren)\s+(?:en|in|le|op)(?: l'an| het jaar)?|(?<![a-z])geb\.|"
    # the place between the cue and the year: "geboren te K. in 1985", "née à Kinshasa en 1979" (27th
    # round, the tuning half of real_passages32)
    r"(?<![a-z])(?:nee?s?|geboren)\s+(?:a|au|te)\s+[\w.'-]+(?:\s+[\w.'-]+){0,2}?\s+(?:en|in)|"
    # "she was born in 1979", of a person (eighteenth round, invented probe sentences; a project
    # "was born in 2019" too)
    r"(?<![a-z])(?:he|she|i|who|they)\s+(?:was\s+|were\s+|am\s+)?born\s+in|"
    # a birth cue of a form or a hurried note before the year: "DDN 1990", "DN: 1985" (twelfth round)
    r"(?<![a-z])d\.?d\.?n\.?|(?<![a-z])d\.?n\.?(?=\s*:)|"
    # a date of birth known only by its year: "vermeldt als geboortedatum 1981" (twelfth round)
    r"geboortejaar|geboortedatum|annee de naissance|date de naissance|year of birth|date of birth)\s*:?\s*$"
)
# A whole date in brackets after a person's name is that person's birth date: "Lina Benali
# (17/04/2012)", "M. Jordan Dubois (2001-03-21)"; so is a year after a child's first name in a list
# of the children: "trois enfants : Omar (2012), Lina (2015)" (sixteenth round, the invented sets'
# tuning halves). The name: up to three capitalised words, one of them a first name of the list, or
# after a title; "la loi Dupont (1980)", "Dublin (2013)" name no one's birth.
_NAME_BEFORE_BRACKET = fastre.compile(
    r"(?:(?P<title>\b(?:M|Mme|Mlle|Mr|Mevr|Dhr|Mw|Mrs|Ms|Madame|Monsieur|Mevrouw|Meneer)\.?)[ \t]+)?"
    r"(?P<name>(?<![\w'-])[A-Z][a-zà-ÿ'-]+(?:[ \t]+[A-Z][a-zà-ÿA-Z'-]+){0,2})[ \t]*\($"
)


def _name_before_bracket(text: str, start: int, end: int) -> re.Match[str] | None:
    """The name right before a date or a year written in brackets, if any."""
    if text[start - 1 : start] != "(" or text[end : end + 1] not in (")", ","):
        return None
    return _NAME_BEFORE_BRACKET.search(text, start - 50 if start > 50 else 0, start)


# A whole date in brackets after an age is that person's birth date: "Ilyes, 7 ans (04.06.2018)"
# (nineteenth round, fresh_synthetic14's tuning half)
_AGE_BEFORE_BRACKET = fastre.compile(r"(?<![\w])\d{1,3}[ \t]+(?:ans|an|jaar|years?(?:[ \t]+old)?)[ \t]*\($")


def _date_after_a_name(text: str, start: int, end: int) -> bool:
    """Whether a whole date in brackets follows a person's name (a title or a first name of the
    list) or an age."""
    if (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and _AGE_BEFORE_BRACKET.search(text, start - 20 if start > 20 else 0, start)
    ):
        return True
    named = _name_before_bracket(text, start, end)
    return named is not None and (
        named.group("title") is not None
        or any(known_first_name(word) for word in named.group("name").split())
    )


def _year_after_first_name(text: str, start: int, end: int, listed: bool) -> bool:
    """The first name is the word right before the bracket; ``listed``: the year follows the last
    birth date found closely, as in a list of the children, where a first name the list does not
    hold ("Yazan (2020)") is one too."""
    named = _name_before_bracket(text, start, end)
    return (
        named is not None
        and text[end : end + 1] == ")"
        and (listed or known_first_name(named.group("name").split()[-1]))
    )


# A child's first name and birth year together in brackets after the word for the child: "mon fils
# (Théo, 2011)", "zijn dochtertje (Ananya, 2021)" (seventeenth round, fresh_synthetic11's tuning half)
_CHILD_NAME_IN_BRACKET = fastre.compile(
    r"(?<![\w'-])(?:[Ff]ils|[Ff]illes?|[Ee]nfants?|[Bb][eé]b[eé]|[Zz]oon(?:tje)?|[Dd]ochter(?:tje)?"
    r"|[Kk]ind(?:je|eren)?|[Bb]aby|[Ss]on|[Dd]aughter|[Cc]hild(?:ren)?)[ \t]*\((?:[A-Z][a-zà-ÿ'-]+[ \t]*,[ \t]*(?:[0-9]{4}[ \t]*,[ \t]*)?)+$"
)


def _names_text(doc: Doc) -> str:
    """The text the names before a bracketed date are read in: as written, or with each word
    capitalised in a text written in lower or upper case only, where no name has its capital
    ("lina benali (17/04/2012)", "OMAR (2012)"; seventeenth round, from the tuning halves lowered)."""
    return doc.memo("capitalised", _capitalised) if doc.mostly_lower else doc.text


def _capitalised(doc: Doc) -> str:
    # (str.title runs in C; where a letter's case changes its length, "ß", each word is done alone
    # so that the offsets hold)
    titled = doc.text.title()
    return titled if len(titled) == len(doc.text) else _WORD.sub(_capitalise, doc.text)


_WORD = fastre.compile(r"[^\W\d_]+")


def _capitalise(m: re.Match[str]) -> str:
    word = m.group(0)
    done = word[:1].upper() + word[1:].lower()
    return done if len(done) == len(word) else word


def _year_beside_a_childs_name(text: str, start: int, end: int) -> bool:
    return text[end : end + 1] in (")", ",") and (
        _CHILD_NAME_IN_BRACKET.search(text, start - 80 if start > 80 else 0, start) is not None
    )


# A birth date whose day and month a court or an editor blanked out: "né le XX/XX/1985", "geboren op
# xx.xx.1990", "née le [...] 1979", "geboren op … 1990". The year left is still a birth date.
_REDACTED_BIRTH_BEFORE = fastre.compile(
    r"(?<![a-z])(?:nee?s?|geboren|geb\.?)(?:\s*\(e\))?\s+(?:le|op|on)?\s*"
    r"(?P<mark>(?:(?:xx?|\.{2,3}|…|\[[.…]{0,3}\]|_{2,})[\s./-]*){1,3})$"
)


def _plausible_ddmmyyyy(digits: str) -> bool:
    """ "31071982" without separators: a date only when it reads as day, month, year."""
    day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    return 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2099


# "nés le 3 mars 2010 et le 5 juin 2012", "geboren op 3 maart 2010 en 5 juni 2012": a date joined to
# a birth date by "et", "en" or a comma is a birth date too.
_JOINED_TO_BIRTH = fastre.compile(r"\s*(?:,\s*(?:(?:et|en|and)\s+)?|(?:et|en|and|&)\s+)(?:(?:le|op|on)\s+)?")


# A table pasted from a spreadsheet or a form: cells split by "|", tabs or ";".
_TABLE_SEPARATORS = ("|", "\t", ";")
_TABLE_ROW_MAX = 2000  # characters of a row, at most


def _under_a_birth_column(
    folded: str, date_start: int, cues: re.Pattern[str], headers: dict[tuple[str, int, int], int]
) -> bool:
    """Whether the date stands in a table column whose header names a birth date ("Nom | Prénom |
    Date de naissance" above the rows): each row has the header's cells, the cue only once.

    ``headers`` (one per message) keeps, for a separator, a number of cells and a row, where the header above it
    starts (-1: none), so that each row of a long table is walked over once, not once per date
    below it (a table of a hundred people lost its birth dates after the fortieth row)."""
    # (a row of a table is short: a line longer than that is prose, and is not measured, which cost
    # a pass over the whole line per date, quadratic on a long line of dates; nineteenth round)
    low = date_start - _TABLE_ROW_MAX if date_start > _TABLE_ROW_MAX else 0
    line_start = folded.rfind("\n", low, date_start) + 1
    if line_start == 0 and low > 0:
        return False
    line_end = folded.find("\n", date_start, date_start + _TABLE_ROW_MAX)
    if line_end < 0:
        if len(folded) > date_start + _TABLE_ROW_MAX:
            return False
        line_end = len(folded)
    line = folded[line_start:line_end]
    for separator in _TABLE_SEPARATORS:
        width = line.count(separator)
        if width == 0:
            continue
        header = _header_above(folded, line_start, separator, width, cues, headers)
        if header < 0:
            continue
        header_end = folded.find("\n", header)
        cells = folded[header : len(folded) if header_end < 0 else header_end].split(separator)
        cell = cells[folded.count(separator, line_start, date_start)].strip()
        if not _ANY_DIGIT.search(cell) and cues.search(cell):
            return True
    return False


def _header_above(
    folded: str,
    line_start: int,
    separator: str,
    width: int,
    cues: re.Pattern[str],
    headers: dict[tuple[str, int, int], int],
) -> int:
    """Where the nearest row above ``line_start`` with as many cells and a cell naming a birth date
    (and no digit) starts, -1 if the table starts first."""
    visited: list[int] = []
    found = -1
    end = line_start - 1
    while end >= 0:
        if (separator, width, end) in headers:
            found = headers[separator, width, end]
            break
        visited.append(end)
        reach = end - _TABLE_ROW_MAX if end > _TABLE_ROW_MAX else 0
        start = folded.rfind("\n", reach, end) + 1
        if start == 0 and reach > 0:
            break  # a line too long for a row: the table starts below it
        row = folded[start:end]
        end = start - 1
        if not row.strip():
            continue  # a blank line inside the table
        if row.count(separator) != width:
            break  # the table starts below this line
        if any(not _ANY_DIGIT.search(cell) and cues.search(cell) for cell in row.split(separator)):
            found = start
            break
    for row_end in visited:
        headers[separator, width, row_end] = found
    return found


# who gives the date, between the cue and it: "geboortedatum volgens de Dienst Voogdij 01.01.2008",
# "né, selon ses déclarations, le ..." (tenth round, from fresh_synthetic3's tuning half)
_SOURCE_OF_DATE = fastre.compile(
    r"[ \t:,(]*(?:volgens|selon|d'apres|according to|opgegeven door|declaree? par|verklaard door)\b[^\n]{0,35}$"
)


_AFTER_ANY_END = 1 << 62  # (a second member above every end, for bisecting spans by their start)
_NUMERIC_DATE_PARTS = fastre.compile(r"(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?['’]?(\d{4}|\d{2})$")


def _national_number_days(doc: Doc) -> tuple[frozenset[tuple[int, int, int]], tuple[tuple[int, int], ...]]:
    """(day, month, year in two digits) of each national or BIS number's birth part in the message
    (a BIS number's month is raised by 20 or 40), and the numbers' spans."""
    days = set()
    spans = []
    for finding in doc.memo("national_numbers", _national_numbers):
        digits = "".join(c for c in doc.text[finding.start : finding.end] if c.isdigit())
        days.add((int(digits[4:6]), int(digits[2:4]) % 20, int(digits[:2])))
        spans.append((finding.start, finding.end))
    return frozenset(days), tuple(spans)


def _day_of_a_national_number(doc: Doc, date: re.Match[str]) -> bool:
    """Whether a date written with figures is the birth part of a national number of the same
    message: "(27/05/83, NN 83.05.27-160.32)" needs no cue (eighteenth round, from
    fresh_synthetic12's tuning half). The number's own first digits ("12.12.12-...") are not."""
    parts = _NUMERIC_DATE_PARTS.match(date.group(0))
    if parts is None:
        return False
    days, spans = doc.memo("national_number_days", _national_number_days)
    if not days:
        return False
    day, month, year = (int(part) for part in parts.groups())
    if (day, month, year % 100) not in days:
        return False
    # (the numbers do not overlap and are in text order: the one starting last before the date is
    # the only one that may hold it; a scan of all of them per date was quadratic on a long list)
    at = bisect.bisect_right(spans, (date.start(), _AFTER_ANY_END)) - 1
    return at < 0 or not spans[at][0] <= date.start() < spans[at][1]


def find_birth_dates(doc: Doc) -> list[Finding]:
    """Dates first (they are rare), then a birth cue just before each one."""
    out: list[Finding] = []
    folded = doc.folded
    cues = _birth_cues()
    heads = _birth_cue_heads()
    headers: dict[tuple[str, int, int], int] = {}
    numbers = doc.memo("national_numbers", _national_numbers)
    # (every match starts at a digit, ends at one, then looks at two characters, the second a digit)
    for date in _DATE.finditer(folded, doc.first_digit, doc.digit_end):
        date_start = date.start()
        if date.group(0).isdigit() and len(date.group(0)) == 8 and not _plausible_ddmmyyyy(date.group(0)):
            continue
        if date.end() - date_start == 2:
            # "° 5 mei '68", "né le 2 août 63": a year in two digits after a month's name
            month_end = date_start - 1 if folded[date_start - 1] in "'’" else date_start
            month = _MONTH_BEFORE.search(folded, date_start - 15 if date_start > 15 else 0, month_end)
            if month is None:
                continue
            date_start = month.start()
            day = _DAY_BEFORE.search(folded, max(0, date_start - 8), date_start)
            if day:
                date_start = day.start()
        elif date.end() - date_start == 4:
            month = _MONTH_BEFORE.search(folded, date_start - 14 if date_start > 14 else 0, date_start)
            if month is None:
                month = _MONTH_DAY_BEFORE.search(
                    folded, date_start - 20 if date_start > 20 else 0, date_start
                )
            if month is None:
                if folded[date_start : date_start + 2] not in ("19", "20"):
                    continue
                if (
                    _BIRTH_YEAR_BEFORE.search(folded, max(0, date_start - 45), date_start)
                    or _year_after_first_name(
                        _names_text(doc), date_start, date.end(), bool(out) and date_start - out[-1].end < 30
                    )
                    or _year_beside_a_childs_name(_names_text(doc), date_start, date.end())
                ):
                    out.append(
                        new_finding(date_start, date.end(), "BIRTH_DATE", "birth_date", "année de naissance")
                    )
                    continue
                blanked = _REDACTED_BIRTH_BEFORE.search(folded, max(0, date_start - 30), date_start)
                if blanked:
                    start = blanked.start("mark")
                    out.append(
                        new_finding(start, date.end(), "BIRTH_DATE", "birth_date", "date de naissance")
                    )
                continue
            date_start = month.start()
            day = _DAY_BEFORE.search(folded, max(0, date_start - 8), date_start)
            if day:
                date_start = day.start()
        if out and out[-1].end < date_start <= out[-1].end + 12:
            joined = _JOINED_TO_BIRTH.match(folded, out[-1].end)
            if joined is not None and joined.end() == date_start:
                out.append(
                    new_finding(date_start, date.end(), "BIRTH_DATE", "birth_date", "date de naissance")
                )
                continue
        if _BIRTH_CUE_AFTER.match(folded, date.end()) or _date_after_a_name(
            _names_text(doc), date_start, date.end()
        ):
            out.append(new_finding(date_start, date.end(), "BIRTH_DATE", "birth_date", "date de naissance"))
            continue
        if _under_a_birth_column(folded, date_start, cues, headers):
            out.append(
                new_finding(
                    date_start, date.end(), "BIRTH_DATE", "birth_date", "colonne « date de naissance »"
                )
            )
            continue
        if numbers and _day_of_a_national_number(doc, date):
            out.append(
                new_finding(
                    date_start, date.end(), "BIRTH_DATE", "birth_date", "date de naissance du numéro national"
                )
            )
            continue
        window_start = date_start - _CUE_REACH if date_start > _CUE_REACH else 0
        window = folded[window_start:date_start]
        if _CUE_HINT.search(window) is None:
            continue  # substring tests are much cheaper than the cue expression
        if heads.search(window) is None:
            continue  # no cue can match here either
        last = None
        for cue in cues.finditer(window):
            last = cue
        if last is None:
            continue
        gap = window[last.end() :]
        # Only punctuation, a colon or a word or two ("le", "op") between the cue and the date.
        if "\n" in gap.strip(" :\t") or _ANY_DIGIT.search(gap):
            continue
        if len(gap.strip()) > 12 and not _SOURCE_OF_DATE.match(gap):
            continue
        out.append(new_finding(date_start, date.end(), "BIRTH_DATE", "birth_date", "date de naissance"))
    return out
