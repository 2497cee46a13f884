"""HEALTH on wording nobody tuned on: vocabulary from a public classification, the grammar of being
ill or treated, and medical word forms. Invented sentences and people only."""

from __future__ import annotations

import pytest
from guard_helpers import spans


# --- WHO ICD-10 French labels (health.txt, scripts/extract_icd_health_terms.py)
@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Pour rappel, Madame Lemaire a une scarlatine depuis lundi.", "scarlatine"),
        ("Son fils présente une dystonie, selon le pédiatre.", "dystonie"),
        ("Monsieur Ravet fait de l'urticaire au moindre effort.", "urticaire"),
        ("L'enfant a eu les oreillons en mars.", "oreillons"),
        ("Elle a une fibrillation auriculaire connue.", "fibrillation auriculaire"),
        ("Le petit Noah est né avec une fente palatine.", "fente palatine"),
        ("Mme Brasseur a des varices aux deux jambes.", "varices"),
        ("Il a fait un épisode maniaque l'été dernier.", "épisode maniaque"),
        ("Monsieur présente des troubles schizo-affectifs.", "troubles schizo-affectifs"),
        ("Sa fille a contracté une infection bactérienne.", "infection bactérienne"),
    ],
)
def test_conditions_from_the_icd10_labels(text: str, condition: str) -> None:
    assert any(condition in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "La saisie a mené à la séquestration des biens du débiteur.",
        "Le marasme économique pèse sur les petits commerces.",
        "Une occlusion partielle du dossier est prévue en juin.",
        "La perforation du budget a surpris le conseil.",
        "Nous avons reçu la pigmentation des façades en devis.",
    ],
)
def test_icd_words_that_are_ordinary_stay_out(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- Dutch compounds ending in a condition word, lay names of common complaints (health.txt)
@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Meneer Peeters heeft al een week hoofdpijn.", "hoofdpijn"),
        ("Mevrouw Wouters heeft een blaasontsteking.", "blaasontsteking"),
        ("Hij heeft een chronische longaandoening.", "longaandoening"),
        ("Zij werd opgenomen na een maagbloeding.", "maagbloeding"),
        ("Het kind heeft een ernstige voedselallergie.", "voedselallergie"),
        ("Na de val liep zij een heupfractuur op.", "heupfractuur"),
        ("Hij heeft het syndroom van Down.", "syndroom"),
        ("Zij heeft last van gordelroos.", "gordelroos"),
        ("Meneer heeft spataders en aambeien.", "spataders"),
        ("Il a un zona depuis lundi.", "zona"),
        ("Sa fille a de la fièvre et une toux.", "fièvre"),
    ],
)
def test_dutch_compounds_and_lay_names(text: str, condition: str) -> None:
    assert any(condition in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "De Raad onderzocht de ernst van de aandoening niet.",
        "Het doet pijn om dit te moeten melden.",
        "Een pijnlijke situatie voor de hele buurt.",
    ],
)
def test_a_general_word_alone_is_not_a_diagnosis(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- the wording of being ill or treated governs a condition the lexicon does not know
# ("xyloplasmie" is an invented condition name: only the grammar can find it)
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Madame Collard souffre depuis plusieurs années d'une xyloplasmie sévère.",
            "souffre depuis plusieurs années d'une xyloplasmie sévère",
        ),
        ("Meneer Claes lijdt al jaren aan xyloplasmie.", "lijdt al jaren aan xyloplasmie"),
        ("Zij lijdt sinds 2019 aan een xyloplasmie.", "lijdt sinds 2019 aan een xyloplasmie"),
        ("Hij kampt met een xyloplasmie.", "kampt met een xyloplasmie"),
        ("Zij wordt behandeld voor xyloplasmie.", "behandeld voor xyloplasmie"),
        ("Hij werd opgenomen wegens een acute xyloplasmie.", "opgenomen wegens een acute xyloplasmie"),
        ("Elle est traitée pour une xyloplasmie.", "traitée pour une xyloplasmie"),
        ("Elle a été diagnostiquée avec une xyloplasmie.", "diagnostiquée avec une xyloplasmie"),
        ("Il prend des médicaments contre la xyloplasmie.", "médicaments contre la xyloplasmie"),
        ("He was diagnosed with xyloplasmia last year.", "diagnosed with xyloplasmia"),
        ("She is treated for xyloplasmia.", "treated for xyloplasmia"),
    ],
)
def test_a_cue_of_illness_or_treatment_governs_an_unknown_condition(text: str, span: str) -> None:
    assert span in spans(text, "HEALTH")


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier est traité pour le 5 mai.",
        "De aanvraag wordt behandeld voor het einde van de maand.",
        "Hij werd opgenomen in het register van de gemeente.",
        "Het gezin kampt met schulden en een hoge huur.",
        "Il souffre de la solitude depuis son arrivée.",
        "Sa demande est traitée pour la commission de mardi.",
    ],
)
def test_the_same_verbs_with_ordinary_objects_are_no_health(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- medical word endings (-thérapie/-therapy, -iase/-iasis, -pnée, -urie, -rragie, -cardie...)
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He now needs hydrotherapy three times a week.", "hydrotherapy"),
        ("Le médecin évoque une strongyloïdiase.", "strongyloïdiase"),
        ("The doctor suspects anisakiasis.", "anisakiasis"),
        ("On a trouvé une aminoacidurie au contrôle.", "aminoacidurie"),
        ("Elle se plaint d'une orthopnée la nuit.", "orthopnée"),
        ("Elle a fait une métrorragie.", "métrorragie"),
    ],
)
def test_medical_endings(text: str, word: str) -> None:
    assert any(word in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "La pénurie de logements est grave à Liège.",
        "La sympathie des voisins l'a beaucoup aidée.",
        "Une garantie locative de deux mois suffit.",
    ],
)
def test_ordinary_words_with_those_endings_stay_out(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- English passages: ICD-10 English head nouns and everyday phrases
@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Her son has measles and a bad cough.", "measles"),
        ("He had a stroke in May and now needs physiotherapy.", "had a stroke"),
        ("The client was diagnosed early; she has asthma.", "asthma"),
        ("She had a miscarriage last year.", "miscarriage"),
        ("He stayed two weeks in intensive care.", "intensive care"),
    ],
)
def test_english_conditions(text: str, condition: str) -> None:
    assert any(condition in found for found in spans(text, "HEALTH"))


def test_a_therapy_studied_is_a_field_of_study_not_care() -> None:
    assert spans("Elle est inscrite en bachelier (sophrothérapie) à Namur.", "HEALTH") == []
    assert spans("Hij volgt een opleiding hydrotherapie.", "HEALTH") == []


# --- troubles and problems of a function, Dutch compounds of the same, a third person's help
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Madame Hubert a des troubles de la mémoire depuis l'accident.", "troubles de la mémoire"),
        ("Son fils a des troubles de l'apprentissage.", "troubles de l'apprentissage"),
        ("Hij heeft geheugenproblemen en slaapproblemen.", "geheugenproblemen"),
        ("Zij heeft evenwichtsproblemen sinds de val.", "evenwichtsproblemen"),
        (
            "Il a besoin de l'aide d'une tierce personne pour les actes de la vie quotidienne.",
            "actes de la vie quotidienne",
        ),
    ],
)
def test_troubles_of_a_function(text: str, span: str) -> None:
    # (within a finding: beside another health clause, the clause is taken whole since the
    # forty-sixth round, "Hij heeft geheugenproblemen en slaapproblemen")
    assert any(span in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "L'entreprise connaît des problèmes de marché depuis deux ans.",
        "Le CPAS a des problèmes d'équilibre budgétaire.",
        "La commune manque de vision sur les problèmes de coordination.",
    ],
)
def test_the_same_words_about_an_organisation_are_no_health(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- Dutch: a body part, then the participle ("heeft zijn been gebroken")
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Meneer Jacobs heeft zijn been gebroken.", "zijn been gebroken"),
        ("Zij heeft haar enkel verstuikt bij een val.", "haar enkel verstuikt"),
    ],
)
def test_a_body_part_then_its_injury(text: str, span: str) -> None:
    assert span in spans(text, "HEALTH")


@pytest.mark.parametrize("text", ["Het glas is gebroken.", "De belofte werd gebroken door de huisbaas."])
def test_broken_things_are_no_injury(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- a finding or a sign of an unknown condition, and the relative clause of suffering
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La requérante invoque souffrir d'une xyloplasmie.", "souffrir d'une xyloplasmie"),
        (
            "Il ressort du certificat que la requérante présente une xyloplasmie.",
            "présente une xyloplasmie",
        ),
        ("Il dépose des certificats attestant d'une xyloplasmie.", "attestant d'une xyloplasmie"),
        ("Le requérant est porteur d'une xyloplasmie.", "porteur d'une xyloplasmie"),
        ("Le médecin a diagnostiqué une xyloplasmie.", "a diagnostiqué une xyloplasmie"),
        ("Hij vertoont symptomen van xyloplasmie.", "vertoont symptomen van xyloplasmie"),
        ("La pathologie dont souffre le requérant exige un suivi.", "pathologie dont souffre"),
        ("De aandoening waaraan verzoeker lijdt, is ernstig.", "aandoening waaraan verzoeker lijdt"),
        ("De ziekte waar de man aan lijdt, is ongeneeslijk.", "ziekte waar de man aan lijdt"),
    ],
)
def test_a_sign_or_finding_of_an_unknown_condition(text: str, span: str) -> None:
    # (the clause after it, "is ernstig", is told with it: health_clauses.py)
    assert any(span in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "Het gezin kampt met een huurachterstand.",
        "Elle présente un dossier complet au comité.",
        "Le requérant présente une demande de régularisation.",
        "Il est porteur d'un projet de formation.",
        "Le CPAS a constaté un indu de 300 euros.",
        "La pauvreté dont souffre la famille est grave.",
        "De schulden waaraan het gezin lijdt, zijn hoog.",
        "Il souffre beaucoup.",
        "Sa demande ne peut être traitée utilement avant lundi.",
    ],
)
def test_the_same_cues_with_ordinary_objects(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- more everyday names of conditions, wounds and aids
@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Elle a une infection au pied depuis une semaine.", "infection"),
        ("Il souffre de vertiges et de nausées.", "vertiges"),
        ("Hij had vorige week een TIA.", "TIA"),
        ("Zij heeft een kunstheup sinds maart.", "kunstheup"),
        ("Het kind heeft koortsstuipen gehad.", "koortsstuipen"),
        ("Hij heeft een aangeboren hartafwijking.", "hartafwijking"),
        ("Hij werd behandeld voor zijn alcoholmisbruik.", "alcoholmisbruik"),
    ],
)
def test_more_everyday_conditions(text: str, condition: str) -> None:
    assert any(condition in found for found in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "De afwijking van de regel werd niet gemotiveerd.",
        "Le greffe du tribunal a reçu la requête.",
        "Het Tiatje van de buren speelt buiten.",
    ],
)
def test_their_ordinary_neighbours_stay_out(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- undergoing care
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Zij moet binnenkort een zware behandeling ondergaan.", "een zware behandeling ondergaan"),
        ("Hij moet een operatie ondergaan.", "een operatie ondergaan"),
        ("Il doit subir une intervention chirurgicale.", "subir une intervention chirurgicale"),
        ("Elle a subi deux opérations cette année.", "subi deux opérations"),
    ],
)
def test_undergoing_care(text: str, span: str) -> None:
    assert span in spans(text, "HEALTH")


@pytest.mark.parametrize(
    "text",
    [
        "Hij onderging een ongelijke behandeling door de gemeente.",
        "Elle a subi un traitement discriminatoire au guichet.",
        "Il a subi des pertes importantes après la faillite.",
    ],
)
def test_undergoing_other_things(text: str) -> None:
    assert spans(text, "HEALTH") == []
