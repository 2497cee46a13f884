"""Classes of the nineteenth round's tuning halves (real_passages22, and the pooled tuning halves of
the earlier sets), each on invented sentences, with the ordinary wording beside them that must stay
clear. All people, numbers and addresses are invented."""

from __future__ import annotations

import pytest
from guard_helpers import assert_within_a_finding, categories, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Madame Josiane Lemaire\nNée 14/09/1951 (Harze)\nDécédée 30/06/2020", "14/09/1951"),
        ("M. Didier Collard, né 3 mars 1948 à Seraing.", "3 mars 1948"),
        ("Née : 02.11.1975", "02.11.1975"),
    ],
)
def test_born_right_before_the_date(text: str, expected: str) -> None:
    assert_within_a_finding(text, "BIRTH_DATE", expected)


@pytest.mark.parametrize(
    "text",
    [
        "L'arrêté du 21 septembre 2004 ne 12 fois modifié.",  # (a negation, never before a date)
        "Décédée 30/06/2020 à Liège.",
    ],
)
def test_no_birth_cue_no_birth_date(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named, then where they are from, as the press writes
        ("Op zondag stierf Bilal K. uit Hoboken in een isoleercel.", "Hoboken"),
        ("Lotte Van Acker uit Hamme is sinds maart ziek.", "Hamme"),
        ("De tweeling Arthur en Jules uit Wilrijk kwam te vroeg.", "Wilrijk"),
        ("Er zijn vier koppels: Dirk en Ann in Lichtervelde, Geert en Nadine in Waregem.", "Lichtervelde"),
        ("Ik sprak met een dame die uit Hasselt kwam.", "Hasselt"),
        # a street named without a number, in a sentence about those who live there
        (
            "In de Kapelstraat in Schaffen dreigt een gezin met acht kinderen op straat te belanden.",
            "Kapelstraat",
        ),
        ("Het koppel vestigde zich langs de Molenstraat in Moorslede.", "Molenstraat in Moorslede"),
        ("Ils dorment dans un squat, boulevard Léopold II, à Molenbeek.", "boulevard Léopold II"),
        (
            "Il séjourne chez des amis au numéro 5 de la rue Blaes, à Bruxelles.",
            "numéro 5 de la rue Blaes, à Bruxelles",
        ),
        ("M. Jacobs vit au n° 7 de la rue de Fer à Namur.", "n° 7 de la rue de Fer à Namur"),
    ],
)
def test_where_a_person_named_or_told_of_lives(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADDRESS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Vluchtelingen uit Gent en Antwerpen kregen hulp.",
        "Hulp uit Antwerpen kwam snel.",
        "Wegenwerken in de Kerkstraat in Borgerhout: omleiding via de Turnhoutsebaan.",
        "Het hoofdkantoor van Fedasil ligt in de Kartuizersstraat in Brussel.",
        "RVA-kantoor verhuist naar de Sint-Michielsstraat in Leuven.",
        "De arbeidsmarkt in Brussel blijft moeilijk.",
    ],
)
def test_a_street_or_a_town_of_no_one_is_no_address(text: str) -> None:
    assert "ADDRESS" not in categories(text)


def test_a_leaflet_about_illness_in_general_stays_clear() -> None:
    text = (
        "Langdurig ziek? Dit moet u weten. Wie langer dan een jaar arbeidsongeschikt is, krijgt een "
        "invaliditeitsuitkering van het ziekenfonds. De adviserend arts beoordeelt of u het werk "
        "geleidelijk kunt hervatten. Bij kanker, depressie of een chronische ziekte gelden dezelfde "
        "regels. Vraag uw ziekenfonds naar de mogelijkheden van deeltijdse werkhervatting en naar "
        "de tegemoetkoming voor medische kosten. Meer informatie vindt u op de website van het "
        "RIZIV en bij de sociale dienst van uw ziekenfonds, elke werkdag van 9 tot 12 uur."
    )
    assert len(text) >= 500
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sinds augustus ben ik borstkankerpatiënte.", "borstkankerpatiënte"),
        ("Zijn vader is longkankerpatiënt.", "longkankerpatiënt"),
        ("Didier, 56 ans, a été diagnostiqué il y a 20 ans.", "a été diagnostiqué"),
        ("Vorig jaar werd bij Sofie MS vastgesteld.", "MS vastgesteld"),
        ("Na een week onderzoeken viel het verdict: MS.", "MS"),
        ("Mevr. Hermans heeft MS en heeft thuisverpleging nodig.", "heeft MS"),
        ("Sofie is sneller vermoeid dan vroeger.", "sneller vermoeid"),
        ("Haar evenwicht is een pak verminderd.", "evenwicht is een pak verminderd"),
        ("Tot ik plots mijn linkerhand niet meer kon gebruiken.", "linkerhand niet meer kon gebruiken"),
        ("Mijn dokter dacht dat er een zenuw geblokkeerd zat.", "zenuw geblokkeerd"),
        ("Zijn bloeddruk stond al een keer op 25.", "bloeddruk stond al een keer op 25"),
        ("Sa tension était hier à 18/11.", "tension était hier à 18/11"),
        ("Je souffrais régulièrement de l'estomac.", "souffrais régulièrement de l'estomac"),
        ("Ze ging naar de dokter met enkele fysieke klachten.", "fysieke klachten"),
        ("Il était victime d'une obstruction de l'intestin.", "obstruction de l'intestin"),
        ("Dakloze man doodgevroren in het Stadspark.", "doodgevroren"),
        ("Un jeune homme s'est donné la mort dans sa cellule.", "s'est donné la mort"),
        ("Les premiers symptômes sont apparus en 2004.", "premiers symptômes sont apparus"),
    ],
)
def test_health_of_real_passages22s_tuning_half(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "We vergaderen via MS Teams; hij heeft MS Word niet.",
        "De suiker staat op 2 euro per kilo.",
        "La tension monte entre les partenaires.",
        "Het evenwicht in de begroting is verstoord.",
    ],
)
def test_wording_of_no_ones_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le jeune homme était enfermé au centre de Steenokkerzeel.", "était enfermé au centre"),
        ("Hij zit al drie maanden opgesloten in het gesloten centrum.", "opgesloten in het gesloten centrum"),
        ("Wahid, arrivé seul d'Afghanistan en Belgique à 14 ans.", "arrivé seul"),
        ("Hij is op zijn vijftiende alleen naar België gekomen.", "alleen naar België gekomen"),
        ("Hij kwam als kind alleen naar België.", "alleen naar België"),
    ],
)
def test_held_in_a_centre_or_come_alone(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier est enfermé dans le coffre.",
        "Il est arrivé seul à la réunion.",
    ],
)
def test_locked_away_or_alone_at_a_meeting_is_no_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


_ANNALS = (
    "Demande d'explications de M. Pieter Claes à la ministre de la Santé publique sur «le traitement des "
    "demandeurs d'asile séropositifs» (nº 4-123)\n"
    "M. le président. - Mme Annick Goossens, secrétaire d'État, répondra.\n"
    "De heer Pieter Claes (Onafhankelijke). - Ik heb al drie schriftelijke vragen gesteld over de "
    "gezondheidszorg bij asielzoekers. De antwoorden waren vaag.\n"
    "Als een asielzoeker hiv-positief wordt bevonden, moet hij behandeld worden met antiretrovirale "
    "middelen. Wat gebeurt er als de asielzoeker wordt uitgewezen? Blijft de asielzoeker in ons land om "
    "de therapie niet te onderbreken?\n"
    "(M. Koen Wouters, premier vice-président, prend place au fauteuil présidentiel.)"
)
_OPINION = (
    "Budget d'assistance personnelle : entre rêve et réalité\n"
    "Par Martine Dubois-Lemaire - Administratrice d'une association de parents\n"
    "Je me souviens d'un débat au Conseil consultatif au sujet des aides matérielles. Plusieurs "
    "associations soulevaient la nécessité de défendre l'égalité des chances des personnes handicapées. "
    "Si la personne ayant un handicap moteur reçoit une rampe d'accès, la personne non-voyante une canne "
    "blanche, pourquoi la personne autiste ou polyhandicapée ne recevrait-elle pas une aide humaine ? "
    "La discussion était pertinente, mais il ne fallait pas retarder le vote de l'arrêté."
)


@pytest.mark.parametrize("text", [_ANNALS, _OPINION])
def test_a_members_question_or_an_authors_opinion_names_no_one_it_is_about(text: str) -> None:
    assert len(text) >= 500
    assert not categories(text) & {"HEALTH", "ADMIN_STATUS"}


def test_a_members_question_about_someone_named_in_it_still_tells_of_them() -> None:
    text = _ANNALS.replace(
        "Als een asielzoeker",
        "Mevrouw Nadia Benali kreeg een bevel om het grondgebied te verlaten. Als een asielzoeker",
    )
    assert "ADMIN_STATUS" in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jacques Denis, né le 2 août 63, habite seul.", "2 août 63"),
        ("Geboren: 3 juni 98", "3 juni 98"),
        ("Ilyes Kaddouri, 7 ans (04.06.2018), est inscrit en 1re primaire.", "04.06.2018"),
        ("Zoontje Amir, 4 jaar (12/01/2021), gaat naar de kleuterklas.", "12/01/2021"),
    ],
)
def test_a_birth_date_in_two_digits_or_in_brackets_after_an_age(text: str, expected: str) -> None:
    assert_within_a_finding(text, "BIRTH_DATE", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le 12 mars 25 personnes sont venues à la permanence.",
        "Le projet a 3 ans (depuis 2021).",
        "Op 5 mei 63 deelnemers ingeschreven.",
    ],
)
def test_a_number_after_a_month_or_a_year_after_an_age_is_no_birth(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle a présenté début novembre une poussée sévère.", "poussée"),
        ("Faiblesse des deux jambes depuis lundi.", "Faiblesse des deux jambes"),
        ("Depuis l'AVC, le bras droit ne bouge plus du tout.", "le bras droit ne bouge plus"),
        ("Elle ne savait plus où elle habite.", "ne savait plus où elle habite"),
        ("Mijn vader weet niet meer waar hij woont.", "weet niet meer waar hij woont"),
        ("Il a un appareil pour l'aider à respirer la nuit.", "appareil pour l'aider à respirer"),
        ("Avant qu'il ne puisse plus du tout bouger, il faut déménager.", "ne puisse plus du tout bouger"),
        ("Il tremble tellement qu'il renverse sa soupe.", "tremble tellement"),
        ("Il entendait des voix qui lui ordonnaient de ne plus manger.", "entendait des voix"),
        ("Hij hoorde stemmen.", "hoorde stemmen"),
        ("I do not sleep more than two hours a night.", "do not sleep"),
        ("Ze ligt de hele dag in bed, ze eet bijna niks.", "eet bijna niks"),
        ("Haar hemoglobine zakte tot 7,9 en ze kreeg een ijzerinfuus.", "hemoglobine zakte tot 7"),
        ("La petite pesait 980 g à la naissance.", "pesait 980 g à la naissance"),
        ("À sept ans, il porte encore des langes.", "porte encore des langes"),
        ("Il se tape la tête contre le mur quand il y a du bruit.", "se tape la tête contre"),
        ("Ancien injecteur, il est suivi par la MASS.", "Ancien injecteur"),
        ("Zijn zoon heeft zichzelf van het leven beroofd.", "zichzelf van het leven beroofd"),
        ("Ze had zich in haar polsen gesneden.", "zich in haar polsen gesneden"),
        ("Toute la famille a été hospitalisée après une CO-intoxicatie.", "CO-intoxicatie"),
    ],
)
def test_health_of_the_later_tuning_halves(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le projet fait une poussée de croissance depuis l'été.",
        "I don't sleep here on Mondays, the office is closed.",
        "Il ne sait plus où il a mis ses clés.",
        "La saturation du réseau est tombée à 40 %.",
    ],
)
def test_the_same_words_of_no_ones_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dhr. Okafor is zonder wettig verblijf sinds zijn visum verliep in 2019.", "zijn visum verliep"),
        ("Son visa a expiré en mars.", "visa a expiré"),
        ("Ik wacht nog altijd op papieren.", "wacht nog altijd op papieren"),
        ("De vrouw werd in hechtenis genomen en in een gesloten centrum geplaatst.", "in hechtenis genomen"),
    ],
)
def test_status_of_the_later_tuning_halves(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "De papieren liggen op tafel; ik wacht op de papieren van de notaris.",
        "Het visum voor de studiereis verliep zonder problemen.",
    ],
)
def test_papers_and_visas_of_no_ones_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une jeune Guinéenne pourrait être expulsée alors qu'elle est menacée dans son pays.",
            "être expulsée",
        ),
        ("Elle risque d'être expulsée vers la Guinée.", "expulsée vers la"),
        ("Il a été rapatrié dans son pays en mai.", "rapatrié dans son pays"),
        ("Haidar dient een tweede aanvraag in bij het CGVS.", "tweede aanvraag"),
        ("Le requérant introduit une seconde demande d'asile.", "seconde demande d'asile"),
    ],
)
def test_removal_and_a_second_request(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "La famille pourrait être expulsée de son logement en janvier.",
        "Il a été renvoyé vers le CPAS d'Evere, sa commune de domicile.",
        "Deux personnes renvoyées vers le service social de l'hôpital.",
        "Een tweede aanvraag voor de premie kan in maart.",
    ],
)
def test_an_eviction_a_referral_or_a_bonus_is_no_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "J'ai assez souffert après mes opérations, d'autant que j'ai eu des complications.",
            "complications",
        ),
        ("Hij beefde, zoals mensen met parkinson.", "Hij beefde"),
    ],
)
def test_complications_and_shaking(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


def test_shaking_from_the_cold_is_no_health() -> None:
    assert "HEALTH" not in categories("Ze beefde van de kou aan de bushalte.")


def test_every_row_of_a_long_table_under_a_birth_column() -> None:
    # (a table of a hundred residents lost its birth dates after the fortieth row)
    rows = "".join(f"Resident{i} | Nom{i} | {1 + i % 28:02d}/03/19{40 + i % 50}\n" for i in range(120))
    text = "Prénom | Nom | Date de naissance\n" + rows
    dates = spans(text, "BIRTH_DATE")
    assert len(dates) == 120, len(dates)


def test_a_table_header_is_read_for_its_own_column_and_table_only() -> None:
    text = (
        "Prénom | Nom | Date de naissance\n"
        "Anna | Peeters | 04/05/1981\n"
        "\n"
        "Dossier | Ouvert le\n"
        "A-12 | 03/02/2024\n"
    )
    assert spans(text, "BIRTH_DATE") == ["04/05/1981"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn moeder valt vaak de laatste tijd.", "valt vaak"),
        ("Hij is zo moe dat hij amper uit zijn zetel komt.", "amper uit zijn zetel komt"),
        ("Er werd al twee keer vocht van zijn long getrokken.", "vocht van zijn long getrokken"),
        ("Il est tout gonflé depuis hier.", "tout gonflé"),
        ("Elle avait les lèvres bleues quand l'ambulance est arrivée.", "lèvres bleues"),
        ("Il était très agité et ne dormait plus.", "ne dormait plus"),
        ("Zijn nierwaarden zijn verhoogd.", "nierwaarden zijn verhoogd"),
        ("Il ne tient plus sans sa bouteille.", "ne tient plus sans sa bouteille"),
        ("Il a subi une opération de Whipple en septembre.", "opération de Whipple"),
        ("Il a un tuyau pour respirer.", "tuyau pour respirer"),
        ("Elle prend de l'Ebixa le matin.", "Ebixa"),
    ],
)
def test_health_of_the_pooled_invented_tuning_halves(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "De prijzen vallen vaak tegen en het project valt vaak stil.",
        "Le ballon est tout gonflé pour la fête.",
        "Het kind komt niet uit zijn bed voor school, zegt de juf lachend, want het is zaterdag.",
    ],
)
def test_falling_prices_and_a_balloon_are_no_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # invented probe sentences of this round, missed as the guard stood, each with another wording
        ("Depuis son accident, il boite.", "HEALTH", "il boite"),
        ("Elle boite depuis sa chute dans l'escalier.", "HEALTH", "Elle boite depuis"),
        ("Hij hoort bijna niets meer.", "HEALTH", "hoort bijna niets meer"),
        ("Oma hoort niks meer zonder haar toestel.", "HEALTH", "hoort niks meer"),
        (
            "Zijn geheugen laat hem steeds vaker in de steek.",
            "HEALTH",
            "geheugen laat hem steeds vaker in de steek",
        ),
        ("Hij is geschrapt van ambtswege.", "ADMIN_STATUS", "geschrapt van ambtswege"),
        ("Ze werd vorig jaar afgevoerd van ambtswege.", "ADMIN_STATUS", "afgevoerd van ambtswege"),
        ("Ze verblijft tijdelijk in het nachtasiel van Leuven.", "ADDRESS", "nachtasiel van Leuven"),
    ],
)
def test_invented_probe_sentences_of_this_round(text: str, category: str, expected: str) -> None:
    assert_within_a_finding(text, category, expected)


def test_a_letter_box_is_no_limp() -> None:
    assert "HEALTH" not in categories(
        "Elle a une boite aux lettres au rez-de-chaussée; il boite aux lettres ne ferme plus."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme Renard est suivie à la maison médicale du quartier.", "suivie à la maison médicale"),
        (
            "Hij wordt opgevolgd in het wijkgezondheidscentrum De Brugse Poort.",
            "opgevolgd in het wijkgezondheidscentrum",
        ),
    ],
)
def test_care_received_at_a_neighbourhood_practice(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


def test_a_notes_heading_naming_its_client_is_no_members_turn() -> None:
    # (long enough for the leaflet test, with no pronoun opening a sentence; "question" is one of the
    # annals' hint words: the heading alone says whom the note is about)
    text = (
        "Fatima Benali - suivi du 12/03\n"
        "La question du logement reste ouverte. Enceinte de cinq mois, sans titre de séjour depuis "
        "janvier. Le propriétaire refuse de prolonger le bail, et la famille cherche un logement depuis "
        "l'automne. Une demande d'aide a été introduite au service social, qui doit encore statuer sur le "
        "montant. La prochaine visite est prévue dans deux semaines, avec l'interprète, au domicile. "
        "Le médecin du planning familial a demandé un rapport pour la mutuelle et pour l'hôpital, "
        "et le dossier sera présenté au comité du mois prochain."
    )
    assert len(text) >= 500
    assert {"HEALTH", "ADMIN_STATUS"} <= categories(text)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Didier Lambotte a la sclérose en plaques depuis 20 ans. En Belgique, plus de 13.000 "
            "personnes sont atteintes de cette maladie auto-immune.",
            "sclérose en plaques",
            "atteintes",
        ),
        (
            "Sofie heeft MS. In België lijden ongeveer 12.000 mensen aan multiple sclerose.",
            "heeft MS",
            "multiple",
        ),
        ("Karim a un diabète. Près de 10 % des Belges souffrent de diabète.", "diabète", "souffrent"),
        (
            "Jens zit in de psychiatrie. Een op de vier mensen krijgt te maken met psychische problemen.",
            "psychiatrie",
            "psychische",
        ),
    ],
)
def test_a_sentence_counting_a_population_tells_of_no_one(text: str, kept: str, dropped: str) -> None:
    found = spans(text, "HEALTH")
    assert any(kept in span for span in found), found
    assert not any(dropped in span for span in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle est atteinte d'une maladie rare qui ne touche que 200 personnes en Belgique.", "maladie rare"),
        ("Ce mardi, 120 personnes ont été hospitalisées après l'incendie.", "hospitalisées"),
    ],
)
def test_a_persons_rare_illness_or_a_crowd_at_one_moment_stays_health(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)
