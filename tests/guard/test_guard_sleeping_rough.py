"""Where someone sleeps rough, with the landmark that says where ("slaapt onder de brug aan de
dampoort", "dort sous les tentes près du canal, quai de Willebroeck"): an address over the place and
its landmark, in every combination of verb, preposition, place and landmark; not the same words
without anyone sleeping there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan

_NL = st.tuples(
    st.sampled_from(["Hij slaapt", "Ze sliep", "Dhr. Peeters slaapt nog", "Mevrouw Jansen sliep"]),
    st.sampled_from(["onder de", "onder een", "in een", "in de", "aan de", "naast de"]),
    st.sampled_from(["brug", "tent", "tentje", "viaduct", "parking"]),
    st.sampled_from(["aan de dampoort", "bij de kennedytunnel", "langs de Dijle", "aan de Zandpoortvest"]),
    st.sampled_from([" sinds de zomer", ", soms in de nachtopvang", "", " en eet bij Poverello"]),
)
_FR = st.tuples(
    st.sampled_from(["Il dort", "Elle dort", "Monsieur Diallo dort", "Ils dorment"]),
    st.sampled_from(["sous le", "sous les", "sous un", "dans une", "dans la"]),
    st.sampled_from(["pont", "tentes", "tente", "viaduc", "parking"]),
    st.sampled_from(["du canal", "près du canal", "près du canal, quai de Willebroeck", "des abattoirs"]),
    st.sampled_from([" depuis l'été", ", parfois à la gare", "", " et mange au resto du cœur"]),
)


def _addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text).findings if f.category == "ADDRESS"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(_NL, _FR))
def test_the_place_and_its_landmark_are_one_address(parts: tuple[str, str, str, str, str]) -> None:
    subject, preposition, place, landmark, rest = parts
    text = f"{subject} {preposition} {place} {landmark}{rest}."
    found = _addresses(text)
    assert any(f"{place} {landmark}" in address for address in found), (text, found)


def test_the_same_words_with_no_one_sleeping_there() -> None:
    for text in [
        "Le pont du canal est fermé pour travaux jusqu'en mars.",
        "De brug aan de dampoort wordt vernieuwd.",
        "Nous avons traversé le parking des abattoirs à pied.",
    ]:
        assert _addresses(text) == [], (text, _addresses(text))
