"""The generic cues of a text's sentences, found by sentence or from one list of the whole text's
starts (generic._CueStarts): the same starts either way, and a text of thousands of findings does
not search thousands of sentence windows."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import fastre, generic, scan

_CUES = sorted(fastre.literals(generic._GENERIC.pattern[len(r"\b(?:") : -len(r")\b")]) or ())
# pieces that come close to a cue without being one, or that run into one
_NEAR = ["general", "generalementx", "xgeneralement", "aux", "in het", "de", "lorsque", "cd4", "asile", "l'"]
_BETWEEN = [" ", "  ", "\n", ". ", ", ", "-", "'", "", "x"]
# cues that hold another cue after their start ("telkens wanneer", "minderjarige vreemdelingen"): the
# search by sentence goes on after the whole cue, never from the one inside it
_NESTING = [cue for cue in _CUES if generic._GENERIC.search(cue, 1)]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_CUES),
                st.sampled_from(_NESTING),
                st.sampled_from(_NEAR),
                st.text("abcde ", max_size=6),
            ),
            min_size=1,
            max_size=30,
        )
    )
    return "".join(piece + draw(st.sampled_from(_BETWEEN)) for piece in pieces)


def _reference(folded: str, low: int, end: int) -> list[int]:
    return [m.start() for m in generic._GENERIC.finditer(folded, low, end)]


def test_the_cue_list_is_read() -> None:
    assert len(_CUES) > 100  # the strategy draws real cues, not an empty list
    assert _NESTING


@settings(max_examples=300, deadline=None)
@given(_texts(), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), min_size=1, max_size=12))
def test_the_starts_are_those_of_each_sentences_own_search(
    folded: str, windows: list[tuple[int, int]]
) -> None:
    by_sentence = generic._CueStarts(folded)
    from_the_list = generic._CueStarts(folded)
    from_the_list._searched = len(folded)  # (as after sentences adding up to the text)
    for a, b in windows:
        low, end = min(a, b, len(folded)), min(max(a, b), len(folded))
        expected = _reference(folded, low, end)
        assert by_sentence.within(low, end) == expected
        assert from_the_list.within(low, end) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Il a le sida. ", "Généralement, le patient a le sida. ", "cd4 ", "asile "]),
        max_size=60,
    )
)
def test_the_findings_are_those_of_a_search_by_sentence(units: list[str]) -> None:
    text = "".join(units) * 20
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generic._CueStarts, "within", lambda self, low, end: _reference(self._folded, low, end))
        by_sentence = [(f.start, f.end, f.category) for f in scan(text).findings]
    assert [(f.start, f.end, f.category) for f in scan(text).findings] == by_sentence


class _CountingSearches:
    """_GENERIC, counting the sentence windows searched with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.windows = 0

    def finditer(self, *args: Any) -> Any:
        self.windows += 1
        return self.pattern.finditer(*args)

    def match(self, *args: Any) -> Any:
        return self.pattern.match(*args)


def test_thousands_of_findings_do_not_search_thousands_of_windows() -> None:
    # ("cd4 " over 100 kB: 25,000 health findings, each a sentence window of up to 1,200
    # characters searched for a cue, 2.0 s; the whole text is read once for them instead)
    counting = _CountingSearches(generic._GENERIC)
    text = "cd4 " * 5000
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generic, "_GENERIC", counting)
        findings = scan(text).findings
    assert len(findings) >= 1000
    assert 0 < counting.windows <= 40  # the windows until they add up to the text's 20 kB
