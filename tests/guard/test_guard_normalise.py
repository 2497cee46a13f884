"""Normalisation before matching: invisible characters, compatibility forms, look-alike letters and
letter-spaced words do not hide a word, and findings still point at the original characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layouts import INVISIBLE, evasions

from hypothesis_budget import examples
from secretpro.guard import find_all, scan
from secretpro.guard.normalize import normalise

SETTINGS = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(evasions())
def test_disguised_word_is_found_at_its_original_characters(case: tuple[str, int, int, str, None]) -> None:
    text, start, end, category, _valid = case
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
