"""Classes of the sixteenth round's tuning halves (real_passages18, fresh_synthetic9), each on
invented sentences, with the ordinary wording beside them that must stay clear."""

from __future__ import annotations

import pytest
from guard_helpers import assert_within_a_finding, categories, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevrouw Peeters moet volgende week naar de oogarts.", "oogarts"),
        ("Bij aankomst had het kind hoofdluis.", "hoofdluis"),
        ("M. Lambert marche avec une boiterie depuis sa chute.", "boiterie"),
        ("Meneer heeft 's avonds last van desoriëntatie.", "desoriëntatie"),
        ("Leur fils présente un retard de langage important.", "retard de langage"),
        ("Voor de bestraling krijgt hij zittend ziekenvervoer.", "ziekenvervoer"),
        ("Als oncologische patiënt betaalt zij het remgeld niet.", "oncologische patiënt"),
        ("L'accord préalable exige un IMC de 41 au minimum.", "IMC de 41"),
        ("Il travaille dans une entreprise de travail adapté à Namur.", "entreprise de travail adapté"),
        ("De apotheek rekent de volle prijs voor haar bloeddrukmedicatie.", "bloeddrukmedicatie"),
        ("Hij gebruikt thuis een brailleleesregel en een geleidehond.", "brailleleesregel"),
        ("De thuisverpleging verzorgt haar doorligwonden.", "doorligwonden"),
        ("La patiente présente des escarres au talon.", "escarres"),
        ("Na de val volgt hij een revalidatieprogramma.", "revalidatieprogramma"),
        ("Een activeringstraject is op dit ogenblik medisch niet haalbaar.", "medisch niet haalbaar"),
        ("Ce matin, il était incapable de se déplacer seul.", "incapable de se déplacer"),
        ("Monsieur avait donc recommencé à consommer en rue.", "recommencé à consommer"),
        ("Elle n'a pas pu aller au contrôle post-opératoire après le curetage.", "curetage"),
    ],
)
def test_health_classes(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "De boîte aux lettres van het OCMW is leeg.",
        "Bij de volksraadpleging stemde de gemeente tegen.",
        "Le CPAS n'est pas incapable de se réorganiser.",
        "De dierenarts en de huisarts zijn gesloten op zondag.",
    ],
)
def test_ordinary_wording_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils ont reçu des cartes A le 18/08, puis des cartes B.", ["cartes A", "cartes B"]),
        ("Hij is sinds maart ambtelijk geschrapt.", ["ambtelijk geschrapt"]),
    ],
)
def test_status_classes(text: str, expected: list[str]) -> None:
    assert spans(text, "ADMIN_STATUS") == expected


def test_a_leaflet_that_says_tu_points_at_no_one() -> None:
    text = "Si tu es demandeur d'asile, tu dois t'adresser à Fedasil pour ton hébergement."
    assert "ADMIN_STATUS" not in categories(text)
    # a message about someone keeps the status even when it says "tu" to a colleague
    assert spans("Il est demandeur d'asile, tu le sais.", "ADMIN_STATUS") == ["demandeur d'asile"]


def test_children_listed_with_their_birth_years() -> None:
    text = "Trois enfants : Omar (2012), Lina (2015), Yazan (2020)."
    assert spans(text, "BIRTH_DATE") == ["2012", "2015", "2020"]
    # a year in brackets after a law's or a town's name is no one's birth
    assert "BIRTH_DATE" not in categories("La loi Dupont (1980) et le règlement Dublin (2013).")
    assert "BIRTH_DATE" not in categories(
        "Zie het verslag van Marie-Claire Peeters: (2019) was een moeilijk jaar."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a cinq jours il a aussi entamé une grève de la faim.", "entamé une grève de la faim"),
        ("Le détenu, à 15 jours de grève de la faim, est très faible.", "15 jours de grève de la faim"),
        ("Karim a participé à la grève de la faim de l'église.", "participé à la grève de la faim"),
        ("Je pesais 70 kilos en mai, aujourd'hui 58.", "Je pesais 70 kilos"),
        ("Hij woog toen 80 kilo, nu nog 61.", "Hij woog toen 80 kilo"),
    ],
)
def test_one_persons_hunger_strike_and_weight(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


def test_a_crowd_on_hunger_strike_and_a_weighed_thing_are_no_ones_health() -> None:
    assert "HEALTH" not in categories("Les 200 sans-papiers mènent une grève de la faim.")
    assert "HEALTH" not in categories("De kist woog 80 kilo.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij zit sinds 21/11 vast in Merksplas.", "zit sinds 21/11 vast in Merksplas"),
        ("Alle drie mochten ze dankzij hun actie in ons land blijven.", "in ons land blijven"),
    ],
)
def test_held_or_allowed_to_stay(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Hij zit vast in het verkeer op de ring.",
        "De kinderen mochten in de klas blijven.",
    ],
)
def test_stuck_in_traffic_is_no_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci de me transmettre la copie des passeports yéménites.",
        "Op 19 augustus vertrok hij naar de Filipijnen.",
        "Het OCMW werkt aan een snellere uitstroom uit de opvang en een stamboom van de familie.",
    ],
)
def test_words_that_end_as_a_condition_does(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "De regering wil langdurig zieken sneller activeren.",
        "Les malades attendent des mois un rendez-vous.",
        "Onder de 120 mensen zonder papieren zijn er tien kinderen.",
        "Erkende vluchtelingen krijgen vier maanden om een woning te vinden.",
        "La loi permettrait d'entrer au domicile de personnes sans permis de séjour.",
    ],
)
def test_a_crowd_named_by_its_health_or_status_is_no_one(text: str) -> None:
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS"}, categories(text)


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Ils sont malades depuis mai.", "HEALTH", "malades"),
        ("Elle est sans permis de séjour depuis 2020.", "ADMIN_STATUS", "sans permis de séjour"),
        (
            "Dhr. Khalil Khalaf en mevr. Layla Murad, Iraakse erkende vluchtelingen, wonen in Gent.",
            "ADMIN_STATUS",
            "erkende vluchtelingen",
        ),
    ],
)
def test_the_same_nouns_given_to_someone(text: str, category: str, expected: str) -> None:
    assert expected in spans(text, category)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij draagt sinds de operatie een orthese.", "orthese"),
        ("Il est en incapacité totale de travail depuis mai.", "incapacité totale de travail"),
        ("Hij wordt opgevolgd in het hemofiliecentrum.", "hemofiliecentrum"),
        ("Le cardiologue a demandé un ECG.", "ECG"),
        ("Elle est suivie pour une dysphorie de genre.", "dysphorie de genre"),
        ("Hij heeft herbelevingen en slaapt slecht.", "herbelevingen"),
        ("Il a été mordu par le chien du voisin.", "mordu par le chien"),
        ("Toute la famille a été intoxiquée au monoxyde de carbone.", "intoxiquée au monoxyde de carbone"),
        ("Il faut l'attestation de son gastro-pédiatre.", "gastro-pédiatre"),
        ("Her baby is not yet vaccinated.", "not yet vaccinated"),
    ],
)
def test_health_classes_of_the_second_sets(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


def test_english_temporary_protection_and_card() -> None:
    assert spans("I have temporary protection (card A) since April.", "ADMIN_STATUS") == [
        "temporary protection",
        "card A",
    ]
    assert "ADMIN_STATUS" not in categories("Please send us your card and a copy of the lease.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Objet : demande d'intervention – Lina Benali (17/04/2012)", "17/04/2012"),
        ("L'assistant de justice qui suit M. Jordan Dubois (2001-03-21) nous écrit.", "2001-03-21"),
    ],
)
def test_a_date_in_brackets_after_a_name_is_a_birth_date(text: str, expected: str) -> None:
    assert spans(text, "BIRTH_DATE") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Voir l'arrêt Dupont (12/03/2015) du Conseil d'État.",
        "Réunion du Comité spécial (12/03/2025) à 14 h.",
    ],
)
def test_a_date_in_brackets_after_no_ones_name(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Een jonge moeder uit het Waalse Quaregnon slaapt sinds november in haar wagen.",
            ["Quaregnon", "wagen"],
        ),
        ("Een gezin van zes uit Mechelen dreigt op straat te komen.", ["Mechelen"]),
        ("Dakloos, slaapt hij sinds de zomer in zijn auto.", ["auto"]),
        ("Il dort dans sa voiture depuis septembre.", ["voiture"]),
    ],
)
def test_where_a_person_is_from_or_sleeps(text: str, expected: list[str]) -> None:
    assert spans(text, "ADDRESS") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hij kocht vorige week een nieuwe auto.",
        "Il est venu en voiture au rendez-vous.",
    ],
)
def test_a_car_is_no_address_by_itself(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rachid, 23, from Anderlecht, says he was stopped three times.", "Anderlecht"),
        ("Kadi Sylla, 38 ans, habitant Laeken, mère de quatre enfants.", "Laeken"),
        ("Dhr. Willems (woonplaats Kapellen) weigert elk huisbezoek.", "Kapellen"),
        ("Betrokkene slaapt bij vrienden in Deurne.", "Deurne"),
        ("Hij is gaan inwonen bij zijn nieuwe partner in Zele.", "Zele"),
    ],
)
def test_where_a_person_lives_as_the_press_and_the_forms_say_it(text: str, expected: str) -> None:
    assert spans(text, "ADDRESS") == [expected]


def test_a_law_cited_with_numbers_before_a_city_is_no_address() -> None:
    assert "ADDRESS" not in categories("Voir l'article 5, 2, de Liège et la loi du 8 juillet 1976.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Son interview au CGRA est fixée au 12 décembre.", "interview au CGRA"),
        ("Zijn gehoor op het CGVS is gepland voor 9 januari.", "gehoor op het CGVS"),
        ("De gemeente weigert inschrijving want hij heeft geen geldig verblijf.", "geen geldig verblijf"),
        ("He was regularised on humanitarian grounds.", "regularised on humanitarian grounds"),
    ],
)
def test_status_wording_of_the_fifth_probe_set(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est suivi au centre de la douleur du CHU UCL Namur.", "centre de la douleur du CHU UCL Namur"),
        ("Hij wordt opgevolgd in de post-covidraadpleging van het UZ Gent.", "post-covidraadpleging"),
        ("De orthopedist van het UZA schreef een nachtkorset voor.", "orthopedist van het UZA"),
        ("We wrote to the neurologist at UZ Leuven.", "neurologist at UZ Leuven"),
        (
            "Sinds hij uit het ZNA Stuivenberg is weggelopen, neemt hij niets meer.",
            "ZNA Stuivenberg is weggelopen",
        ),
    ],
)
def test_care_at_a_hospital_through_its_service_or_specialist(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le service social du CHU Saint-Pierre nous a transmis le dossier.",
        "Elle travaille au service comptabilité du CHU de Liège.",
        "Hij werkt in de keuken van het UZ Gent.",
        "Hij komt uit het UZ Gent vandaan met de bus.",
    ],
)
def test_a_hospitals_office_or_kitchen_is_no_care(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un contrôle dermatologique est à prévoir vers le 20/12.", "contrôle dermatologique"),
        (
            "Le CPAS prend en charge les frais de consultation pédopsychiatrique.",
            "consultation pédopsychiatrique",
        ),
        ("Een psychiatrische opname is nodig.", "psychiatrische opname"),
        ("Objet : saturnisme infantile", "saturnisme"),
        ("The follow-up in the neurology department of UZ Leuven is planned.", "neurology department"),
    ],
)
def test_care_told_by_its_specialty(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Un rapport sociologique sur la pauvreté à Bruxelles.",
        "Un examen chronologique des faits de la cause.",
        "Le suivi pédagogique des élèves reprend en janvier.",
    ],
)
def test_a_studys_adjective_is_no_care(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle présente un DT2 (HbA1c 9,4 %).", "HbA1c 9,4 %"),
        ("Trithérapie depuis mai, CD4 à 180.", "CD4 à 180"),
        ("Tension 18/10 ce matin chez le médecin.", "Tension 18/10"),
        ("Ze is uitgerekend voor maart.", "uitgerekend voor"),
        ("Radié d'office, alcool++, sans abri.", "alcool++"),
        ("Deuxième œil à opérer en février.", "œil à opérer"),
    ],
)
def test_values_due_dates_and_operations_to_come(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le bureau ouvre le 14/10 à 9 h.",
        "La tension monte entre les deux services du CPAS.",
        "Réunion le 15 janvier avec le médecin du centre et la direction.",
    ],
)
def test_figures_and_tensions_of_no_one(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Joints : les extraits de compte d'octobre et la facture de régularisation de Sibelga.",
        "Vérifier la régularisation des cotisations auprès de la mutualité.",
        "De afrekening van de regularisatie van de voorschotten volgt in maart.",
    ],
)
def test_a_bills_adjustment_is_no_regularisation(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


def test_a_stays_regularisation_still_is() -> None:
    assert spans("Il demande la régularisation de son séjour.", "ADMIN_STATUS") == ["régularisation"]


def test_a_memo_to_all_colleagues_signed_with_a_role_points_at_no_one() -> None:
    text = (
        "Note de service – Cellule santé\n"
        "Objet : campagne de vaccination HPV\n\n"
        "Chères et chers collègues,\n\n"
        "Pour rappel, la vaccination contre le papillomavirus humain est proposée gratuitement par les "
        "services de promotion de la santé à l'école aux élèves de 2e secondaire. Les jeunes qui n'ont pas "
        "été vaccinés à l'école peuvent l'être chez le médecin traitant. Pour les personnes sans titre de "
        "séjour, le coût de la consultation peut être pris en charge dans le cadre de l'aide médicale "
        "urgente, sur attestation du médecin et après enquête sociale.\n\n"
        "La coordinatrice, Sophie Dewulf\n"
        "CPAS de Mons"
    )
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS"}, categories(text)


def test_a_role_before_a_name_in_a_sentence_is_no_signature() -> None:
    text = "Chers collègues,\nLa coordinatrice a rencontré Sophie Dewulf, qui est enceinte de six mois."
    assert "HEALTH" in categories(text)
