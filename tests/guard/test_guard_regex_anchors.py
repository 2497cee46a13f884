"""The words every match of an expression holds (regex_anchors.py), around which the grammar files'
expressions are searched in a long text: a word that a match can lack would lose that match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import lexical, regex_anchors
from secretpro.guard.regex_anchors import anchors


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:dors|dort|dorment)\s+(?:tres\s+)?(?:mal|peu)\b", {"dors", "dort", "dorment"}),
        (r"\b(?:oeil|genou)\s+(?:a|te)\s+(?:operer|opereren)\b", {"operer"}),  # ("opereren" holds it)
        (r"\b(?:arrivee?s?|venue?s?)\s+(?:ici\s+)?sans\s+(?:visa|passeport)\b", {"sans"}),
        (r"(?:foo)?bar", {"bar"}),
        (r"x(?:a|)yz", {"xyz", "xayz"}),
        (r"\bkan\s+(?:\w+\s+)?(?:niet\s+meer|amper)\s+(?:stappen|lopen)\b", {"stappen", "lopen"}),
    ],
)
def test_the_words_every_match_holds(pattern: str, expected: set[str]) -> None:
    assert anchors(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"ab+c",  # no run of three certain characters
        r"(?:zwanger)?\s+\w+",  # the only word is optional
        r"(?:zwanger)*x",
        r"[a-z]{5}",
        r"(?i)zwanger",  # a capital letter would match too
        r"x(?i:zwanger)",
        r"(?:ziek|\w+)\s+is",  # one branch holds no word
        r"(",  # not an expression
    ],
)
def test_no_word_when_none_is_certain(pattern: str) -> None:
    assert anchors(pattern) is None


# expressions built of the pieces the grammar files use: words, choices, optional parts, repeats,
# classes, blanks, boundaries and look-arounds
_WORDS = st.sampled_from(["ab", "ba", "abc", "bab", "aab", "a", "b", "c", "ca", ""])


def _expressions(depth: int = 2) -> st.SearchStrategy[str]:
    leaf = st.one_of(
        _WORDS.map(re.escape),
        st.sampled_from([r"\s+", r"\w+", r"\b", r"[ab]", r"[^a]", ".", r"(?<!a)", r"(?=b)", " "]),
    )
    if depth == 0:
        return leaf
    inner = _expressions(depth - 1)
    group = st.lists(inner, min_size=1, max_size=3).map("".join)
    return st.one_of(
        leaf,
        st.lists(group, min_size=1, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + ")"),
        st.tuples(group, st.sampled_from(["?", "*", "+", "{0,2}", "{1,2}", "{2}", "??"])).map(
            lambda pair: "(?:" + pair[0] + ")" + pair[1]
        ),
        st.lists(inner, min_size=1, max_size=4).map("".join),
    )


@given(
    st.lists(_expressions(), min_size=1, max_size=4).map("".join),
    st.text(alphabet="abc \n", max_size=60),
)
@settings(max_examples=examples(3000))
def test_every_match_holds_one_of_the_words(pattern: str, text: str) -> None:
    words = anchors(pattern, shortest=1)
    if words is None:
        return
    for start in range(len(text) + 1):
        match = re.compile(pattern).match(text, start)
        if match is not None and match.end() > match.start():
            assert any(word in match.group(0) for word in words), (pattern, match.group(0), words)


def test_every_expression_of_the_grammar_files_is_searched_around_words() -> None:
    # a pattern without certain words is searched over the whole of each long text: none is now;
    # one added later may be, and this says so (it would still be found, only more slowly)
    for told in (lexical._LAY_SYMPTOMS, lexical._LAY_STATUS):
        whole = [hint for hint, entries in told[1].items() for _pattern, words in entries if words is None]
        assert whole == []


_VOCABULARY = [
    "mal",
    "malade",
    "au",
    "genou",
    "normal",
    "a",
    "la",
    "jambe",
    "opere",
    "de",
    "pijn",
    "aan",
    "knie",
]


def _windows_only() -> Any:
    """Every text searched in windows, however short or dense with the words."""
    return mock.patch.multiple(regex_anchors, WHOLE_BELOW=0, WINDOWS_COVER_AT_MOST=10**9)


def _short_texts_windowed() -> Any:
    """Short texts searched in windows, unless dense with the words (then whole, as by default)."""
    return mock.patch.object(regex_anchors, "WHOLE_BELOW", 0)


@given(
    st.sampled_from(
        [
            r"\bmal\s+(?:au|a\s+la)\s+(?:genou|jambe)\b",
            r"\b(?:pijn|mal)\b(?:\s+\w+){0,3}",
            r"\bopere\s+(?:\w+\s+){0,2}(?:genou|knie)",
        ]
    ),
    st.lists(st.sampled_from(_VOCABULARY), max_size=400),
    st.sampled_from([" ", "  ", "\n"]),
    st.integers(min_value=0, max_value=60),
    st.sampled_from([_windows_only, _short_texts_windowed]),
)
@settings(max_examples=examples(1500))
def test_the_search_around_words_finds_what_the_whole_search_finds(
    pattern: str, words: list[str], blank: str, filler: int, searching: Any
) -> None:
    # texts of up to 400 words, so that windows (120 characters before a word, 200 after) start and
    # end inside matches and inside words ("mal" of "malade" cut at a window's end looks whole);
    # filler words after each make some texts sparse enough to be searched in windows by default
    compiled = re.compile(pattern)
    text = blank.join(word + " zz" * (filler if index % 7 == 0 else 0) for index, word in enumerate(words))
    expected = [m.span() for m in compiled.finditer(text)]
    with searching():
        assert [m.span() for m in regex_anchors.search_around_words(compiled, text)] == expected


def test_a_word_cut_at_a_windows_end_is_not_taken_for_a_whole_one() -> None:
    pattern = re.compile(r"\bmal\b")
    for gap in range(regex_anchors.AFTER - 8, regex_anchors.AFTER + 3):
        # the window after the first "mal" ends, for one of these gaps, right after "malade"'s "mal"
        text = "x" * 50 + " mal " + "y" * gap + " malade"
        with _windows_only():
            assert [m.span() for m in regex_anchors.search_around_words(pattern, text)] == [(51, 54)]


def test_an_optional_part_cut_at_a_windows_end_is_kept() -> None:
    pattern = re.compile(r"\d+bis(?:-aanvraag)?")
    for gap in range(regex_anchors.AFTER - 16, regex_anchors.AFTER + 3):
        # the window after the first "bis" ends, for some of these gaps, inside "-aanvraag"
        text = "bis " + "y" * gap + " 9bis-aanvraag."
        with _windows_only():
            found = [m.group(0) for m in regex_anchors.search_around_words(pattern, text)]
        assert found == ["9bis-aanvraag"], gap


class _Counting:
    """A pattern that counts the searches made with it."""

    def __init__(self, pattern: str) -> None:
        self.compiled = re.compile(pattern)
        self.searches = 0

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        self.searches += 1
        return self.compiled.finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)


_MAL = r"\bmal\s+(?:au|a\s+la)\s+(?:genou|jambe)\b"


def test_a_text_dense_with_the_words_is_searched_once_whole() -> None:
    # a hostile text: the word every few characters (windows would read it hundreds of times over)
    text = "il a mal " * 5000 + "il a mal au genou."
    pattern = _Counting(_MAL)
    found = regex_anchors.matches_around(text, (("mal", True),), pattern)  # type: ignore[arg-type]
    assert pattern.searches == 1
    assert [m.span() for m in found] == [m.span() for m in pattern.compiled.finditer(text)] != []


def test_a_text_where_the_words_are_few_is_searched_in_windows() -> None:
    text = ("Le dossier suit son cours. " * 40 + "Il a mal au genou. ") * 5
    pattern = _Counting(_MAL)
    found = regex_anchors.matches_around(text, (("mal", True),), pattern)  # type: ignore[arg-type]
    assert pattern.searches == 5  # one window around each "mal"
    assert [m.span() for m in found] == [m.span() for m in pattern.compiled.finditer(text)]
    assert len(found) == 5


def test_a_gate_of_registered_words_skips_no_body_state() -> None:
    # (the gate before lexical._body_state is the words of its parse tree, registered: every
    # state the expression reads holds one, so a text with a body part's state is searched)
    words = regex_anchors.registered_words(lexical._body_state())
    assert words == lexical._BODY_STATE_HINTS
    folded = "zijn knie is gezwollen, la jambe est paralysee, mon dos me fait mal"
    for m in lexical._body_state().finditer(folded):
        assert any(word in m.group(0) for word in words), m.group(0)
    assert len(list(lexical._body_state().finditer(folded))) == 3


def test_no_registered_words_for_an_expression_without_a_certain_word() -> None:
    with pytest.raises(ValueError):
        regex_anchors.registered_words(re.compile(r"[0-9]+"))
