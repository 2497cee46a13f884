"""Accent- and case-folding that keeps every character at its place.

Recognizers search a folded copy of the text (lower case, no diacritics, one kind of apostrophe),
so "SÉJOUR", "séjour" and "sejour" match alike. The fold maps each code point to exactly one code
point, so an offset in the folded copy is the same offset in the original text.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.iban_check import inside_valid_iban

_PUNCTUATION = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u00ad": "-",
}


def _fold_char(char: str) -> str:
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    # Some lower-case forms are two code points (e.g. "İ"); keep the offsets exact instead.
    return lowered if len(lowered) == 1 else base


@cache
def _table() -> dict[int, str]:
    # Latin, Latin-1, Latin Extended-A/B, Greek and Cyrillic cover the scripts of the messages;
    # other code points are left as they are (still one code point each).
    table: dict[int, str] = {}
    for code in range(0x0000, 0x0530):
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    for char, folded in _PUNCTUATION.items():
        table[ord(char)] = folded
    for code in range(0x1E00, 0x1F00):  # Latin Extended Additional (Vietnamese, etc.)
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    return table


_NON_ASCII = fastre.compile(r"[^\x00-\x7f]")
_ASCII_BYTES = bytes(range(128))


def non_ascii_characters(text: str) -> set[str]:
    """``set(_NON_ASCII.findall(text))``, the distinct non-ASCII characters of ``text``, found in
    C without a character-set test per character (which the search makes): the text's UTF-8 bytes
    less the ASCII ones are the encodings of those characters alone, since every byte of a longer
    sequence is above 127 (lone surrogates pass as they are, both ways)."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(rest.decode("utf-8", "surrogatepass"))


@cache
def _fold_one(char: str) -> str:
    return _table().get(ord(char), char)


def _fold_match(match: re.Match[str]) -> str:
    return _fold_one(match.group(0))


def fold(text: str) -> str:
    """Lower-case, diacritic-free copy of ``text`` with the same length."""
    if text.isascii():
        return text.lower().replace("`", "'")
    lowered = text.lower()
    if len(lowered) != len(text):
        return text.translate(_table())  # a rare character whose lower case is two code points
    # str.lower() is fast; only the (few) non-ASCII characters need the table. A message holds
    # a handful of distinct ones ("é", "è", "–") many times over: one str.replace (in C) per
    # distinct character instead of a Python call per occurrence. The order does not matter as
    # long as no replacement is itself a character to replace (folding it again), which the
    # table never does for lower-case text; if it did, the character-by-character way is taken.
    folded = lowered
    for char in non_ascii_characters(lowered):
        replacement = _fold_one(char)
        if replacement != char:
            if _fold_one(replacement) != replacement:
                return _fold_by_substitution(lowered)
            folded = folded.replace(char, replacement)
    return folded.replace("`", "'")


def _fold_by_substitution(lowered: str) -> str:
    """:func:`fold` of a lower-cased text of the same length, one character at a time."""
    return _NON_ASCII.sub(_fold_match, lowered).replace("`", "'")


# --- Normalisation before matching -------------------------------------------------------------
#
# Text pasted from Word or a PDF, or written to slip past the guard, carries invisible characters
# ("séro\u00adpositif"), compatibility forms ("ﬁ", fullwidth digits), decomposed accents,
# look-alike letters from other scripts ("zwаnger" with a Cyrillic "а") and letter-spaced words
# ("S E R O P O S I T I F"). The recognizers read a normalised copy; an :class:`OffsetMap` per
# length-changing step takes every finding back to the original characters.

# Invisible characters that are not of category Cf but draw nothing either (the combining grapheme
# joiner, variation selectors, Hangul fillers, the Mongolian free variation selectors).
_INVISIBLE_EXTRA = frozenset(
    [chr(c) for c in (0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x3164, 0xFFA0)]
    + [chr(c) for c in range(0xFE00, 0xFE10)]
    + [chr(c) for c in range(0xE0100, 0xE01F0)]
)
# "º" is written in place of "°" ("Nº 12", "º12.3.1990"); NFKC would make it an "o". NFKC leaves the
# ligatures "œ" and "æ" as letters of their own: "cœur", "œdème", "sœur" are written out as the word
# lists hold them, "coeur", "oedeme", "soeur" (eighteenth round, from an invented probe sentence,
# "une opération au cœur", that nothing found).
_BEFORE_NFKC = {"\u00ba": "\u00b0", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}
# The dashes word processors put in place of a hyphen (Word's AutoFormat makes "0470 - 12 34 56" an
# en dash; PDFs carry the hyphen U+2010 and the minus sign) are the hyphen the identifiers' layouts
# are written with: "95\u201304\u201328\u2013236\u201374" is a national number. (One character for
# one, after NFKC: no offsets to map, and signatures are full of en dashes.)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_LETTER = r"[^\W\d_]"
# Four or more single letters, each alone, one space apart (two or three spaces between words, a
# hyphen with a space on one side or both inside a compound: "h i v - p o s i t i e f", "r u e   d u
# M i d i"; fifteenth round, blind probe items). A hyphen with no space ("z-w-a-n-g-e-r") is the
# dotted spelling's (_DOTTED_SPELLING), which reads each word apart: "z-w-a-n-g-e-r z-w-a-n-g-e-r" is
# two words (sixteenth round: read as one run, they had become one word). A hyphen with no space
# between two single letters that each stand in a spaced run ("h i v-p o s i t i e f") is the
# compound's own (seventeenth round: the evasion family of layouts.py drew it, 3 times in 1,000).
# The house number after a spelt street joins it ("M i d i   1 4 1"), and ten or more single letters
# or digits one space apart are an identifier spelt out ("B E 1 9 9 2 3 7 ...", "0 4 7 5 ...").
_LETTER_SPACED = fastre.compile(
    rf"(?<!\w){_LETTER}(?:(?: {{1,3}}| - | -|- |(?<= {_LETTER})-(?={_LETTER} )){_LETTER}(?!\w)){{3,}}"
    rf"(?: {{1,3}}\d(?!\w))*"
)
_CHARACTER_SPACED = fastre.compile(r"(?<!\w)[^\W_](?: [^\W_](?!\w)){9,}")
_DOUBLE_OR_SINGLE_SPACE = fastre.compile(r"  ?")
# Inside every letter-spaced run: its first separator's last blank or its hyphen, a single letter,
# then two more single letters each after a separator, the last ending its word (three: "à l'hôpital"
# holds two, and nearly every French text one such pair). The separators are the run's own, so
# hyphens ("h i v - p o s") and three blanks are read too (sixteenth round: a property test,
# test_letter_spacing_hint_never_rules_out_a_run, found a run with hyphens that the blanks-only hint
# missed). Each hint starts with a literal blank or hyphen, which the engine skips to in C, so texts
# without any such run (nearly all of them) are ruled out several times faster than by the run
# pattern itself (one hint with both separators at its start cost six times more).
_SEPARATOR = r"[ -]{1,3}"
# single letters with only " - " between them are a list ("les points a - b - c - d"), not a word
_LETTER_LIST = fastre.compile(rf"{_LETTER}(?: - {_LETTER})+")
_LETTER_SPACED_HINT = fastre.compile(rf" {_LETTER}{_SEPARATOR}{_LETTER}{_SEPARATOR}{_LETTER}(?!\w)")
_LETTER_HYPHENED_HINT = fastre.compile(rf"- ?{_LETTER}{_SEPARATOR}{_LETTER}{_SEPARATOR}{_LETTER}(?!\w)")


def letter_spacing_hints(text: str) -> list[int]:
    """Where the hints of letter-spaced runs start, in order: a run starts at most five characters
    before one (five before the hyphen of "h i v-p o s"), or one after, at a blank before its
    first letter."""
    hints = [hint.start() for hint in _LETTER_SPACED_HINT.finditer(text)]
    if "-" in text:
        hints = sorted(hints + [hint.start() for hint in _LETTER_HYPHENED_HINT.finditer(text)])
    return hints


# (the digits' own hint, searched apart: an alternation would lose the leading blank's quick scan)
_DIGIT_SPACED_HINT = fastre.compile(r" \d \d \d \d(?!\w)")


def _is_invisible(char: str) -> bool:
    return char in _INVISIBLE_EXTRA or unicodedata.category(char) == "Cf"


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


@cache
def _confusables() -> dict[str, str]:
    """Look-alike letter -> Latin letter (data/confusables.tsv)."""
    from importlib import resources  # only when a text has a non-Latin letter

    data = resources.files("secretpro.guard").joinpath("data", "confusables.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            letter, _, latin = line.partition("\t")
            table[letter.strip()] = latin.strip()
    # the compatibility form of a look-alike (the matcher reads NFKC text) looks alike too
    for letter, latin in list(table.items()):
        normal = unicodedata.normalize("NFKC", letter)
        if len(normal) == 1 and normal not in table and not normal.isascii():
            table[normal] = latin
    return table


@cache
def _confusable_words() -> tuple[re.Pattern[str], dict[int, str]]:
    table = _confusables()
    letters = "".join(re.escape(c) for c in table)
    return fastre.compile(rf"{_LETTER}*[{letters}]{_LETTER}*"), str.maketrans(table)


@cache
def _special(char: str) -> bool:
    """Whether a non-ASCII character changes under the normalisation (or may, as a mark)."""
    return (
        char in _BEFORE_NFKC
        or _is_invisible(char)
        or _is_mark(char)
        or unicodedata.normalize("NFKC", char) != char
    )


def _latin_or_confusable(word: str) -> bool:
    table = _confusables()
    # Latin letters are below U+0250 or in Latin Extended Additional; anything else that is not a
    # look-alike (a real Cyrillic "д", a Greek "λ") means the word is written in that script.
    return all(c in table or ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in word)


class OffsetMap:
    """Where the characters of one normalisation step came from.

    Built from edits ``(original start, original end, new start, new end)``, sorted and disjoint;
    text outside the edits is unchanged. A span of the new text maps to the original characters
    that produced it: its start to the first of them, its end past the last of them.
    """

    __slots__ = ("_new_ends", "_new_starts", "_orig_ends", "_orig_starts")

    def __init__(self, edits: list[tuple[int, int, int, int]]) -> None:
        self._orig_starts = [e[0] for e in edits]
        self._orig_ends = [e[1] for e in edits]
        self._new_starts = [e[2] for e in edits]
        self._new_ends = [e[3] for e in edits]

    def start(self, position: int) -> int:
        i = bisect.bisect_right(self._new_starts, position) - 1
        if i < 0:
            return position
        if position < self._new_ends[i]:
            return self._orig_starts[i]
        return position + self._orig_ends[i] - self._new_ends[i]

    def end(self, position: int) -> int:
        i = bisect.bisect_left(self._new_starts, position) - 1
        if i < 0:
            return position
        if position <= self._new_ends[i]:
            return self._orig_ends[i]
        return position + self._orig_ends[i] - self._new_ends[i]


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """The text with ``(start, end, replacement)`` edits applied (sorted, disjoint) and its map."""
    pieces: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    cursor = 0
    length = 0
    for start, end, replacement in edits:
        pieces.append(text[cursor:start])
        length += start - cursor
        pieces.append(replacement)
        spans.append((start, end, length, length + len(replacement)))
        length += len(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), OffsetMap(spans)


def _compatibility_edits(text: str, non_ascii: set[str] | None = None) -> list[tuple[int, int, str]]:
    """NFKC per character cluster (a character and the marks after it), invisible ones removed."""
    if non_ascii is None:
        non_ascii = non_ascii_characters(text)
    specials = [c for c in non_ascii if _special(c)]
    if not specials:
        return []
    runs = re.compile("[" + "".join(re.escape(c) for c in specials) + "]+")
    edits: list[tuple[int, int, str]] = []
    for run in runs.finditer(text):
        start, end = run.start(), run.end()
        if start > 0 and _is_mark(text[start]) and not (edits and edits[-1][1] > start - 1):
            start -= 1  # the base character the mark sits on
        cluster_start = start
        for i in range(start + 1, end + 1):
            if i < end and _is_mark(text[i]):
                continue
            cluster = text[cluster_start:i]
            visible = "".join(_BEFORE_NFKC.get(c, c) for c in cluster if not _is_invisible(c))
            normal = unicodedata.normalize("NFKC", visible)
            if len(normal) > 1 and _is_mark(normal[-1]) and normal[0].isalpha() and ord(normal[0]) < 0x250:
                # a mark NFKC could not compose on a Latin letter ("é" with a second acute accent
                # stacked on it): it draws almost nothing and would split the word for the matchers
                normal = "".join(c for c in normal if not _is_mark(c)) or normal
            if normal != cluster:
                edits.append((cluster_start, i, normal))
            cluster_start = i
    return edits


def _fold_other_digits(text: str, non_ascii: set[str] | None) -> str:
    """Digits of other scripts ("٠٤٧٥", "۸۵۰۷") become ASCII digits (same length), as NFKC does not:
    the phone, IBAN and date layouts are written with ASCII digits (eleventh round: a phone in
    Arabic-Indic digits passed)."""
    if non_ascii is None:
        non_ascii = non_ascii_characters(text)
    digits: dict[int, str | int | None] = {
        ord(c): str(unicodedata.decimal(c)) for c in non_ascii if c.isdecimal()
    }
    return text.translate(digits) if digits else text


def _fold_look_alikes(text: str, non_ascii: set[str] | None = None) -> str:
    """Look-alike letters in words written otherwise in Latin letters become Latin (same length)."""
    if text.isascii():
        return text
    table = _confusables()
    if non_ascii is None:
        non_ascii = non_ascii_characters(text)
    if table.keys().isdisjoint(non_ascii):
        return text
    words, translation = _confusable_words()

    def fold_word(m: re.Match[str]) -> str:
        word = m.group(0)
        return word.translate(translation) if _latin_or_confusable(word) else word

    return words.sub(fold_word, text)


# A word cut at the end of a line by a hyphen, as PDFs and justified text leave it ("séro-\npositive",
# "zwan-\nger"): the next line goes on in lower case. (A capital after the break is a compound's
# own part, "Saint-\nGilles", and stays.)
_LINE_END_HYPHEN = fastre.compile(rf"(?<={_LETTER})-[ \t]*\r?\n[ \t]*(?=[^\W\d_A-ZÀ-Ý])")
# A word spelt with a dot or a hyphen between its letters ("s.é.r.o.p.o.s.i.t.i.v.e"): six letters
# or more, so that initials and acronyms ("C.P.A.S.", "J.-P.") stay as they are.
# (or an underscore: "s_e_r_o_p_o_s_i_t_i_v_e", eleventh round)
_DOTTED_SPELLING = fastre.compile(rf"(?<![\w.\-]){_LETTER}(?:[.\-_]{_LETTER}){{5,}}(?![\w\-]|\.\w)")
_DOT_OR_HYPHEN = fastre.compile(r"[.\-_]")
# Inside every dotted spelling: a separator, a letter, the same separator, a letter, the separator.
# Each starts with a literal character, which the engine skips to in C: texts without one (nearly
# all) are ruled out several times faster than by the spelling's own pattern.
_DOTTED_HINTS = (
    fastre.compile(rf"\.{_LETTER}\.{_LETTER}\.{_LETTER}\."),
    fastre.compile(rf"-{_LETTER}-{_LETTER}-{_LETTER}-"),
)
# (the underscore's spelling, rarer, is looked for only in a text that has an underscore)
_UNDERSCORE_HINT = fastre.compile(rf"_{_LETTER}_{_LETTER}_{_LETTER}_")
# A middle dot between letters, as inclusive French writes it ("étudiant·e·s") and as a word is cut
# into syllables to slip past a filter ("sé·ro·po·si·tive"): removed (eleventh round).
_MIDDLE_DOTS = "\u00b7\u2027\u2219\u22c5"
_MIDDLE_DOT_SET = frozenset(_MIDDLE_DOTS)
_MIDDLE_DOT = fastre.compile(rf"(?<={_LETTER})[{_MIDDLE_DOTS}](?={_LETTER})")
# Digits written for the letters they look like inside a word ("sér0positive", "s3ropositive",
# "sans-pap1ers", "s4ns"): only a digit with a letter on each side, in a word of three letters or more.
# ("zw@nger", "$ans-papiers" likewise; eleventh round) An "@" whose word goes on with a dot, written
# or spelt, and a domain ending is an e-mail address's ("k.benali@gmail . com"), and stays.
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_DIGIT = fastre.compile(rf"(?<={_LETTER})[013457@$](?={_LETTER})")
_LEET_TABLE = str.maketrans(_LEET)
_LEET_OR_HYPHEN = frozenset(_LEET) | {"-"}
_MAIL_DOMAIN_AFTER = fastre.compile(
    r"[^\s@]*\.[^\W\d_]|[^\s@]*?[ \t]+\.[ \t]+[^\W\d_]"
    r"|[^\s@]*?[ \t]*(?:\[dot\]|\(dot\)|\(point\)|\(punt\)|\bdot\b|\bpunt\b|\bpoint\b)",
    re.IGNORECASE,
)
# Letters written for the digits they look like inside a number ("85O73OO3328", "85.07.3O-033.28"):
# an "O" between digits is a zero, an "I" or "l" a one (same length; eleventh round).
# (in groups that hold a digit each, "BE75 0000 0O00 0010"; two digits and four digits or letters
# at least in the whole run: "2OO9")
_DIGIT_GROUP = r"[OoIl]*\d[\dOoIl]*"
_NUMBER_RUN = fastre.compile(rf"{_DIGIT_GROUP}(?:[.\-/ \t\n]{{1,3}}{_DIGIT_GROUP})*(?![0-9])")
_DIGIT_TABLE = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def _line_end_hyphen_edits(text: str) -> list[tuple[int, int, str]]:
    if "-" not in text or "\n" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _LINE_END_HYPHEN.finditer(text)]


def _dotted_spelling_edits(text: str, classes: bytes) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    underscored = b"_a_a_a_" in classes and _UNDERSCORE_HINT.search(text) is not None
    if not underscored and (
        (b".a.a.a." not in classes and b"-a-a-a-" not in classes)  # (what the hints below look for)
        or all(hint.search(text) is None for hint in _DOTTED_HINTS)
    ):
        return edits
    for run in _DOTTED_SPELLING.finditer(text):
        edits.extend((m.start(), m.end(), "") for m in _DOT_OR_HYPHEN.finditer(text, run.start(), run.end()))
    return edits


def _fold_leet(text: str, classes: bytes) -> str:
    """Digits standing for letters inside words become those letters (same length)."""
    if b"a1a" not in classes:
        return text  # (no sign of _LEET between two letters, what _LEET_DIGIT looks for)
    out: list[str] | None = None
    for m in _LEET_DIGIT.finditer(text):
        if m.group(0) == "@" and _MAIL_DOMAIN_AFTER.match(text, m.end()):
            continue
        start, end = m.start(), m.start() + 1
        # (a compound's parts count together: "h1v-positief"; fifteenth round)
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _LEET_OR_HYPHEN):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] in _LEET_OR_HYPHEN):
            end += 1
        if sum(c.isalpha() for c in text[start:end]) >= 3 and not inside_valid_iban(text, m.start()):
            if out is None:
                out = list(text)
            out[m.start()] = text[m.start()].translate(_LEET_TABLE)
    return text if out is None else "".join(out)


def _fold_letters_in_numbers(text: str, kinds: bytes) -> str:
    """Letters standing for digits inside numbers become those digits (same length). ``kinds``: the
    text's characters' _KINDS; only the stretches of digits, those letters and separators around
    a letter before a digit ("LD") are read (a long text holds a few, and its digits are many); a
    zero typed "O" at the very end of a number ("199O"), with no such letter before a digit, is left."""
    letter = kinds.find(b"LD")
    if letter < 0:
        return text
    out: list[str] = []
    done = 0  # (the text before it is copied to out)
    while letter >= 0:
        start, end = letter, letter + 2
        while start > done and text[start - 1] in _NUMBER_RUN_CHARS:
            start -= 1
        # letters glued to a word before them are that word's: a Dutch IBAN's bank code "TRIO" in
        # "NL31TRIO3105760321" (fifteenth round, blind probe items)
        while start > 0 and text[start - 1].isalpha() and start < letter + 1 and text[start] in "OoIl":
            start += 1
        while end < len(text) and text[end] in _NUMBER_RUN_CHARS:
            end += 1
        out.append(text[done:start])
        if inside_valid_iban(text, letter):
            out.append(text[start:end])
        else:
            out.append(_NUMBER_RUN.sub(_as_digits, text[start:end]))
        done = end
        letter = kinds.find(b"LD", end)
    out.append(text[done:])
    folded = "".join(out)
    return text if folded == text else folded


# (every character a match of _NUMBER_RUN can hold: it lies in a stretch of them)
_NUMBER_RUN_CHARS = frozenset("0123456789OoIl.-/ \t\n")


def _as_digits(m: re.Match[str]) -> str:
    run = m.group(0)
    count = sum(c.isdigit() for c in run)
    return run.translate(_DIGIT_TABLE) if count >= 2 and count + sum(c in "OoIl" for c in run) >= 4 else run


def _middle_dot_edits(text: str, dotted: bool) -> list[tuple[int, int, str]]:
    """``dotted``: whether the text may hold a middle dot (its non-ASCII characters were read)."""
    if not dotted:
        return []
    return [(m.start(), m.end(), "") for m in _MIDDLE_DOT.finditer(text)]


# Control characters other than blanks (NUL, the C0 and C1 controls) draw nothing where text is
# shown: "s\x00éropositive" reads "séropositive" (eleventh round: a NUL split the word for the
# matchers). Removed, as the invisible format characters are; a tab or a line end stays.
_CONTROL = fastre.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A line end is read as "\n" whatever wrote it: a browser sends a textarea's line ends as "\r\n",
# and so does mail, while the rules read "\n" (fortieth round: "centre fermé\r\nde Vottem" lost the
# commune that "centre fermé\nde Vottem" gave; 325 of the 4,074 texts with a line break in the
# labelled sets gave other findings once written with "\r\n"). "\r\n", a lone "\r" and the line
# and paragraph separators U+2028 and U+2029 become "\n". (NEL, "\x85", a C1 control, is one too.)
_OTHER_LINE_END = fastre.compile(r"\r\n?|[\u2028\u2029\x85]")
_LINE_SEPARATORS = ("\u2028", "\u2029", "\x85")  # (the non-ASCII ones)


# Each character of the text as a class, on a one-byte copy of it made in C (bytes.translate, about
# a nanosecond a character; a code point above 255 is read as "?"); a substring test on the copy
# then tells whether an expression can match, where its search would test every character against a
# set, several times the cost (and most texts hold none of what these steps look for).
# _KINDS: "C" a control character, "L" a letter that may stand for a digit, "D" a digit, "x" any
# other ("LD": such a letter before a digit, what _fold_letters_in_numbers looks for).
_KINDS = bytes(
    ord("C")
    if (b < 0x20 and b not in (9, 10, 11, 12, 13)) or 0x7F <= b <= 0x9F
    else ord("L")
    if chr(b) in "OoIl"
    else ord("D")
    if 0x30 <= b <= 0x39
    else ord("x")
    for b in range(256)
)


def _class_of(code: int) -> bytes:
    char = chr(code)
    if re.fullmatch(_LETTER, char) or char == "?":
        return b"a"
    return b"1" if char in _LEET else char.encode() if char in ".-_" else b" "


# _CLASSES: "a" a letter ([^\W\d_]; "?" too, which a code point above 255 is read as: a test that
# looks for letters may then look further, never miss one), "1" a sign of _LEET, ".", "-" and "_"
# themselves, " " any other ("a1a": a sign of _LEET between two letters).
_CLASSES = b"".join(_class_of(code) for code in range(256))


def _one_byte(text: str) -> bytes:
    return text.encode("latin-1", "replace")


def _character_classes(text: str) -> bytes:
    return _one_byte(text).translate(_CLASSES)


def _character_kinds(text: str) -> bytes:
    return _one_byte(text).translate(_KINDS)


def _control_edits(text: str, kinds: bytes) -> list[tuple[int, int, str]]:
    """``kinds``: the text's characters' _KINDS."""
    edits: list[tuple[int, int, str]] = []
    if "\r" in text or (not text.isascii() and any(s in text for s in _LINE_SEPARATORS)):
        edits = [(m.start(), m.end(), "\n") for m in _OTHER_LINE_END.finditer(text)]
    if b"C" in kinds:
        edits += [(m.start(), m.end(), "") for m in _CONTROL.finditer(text) if m.group(0) != "\x85"]
        edits.sort()
    return edits


# (what the digits' hint needs, on the one-byte copy: three digits one character apart; the letters'
# own skeleton, "a a a", is in most French texts, where "l'a à" reads so)
_SPACED_DIGITS_SKELETON = b"DxDxD"


def _letter_spacing_edits(text: str, classes: bytes, kinds: bytes) -> list[tuple[int, int, str]]:
    """``classes``, ``kinds``: the text's characters' _CLASSES and _KINDS (``kinds`` may be of the
    text before letters in numbers became digits: a spelt number of digits holds digits anyway)."""
    edits: list[tuple[int, int, str]] = []
    digits = _DIGIT_SPACED_HINT.search(text) if _SPACED_DIGITS_SKELETON in kinds else None
    if digits is not None:
        # (an identifier spelt out holds four spaced digits; at most two letters lead them)
        for run in _CHARACTER_SPACED.finditer(text, max(0, digits.start() - 4)):
            edits.extend(
                (gap.start(), gap.end(), "")
                for gap in _DOUBLE_OR_SINGLE_SPACE.finditer(text, run.start(), run.end())
            )
    spelt = [(a, b) for a, b, _ in edits]
    # Every run holds a hint one or two characters after its start (its first blank or, after two,
    # its second): a run is tried only there, not at every letter of the text after the first hint
    # ("à l'" is one in nearly every French text).
    covered = 0
    # (a run at the very start has no blank before its first letter: tried there first)
    starts: list[tuple[int, ...]] = [(0,)] if classes[:2] == b"a " else []
    # (a hint starts at the last blank or the hyphen of a run's first separator, up to three
    # characters after its first letter, or at the blank before that letter)
    # (five before a hyphen: "h i v-p o s", whose hint starts at its hyphen)
    starts += ((at - 5, at - 4, at - 3, at - 2, at - 1, at + 1) for at in letter_spacing_hints(text))
    for tries in starts:
        if tries[-1] < covered:
            continue
        for start in tries:
            found = _LETTER_SPACED.match(text, start) if start >= covered else None
            if found is not None:
                break
        else:
            continue
        run = found
        covered = run.end()
        if _LETTER_LIST.fullmatch(text, run.start(), run.end()):
            continue
        if spelt and any(run.start() < b and a < run.end() for a, b in spelt):
            continue  # (inside an identifier spelt out, whose blanks are gone already)
        for gap in _DOUBLE_OR_SINGLE_SPACE.finditer(text, run.start(), run.end()):
            edits.append((gap.start(), gap.end(), "" if gap.end() - gap.start() == 1 else " "))
    return sorted(edits) if spelt else edits


@dataclass(frozen=True, slots=True)
class Normalised:
    """The text the recognizers read, and the way back to the original offsets."""

    original: str
    text: str
    maps: tuple[OffsetMap, ...] = ()

    def __init__(self, original: str, text: str, maps: tuple[OffsetMap, ...] = ()) -> None:
        # the generated __init__'s work through the slots' setters, as a Finding's (one per
        # message; a frozen dataclass's own sets each field through object.__setattr__)
        _SET_NORMALISED_ORIGINAL(self, original)
        _SET_NORMALISED_TEXT(self, text)
        _SET_NORMALISED_MAPS(self, maps)

    @property
    def identity(self) -> bool:
        return not self.maps

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        for offsets in reversed(self.maps):
            start, end = offsets.start(start), offsets.end(end)
        return start, end


# (model.slot_setter's work: model imports this module)
_SET_NORMALISED_ORIGINAL = Normalised.__dict__["original"].__set__
_SET_NORMALISED_TEXT = Normalised.__dict__["text"].__set__
_SET_NORMALISED_MAPS = Normalised.__dict__["maps"].__set__


# HTML pasted as source, or a mail part read raw: "s&eacute;ropositive", "s&#233;ropositive",
# "sé<span>ro</span>positive" must read as the word (seventeenth round, hostile inputs). A character
# reference becomes its character; an inline tag nothing; a block tag a line break.
_CHARACTER_REFERENCE = fastre.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = fastre.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:]{0,9})(?:[ \t][^<>\n]{0,300})?/?>")
_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "blockquote", "hr"}
    | {f"h{level}" for level in range(1, 7)}
)
_INLINE_TAGS = frozenset(
    {"span", "b", "i", "u", "em", "strong", "font", "a", "sup", "sub", "mark", "small", "big", "s", "strike"}
    | {"ins", "del", "abbr", "code", "o:p", "wbr"}
)


def _markup_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    if "<" in text and ">" in text:
        for m in _TAG.finditer(text):
            name = m.group("name").lower()
            if name in _BLOCK_TAGS:
                edits.append((m.start(), m.end(), "\n"))
            elif name in _INLINE_TAGS:
                edits.append((m.start(), m.end(), ""))
    if "&" in text and ";" in text:
        for m in _CHARACTER_REFERENCE.finditer(text):
            character = html.unescape(m.group(0))
            if character != m.group(0) and len(character) == 1:
                edits.append((m.start(), m.end(), character))
    return sorted(edits)


def normalise(text: str) -> Normalised:
    """HTML character references and tags read, NFKC, invisible characters removed, look-alike
    letters and digits folded, letter-spaced, dotted and hyphenated words joined."""
    maps: list[OffsetMap] = []
    current = text
    markup = _markup_edits(text)
    if markup:
        current, offsets = _apply(current, markup)
        maps.append(offsets)
    one_byte = _one_byte(current)
    kinds = one_byte.translate(_KINDS)
    controls = _control_edits(current, kinds)
    if controls:
        current, offsets = _apply(current, controls)
        maps.append(offsets)
    dotted = False
    if not current.isascii():
        # the non-ASCII characters of the text, found once for both steps (again if the first
        # one changed the text)
        non_ascii: set[str] | None = non_ascii_characters(current)
        edits = _compatibility_edits(current, non_ascii)
        if edits:
            current, offsets = _apply(current, edits)
            maps.append(offsets)
            non_ascii = None
        current = _fold_look_alikes(current, non_ascii)
        current = _fold_other_digits(current, non_ascii)
        dotted = non_ascii is None or not _MIDDLE_DOT_SET.isdisjoint(non_ascii)
        for dash in _DASHES:
            if dash in current:  # (str.replace per dash present: str.translate reads a table per character)
                current = current.replace(dash, "-")
    # (the classes tell of the text as it came; once changed, they are read again, in C)
    if current is not text:
        one_byte = _one_byte(current)
        kinds = one_byte.translate(_KINDS)
    folded = _fold_letters_in_numbers(current, kinds)
    if folded is not current:
        current, one_byte = folded, _one_byte(folded)
    classes = one_byte.translate(_CLASSES)
    folded = _fold_leet(current, classes)
    if folded is not current:
        current, classes = folded, _character_classes(folded)
    joins = sorted(
        _letter_spacing_edits(current, classes, kinds)
        + _line_end_hyphen_edits(current)
        + _dotted_spelling_edits(current, classes)
        + _middle_dot_edits(current, dotted)
    )
    if joins:
        current, offsets = _apply(current, joins)
        maps.append(offsets)
        # a word joined across a middle dot or blanks may now hold the three letters that make a
        # digit in it a letter ("A0A·A" is "AoAA"): folded again, or a second pass would do it
        current = _fold_leet(current, _character_classes(current))
    return Normalised(text, current, tuple(maps))
