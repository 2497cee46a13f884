"""A body part with what it is or does ("zijn slokdarm is verbrand", "ses genoux et une cheville
gonflent", "haar knie doet pijn", "mon dos me fait mal"): a health finding over the whole phrase, in
every combination of possessive, part, side, verb and state; and not a rating, a column or a poor
family."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan

_NAMES = ["Mme Verhaegen", "Dhr. Claes", "Sofia", "Monsieur Lambert", "Ahmed"]
_NL_OWNERS = ["zijn", "haar", "z'n", "mijn", "de", "het"]
_NL_PARTS = ["knie", "slokdarm", "benen", "rug", "linker enkel", "rechter hand", "huid", "elleboog", "voeten"]
_NL_COPULAS = ["is", "zijn", "was", "blijft", "raakte"]
_NL_STATES = ["verbrand", "gebroken", "gezwollen", "ontstoken", "krom", "verlamd", "stijf", "gevoelloos"]
_FR_OWNERS = ["son", "sa", "ses", "le", "la", "les", "mon", "ma", "mes", "l'"]
_FR_PARTS = ["genou", "cheville", "jambe", "jambes", "dos", "main", "épaule", "coude", "peau", "œil"]
_FR_SIDES = ["", " gauche", " droite", " droit"]
_FR_STATES = [
    "est gonflée",
    "sont enflées",
    "est paralysée",
    "reste très douloureuse",
    "était fracturé",
    "est complètement bloqué",
    "gonflent",
    "saigne",
    "lui fait mal",
    "me font souffrir",
]


def _health(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text).findings if f.category == "HEALTH"]


# what the part is ("is erg gezwollen") or does ("doet pijn")
_NL_PREDICATES = st.one_of(
    st.builds(
        lambda copula, degree, state: f"{copula} {degree}{state}",
        st.sampled_from(_NL_COPULAS),
        st.sampled_from(["", "erg ", "zwaar ", "nog "]),
        st.sampled_from(_NL_STATES),
    ),
    st.sampled_from(["doet pijn", "doen pijn", "doet erg pijn", "deed zeer", "doen nog pijn"]),
)
# (each sentence, and whether the phrase opens it, with a capital)
_NL_FRAMES = [
    ("Nieuws over {name}: ze werd gisteren gezien. {phrase}.", True),
    ("Bericht van {name}. Sinds maandag {phrase} en slaapt hij slecht.", False),
]


@settings(max_examples=250, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(_NL_OWNERS),
    st.sampled_from(_NL_PARTS),
    _NL_PREDICATES,
    st.sampled_from(_NL_FRAMES),
)
def test_a_dutch_body_part_with_its_state_or_its_pain(
    name: str, owner: str, part: str, predicate: str, frame: tuple[str, bool]
) -> None:
    sentence, opens = frame
    phrase = f"{owner.capitalize() if opens else owner} {part} {predicate}"
    text = sentence.format(name=name, phrase=phrase)
    assert any(phrase in found for found in _health(text)), (text, _health(text))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.sampled_from(_FR_OWNERS),
    st.sampled_from(_FR_PARTS),
    st.sampled_from(_FR_SIDES),
    st.one_of(st.just(""), st.sampled_from([" et une cheville", " et son bras", " ou le genou"])),
    st.sampled_from(_FR_STATES),
)
def test_a_french_body_part_with_its_state(
    name: str, owner: str, part: str, side: str, second: str, state: str
) -> None:
    joined = "" if owner.endswith("'") else " "
    phrase = f"{owner}{joined}{part}{side}{second} {state}"
    text = f"Nouvelles de {name} : depuis lundi, {phrase}."
    assert any(phrase in found for found in _health(text)), (text, _health(text))


def test_words_that_only_look_like_a_body_part_in_a_state() -> None:
    for text in [
        "La cote est bloquée depuis la réunion.",  # a rating
        "La colonne est cassée dans le tableau Excel.",
        "Het gezin is arm en de kosten zijn enkel gedekt door het OCMW.",  # poor, only
        "Le front est uni derrière la proposition.",
    ]:
        assert _health(text) == [], (text, _health(text))
