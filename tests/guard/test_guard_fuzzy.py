"""One typo per lexicon term, found by the deletion index instead of typo-variant keys: every kind
of edit the lexicons accept, at every allowed position, in words and phrases (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard.fuzzy import classify
from secretpro.guard.lexicon import _SUBSTITUTES, TermMatcher

TERMS = [
    "dialyse",
    "diabetique",
    "zwangerschap",
    "sans papiers",
    "oranje kaart",
    "ordre de quitter le territoire",
]
_MATCHER = TermMatcher([(t, "X") for t in TERMS], substitutions=True)


@st.composite
def typo(draw: st.DrawFn) -> tuple[str, str]:
    term = draw(st.sampled_from(TERMS))
    words = term.split()
    w = draw(st.sampled_from([k for k, word in enumerate(words) if len(word) >= 3]))
    word = words[w]
    kind = draw(st.sampled_from(["drop", "double", "swap", "substitution"]))
    i = draw(st.integers(1, len(word) - 2))
    if kind == "drop":
        typed = word[:i] + word[i + 1 :]
    elif kind == "double":
        typed = word[: i + 1] + word[i:]
    elif kind == "swap":
        if word[i] == word[i + 1]:
            typed = word[:i] + word[i + 1 :]
        else:
            typed = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        others = _SUBSTITUTES.get(word[i], "") or "x"
        typed = word[:i] + draw(st.sampled_from(list(others))) + word[i + 1 :]
    return term, " ".join([*words[:w], typed, *words[w + 1 :]])


@settings(max_examples=examples(200), deadline=None)
@given(typo(), st.sampled_from(["Elle est {} depuis mai.", "{}", "Objet : {} (urgent)", "hij: {}, ok"]))
def test_one_typo_anywhere_is_found(case: tuple[str, str], frame: str) -> None:
    term, typed = case
    text = frame.format(typed)
    found = [m.term for m in _MATCHER.find(text)]
    if typed.replace(" ", "") == term.replace(" ", ""):
        return
    assert term in found, (typed, found)


def test_the_first_and_last_letters_are_never_edited() -> None:
    assert classify("bialyse", "dialyse", _SUBSTITUTES) is None
    assert classify("dialysa", "dialyse", _SUBSTITUTES) is None
    assert classify("dialyes", "dialyse", _SUBSTITUTES) == "swap"
    assert classify("dialse", "dialyse", _SUBSTITUTES) == "drop"
    assert classify("diallyse", "dialyse", _SUBSTITUTES) == "double"
    assert classify("dialise", "dialyse", _SUBSTITUTES) in {"substitution", "spelling"}


def test_common_words_stay_themselves() -> None:
    matcher = TermMatcher([("fracture", "H"), ("oranje kaart", "S")], substitutions=True)
    assert matcher.find("la facture détaillée") == []
    assert matcher.find("un pull orange") == []
    assert [m.term for m in matcher.find("een orange kaart")] == ["oranje kaart"]


def test_a_word_too_long_to_be_a_typo_is_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word far longer than any lexicon word ("a a a ..." joined into one word by the normaliser)
    is one edit from none: its deletions, which cost time in the square of its length, are never
    made, and a word of ordinary length is still corrected."""
    from secretpro.guard import fuzzy

    index = fuzzy.FuzzyIndex(["zwanger", "papieren"], {}, frozenset(), _SUBSTITUTES, ["e", "en", "s"])

    def no_deletions(word: str) -> list[str]:
        raise AssertionError(f"deletions of a {len(word)}-letter word")

    assert [c.word for c in index._lookup_word("zwnager", phrase_only=False)] == ["zwanger"]
    monkeypatch.setattr(fuzzy, "_deletions", no_deletions)
    assert index._lookup_word("a" * 50_000, phrase_only=False) == ()
