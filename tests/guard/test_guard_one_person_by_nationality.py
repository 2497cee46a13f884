"""A press text about one person it does not name ("Un détenu de nationalité albanaise mène une grève
de la faim", "Un candidat réfugié congolais s'est suicidé", "een man van Marokkaanse nationaliteit")
is about someone: its health and status are kept, however long and impersonal the rest of the text.
The same words about a group ("Des détenus de nationalité albanaise", "mensen van Marokkaanse
nationaliteit") describe no one, and a long text about no one drops them (thirty-sixth round)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretpro.guard import scan

# A press release's general paragraphs: long enough (over 500 characters) for a text about no one to
# be read as information, and holding no name, title or pronoun of one person.
_FR_GENERAL = (
    "Les associations rappellent que les centres fermés accueillent chaque année plusieurs milliers de "
    "personnes. Les visites y sont limitées et les contacts avec l'extérieur restent difficiles. Les "
    "organisations demandent depuis longtemps un contrôle indépendant des conditions de détention et "
    "une information claire sur les droits de chacun. Le débat sur la politique de retour se poursuit "
    "au Parlement, où plusieurs propositions de loi sont à l'examen depuis le printemps dernier. "
)
_NL_GENERAL = (
    "De organisaties herinneren eraan dat de gesloten centra elk jaar duizenden mensen opvangen. Bezoek "
    "is er beperkt en het contact met de buitenwereld blijft moeilijk. De organisaties vragen al lang "
    "een onafhankelijke controle van de omstandigheden van de opsluiting en duidelijke informatie over "
    "de rechten van iedereen. Het debat over het terugkeerbeleid loopt verder in het Parlement, waar "
    "sinds de lente verschillende wetsvoorstellen worden besproken. "
)

# (a nationality is feminine after "nationalité" and after a woman: {fem})
_FR_ONE = [
    "Un détenu de nationalité {fem}",
    "Une femme de nationalité {fem}",
    "Un jeune homme de nationalité {fem}",
    "Un candidat réfugié {adj}",
    "Une réfugiée {fem}",
    "Un ressortissant {adj}",
    "Un demandeur d'asile {adj}",
]
_FR_MANY = [
    "Des détenus de nationalité {fem}",
    "Plusieurs femmes de nationalité {fem}",
    "Des ressortissants {adj}s",
]
# ("albanais" is also a language: a nationality only after a cue, such as "de nationalité")
_FR_ADJ = ["syrien", "marocain", "guinéen", "afghan", "congolais"]
_FR_FEMININE = {
    "syrien": "syrienne",
    "marocain": "marocaine",
    "guinéen": "guinéenne",
    "afghan": "afghane",
    "congolais": "congolaise",
}
_FR_HEALTH = [
    "mène une grève de la faim depuis vingt jours",
    "souffre d'une tuberculose",
    "a été hospitalisé après une tentative de suicide",
]
_NL_ONE = ["Een man van {adj} nationaliteit", "Een vrouw met de {adj} nationaliteit"]
_NL_MANY = ["Mensen van {adj} nationaliteit", "Verschillende mannen van {adj} nationaliteit"]
_NL_ADJ = ["Albanese", "Marokkaanse", "Guinese", "Afghaanse"]
_NL_HEALTH = ["is zwaar depressief", "lijdt aan tuberculose", "heeft diabetes"]


def _health(text: str) -> list[str]:
    report = scan(text, profile="strict")
    return [text[f.start : f.end] for f in report.findings if f.category == "HEALTH"]


def _fr(subject: str, adj: str) -> str:
    return subject.format(adj=adj, fem=_FR_FEMININE[adj])


def _in_press_text(story: str, general: str, general_first: bool) -> str:
    """``story`` before or after a press release's general paragraph: a text long enough to be read
    as information if it pointed at no one."""
    text = general + story if general_first else story + general
    assert len(text) > 500
    return text


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_FR_ONE), st.sampled_from(_FR_ADJ), st.sampled_from(_FR_HEALTH), st.booleans())
def test_one_person_given_with_a_nationality_keeps_their_health(
    subject: str, adj: str, health: str, general_first: bool
) -> None:
    text = _in_press_text(f"{_fr(subject, adj)} {health}. ", _FR_GENERAL, general_first)
    assert _health(text), text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_FR_MANY), st.sampled_from(_FR_ADJ), st.sampled_from(_FR_HEALTH))
def test_a_group_given_with_a_nationality_is_no_one(subject: str, adj: str, health: str) -> None:
    verb = (
        health.replace("mène", "mènent")
        .replace("souffre", "souffrent")
        .replace("a été hospitalisé", "ont été hospitalisés")
    )
    text = f"{_fr(subject, adj)} {verb}. " + _FR_GENERAL
    assert _health(text) == [], text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_NL_ONE), st.sampled_from(_NL_ADJ), st.sampled_from(_NL_HEALTH), st.booleans())
def test_een_persoon_met_een_nationaliteit_houdt_zijn_gezondheid(
    subject: str, adj: str, health: str, general_first: bool
) -> None:
    text = _in_press_text(f"{subject.format(adj=adj)} {health}. ", _NL_GENERAL, general_first)
    assert _health(text), text


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_NL_MANY), st.sampled_from(_NL_ADJ))
def test_een_groep_met_een_nationaliteit_is_niemand(subject: str, adj: str) -> None:
    text = f"{subject.format(adj=adj)} lijden aan tuberculose. " + _NL_GENERAL
    assert _health(text) == [], text
