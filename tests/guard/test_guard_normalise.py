"""Normalisation before matching: invisible characters, compatibility forms, look-alike letters and
letter-spaced words do not hide a word, and findings still point at the original characters."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretpro.guard import find_all, scan
from secretpro.guard.normalize import _confusables, normalise

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Invented words and sentences; each word is a finding of its category on its own.
WORDS = [
    ("séropositif", "HEALTH"),
    ("diabétique", "HEALTH"),
    ("zwanger", "HEALTH"),
    ("dialyse", "HEALTH"),
    ("enceinte", "HEALTH"),
    ("sans papiers", "ADMIN_STATUS"),
    ("asielzoeker", "ADMIN_STATUS"),
    ("illegaal verblijf", "ADMIN_STATUS"),
    ("demandeur d'asile", "ADMIN_STATUS"),
]
FRAMES = [
    ("Madame est {} depuis 2019.", "fr"),
    ("Mijn cliënte is {} sinds vorig jaar.", "nl"),
    ("{}", "fr"),
    ("Objet : {}\nMerci.", "fr"),
]
INVISIBLE = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"] + [
    "\u034f",
    "\ufe0f",
]
LATIN_TO_LOOK_ALIKE: dict[str, list[str]] = {}
for _look_alike, _latin in _confusables().items():
    LATIN_TO_LOOK_ALIKE.setdefault(_latin, []).append(_look_alike)


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """The word with invisible characters inside, look-alike letters, or letter-spaced."""
    kind = draw(st.sampled_from(["invisible", "look_alike", "spaced", "mixed", "decomposed"]))
    if kind == "spaced" and " " not in word and "'" not in word:
        upper = draw(st.booleans())
        letters = word.upper() if upper else word
        return " ".join(letters)
    if kind == "decomposed":
        return unicodedata.normalize("NFD", word)
    out: list[str] = []
    for i, char in enumerate(word):
        if kind in ("look_alike", "mixed") and char in LATIN_TO_LOOK_ALIKE and draw(st.booleans()):
            char = draw(st.sampled_from(LATIN_TO_LOOK_ALIKE[char]))
        out.append(char)
        if kind in ("invisible", "mixed") and 0 < i < len(word) - 1 and draw(st.booleans()):
            out.append(draw(st.sampled_from(INVISIBLE)))
    return "".join(out)


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, int, int, str]:
    word, category = draw(st.sampled_from(WORDS))
    frame, _lang = draw(st.sampled_from(FRAMES))
    hidden = draw(disguised(word))
    before, after = frame.split("{}")
    return before + hidden + after, len(before), len(before) + len(hidden), category


@SETTINGS
@given(cases())
def test_disguised_word_is_found_at_its_original_characters(case: tuple[str, int, int, str]) -> None:
    text, start, end, category = case
    found = [f for f in find_all(text) if f.category == category]
    assert any(f.start <= start and end <= f.end for f in found), (text, found)
    report = scan(text, profile="strict")
    assert report.verdict == "block"
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
    # nothing of the word survives redaction
    assert text[start:end] not in report.redacted


@SETTINGS
@given(st.text(max_size=120), st.data())
def test_every_span_maps_inside_the_original_in_order(text: str, data: st.DataObject) -> None:
    normal = normalise(text)
    size = len(normal.text)
    if size == 0:
        return
    a = data.draw(st.integers(0, size - 1))
    b = data.draw(st.integers(a + 1, size))
    start, end = normal.original_span(a, b)
    assert 0 <= start < end <= len(text)
    whole = normal.original_span(0, size)
    assert whole[0] <= start and end <= whole[1]


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_normalising_twice_changes_nothing_more(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once


def test_every_format_character_is_removed() -> None:
    for char in INVISIBLE:
        assert normalise(f"ab{char}cd").text == "abcd", hex(ord(char))


def test_look_alikes_are_folded_only_inside_latin_words() -> None:
    assert normalise("zw\u0430nger").text == "zwanger"
    # a real Russian word keeps its letters (it has letters that look like no Latin one)
    assert normalise("дорога").text == "дорога"


def test_offsets_of_a_letter_spaced_word() -> None:
    text = "Il est S E R O P O S I T I F, dit-on.  Elle est  z w a n g e r."
    found = [text[f.start : f.end] for f in find_all(text) if f.category == "HEALTH"]
    assert found == ["S E R O P O S I T I F", "z w a n g e r"]


def test_compatibility_forms() -> None:
    text = "GSM ０４７０ １２ ３４ ５６"
    assert [text[f.start : f.end] for f in find_all(text)] == ["０４７０ １２ ３４ ５６"]
