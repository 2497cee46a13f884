"""The guard's vocabulary: categories, findings, the document being scanned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from secretpro.guard.normalize import fold
from secretpro.i18n import N_, Language, translator

T = TypeVar("T")


def _character_class(code: int) -> int:
    char = chr(code)
    if char.isdecimal() or char == "?":
        return ord("0")
    if "A" <= char <= "Z":
        return ord("U")
    return ord("l") if "a" <= char <= "z" else ord(" ")


# A text's characters, on a one-byte copy of it (a code point above 255 read as "?"), as "0" for a
# digit (Python's "\d": below 256, the ASCII digits alone) or a code point above 255 (it may be a
# digit), "U" for an ASCII capital, "l" for an ASCII small letter, " " for any other: one copy, made
# in C, tells where the first digit may stand and how many ASCII letters and capitals there are.
_CLASS_BYTES = bytes(_character_class(code) for code in range(256))


def last_word_window(text: str, low: int, end: int) -> int:
    """Where to start searching ``text[low:end]`` for a word followed by blanks up to ``end``
    (``(word)[ \t]+$``, the word made of characters other than blanks and line ends): past the
    last blank or line end before the trailing blanks. A match can only start there or after, so
    the search gives the same match as from ``low``, without trying every earlier position."""
    stop = end
    while stop > low and text[stop - 1] in " \t\n":
        stop -= 1
    # the last of the three (found in ``text[low:stop]``, or -1), by comparisons: a call of max()
    # builds an argument tuple and steps through it, several times the cost of the tests
    cut = text.rfind(" ", low, stop)
    tab = text.rfind("\t", low, stop)
    if tab > cut:
        cut = tab
    line = text.rfind("\n", low, stop)
    if line > cut:
        cut = line
    return cut + 1 if cut >= 0 else low


@dataclass(frozen=True, slots=True)
class Category:
    """One kind of personal data the guard finds: the one table the scanner, the redaction, the
    profiles and the web pages read."""

    name: str
    forbidden: bool
    """Never allowed by a profile that is not told otherwise (the ``*`` categories of guard.md)."""
    rank: int
    """Lower wins an overlap: the more specific, better-validated recognizers first."""
    label: str
    """What the worker reads (msgid, translated where shown)."""
    placeholder: str
    """What a redacted message shows in its place (msgid)."""


CATEGORY_TABLE: tuple[Category, ...] = (
    Category("ADDRESS", True, 8, N_("Adresse"), N_("[ADRESSE]")),
    Category("HEALTH", True, 7, N_("Donnée médicale"), N_("[DONNÉE MÉDICALE]")),
    Category("ADMIN_STATUS", True, 6, N_("Situation administrative"), N_("[SITUATION ADMINISTRATIVE]")),
    Category("PHONE", True, 3, N_("Téléphone"), N_("[TÉLÉPHONE]")),
    Category("EMAIL", True, 0, N_("Adresse e-mail"), N_("[COURRIEL]")),
    Category("IBAN", True, 1, N_("Compte bancaire"), N_("[COMPTE BANCAIRE]")),
    Category("BIRTH_DATE", True, 4, N_("Date de naissance"), N_("[DATE DE NAISSANCE]")),
    Category("NATIONAL_NUMBER", False, 2, N_("Numéro national"), N_("[NUMÉRO NATIONAL]")),
    Category("PERSON_NAME", False, 10, N_("Nom de personne"), N_("[NOM]")),
    Category("NATIONALITY", False, 9, N_("Nationalité"), N_("[NATIONALITÉ]")),
    Category("CPAS", False, 5, N_("CPAS"), N_("[CPAS]")),
)
BY_NAME: dict[str, Category] = {category.name: category for category in CATEGORY_TABLE}
CATEGORIES: tuple[str, ...] = tuple(category.name for category in CATEGORY_TABLE)
FORBIDDEN: frozenset[str] = frozenset(category.name for category in CATEGORY_TABLE if category.forbidden)


def category_label(name: str, language: Language) -> str:
    """The category in the worker's words ("Donnée médicale"), in ``language``."""
    category = BY_NAME.get(name)
    return translator(language)(category.label) if category else name


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of personal data; offsets are code points, end exclusive."""

    start: int
    end: int
    category: str
    recognizer: str
    explanation: str
    valid: bool | None = None


def slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The setter of the slot ``name`` of ``cls`` (it sets the slot even on a frozen dataclass)."""
    setter: Callable[[Any, Any], None] = cls.__dict__[name].__set__
    return setter


class _FindingSlots:
    """A Finding's slots, in its order, without its frozen ``__setattr__`` (see :func:`new_finding`)."""

    __slots__ = Finding.__slots__

    def __init__(
        self, start: int, end: int, category: str, recognizer: str, explanation: str, valid: bool | None
    ) -> None:
        self.start = start
        self.end = end
        self.category = category
        self.recognizer = recognizer
        self.explanation = explanation
        self.valid = valid
        self.__class__ = Finding  # type: ignore[assignment]


def new_finding(
    start: int, end: int, category: str, recognizer: str, explanation: str, valid: bool | None = None
) -> Finding:
    """``Finding(start, end, category, recognizer, explanation, valid)``, made faster, which the
    recognizers use (thousands of findings per pass): each slot is set by a plain attribute store
    (one the interpreter specialises) on an instance of a class with the same slots, whose class
    is then set to Finding (Python allows it between classes of one layout). Finding's own
    __init__ has to call one slot setter per field (a method-wrapper call and its argument tuple
    each) to get past the frozen ``__setattr__``: a finding cost half as much again."""
    return _FindingSlots(start, end, category, recognizer, explanation, valid)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Doc:
    """A text and its folded copy (same length, so offsets are shared)."""

    text: str
    folded: str = field(init=False)
    first_digit: int = field(init=False, repr=False, compare=False)
    """Where a digit may first stand in the text (a position at or before its first digit; its
    length when it holds none). The expressions whose every match starts at a digit are searched
    from there: their search tests every character it passes against a set of characters, several
    times the cost of this one reading in C (bytes.translate, then a byte search). The folded copy
    has its digits at the same places."""
    digit_end: int = field(init=False, repr=False, compare=False)
    """Two characters past where a digit may last stand in the text (at or after its last digit),
    at most its length; 0 when it holds none. An expression whose every match ends at a digit, then
    looks at one character at most, is searched up to there: past the last digit it could only
    test the rest of the text character by character and find nothing (the one character after
    the digit stays in view for its look-ahead)."""
    mostly_lower: bool = field(init=False, repr=False, compare=False)
    """True when capital letters carry no information (all-lower or all-upper text)."""
    _memo: dict[str, Any] = field(init=False, repr=False, compare=False, hash=False)

    def __init__(self, text: str) -> None:
        # (each field set through its slot's setter, as a Finding's: a frozen dataclass's generated
        # __init__ and object.__setattr__ cost several times more per field)
        _SET_DOC_TEXT(self, text)
        _SET_DOC_FOLDED(self, fold(text))
        _SET_DOC_MEMO(self, {})
        # (both are read for every message: worked out here, from one one-byte copy made in C,
        # where a cached_property took a call and a lock on first use, twice per message)
        classes = text.encode("latin-1", "replace").translate(_CLASS_BYTES)
        found = classes.find(b"0")
        _SET_DOC_FIRST_DIGIT(self, len(text) if found < 0 else found)
        # (capped by a conditional: a call of min() builds an argument tuple, several times the cost)
        digit_end = classes.rfind(b"0") + 2 if found >= 0 else 0
        _SET_DOC_DIGIT_END(self, digit_end if digit_end < len(text) else len(text))
        _SET_DOC_MOSTLY_LOWER(self, _mostly_lower(classes))

    def memo(self, key: str, compute: Callable[[Doc], T]) -> T:
        """An intermediate result shared by several recognizers, computed once per document.

        (The look-ups made many times per message read ``_memo`` directly instead: a method call
        costs more than the dictionary look-up it makes.)"""
        try:
            value: T = self._memo[key]
        except KeyError:
            value = self._memo[key] = compute(self)
        return value


_SET_DOC_TEXT = slot_setter(Doc, "text")
_SET_DOC_FOLDED = slot_setter(Doc, "folded")
_SET_DOC_MEMO = slot_setter(Doc, "_memo")
_SET_DOC_FIRST_DIGIT = slot_setter(Doc, "first_digit")
_SET_DOC_DIGIT_END = slot_setter(Doc, "digit_end")
_SET_DOC_MOSTLY_LOWER = slot_setter(Doc, "mostly_lower")


def _mostly_lower(classes: bytes) -> bool:
    """Whether a text whose characters are ``classes`` (_CLASS_BYTES) is all-lower or all-upper."""
    # Counting ASCII letters on the one-byte classes (bytes.count) is far cheaper than a regex.
    upper = classes.count(b"U")
    letters = upper + classes.count(b"l")
    if not letters:
        return True
    return upper / letters < 0.01 or upper / letters > 0.7
