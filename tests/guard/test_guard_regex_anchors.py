"""The words every match of an expression holds (regex_anchors.py), around which the grammar files'
expressions are searched in a long text: a word that a match can lack would lose that match."""

from __future__ import annotations

import re
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
)
@settings(max_examples=examples(1500))
def test_the_search_around_words_finds_what_the_whole_search_finds(
    pattern: str, words: list[str], blank: str
) -> None:
    # texts of up to 400 words, so that windows (120 characters before a word, 200 after) start and
    # end inside matches and inside words ("mal" of "malade" cut at a window's end looks whole)
    compiled = re.compile(pattern)
    text = blank.join(words)
    expected = [m.span() for m in compiled.finditer(text)]
    with mock.patch.object(regex_anchors, "WHOLE_BELOW", 0):
        assert [m.span() for m in regex_anchors.search_around_words(compiled, text)] == expected


def test_a_word_cut_at_a_windows_end_is_not_taken_for_a_whole_one() -> None:
    pattern = re.compile(r"\bmal\b")
    for gap in range(regex_anchors.AFTER - 8, regex_anchors.AFTER + 3):
        # the window after the first "mal" ends, for one of these gaps, right after "malade"'s "mal"
        text = "x" * 50 + " mal " + "y" * gap + " malade"
        with mock.patch.object(regex_anchors, "WHOLE_BELOW", 0):
            assert [m.span() for m in regex_anchors.search_around_words(pattern, text)] == [(51, 54)]


def test_an_optional_part_cut_at_a_windows_end_is_kept() -> None:
    pattern = re.compile(r"\d+bis(?:-aanvraag)?")
    for gap in range(regex_anchors.AFTER - 16, regex_anchors.AFTER + 3):
        # the window after the first "bis" ends, for some of these gaps, inside "-aanvraag"
        text = "bis " + "y" * gap + " 9bis-aanvraag."
        with mock.patch.object(regex_anchors, "WHOLE_BELOW", 0):
            found = [m.group(0) for m in regex_anchors.search_around_words(pattern, text)]
        assert found == ["9bis-aanvraag"], gap
