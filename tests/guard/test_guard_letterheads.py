"""A centre named in a message's letterhead or sender's line is where the writer works, not where the
person lives (forty-eighth round, fresh_synthetic33's, 34's and 43's tuning halves: "Centre Fedasil de
Jumet - service médical", "Croix-Rouge – centre d'accueil de Natoye – service médical", "Service
médical - centre Croix-Rouge de Fraipont", "De : Romain Lefebvre - ILA du CPAS d'Ottignies"; the
labelled sets' invented messages hold 16 such findings, none labelled). The same centre in the
message's body, where someone stays, is still an address."""

from __future__ import annotations

from guard_helpers import assert_covered, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples

_CENTRES = [
    "Centre Fedasil de Jumet",
    "centre Croix-Rouge de Fraipont",
    "centre d'accueil de Natoye",
    "opvangcentrum van Poelkapelle",
    "LOI Lommel",
]
_LETTERHEADS = [
    "{c} - service médical",
    "Croix-Rouge – {c} – service médical",
    "Service médical - {c}",
    "{c} – sociale dienst",
    "Van: sociale dienst, {c}",
    "De : Romain Lefebvre - {c}",
]
_BODIES = [
    "Objet : Mme Fanta Camara, demande d'AMU pour une consultation.",
    "Betreft: dhr. Karimi, aanvraag DMH voor een tandarts.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_CENTRES), st.sampled_from(_LETTERHEADS), st.sampled_from(_BODIES))
def test_a_centre_in_the_letterhead_is_the_writers_service(centre: str, letterhead: str, body: str) -> None:
    text = letterhead.format(c=centre) + "\nÀ l'attention du CPAS\n" + body
    assert not any(centre.split()[-1] in span for span in spans(text, "ADDRESS")), text


@settings(max_examples=examples(200), deadline=None)
@given(
    st.sampled_from(_CENTRES[:3]),
    st.sampled_from(_LETTERHEADS[:3]),
    st.sampled_from(
        ["Mme Camara réside au {c} depuis octobre.", "Elle est hébergée au {c} depuis le 2 mai."]
    ),
)
def test_the_same_centre_where_someone_stays_is_an_address(
    centre: str, letterhead: str, sentence: str
) -> None:
    # (the body's centre is found though the letterhead names one: only the first two lines are read so)
    body = "\nÀ l'attention du CPAS\nObjet : demande d'AMU\n" + sentence.format(c=centre)
    text = letterhead.format(c="Centre Fedasil de Mouscron") + body
    assert_covered(text, "ADDRESS", centre, text.index(centre, len(text) - len(body)))
