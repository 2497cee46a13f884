"""Where the words searched around start, told by the automaton that reads every document anyway
(hints.starts, lexicon.MatcherGroup.hint_positions) instead of a pass of ``str.find`` per word: the
answer must be every offset ``str.find`` gives, overlaps included, or a match near a missed one is
lost. Thirty-second round (the guard's throughput on 1 MB of dev went from 0.88 to about 1.0 MB/s)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import generic, hints, lexical, regex_anchors, scanner
from secretpro.guard.model import Doc
from secretpro.guard.normalize import normalise

_HERE = Path(__file__).parent


def _doc(text: str) -> Doc:
    scanner._lexicons()  # (the automaton that tells the positions, as a scan builds it first)
    return Doc(normalise(text).text)


def _every_find(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _keyed() -> list[str]:
    scanner._lexicons()
    return sorted(hints._POSITIONS[0][1])


def test_the_words_searched_around_are_told_by_the_automaton() -> None:
    # the grammar files' words and those of the expressions searched in folded text are keys of the
    # automaton: none costs a pass of str.find over a long text (one added later and not registered
    # would still be found, only more slowly: this says so)
    keyed = set(_keyed())
    words = {
        word
        for told in (lexical._LAY_SYMPTOMS, lexical._LAY_STATUS)
        for entries in told[1].values()
        for _pattern, found in entries
        for word, _whole in found or ()
    }
    for pattern in _SEARCHED_FOLDED:
        words |= {word for word, _whole in regex_anchors._pattern_anchors(pattern) or ()}
    assert words, "no word to search around"
    assert sorted(words - keyed) == []


# pieces of text around the hint words: accents and capitals (folded away), the characters the
# automaton reads as blanks ("-", "'", "’"), words run together, line breaks, digits
_GLUE = st.sampled_from(["", " ", "  ", "-", "'", "’", "\n", ".", ", ", "é", "É", "x", "1", "(", " l'"])


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, list[str]]:
    keyed = _keyed()
    words = draw(st.lists(st.sampled_from(keyed), min_size=1, max_size=30))
    pieces: list[str] = []
    for word in words:
        pieces.append(draw(_GLUE))
        # a word as written: as registered, capitalised, cut short, or twice in a row ("diedie")
        pieces.append(draw(st.sampled_from([word, word.capitalize(), word.upper(), word[:-1], word + word])))
    return "".join(pieces), words


@given(_texts())
@settings(max_examples=examples(1500))
def test_the_automaton_tells_every_offset_str_find_gives(drawn: tuple[str, list[str]]) -> None:
    text, words = drawn
    doc = _doc(text)
    for word in set(words):
        assert list(hints.starts(doc, word) or []) == _every_find(doc.folded, word), (word, doc.folded)


def test_a_word_the_automaton_does_not_hold_is_left_to_the_caller() -> None:
    doc = _doc("Il a mal au genou.")
    assert hints.starts(doc, "pas un mot enregistre xq") is None


# the expressions searched in a document's folded text through search_folded
_SEARCHED_FOLDED = (
    lexical._SUFFERS_FROM,
    lexical._UNDERGO_VERB,
    lexical._RELATIVE_MARKER,
    lexical._SPECIALTY_ENDING_FR,
    lexical._SPECIALTY_ENDING_THEN_CARE_NL,
    lexical._SPECIALTY_SERVICE,
    lexical._WEIGHT_CHANGE,
    lexical._body_care(),
    lexical._body_state(),
    lexical._forbidden_by_care(),
    generic._FACTS_HEADING,
)


def _long_text() -> str:
    # the repository's own invented messages, run together: a long text holds most words
    texts = [
        json.loads(line)["text"]
        for path in sorted(_HERE.glob("fresh_synthetic*.jsonl"))[:6]
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return "\n\n".join(texts)


def test_a_long_text_searched_around_told_words_finds_what_the_whole_search_finds() -> None:
    doc = _doc(_long_text())
    assert len(doc.folded) > 100 * regex_anchors.WHOLE_BELOW
    found_any = 0
    for pattern in _SEARCHED_FOLDED:
        expected = [m.span() for m in pattern.finditer(doc.folded)]
        assert [m.span() for m in regex_anchors.search_folded(pattern, doc)] == expected, pattern.pattern
        found_any += bool(expected)
    assert found_any >= len(_SEARCHED_FOLDED) // 2  # (a test of texts none of them matches tells little)
    told = 0
    for hints_and_patterns in (lexical._LAY_SYMPTOMS, lexical._LAY_STATUS):
        for entries in hints_and_patterns[1].values():
            for compiled, words in entries:
                if words is None:
                    continue
                known = [
                    m.span() for m in regex_anchors.matches_around(doc.folded, words, compiled, _starts(doc))
                ]
                assert known == [m.span() for m in regex_anchors.matches_around(doc.folded, words, compiled)]
                told += bool(known)
    assert told > 20


def _starts(doc: Doc) -> Callable[[str], Sequence[int] | None]:
    return lambda word: hints.starts(doc, word)


def test_the_guard_finds_the_same_with_the_told_offsets_as_with_str_find() -> None:
    # the whole scan of a long text, with the automaton's offsets and with a str.find per word
    text = _long_text()
    told = [(f.start, f.end, f.category) for f in scanner.find_all(text)]
    with mock.patch.object(hints, "starts", lambda doc, word: None):
        searched = [(f.start, f.end, f.category) for f in scanner.find_all(text)]
    assert told == searched
    assert sum(category == "HEALTH" for _s, _e, category in told) > 100
