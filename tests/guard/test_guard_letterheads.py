"""A centre or a ward named in a message's letterhead, or in its sender's or addressee's line, is the
writer's or the addressee's service, not where the person lives nor what they suffer from (forty-eighth
round, fresh_synthetic33's, 34's and 43's tuning halves: "Centre Fedasil de Jumet - service médical",
"Service médical - centre Croix-Rouge de Fraipont", "De : Romain Lefebvre - ILA du CPAS d'Ottignies",
"Service social – Néonatologie (NIC)", "Van: Griet Claes – thuisverpleging regio Diepenbeek"; the
labelled sets' invented messages hold 50 such findings, one labelled). The same centre or illness in
the message's body is still found, and so are the kinds of medical aid a line to their service names
("Aan: OCMW Antwerpen – cel DMH"), which the labellers read as the person's request as often as not."""

from __future__ import annotations

from guard_helpers import assert_covered, categories, spans
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


_WARDS = ["Néonatologie", "service de neurologie", "dienst oncologie", "thuisverpleging", "maternité"]
_WARD_LETTERHEADS = [
    "Service social – {w}",
    "CHU de Liège – Service social – {w}",
    "Van: Griet Claes – {w} regio Diepenbeek",
    "Aan: OCMW Kortrijk, dienst {w}",
    "De : {w} Etterbeek-Ixelles <coordination@example.org>",
]


_PLAIN_BODIES = [
    "Objet : Mme Fanta Camara, demande de garantie locative.",
    "Betreft: dhr. Karimi, aanvraag huurwaarborg.",
]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_WARDS), st.sampled_from(_WARD_LETTERHEADS), st.sampled_from(_PLAIN_BODIES))
def test_a_ward_in_the_letterhead_is_a_service(ward: str, letterhead: str, body: str) -> None:
    text = letterhead.format(w=ward) + "\n" + body
    assert "HEALTH" not in categories(text), text


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(_WARD_LETTERHEADS), st.sampled_from(["DMH", "AMU", "dringende medische hulp"]))
def test_the_kinds_of_medical_aid_stay_found_on_those_lines(letterhead: str, aid: str) -> None:
    text = "Aan: OCMW Antwerpen – cel " + aid + "\nBetreft: dhr. Karimi"
    assert_covered(text, "HEALTH", aid)


def test_a_long_first_line_is_no_letterhead() -> None:
    # (a text on one line, a regulation pasted whole: its first line is the text)
    text = "Reglement Dienst Gezinszorg – " + "de dienst helpt gezinnen thuis. " * 6 + "Mevrouw X is zwanger."
    assert_covered(text, "HEALTH", "zwanger")


def test_an_illness_in_the_body_is_still_found() -> None:
    text = "Service social – Néonatologie (NIC)\nObjet : bébé Camara, né prématuré, en couveuse depuis 3 semaines."
    assert_covered(text, "HEALTH", "prématuré")
