"""The twenty-sixth round: a medicine told by its form or its way in ("Enstilar mousse", "een
Prolia-spuit"), what the doctor forbids for a while (lifting, effort, putting weight on a leg),
radiotherapy told as "les rayons", and the aids and devices the lexicon lacked. All texts are
invented."""

from __future__ import annotations

import pytest
from guard_helpers import INVENTED_BRANDS, assert_within_a_finding, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard.scanner import find_all

_FORMS = [
    "Traitement de Mme Dupont : {} mousse deux fois par jour.",
    "Elle prend {} en continu depuis l'opération.",
    "Ensuite {} par la bouche pendant trois jours.",
    "Bon pour une crème {} à facturer au CPAS pour M. Haddad.",
    "Mevrouw Claes krijgt om het half jaar een {}-spuit.",
    "Voor de pijn heeft dhr. Peeters {}-pleisters van 12 µg.",
    "Dhr. Janssens gebruikt {} zalf op zijn handen.",
    "Hij moet {} druppels nemen in beide ogen.",
]


@settings(max_examples=120, deadline=None)
@given(sentence=st.sampled_from(_FORMS), brand=st.sampled_from(INVENTED_BRANDS))
def test_a_medicine_told_by_its_form_is_health_whatever_its_brand(sentence: str, brand: str) -> None:
    text = sentence.format(brand)
    assert_within_a_finding(text, "HEALTH", brand)


@pytest.mark.parametrize(
    "text",
    [
        "Le bureau de la Commune est ouvert en continu.",
        "La Maison de quartier sert un Chocolat mousse.",
        "De Vlaamse-pen is een prijs voor jonge schrijvers.",
        "Het Lotto-spuitje van de kermis.",
    ],
)
def test_a_form_word_after_an_ordinary_word_is_no_medicine(text: str) -> None:
    assert spans(text, "HEALTH") == [], spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "restriction"),
    [
        ("Opérée le 2/12. Pas de port de charges pendant 3 semaines pour Mme Yildiz.", "port de charges"),
        (
            "Remarque : pas d'effort pendant 6 semaines (il travaille dans le bâtiment).",
            "effort pendant 6 semaines",
        ),
        ("M. Diallo ne peut plus porter de charges lourdes depuis sa hernie.", "porter de charges"),
        ("Yassine mag geen zware pakken heffen, zegt de dokter.", "zware pakken heffen"),
        ("Hij mag van de dokter voorlopig geen zware dingen meer tillen.", "zware dingen meer tillen"),
        ("Daarna mag hij zes weken niet steunen op dat been.", "niet steunen op dat been"),
        ("She walks with crutches and may not run for at least eight weeks.", "may not run"),
        ("After the surgery Mr Haddad must not lift anything heavy.", "must not lift"),
    ],
)
def test_what_the_doctor_forbids_for_a_while_is_health(text: str, restriction: str) -> None:
    assert_within_a_finding(text, "HEALTH", restriction)


@pytest.mark.parametrize(
    "text",
    [
        "Geen zware lasten tillen voor de vrijwilligers van het OCMW.",
        "Les frais de port et les charges locatives sont payés par le CPAS.",
        "Mme Dupont travaille aux rayons 5 jours par semaine chez Colruyt.",
        "Het bedrag valt vaak hoger uit dan verwacht.",
    ],
)
def test_rules_loads_shelves_and_amounts_are_not_health(text: str) -> None:
    assert spans(text, "HEALTH") == [], spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme Dubois est fatiguée ; après la chimio il y aura les rayons 5 jours par semaine.", "rayons"),
        ("M. Claes : rayons terminés le 20/11, mange mal.", "rayons terminés"),
        (
            "Milan kan nog geen schaar gebruiken, valt heel vaak en krijgt zijn jas niet aan.",
            "valt heel vaak",
        ),
        ("Wij hebben voor dhr. Peeters het palliatief forfait aangevraagd.", "palliatief forfait"),
        ("Sa sœur Amra et ses parents ont été vaccinés le 30/11.", "vaccinés"),
        ("De pennaalden en teststrips van mevrouw Aydin worden niet terugbetaald.", "teststrips"),
        ("Mevrouw Wouters heeft dringend een wisselluchtmatras nodig.", "wisselluchtmatras"),
        ("M. Haddad doit voir une psy mais la séance coûte 60 euros.", "psy"),
        ("M. Lambert respire par un trachéostome ; canules à 120 € par mois.", "canules"),
    ],
)
def test_aids_and_care_the_lexicon_lacked_are_health(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


def test_medical_force_majeure_in_a_judgment_stays_a_doctrine_of_law() -> None:
    # (a doctrine of law in judgments: the word list leaves it out)
    text = "Het Hof verduidelijkt het recht op OCMW-steun bij medische overmacht."
    assert spans(text, "HEALTH") == [], spans(text, "HEALTH")


# diseases named after a person (real ones: the rule reads any capitalised name)
_EPONYMS = ["Huntington", "Kahler", "Hashimoto", "Creutzfeldt-Jakob", "Lesch-Nyhan", "Kawasaki", "Verneuil"]
_EPONYM_FRAMES = [
    "Mme Dupont a la maladie de {} depuis 2019.",
    "Son fils a un syndrome de {}, dit l'école.",
    "Dhr. Peeters heeft de ziekte van {} en woont alleen.",
    "Bij mevrouw Claes werd het syndroom van {} vastgesteld.",
    "Objet : M. Haddad – maladie de {}",
]


@settings(max_examples=120, deadline=None)
@given(frame=st.sampled_from(_EPONYM_FRAMES), name=st.sampled_from(_EPONYMS))
def test_a_disease_named_after_a_person_is_redacted_with_its_name(frame: str, name: str) -> None:
    text = frame.format(name)
    noun = next(n for n in ("maladie", "syndrome", "ziekte", "syndroom") if n in text)
    assert_within_a_finding(
        text, "HEALTH", f"{noun} {'van' if noun in ('ziekte', 'syndroom') else 'de'} {name}"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Théo a le syndrome de Gilles de la Tourette depuis petit.", "syndrome de Gilles de la Tourette"),
        ("De ziekte van Von Willebrand bij Yasmine is erfelijk.", "ziekte van Von Willebrand"),
    ],
)
def test_a_disease_named_after_several_words_keeps_them_all(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La maladie de Pierre Dupont s'aggrave.", "Pierre Dupont"),
        ("De ziekte van Jan is erger geworden.", "Jan"),
        # (a first name the list marks as read only when capitalised, "~claire")
        ("La maladie de Claire s'aggrave.", "Claire"),
    ],
)
def test_a_persons_own_illness_leaves_the_persons_name_a_name(text: str, name: str) -> None:
    assert not any(name in s for s in spans(text, "HEALTH")), spans(text, "HEALTH")
    assert_within_a_finding(text, "PERSON_NAME", name)


def test_an_insurers_office_named_after_its_town_is_no_disease() -> None:
    text = "Une antenne de l'Assurance maladie de Valenciennes contacte les assurés."
    assert not any("Valenciennes" in s for s in spans(text, "HEALTH")), spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "symptom", "speaker"),
    [
        ("Daarna mag hij zes weken niet steunen op dat been, zegt dr. Claes.", "niet steunen", "zegt"),
        ("Il a mal au dos, dit-il, et ne dort plus.", "mal au dos", "dit-il"),
        ("She cannot sleep at night, says her son.", "cannot sleep", "says"),
    ],
)
def test_who_speaks_is_not_told_as_a_symptom(text: str, symptom: str, speaker: str) -> None:
    assert_within_a_finding(text, "HEALTH", symptom)
    assert not any(speaker in s for s in spans(text, "HEALTH")), spans(text, "HEALTH")


def test_what_is_said_after_a_verb_of_saying_still_chains() -> None:
    text = "Il a des démangeaisons partout, dit qu'il ne dort plus, pleure."
    assert_within_a_finding(text, "HEALTH", "démangeaisons partout, dit qu'il ne dort plus")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij heeft borstkanker in stadium 4.", "borstkanker in stadium 4"),
        ("Hij heeft nierfalen stadium 5.", "nierfalen stadium 5"),
        ("Il a un lymphome de Hodgkin.", "lymphome de Hodgkin"),
        ("Elle a un lymphome non hodgkinien.", "lymphome non hodgkinien"),
        ("Elle a une tuberculose multirésistante.", "tuberculose multirésistante"),
        ("Hij heeft een hernia L5-S1.", "hernia L5-S1"),
        ("Il a une cirrhose du foie depuis 2020.", "cirrhose du foie"),
        ("Il a une hépatite virale B.", "hépatite virale B"),
        ("Ahmad présente des troubles du sommeil sévères.", "troubles du sommeil sévères"),
        ("Il a un sarcome d'Ewing.", "sarcome d'Ewing"),
        ("He has type 2 diabetes and lives alone.", "type 2 diabetes"),
        ("Elle a un trouble de stress post-traumatique.", "trouble de stress post-traumatique"),
    ],
)
def test_a_diagnosis_is_redacted_with_its_stage_organ_and_kind(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


_WORD_TAILS = [
    ("Elle a introduit une demande de régularisation pour raisons médicales.", "ADMIN_STATUS", "médicales"),
    ("Sa demande 9ter pour raison médicale a été refusée.", "ADMIN_STATUS", "médicale"),
    ("Hij woont in de Boomsesteenweg 48A bus 1, 2610 Wilrijk.", "ADDRESS", "48A"),
]


@pytest.mark.parametrize(("text", "category", "word"), _WORD_TAILS)
def test_a_finding_does_not_stop_inside_a_word(text: str, category: str, word: str) -> None:
    assert_within_a_finding(text, category, word)


@settings(max_examples=150, deadline=None)
@given(
    sentence=st.sampled_from(
        [t for t, _, _ in _WORD_TAILS] + [f.format(b) for f in _FORMS for b in INVENTED_BRANDS[:2]]
    ),
    tail=st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=0, max_size=3),
)
def test_no_forbidden_finding_ends_inside_a_word(sentence: str, tail: str) -> None:
    # every word of the sentence lengthened by the same letters: a finding that ends inside one of
    # them would leave the rest of the word to read
    text = " ".join(word + tail for word in sentence.split())
    for f in find_all(text):
        if f.category in ("ADMIN_STATUS", "HEALTH", "ADDRESS") and f.end < len(text):
            assert not (text[f.end].isalnum() and text[f.end - 1].isalnum()), (text, text[f.start : f.end])


@pytest.mark.parametrize(
    ("text", "illness", "home"),
    [
        ("Dhr. Peeters heeft de ziekte van Kahler en woont alleen.", "ziekte van Kahler", "woont"),
        ("Elle récupère d'un cancer de l'intestin et habite avec sa fille.", "cancer", "habite"),
        ("He had a stroke and lives with his aunt.", "stroke", "lives"),
    ],
)
def test_where_someone_lives_is_not_told_as_a_symptom(text: str, illness: str, home: str) -> None:
    assert_within_a_finding(text, "HEALTH", illness)
    assert not any(home in s for s in spans(text, "HEALTH")), spans(text, "HEALTH")


def test_a_latin_disease_name_keeps_its_adjective() -> None:
    assert_within_a_finding(
        "Dhr. Daems is blind door retinitis pigmentosa.", "HEALTH", "retinitis pigmentosa"
    )
