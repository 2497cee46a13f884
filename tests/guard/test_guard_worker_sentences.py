"""Sentences a CPAS worker writes, invented for the seventh round (issue 10) to probe the lexicons
and the address grammar away from any gathered text: the few that were missed, kept here. All
people and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from guard_helpers import categories, spans

from secretpro.guard import FORBIDDEN, scan


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Il présente des troubles cognitifs importants.", "troubles cognitifs"),
        ("Elle a des troubles de la mémoire depuis l'accident.", "troubles de la mémoire"),
        ("Zij heeft cognitieve problemen sinds vorig jaar.", "cognitieve problemen"),
        ("Hij heeft geheugenproblemen.", "geheugenproblemen"),
    ],
)
def test_cognitive_disorders(text: str, health: str) -> None:
    assert health in spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street named like the data file's example once was ("Lindenlaan") is a street like any
        ("Zij woont in een sociale woning, Lindenlaan 14, Hasselt.", "Lindenlaan 14, Hasselt"),
        ("Lindenlaan 14, Hasselt", "Lindenlaan 14, Hasselt"),
        ("Hij woont in de Beukenlaan 3 te Genk.", "Beukenlaan 3 te Genk"),
    ],
)
def test_a_dutch_street_without_a_cue(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("De DVZ heeft zijn aanvraag geweigerd.", "aanvraag geweigerd"),
        ("L'Office des étrangers a refusé sa demande de regroupement familial.", "a refusé sa demande"),
        ("Hij heeft een aankomstverklaring gekregen.", "aankomstverklaring"),
        ("Zijn visum is verlopen en hij is gebleven.", "visum is verlopen"),
        ("Hij heeft een single permit aangevraagd.", "single permit"),
        (
            "Hij heeft beroep aangetekend bij de Raad voor Vreemdelingenbetwistingen.",
            "beroep aangetekend bij de Raad voor Vreemdelingenbetwistingen",
        ),
    ],
)
def test_residence_procedures_in_a_workers_words(text: str, status: str) -> None:
    assert any(status in found for found in spans(text, "ADMIN_STATUS"))


@pytest.mark.parametrize(
    "text",
    [
        "Het OCMW heeft zijn aanvraag om leefloon geweigerd.",  # social aid, not residence
        "La banque a refusé sa demande de prêt.",
    ],
)
def test_a_refusal_by_no_residence_authority_is_no_status(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ze werd vastgehouden in het transitcentrum Caricole.", "transitcentrum Caricole"),
        ("Il est détenu au centre fermé de Vottem.", "centre fermé de Vottem"),
    ],
)
def test_where_someone_is_held(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Les demandes d'aide médicale urgente sont traitées par le service social.",
        "Het jaarverslag vermeldt het aantal aanvragen dringende medische hulp.",
        "Merci de nous envoyer le nombre de demandes 9bis et 9ter suivies en 2025.",
        "Le groupe de travail santé mentale se réunit en avril.",
        "De werkgroep geestelijke gezondheid vergadert op dinsdag.",
    ],
)
def test_requests_counted_as_a_whole_or_a_working_group_are_generic(text: str) -> None:
    assert spans(text, "HEALTH") == spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Madame Benali a introduit des demandes d'aide médicale urgente.", "aide médicale urgente"),
        ("Les demandes d'AMU de Monsieur Diallo ont été refusées.", "AMU"),
        ("Il a introduit des demandes de régularisation 9bis en 2019 et 2021.", "9bis"),
    ],
)
def test_requests_of_one_person_stay_found(text: str, found: str) -> None:
    assert found in spans(text, "HEALTH") + spans(text, "ADMIN_STATUS")


# A press story that names no one but tells of one family (≥ 500 characters, so the leaflet rule
# would apply to it if nothing pointed at anyone): the family described by its nationality does.
_STORY = (
    "Le centre de Steenokkerzeel compte depuis août une aile pour les familles avec enfants. "
    "Le 3 septembre, une famille arménienne - une mère et ses trois enfants - y a été enfermée. "
    "Les avocats ont introduit un recours contre le rejet de la demande d'asile, au nom d'un des "
    "enfants, et ce recours étant suspensif, la famille a été transférée dans une maison de retour. "
    "Le conseil du contentieux a rejeté un premier recours la semaine dernière, a indiqué le cabinet "
    "du secrétaire d'État. Les associations dénoncent une pratique contraire aux droits de l'enfant "
    "et annoncent de nouvelles actions devant le centre dans les prochains jours."
)


def test_a_story_about_a_family_described_by_its_nationality_is_about_someone() -> None:
    assert len(_STORY) >= 500
    assert any("rejet de la demande" in span for span in spans(_STORY, "ADMIN_STATUS"))
    leaflet = _STORY.replace("une famille arménienne", "une famille")
    assert spans(leaflet, "ADMIN_STATUS") == []  # the same text about no one in particular


@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        (
            "Pour un couple de personnes étrangères, en séjour illégal, vivant à la rue.",
            "ADMIN_STATUS",
            "en séjour illégal",
        ),
        (
            "Il a introduit une demande 9ter. La demande a été déclarée recevable le 3 mars 2015.",
            "ADMIN_STATUS",
            "demande a été déclarée recevable",
        ),
        ("Het gezin werd telkens aangemaand het grondgebied te verlaten.", "ADMIN_STATUS", "aangemaand"),
        ("Le couple vivait à la rue, dans l'attente d'un enfant.", "HEALTH", "dans l'attente d'un enfant"),
        ("Het OCMW weigert hem een medische waarborg.", "HEALTH", "medische waarborg"),
        ("Het OCMW zit sinds maandag op Lotenhulle-Dorp 12.", "ADDRESS", "Lotenhulle-Dorp 12"),
    ],
)
def test_seventh_round_wording(text: str, category: str, found: str) -> None:
    assert any(found in span for span in spans(text, category))


@pytest.mark.parametrize(
    "text",
    [
        "Il ou elle ne peut donc plus disposer d'un titre de séjour valable.",
        "Het OCMW geeft alleenstaanden zonder papieren enkel dringende medische hulp.",
        "Het OCMW weigert zorg aan gezinnen zonder wettig verblijf.",
        "Le CPAS refuse l'hébergement aux familles en séjour illégal.",
        "Le recours est recevable. La demande a été déclarée recevable.",  # no residence procedure
    ],
)
def test_anyone_and_groups_of_families_are_generic(text: str) -> None:
    assert spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Il suit des cours de troisième bac de kinésithérapie à l'ULB.",  # a field of study
        "Personnel du centre :\n- 1 psychologue\n- 1 assistant psychologue\n- 3 médecins",  # staff
    ],
)
def test_studies_and_staff_are_no_care_received(text: str) -> None:
    assert spans(text, "HEALTH") == []


def test_a_care_profession_seen_by_someone_stays_health() -> None:
    assert spans("Elle voit une psychologue chaque semaine.", "HEALTH") == ["psychologue"]


def test_an_unlawful_detention_is_no_unlawful_stay() -> None:
    assert "illégalement" not in spans("Un mineur détenu illégalement pendant trois jours.", "ADMIN_STATUS")
    assert spans("Il séjourne illégalement en Belgique.", "ADMIN_STATUS") == ["séjourne illégalement"]


def test_a_refused_extension_before_the_foreigners_court() -> None:
    assert spans("Le CCE annule ce refus de prolongation.", "ADMIN_STATUS") == ["refus de prolongation"]
    assert spans("La banque confirme le refus de prolongation du prêt.", "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gezinnen in de opvang hebben recht op medische hulp. Zij kunnen terecht bij de centrumarts.",
        "Patiënten zonder wettig verblijf worden vaak geweigerd.",
        "Ze kunnen verblijven in opvangcentra van Fedasil of van het Rode Kruis.",
    ],
)
def test_they_in_the_plural_and_centres_in_the_plural_point_at_no_one(text: str) -> None:
    assert spans(text, "HEALTH") == spans(text, "ADMIN_STATUS") == spans(text, "ADDRESS") == []


_LEAFLET = (
    "Medische hulp voor gezinnen in de opvang. Gezinnen die in een opvangcentrum verblijven, hebben "
    "recht op medische begeleiding. Zij kunnen terecht bij de centrumarts, die hen indien nodig "
    "doorverwijst naar een specialist of een ziekenhuis. Gezinnen in een lokaal opvanginitiatief "
    "gaan naar een huisarts in de buurt; het OCMW betaalt de kosten. Wie geen wettig verblijf heeft, "
    "kan dringende medische hulp vragen aan het OCMW van zijn gemeente van verblijf. Meer "
    "informatie vindt u in onze brochure over gezondheidszorg voor kinderen op de vlucht."
)


def test_a_leaflet_saying_they_in_the_plural_points_at_no_one() -> None:
    assert len(_LEAFLET) >= 500
    assert spans(_LEAFLET, "HEALTH") == spans(_LEAFLET, "ADMIN_STATUS") == []
    story = _LEAFLET.replace("Zij kunnen terecht", "Zij is zwanger en kan terecht")
    assert spans(story, "HEALTH")  # one woman: the same text is about someone


def test_she_in_the_singular_still_points_at_someone() -> None:
    text = "Zonder wettig verblijf heeft men recht op dringende medische hulp. Zij is zwanger."
    assert "zwanger" in spans(text, "HEALTH")
    assert spans("Zij verblijft in het opvangcentrum van Fedasil in Jette.", "ADDRESS")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("On ne peut pas être hébergés, parce qu'on a des papiers grecs.", "papiers grecs"),
        ("Hij heeft Italiaanse papieren maar geen werk.", "Italiaanse papieren"),
        ("Zij heeft een Spaanse verblijfsvergunning.", "Spaanse verblijfsvergunning"),
    ],
)
def test_residence_papers_of_another_state(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")


def test_a_cars_papers_are_no_residence() -> None:
    assert spans("Il a perdu les papiers français de la voiture.", "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Al in 2019 werd duidelijk dat ze hier niet konden verblijven.", "hier niet konden verblijven"),
        (
            "Het werd duidelijk dat de ouders niet in België mochten blijven.",
            "niet in België mochten blijven",
        ),
        ("Il ne peut plus rester en Belgique après le refus.", "ne peut plus rester en Belgique"),
    ],
)
def test_not_allowed_to_stay_in_a_sentence(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")


def test_not_staying_for_dinner_is_no_status() -> None:
    assert spans("Ze konden niet blijven eten.", "ADMIN_STATUS") == []


def test_a_condition_inside_a_web_address_is_still_read() -> None:
    # (a rule that took a site's host name for an organisation's, never a condition, was tried
    # and dropped: "www.jan-is-seropositief.be" would have hidden what it says)
    assert spans("Zie www.jan-is-seropositief.be", "HEALTH") == ["seropositief"]
    assert spans("Lien : https://exemple.be/?q=jan+seropositief", "HEALTH") == ["seropositief"]


def test_a_ministers_short_title_is_no_status() -> None:
    text = "La situation inquiète, renvoyant vers le secrétaire d'État à l'Asile, Karim Dupont."
    assert spans(text, "ADMIN_STATUS") == []


def test_a_hamlet_and_a_house_number_before_a_phone_number() -> None:
    text = "Les conseillers\nSylvie DUPONT Hautregard,7 0470 00 11 22\nNadine LEROY La Reid, 3 087 00 12 34\n"
    assert spans(text, "ADDRESS") == ["Hautregard,7", "La Reid, 3"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Elle vit sur le territoire de la commune de Ganshoren avec ses enfants.", "Ganshoren"),
        ("Il habite la commune de Jette depuis 2020.", "Jette"),
    ],
)
def test_a_commune_of_residence_named_as_a_commune(text: str, address: str) -> None:
    assert spans(text, "ADDRESS") == [address]


def test_a_commune_that_acts_is_no_address() -> None:
    assert spans("La commune de Jette organise un marché.", "ADDRESS") == []


def test_a_title_that_tells_a_life_is_no_form_label() -> None:
    assert spans("Vivre sans droit de séjour : l'histoire d'une famille", "ADMIN_STATUS") == [
        "sans droit de séjour"
    ]
    assert spans("Statut de séjour :", "ADMIN_STATUS") == []


def test_the_illegality_of_a_stay() -> None:
    assert "illégalité du séjour" in spans(
        "Le refus repose sur l'illégalité du séjour de Madame B.", "ADMIN_STATUS"
    )


@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        ("Il est dépendant aux jeux.", "HEALTH", "dépendant aux jeux"),
        ("Hij is gokverslaafd.", "HEALTH", "gokverslaafd"),
        ("Depuis l'accident, il ne peut plus marcher.", "HEALTH", "ne peut plus marcher"),
        ("Hij is zijn been kwijt na een ongeval.", "HEALTH", "zijn been kwijt"),
        ("Il est arrivé clandestinement en 2020.", "ADMIN_STATUS", "clandestinement"),
        ("Il attend ses papiers depuis deux ans.", "ADMIN_STATUS", "attend ses papiers"),
        ("Zij wacht op haar papieren.", "ADMIN_STATUS", "wacht op haar papieren"),
        ("Elle est en séjour légal depuis 2019.", "ADMIN_STATUS", "en séjour légal"),
    ],
)
def test_lay_words_for_health_and_status(text: str, category: str, found: str) -> None:
    # (a short clause before or after it in its sentence may be redacted with it: health_clauses.py)
    assert any(found in span for span in spans(text, category))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Elle a été renvoyée en Espagne en mars.", "renvoyée en Espagne"),
        ("Hij is teruggestuurd naar Italië.", "teruggestuurd naar Italië"),
        ("Il a été expulsé vers le Maroc.", "expulsé vers le Maroc"),
    ],
)
def test_a_removal_to_a_named_country(text: str, status: str) -> None:
    assert status in spans(text, "ADMIN_STATUS")


def test_a_file_transferred_abroad_is_no_removal() -> None:
    assert spans("Le dossier a été transféré en France.", "ADMIN_STATUS") == []


def _worker_sentences() -> list[tuple[str, str]]:
    lines = (Path(__file__).parent / "worker_sentences.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t", 1) for line in lines if line.strip() and not line.startswith("#")]
    return [(category, sentence.replace("\\n", "\n")) for category, sentence in rows]


WORKER_SENTENCES = _worker_sentences()


@pytest.mark.parametrize(("category", "text"), WORKER_SENTENCES)
def test_every_invented_worker_sentence(category: str, text: str) -> None:
    found = scan(text, profile="strict").findings
    if category == "CLEAN":
        assert [f for f in found if f.category in FORBIDDEN] == []
    else:
        assert any(f.category == category for f in found), [(f.category, f.start, f.end) for f in found]


def test_the_invented_worker_sentences_are_many() -> None:
    counts = {
        category: sum(1 for c, _ in WORKER_SENTENCES if c == category) for category, _ in WORKER_SENTENCES
    }
    assert len(WORKER_SENTENCES) >= 270 and min(counts.values()) >= 35, counts


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour à toutes et à tous, la réunion de coordination AMU aura lieu le 12 janvier à 14h.",
        "Beste collega's, de nieuwe werkwijze voor dringende medische hulp gaat in op 1 maart.",
    ],
)
def test_a_memo_to_all_colleagues_that_points_at_no_one_is_generic(text: str) -> None:
    assert spans(text, "HEALTH") == spans(text, "ADMIN_STATUS") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chers collègues, il est séropositif et sans papiers, merci de votre discrétion.", "séropositif"),
        ("Beste collega's, zij is zwanger en heeft geen verblijfsvergunning.", "zwanger"),
        ("Chers collègues, un usager séropositif s'est présenté hier sans papiers.", "séropositif"),
        (
            "Beste collega's, een cliënt zonder papieren vraagt dringende medische hulp.",
            "dringende medische hulp",
        ),
        ("Beste collega's, mevrouw Peeters heeft dringende medische hulp nodig.", "dringende medische hulp"),
        ("Beste collega's, betrokkene is zwanger.", "zwanger"),
    ],
)
def test_a_message_to_colleagues_about_someone_stays_about_someone(text: str, found: str) -> None:
    assert found in spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Elle reçoit des injections mensuelles.", "injections mensuelles"),
        ("Hij krijgt maandelijkse injecties.", "maandelijkse injecties"),
        ("Son fils a toujours un Epipen sur lui.", "Epipen"),
    ],
)
def test_injections_and_an_adrenaline_pen(text: str, health: str) -> None:
    assert health in spans(text, "HEALTH")


@pytest.mark.parametrize(
    "text", ["Les injections de capital dans la société.", "Het bedrijf kreeg kapitaalinjecties."]
)
def test_injections_of_money_are_no_health(text: str) -> None:
    assert spans(text, "HEALTH") == []


# --- eighth round (real_passages7's tuning half): the wording it showed, in invented sentences
@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        (
            "Het gezin zit in het gesloten centrum 127 bis in Steenokkerzeel.",
            "ADDRESS",
            "gesloten centrum 127 bis",
        ),
        ("Hij zit in het gesloten centrum van Merksplas.", "ADDRESS", "gesloten centrum van Merksplas"),
        (
            "Ze hebben het bevel gekregen om het land te verlaten.",
            "ADMIN_STATUS",
            "bevel gekregen om het land",
        ),
        ("Elle a reçu une décision de retrait de séjour.", "ADMIN_STATUS", "retrait de séjour"),
        ("De DVZ heeft de afgifte van een visum geweigerd.", "ADMIN_STATUS", "visum geweigerd"),
        ("Ze lag aan een infuus.", "HEALTH", "infuus"),
        ("Ze beviel van een tweeling.", "HEALTH", "beviel van"),
        ("Het OCMW weigerde de bevallingskosten.", "HEALTH", "bevallingskosten"),
        ("Il a les tympans perforés.", "HEALTH", "tympans perforés"),
        ("Son fils est domicilié dans la région de Charleroi.", "ADDRESS", "Charleroi"),
        ("Hij woont in de regio Gent.", "ADDRESS", "Gent"),
    ],
)
def test_eighth_round_wording(text: str, category: str, found: str) -> None:
    assert any(found in span for span in spans(text, category)), spans(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "Het voorstel beviel hem niet.",
        "La région de Charleroi compte 200.000 habitants.",
        "l'accueil dans un centre Fedasil",
    ],
)
def test_eighth_round_near_misses(text: str) -> None:
    assert not {"HEALTH", "ADDRESS", "ADMIN_STATUS"} & {s for s in categories(text)}


# --- ninth round (real_passages8's tuning half): court wording, in invented sentences
@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        ("Het CGVS kende hem de subsidiaire beschermingsstatus toe.", "ADMIN_STATUS", "beschermingsstatus"),
        ("Daarop trok het CGVS zijn beschermingsstatus in.", "ADMIN_STATUS", "beschermingsstatus"),
        ("De DVZ weigerde de aanvraag in overweging te nemen.", "ADMIN_STATUS", "weigerde"),
        ("L'OE a à nouveau rejeté la demande.", "ADMIN_STATUS", "rejeté la demande"),
        (
            "Après deux décisions de refus de l'OE, elle a introduit un recours.",
            "ADMIN_STATUS",
            "décisions de refus",
        ),
        (
            "L'Office des étrangers décide de refuser la prolongation.",
            "ADMIN_STATUS",
            "refuser la prolongation",
        ),
        ("Il a été radié des registres en 2019.", "ADMIN_STATUS", "radié des registres"),
        ("Hij dreigt ons land te worden uitgezet.", "ADMIN_STATUS", "uitgezet"),
        ("Elle était inapte à voyager.", "HEALTH", "inapte à voyager"),
        ("Il est transféré au centre 127 de Melsbroek.", "ADDRESS", "centre 127 de Melsbroek"),
    ],
)
def test_ninth_round_wording(text: str, category: str, found: str) -> None:
    assert any(found in span for span in spans(text, category)), spans(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "Het OCMW weigert de steun.",  # social aid refused, not a residence decision
        "Ze hebben de verwarming uitgezet.",
        "Hij dreigt uit zijn woning te worden uitgezet.",  # an eviction
    ],
)
def test_ninth_round_near_misses(text: str) -> None:
    assert not {"HEALTH", "ADDRESS", "ADMIN_STATUS"} & categories(text)


# The law's usual compounds and phrases, tried one by one in a sentence (ninth round): a sample.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hij kreeg een uitwijzingsbevel.", "ADMIN_STATUS"),
        ("Haar gezinsherenigingsaanvraag loopt nog.", "ADMIN_STATUS"),
        ("Er werd een terugkeerbesluit genomen.", "ADMIN_STATUS"),
        ("Zijn asielverzoek werd afgewezen.", "ADMIN_STATUS"),
        ("Il a été expulsé vers le Maroc.", "ADMIN_STATUS"),
        ("Elle a demandé la prolongation de son titre de séjour.", "ADMIN_STATUS"),
        ("Hij onderging een heelkundige ingreep.", "HEALTH"),
        ("Hun zoon werd te vroeg geboren.", "HEALTH"),
        ("Zij is in de terminale fase van haar ziekte.", "HEALTH"),
        ("Son pronostic vital est engagé.", "HEALTH"),
    ],
)
def test_the_laws_usual_compounds(text: str, category: str) -> None:
    assert category in categories(text)


# Court wording tried one sentence at a time (ninth round, invented sentences in the judgments' style)
@pytest.mark.parametrize(
    "text",
    [
        "Zij werd teruggedreven aan de grens.",
        "Elle a été refoulée à la frontière.",
        "Verzoekster werd afgevoerd uit het bevolkingsregister.",
        "La requérante a été radiée du registre de la population.",
        "De gemachtigde van de staatssecretaris verklaarde de aanvraag onontvankelijk.",
        "Zijn visum is vervallen.",
        "Son visa est expiré.",
        "Il a été transféré vers l'Italie en application du règlement Dublin.",
        "Er werd een einde gesteld aan zijn verblijf.",
        "Il a été mis fin à son séjour.",
        "Verzoeker diende een beroep tot schorsing in bij de Raad.",
    ],
)
def test_court_wording_of_residence_decisions(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)


# A stay and a state of health told in the press's words (invented sentences)
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Het meisje mag voorlopig in België blijven.", "ADMIN_STATUS"),
        ("Hij werd opgepakt omdat hij geen geldige papieren had.", "ADMIN_STATUS"),
        ("Ze leven in de illegaliteit.", "ADMIN_STATUS"),
        ("Ils vivent dans la clandestinité.", "ADMIN_STATUS"),
        ("Ze werden gedeporteerd.", "ADMIN_STATUS"),
        ("Zijn papieren zijn in orde gebracht.", "ADMIN_STATUS"),
        ("Il a perdu son droit au séjour.", "ADMIN_STATUS"),
        ("Ze heeft zelfmoordneigingen.", "HEALTH"),
        ("L'enfant est gravement dénutri.", "HEALTH"),
        ("Il est dépendant à l'héroïne.", "HEALTH"),
    ],
)
def test_press_wording(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij heeft staar aan beide ogen.",
        "Il a une crise de goutte.",
        "Il a un décollement de rétine.",
        "Hij heeft de ziekte van Hodgkin.",
        "Hij heeft longemfyseem.",
        "La facture de la maison de repos est impayée.",
    ],
)
def test_rarer_conditions(text: str) -> None:
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize("text", ["Une goutte d'eau.", "Hij staart naar de muur."])
def test_rarer_conditions_near_misses(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    ["Il nécessite un suivi néphrologique régulier.", "Verzoeker heeft een nefrologische opvolging nodig."],
)
def test_follow_up_by_a_medical_specialty(text: str) -> None:
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil rappelle que l'article 9ter vise les maladies graves.",
        "De Raad wijst erop dat artikel 9ter ernstige ziekten beoogt.",
    ],
)
def test_the_court_restating_the_law_is_generic(text: str) -> None:
    assert "HEALTH" not in categories(text)


def test_the_court_restating_a_partys_facts_is_not() -> None:
    assert "HEALTH" in categories("Le Conseil rappelle que le requérant souffre d'une maladie grave.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The child has autism.", "HEALTH"),
        ("He has no legal status in Belgium.", "ADMIN_STATUS"),
        ("He got a deportation order.", "ADMIN_STATUS"),
    ],
)
def test_english_passages_of_mixed_messages(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il bénéficie de soins ambulatoires.",
        "Une prise en charge spécialisée est nécessaire.",
        "Le CPAS a payé les factures de l'hôpital.",
        "Zij heeft ambulante zorg nodig.",
        "Sa santé s'est dégradée.",
        "Zijn gezondheid gaat achteruit.",
        "Il a besoin d'une aide à la toilette.",
    ],
)
def test_someones_care_and_health(text: str) -> None:
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize(
    "text", ["Le traitement de sa demande prend trois mois.", "De behandeling van zijn aanvraag loopt nog."]
)
def test_the_handling_of_a_request_is_no_treatment(text: str) -> None:
    assert "HEALTH" not in categories(text)


# Tenth round (from the tuning halves of real_passages9 and 10): French plurals of multi-word
# terms, conditions named by their kind, a decision whose procedure is named a line before.
@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Mme Dufour présente des insuffisances respiratoires chroniques.", "insuffisances respiratoires"),
        ("Sa fille présente des retards mentaux légers.", "retards mentaux"),
        ("Le requérant souffre d'affections cardiaques sévères.", "affections cardiaques"),
    ],
)
def test_french_plurals_of_multi_word_terms(text: str, health: str) -> None:
    assert any(health in span for span in spans(text, "HEALTH"))


@pytest.mark.parametrize(
    "text",
    [
        "Verzoeker beroept zich op zijn medische kwetsbaarheid.",
        "De verzoekster kampt met psychologische kwetsbaarheid na haar vlucht.",
        "Mevrouw Peeters heeft medische aandoeningen die behandeling vereisen.",
        "Hij heeft chronische pijnklachten in de onderrug.",
        "Zij bevalt van haar tweede kind in maart.",
    ],
)
def test_conditions_named_by_their_kind(text: str) -> None:
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Il a introduit une demande sur pied de l'article 9ter de la loi sur le séjour.\n"
            "Cette demande est rejetée, l'avis médical étant négatif.",
            "rejetée",
        ),
        # a sentence wrapped over lines of a PDF is one sentence
        (
            "de beslissing waarbij de aanvraag om machtiging tot verblijf\nvan verzoeker, onontvankelijk "
            "verklaard wordt",
            "onontvankelijk",
        ),
        ("Art. 9bis Vw. – beslissing ongegrond vernietigd door RvV", "beslissing ongegrond"),
        ("Le caractère irrégulier du séjour de Monsieur Diallo n'est pas contesté.", "irrégulier du séjour"),
        ("Monsieur Ali a reçu une annexe 26quinquies.", "annexe 26quinquies"),
    ],
)
def test_decisions_and_unlawful_stays_in_court_wording(text: str, found: str) -> None:
    assert any(found in span for span in spans(text, "ADMIN_STATUS"))


def test_a_refusal_of_something_else_after_a_status_line_is_no_decision() -> None:
    text = "Elle est en séjour irrégulier.\nNN (à vérifier, refusé par la BCSS) : à revoir."
    assert not any("refusé" in span for span in spans(text, "ADMIN_STATUS"))


# Tenth round, from remixing dev.jsonl's forbidden spans into its other messages (done outside the
# repository): a dated address label, staying with a relative, care-home costs, isolation.
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Nieuw adres sinds oktober 2023: Mechelen", "Mechelen"),
        ("Nouvelle adresse depuis mars 2024 : Namur", "Namur"),
        (
            "Le courrier peut être envoyé chez sa sœur, rue Josaphat à Schaerbeek.",
            "rue Josaphat à Schaerbeek",
        ),
        ("Hij verblijft tijdelijk bij zijn broer in Mechelen.", "Mechelen"),
    ],
)
def test_dated_address_labels_and_staying_with_someone(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "De OCMW betaalt de opnamekosten van het woonzorgcentrum voor mevrouw Janssens.",
        "The client was diagnosed last week and is in isolation at Gasthuisberg.",
    ],
)
def test_care_home_costs_and_isolation(text: str) -> None:
    assert "HEALTH" in categories(text)


def test_a_dated_label_of_something_else_is_no_address() -> None:
    assert "ADDRESS" not in categories("Rendez-vous depuis mars 2024 : Namur")


def test_the_pronoun_after_a_condition_is_anyone_in_that_case() -> None:
    # a newsletter that names no one: "Hij" stands for the person of the condition before it
    text = (
        "1. OCMW-steun na vernietiging van een ongegronde 9ter-beslissing\n"
        "Wanneer de RvV de beslissing van de DVZ om een aanvraag 9ter ongegrond te verklaren vernietigt, "
        "komt de betrokkene terug in zijn vorige verblijfssituatie. Hij is met andere woorden opnieuw een "
        "vreemdeling wiens 9ter-aanvraag ontvankelijk is verklaard. De gemeente moet bijgevolg het attest "
        "van immatriculatie opnieuw afleveren. In die situatie mag bij behoeftigheid opnieuw OCMW-steun "
        "toegekend worden, ondanks het ontbreken van het attest van immatriculatie. Dat bevestigt de POD."
    )
    assert not (categories(text) & FORBIDDEN)
    story = text.replace("Wanneer de RvV", "Toen de RvV").replace("vernietigt,", "vernietigde,")
    assert "ADMIN_STATUS" in categories(story)


@pytest.mark.parametrize(
    "text",
    [
        "Het Commissariaat Generaal voor de Vluchtelingen en Staatlozen besliste op 19 april 2017.",
        "Aan: Dienst Vreemdelingenzaken – bureau Regularisatie",
        "Les hongerstakers eisen een collectieve regularisatie.",
    ],
)
def test_institution_variants_and_policies_describe_no_one(text: str) -> None:
    assert not (categories(text) & {"HEALTH", "ADMIN_STATUS"})


def test_a_right_of_someone_pointed_at_stays_found() -> None:
    assert "HEALTH" in categories("Hij heeft recht op medische zorg sinds zijn opname.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Verweerster voert PTTS en een depressie aan.", "HEALTH"),
        ("Le requérant souffre d'un ESPT depuis son arrivée.", "HEALTH"),
        ("Il s'auto-mutilait depuis plusieurs semaines.", "HEALTH"),
        ("De vader van het gezin leeft nog ondergedoken.", "ADMIN_STATUS"),
        ("Hun aanvraag voor een visum gezinshereniging werd geweigerd.", "ADMIN_STATUS"),
        ("Le détenu a été transféré à Vottem lundi.", "ADDRESS"),
        ("Il est à l'isolement dans l'aile spéciale du centre de Vottem.", "ADDRESS"),
    ],
)
def test_tenth_round_court_and_press_wording(text: str, category: str) -> None:
    assert category in categories(text)


def test_the_respondent_in_cassation_is_a_party() -> None:
    # a summary of the Raad van State that names no one: "verweerster" is the foreigner
    text = (
        "Er bestaat geen betwisting over welke medische elementen worden aangevoerd door verweerster, "
        "te weten een depressie. De ambtenaar-geneesheer heeft deze elementen besproken. "
        + "De Raad van State herinnert aan de bevoegdheid van de ambtenaar-geneesheer. "
        * 6
    )
    assert "depressie" in spans(text, "HEALTH")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Le 20 mars 2014, il a déposé une demande sur base de l'article 9ter. Il souffre d'un lymphome. "
            "La demande a été déclarée recevable le 16 janvier 2015.",
            "recevable",
        ),
        (
            "Zij diende een aanvraag in voor een visum gezinshereniging. Haar echtgenoot is erkend. "
            "In augustus 2020 werd de aanvraag geweigerd.",
            "geweigerd",
        ),
    ],
)
def test_the_application_named_two_sentences_before(text: str, found: str) -> None:
    assert any(found in span for span in spans(text, "ADMIN_STATUS"))


def test_a_social_aid_refused_after_a_residence_application_is_no_decision() -> None:
    text = (
        "Il introduit une demande 9ter. Une demande d'aide financière est faite auprès du CPAS.\n"
        "Celle-ci est refusée."
    )
    assert not any("refusée" in span for span in spans(text, "ADMIN_STATUS"))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Elle a déménagé récemment et habite désormais Ganshoren.", "Ganshoren"),
        ("Adresse : l'église du Béguinage", "l'église du Béguinage"),
        ("Adres: het kamp in Fadiya (Dohuk)", "het kamp in Fadiya (Dohuk)"),
        ("Ancienne adresse : Avenue Louise Bruxelles", "Avenue Louise Bruxelles"),
    ],
)
def test_address_fields_without_a_number_and_a_commune_after_habiter(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Adresse : inconnue",
        "Adres: onbekend",
        "Adresse : [rue, numéro]",
        "Verblijfplaats: gewoonlijk en bestendig op het Belgisch grondgebied verblijven.",
    ],
)
def test_unknown_blank_or_defined_address_fields_are_no_address(text: str) -> None:
    assert "ADDRESS" not in categories(text)


def test_a_minister_addressed_by_office_is_no_party() -> None:
    text = (
        "Madame la présidente, monsieur le secrétaire d'État, ma question touche à la carte médicale. "
        "Dans le cadre de l'aide médicale urgente, les CPAS interviennent dans les frais médicaux. "
        + "Certaines communes délivrent une carte valable trois mois, d'autres un réquisitoire. "
        * 5
    )
    assert not (categories(text) & FORBIDDEN)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ne disposant pas d'un statut en Belgique, elle ne peut travailler.", "ADMIN_STATUS"),
        ("Il est sans document depuis 2023.", "ADMIN_STATUS"),
        ("Elle réside actuellement Vottem.", "ADDRESS"),
        ("Il réside actuellement Borgoumont,100.", "ADDRESS"),
        ("Le courrier peut être envoyé chez sa sœur, Targnon, 40.", "ADDRESS"),
        ("Le courrier peut être envoyé chez sa sœur, Zaventem.", "ADDRESS"),
    ],
)
def test_remixed_addresses_and_statuses(text: str, category: str) -> None:
    assert category in categories(text)


def test_the_court_dismissing_a_claim_is_no_rejected_asylum_seeker() -> None:
    assert "ADMIN_STATUS" not in categories(
        "Le tribunal du travail, qui le déboute de sa demande, est saisi."
    )
    assert "ADMIN_STATUS" in categories("Il est débouté de sa demande d'asile depuis 2022.")


# Tenth round, from fresh_synthetic3's tuning half (invented messages written blind), tried on
# sentences of our own.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Son père est au Maroc, nr +212 6 61 47 82 90.", "PHONE"),
        ("Een Afghaanse jongen (geboortedatum volgens de Dienst Voogdij 01.01.2009), NBMV.", "BIRTH_DATE"),
        ("Il est suivi au Projet Lama pour sa consommation.", "HEALTH"),
        ("Hij had vorig jaar een arbeidsongeval.", "HEALTH"),
        ("Il a été mis en observation à l'hôpital Brugmann.", "HEALTH"),
        ("Hij gebruikt cannabis en soms cocaïne.", "HEALTH"),
        ("j'ai le diabete et la tension", "HEALTH"),
        ("Elle a envoyé un certificat de prolongation d'incapacité.", "HEALTH"),
        ("la commune m'a radiée l'an dernier", "ADMIN_STATUS"),
        ("Il a introduit un recours en extrême urgence au CCE.", "ADMIN_STATUS"),
        ("Hij diende beroep in bij de RvV.", "ADMIN_STATUS"),
        ("Il risque d'être transféré en Italie (Dublin).", "ADMIN_STATUS"),
        ("Il est actuellement détenu au centre fermé de Vottem.", "ADMIN_STATUS"),
    ],
)
def test_fresh_synthetic3_classes(text: str, category: str) -> None:
    assert category in categories(text)


_HOME_VISIT = (
    "Huisbezoek 28/11 – fam. Stanciu/Lupu\nAdres: kraakpand Kortrijksepoortstraat 8, Gent\n"
    "Vader Costin Stanciu (°11.10.1990), moeder Florica Lupu, zwanger (6de maand, nog geen prenatale "
    "controle).\nDrie kinderen tussen 2 en 9 jaar, enkel de oudste gaat naar school.\n"
    "Geen water, elektriciteit via een kabel van de buren, de ramen zijn kapot en het is koud.\n"
    "Verblijf: Roemeense EU-burgers, niet ingeschreven bij de stad, dus geen verblijfsrecht.\n"
    "Contact: gsm vader 0466 12 70 38\nVolgende stap: DMH aanvragen voor de bevalling.\nJoris\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _HOME_VISIT,  # (more than 500 characters and no name the name finder knows: read as a leaflet)
        _HOME_VISIT.replace(" (°11.10.1990)", ""),  # the heading and the relatives named by role
        _HOME_VISIT.replace("Huisbezoek 28/11 – fam. Stanciu/Lupu", "Stanciu/Lupu").replace(
            "Vader Costin", "Costin"
        ),  # the birth date
    ],
)
def test_a_home_visit_note_is_about_someone(text: str) -> None:
    assert {"HEALTH", "ADMIN_STATUS", "ADDRESS"} <= categories(text)


def test_a_page_headed_by_its_topic_is_no_note() -> None:
    text = (
        "Sociaal onderzoek\nVoor het sociaal onderzoek in het kader van de terugbetaling van medische "
        "kosten moet de aanvrager zijn identiteitskaart voorleggen. "
        + "Het OCMW onderzoekt de behoeftigheid en de verblijfsplaats van de aanvrager. "
        * 6
    )
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # an agenda's numbered items are topics (the sentence finder splits "2." from its item)
        "Rappel : la réunion de coordination aura lieu jeudi, salle 2.04. Merci de confirmer à Lea Dumont.\n"
        "Ordre du jour :\n1. Nouvelles instructions concernant les annexes ;\n"
        "2. Accès à l'aide médicale urgente pour les ressortissants européens ;\n3. Divers.",
        # the reader greeted by title alone; asylum seekers as a group
        "Bonjour Madame,\n\nVoici les informations générales sur l'aide du CPAS pour les personnes sans titre de "
        "séjour :\n• l'aide médicale urgente couvre les soins préventifs et curatifs ;\n• une enquête sociale est "
        "obligatoire ;\n• la carte médicale est valable trois mois.\nLes demandeurs de protection internationale "
        "hébergés dans un centre Fedasil relèvent, eux, de l'agence Fedasil (sauf code 207 « no show »).\n\n"
        "Vous pouvez vous présenter sans rendez-vous au service social le mardi matin.\n\nCordialement,",
    ],
)
def test_agendas_and_information_to_a_reader_point_at_no_one(text: str) -> None:
    assert not (categories(text) & FORBIDDEN)


def test_the_claimants_of_a_judgment_stay_a_party() -> None:
    text = "Les demandeurs sont en séjour illégal depuis 2019 et sollicitent l'aide médicale urgente."
    assert "ADMIN_STATUS" in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hij is niet ingeschreven bij de stad.", "ADMIN_STATUS"),
        ("Elle n'est pas inscrite à la commune.", "ADMIN_STATUS"),
        ("Bilal heeft sinds september type 1-ondersteuning.", "HEALTH"),
        ("Zij heeft een persoonsvolgend budget van het VAPH.", "HEALTH"),
    ],
)
def test_registration_and_disability_support(text: str, category: str) -> None:
    assert category in categories(text)


_PRESS_STORY = (
    "Sinds enkele dagen houdt een deel van de hongerstakers ook een dorststaking. In de kerk is het stil. "
    "Volgens Zorvak Meltuni, die al twaalf jaar in België woont, is de situatie onhoudbaar: hij heeft "
    "geen papieren, werkt in de bouw en is al elf kilo afgevallen. Gisteren lag hij in het ziekenhuis aan "
    "een infuus. De groep eist een regularisatie en weigert water zolang er geen antwoord komt. "
    "Vrijwilligers brengen dekens en zout, artsen komen elke dag langs in de kerk. De burgemeester "
    "bezocht de kerk maandag en vroeg de federale regering om een gesprek met de actievoerders."
)


def test_a_press_story_about_someone_the_name_finder_does_not_know() -> None:
    # (more than 500 characters; the name is unknown to the name finder)
    assert "HEALTH" in categories(_PRESS_STORY)


@pytest.mark.parametrize(
    "text",
    [
        "Schriftelijke vraag nr. 4-2118 van Orvel Tamisko aan de minister van Maatschappelijke Integratie. "
        + "Mensen zonder papieren hebben recht op dringende medische hulp, verleend door het OCMW. " * 5,
        "Chronique de jurisprudence par Ravel Duminko. "
        + "L'aide médicale urgente peut être accordée aux étrangers en séjour illégal sur le territoire. "
        * 5,
    ],
)
def test_an_author_named_is_no_story_about_someone(text: str) -> None:
    assert not (categories(text) & {"HEALTH", "ADMIN_STATUS"})


def test_a_sentence_naming_someone_unknown_is_not_generic() -> None:
    # the second sentence holds a generic cue ("les personnes"); the unknown name keeps it specific
    text = (
        "Hier, Zorvak Meltuni est venu au CPAS. Selon les personnes présentes, une dialyse trois fois "
        "par semaine est nécessaire."
    )
    assert "HEALTH" in categories(text)


def test_a_long_note_opening_on_an_unknown_name_is_about_someone() -> None:
    # more than 500 characters, no name the name finder knows, no title, no pronoun, no cue
    text = "Zorvak Meltuni est en séjour illégal et suit une dialyse. " * 10
    assert {"HEALTH", "ADMIN_STATUS"} <= categories(text)


def test_a_dublin_case_in_dutch() -> None:
    assert "ADMIN_STATUS" in categories("Hij is een Dublin-geval, zegt zijn advocaat.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("She has a mental disability.", "HEALTH"),
        ("She has subsidiary protection.", "ADMIN_STATUS"),
        ("He is staying illegally in Belgium.", "ADMIN_STATUS"),
        ("She applied for family reunification.", "ADMIN_STATUS"),
    ],
)
def test_english_passages_more(text: str, category: str) -> None:
    assert category in categories(text)


_NOTE_BY_ROLE = (
    "Note pour le dossier.\nLa patiente est arrivée en Belgique en 2021 et est en séjour illégal depuis "
    "le refus de sa demande. La patiente suit une dialyse trois fois par semaine à l'hôpital Erasme. "
    "Le médecin traitant confirme une insuffisance rénale terminale. L'intéressée est hébergée chez une "
    "amie à Anderlecht. Une demande d'aide médicale urgente a été introduite. La patiente n'a pas de "
    "revenus et dépend de l'aide de sa communauté. Le dossier sera revu le mois prochain par le service "
    "social du CPAS."
)


@pytest.mark.parametrize("role", ["La patiente", "La cliente", "L'usagère", "La jeune", "La résidente"])
def test_a_long_note_about_someone_told_of_by_role_is_no_leaflet(role: str) -> None:
    # more than 500 characters, no name, no title, no pronoun opening a sentence, no generic cue
    text = _NOTE_BY_ROLE.replace("La patiente", role).replace("L'intéressée", role)
    assert {"HEALTH", "ADMIN_STATUS"} <= categories(text)


@pytest.mark.parametrize("role", ["De cliënt", "De gebruiker", "Het kind", "Betrokkene"])
def test_a_long_dutch_note_about_someone_told_of_by_role_is_no_leaflet(role: str) -> None:
    text = (
        "Nota voor het dossier.\nX kwam in 2021 naar België en verblijft sindsdien illegaal in het land na "
        "de weigering van de aanvraag. X volgt drie keer per week dialyse in het UZ Brussel. De huisarts "
        "bevestigt een terminale nierinsufficiëntie. X logeert bij vrienden in Anderlecht. Een aanvraag "
        "dringende medische hulp werd ingediend. X heeft geen inkomen en is afhankelijk van de hulp van de "
        "gemeenschap. Het dossier wordt volgende maand herbekeken door de sociale dienst, na ontvangst van "
        "de ontbrekende stukken."
    ).replace("X ", role + " ")
    assert {"HEALTH", "ADMIN_STATUS"} <= categories(text)


def test_a_page_saying_what_the_patient_must_do_stays_information() -> None:
    text = (
        "Aide médicale urgente\nLe patient doit présenter sa carte médicale au médecin agréé. "
        "Le patient peut consulter un médecin généraliste ou un spécialiste sur prescription. "
        + "Le CPAS rembourse les soins médicaux repris dans la convention avec les prestataires. "
        * 4
    )
    assert "HEALTH" not in categories(text)


# Eleventh round: a group at one moment is people, not a category (news of a hunger strike, from
# real_passages6's tuning half); the same group with no moment stays generic.
@pytest.mark.parametrize(
    "text",
    [
        "La grève de la faim des sans-papiers qui occupent l'église s'est durcie ce mardi matin.",
        "Les quelque 200 grévistes sans-papiers refusent toute aide depuis 46 jours.",
        "De afgelopen dagen hebben vier van de zowat 430 mensen zonder papieren hun mond dichtgenaaid.",
        "Woensdagmiddag zijn ongeveer 53 asielzoekers naar het ziekenhuis gebracht.",
    ],
)
def test_a_group_at_one_moment_is_people(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les sans-papiers ont droit à l'aide médicale urgente.",
        "Mensen zonder papieren kunnen dringende medische hulp aanvragen bij het OCMW.",
    ],
)
def test_a_group_with_no_moment_stays_generic(text: str) -> None:
    assert not {"ADMIN_STATUS", "HEALTH"} & categories(text)


# Eleventh round, from remixing dev.jsonl's addresses with the real sets' tuning halves: a street
# with no number in an address field or right after "habite"/"woont".
@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Adresse : rue Haute\nTél : 0475 12 34 56", "rue Haute"),
        ("nouvelle adresse : rue Jean Paquot", "rue Jean Paquot"),
        ("Adresse : chaussée de Wavre\nGSM : 0475 12 34 56", "chaussée de Wavre"),
        (
            "Nieuw adres sinds mei 2025: centrum Minor-Ndako van Anderlecht",
            "centrum Minor-Ndako van Anderlecht",
        ),
        ("Elle habite rue Jean Paquot.", "rue Jean Paquot"),
        ("Zij woont in de Koningin Fabiolalaan.", "Koningin Fabiolalaan"),
    ],
)
def test_a_street_with_no_number_where_someone_lives(text: str, street: str) -> None:
    found = [text[f.start : f.end] for f in scan(text, profile="strict").findings if f.category == "ADDRESS"]
    assert any(street in span for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Adresse : à communiquer par le CPAS",
        "Adresse : rue et numéro inconnus",
        "Il habite la Belgique depuis 2019.",
    ],
)
def test_an_address_field_with_no_place_stays_clean(text: str) -> None:
    assert "ADDRESS" not in categories(text)


# Eleventh round, from the tuning halves of fresh_synthetic4 (invented messages written blind) and
# real_passages12 (real passages gathered blind), tried on sentences of our own.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Dx connus : DT2 insulinorequérant.", "HEALTH"),
        ("Elle a une HTA mal contrôlée.", "HEALTH"),
        ("Il a une IRC stade 3.", "HEALTH"),
        ("Hij neemt Prolopa en Tamsulosine.", "HEALTH"),
        ("Zij neemt Eliquis sinds haar operatie.", "HEALTH"),
        ("Hij werd opgenomen na een val met commotio cerebri.", "HEALTH"),
        ("Cognitief: MMSE 22/30, lichte cognitieve achteruitgang.", "HEALTH"),
        ("De dochter bekijkt of een WZC-opname haalbaar is.", "HEALTH"),
        ("Il a de plus en plus de difficultés à avaler.", "HEALTH"),
        ("Il a une conso d'alcool importante.", "HEALTH"),
        ("HIJ IS ALCOHOLAFHANKELIJK.", "HEALTH"),
        ("Elle doit faire une prise de sang jeudi.", "HEALTH"),
        ("Ze kreeg weeën in het station.", "HEALTH"),
        ("Ze beviel van een zoon in het ziekenhuis van Anderlecht.", "HEALTH"),
        ("Enkele hongerstakers werden afgevoerd naar het ziekenhuis.", "HEALTH"),
        ("He was told to come back for sputum tests after the chest X-ray.", "HEALTH"),
        ("He applied for international protection in Italy.", "ADMIN_STATUS"),
        ("He is in a Dublin procedure.", "ADMIN_STATUS"),
        ("His right of residence was terminated in June.", "ADMIN_STATUS"),
        ("Ahmad, 13 ans, est menacé d'expulsion.", "ADMIN_STATUS"),
        ("Il a perdu 6 kg depuis son AVC.", "HEALTH"),
        ("Ze is in drie maanden vijftien kilo afgevallen.", "HEALTH"),
        # (invented worker sentences of the same round)
        ("ptn suivie en onco pour un K du sein", "HEALTH"),
        ("RDV en cardio le 12/01.", "HEALTH"),
        ("Il a besoin d'une aide pour sa toilette.", "HEALTH"),
        ("Il tousse depuis des semaines et crache du sang.", "HEALTH"),
        ("Zij is doorverwezen naar de geheugenkliniek.", "HEALTH"),
        ("Hij heeft een verslavingsprobleem.", "HEALTH"),
        ("He has a heart condition.", "HEALTH"),
        ("Hij is in afwachting van een beslissing van het CGVS.", "ADMIN_STATUS"),
        ("Zij kreeg een negatief advies van de arts-adviseur.", "ADMIN_STATUS"),
    ],
)
def test_fresh_synthetic4_and_real_passages12_classes(text: str, category: str) -> None:
    assert category in categories(text)


# "je" stated is the writer's own situation; "je" asked is a page of questions' reader.
def test_a_beneficiary_writing_of_herself_is_no_leaflet() -> None:
    assert "ADMIN_STATUS" in categories("ils disent que je suis radiee")
    assert "HEALTH" in categories("Le docteur dit je dois faire encore un controle de sang.")
    assert "HEALTH" not in categories("Puis-je obtenir une prise de sang gratuite au CPAS ?")


@pytest.mark.parametrize("text", ["Il faut qu'il ait un titre de séjour.", "Tia Martens a appelé ce matin."])
def test_short_words_that_are_no_acronyms(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # English dates of birth, in both orders
        (
            "Mr Ionut Gheorghe, a Romanian citizen born on 22 February 1998, lost his job.",
            "BIRTH_DATE",
            "22 February 1998",
        ),
        ("She was born on March 3, 1990 in Kinshasa.", "BIRTH_DATE", "March 3, 1990"),
        ("Date of birth: 3rd March 1990", "BIRTH_DATE", "3rd March 1990"),
        # a house number before a word that begins like a month ("maar", "mais", "après")
        ("ze zei Brabantstraat 16 maar ik vind niks terug", "ADDRESS", "Brabantstraat 16"),
        ("Il habite rue Haute 12 mais il part bientôt.", "ADDRESS", "rue Haute 12"),
        ("Il habite rue Haute 12 après les travaux.", "ADDRESS", "rue Haute 12"),
        # a section of a commune, of five letters, where someone lives
        ("Mme Dupont habite à Jumet depuis mars.", "ADDRESS", "Jumet"),
        ("Hij woont in Heule bij zijn broer.", "ADDRESS", "Heule"),
        # the commune right after "domicilié", with no "à" (a hurried note)
        ("L'intéressé est domicilié Schaerbeek depuis 2020.", "ADDRESS", "Schaerbeek"),
        ("Zij is gedomicilieerd Anderlecht.", "ADDRESS", "Anderlecht"),
        (
            "Het gezin kon lange tijd niet teruggestuurd worden naar Servië.",
            "ADMIN_STATUS",
            "teruggestuurd worden",
        ),
    ],
)
def test_eleventh_round_layouts(text: str, category: str, value: str) -> None:
    assert value in spans(text, category), spans(text, category)


def test_a_note_s_date_and_time_are_no_phone() -> None:
    text = "NOTE TÉLÉPHONIQUE – 04/12/2025 10h20\nAppel de Mme Dubois concernant le rendez-vous."
    assert "PHONE" not in categories(text)
    assert "PHONE" in categories("Rappeler au 04/221 12 34 ou au 0475 12 34 56.")


def test_children_as_a_group_with_their_status_are_generic() -> None:
    text = (
        "Cécile Martens travaille depuis dix ans à la pouponnière.\nLes enfants sans papiers sont nombreux."
    )
    assert "ADMIN_STATUS" not in categories(text)
    # one family's children stay specific
    assert "HEALTH" in categories("Les enfants de Mme Diallo sont suivis à l'hôpital pour leur asthme.")
    assert "HEALTH" in categories(
        "Het gezin woont in een terugkeerwoning omdat een van de kinderen gezondheidsproblemen heeft."
    )


def test_a_question_about_someone_made_up_points_at_no_one() -> None:
    text = "Une Guinéenne malade du sida peut-elle être renvoyée dans son pays alors qu'elle est en séjour illégal ?"
    assert not {"HEALTH", "ADMIN_STATUS"} & categories(text)
    # the same said of someone, or asked of a named person, stays
    assert "HEALTH" in categories(
        "Une Guinéenne malade du sida est venue ce matin, elle est en séjour illégal."
    )
    assert "HEALTH" in categories("Mme Diallo, malade du sida, peut-elle être renvoyée dans son pays ?")


# Eleventh round: common medicines by name, generic or brand (data/medicines.txt, from
# drug-named-entity-recognition's DrugBank/MedlinePlus names; scripts/extract_medicine_names.py).
@pytest.mark.parametrize(
    "text",
    [
        "Elle prend de la Lévothyroxine le matin.",
        "Il est sous ticagrelor depuis octobre.",
        "Zij neemt Zolmitriptan.",
        "L'enfant prend de l'atomoxétine le matin.",
        "He takes atorvastatin daily.",
    ],
)
def test_a_medicine_named_is_a_treatment(text: str) -> None:
    assert "HEALTH" in categories(text)


def test_no_medicine_name_is_an_ordinary_word_or_a_first_name() -> None:
    from secretpro.guard.lexicon import common_words, read_lines
    from secretpro.guard.normalize import fold

    names = set(read_lines("medicines.txt"))
    ordinary = common_words() | {fold(line.strip()) for line in read_lines("first_names.txt")}
    assert len(names) > 5000
    assert not names & ordinary


def test_regularisations_in_the_plural_are_a_policy() -> None:
    text = "La secrétaire d'État annonçait qu'il y avait eu en 2011 davantage de régularisations médicales."
    assert "ADMIN_STATUS" not in categories(text)
    assert "ADMIN_STATUS" in categories("M. Diallo attend sa régularisation médicale depuis 2021.")
    assert "ADMIN_STATUS" in categories("Les régularisations de Mme Kaya et de son fils ont été refusées.")


# Fourteenth round: a commune said of a person in a story, by what happens there (cues.tsv) or by
# the person's age as the press writes it (addresses._PERSON_FROM), or after "chez X" for a commune
# that is also a word.
@pytest.mark.parametrize(
    ("text", "commune"),
    [
        ("Kevin Peeters (30) uit Mortsel moet betalen.", "Mortsel"),
        ("Marie Dupont, 42 ans, de Jemappes, a perdu son logement.", "Jemappes"),
        ("Il est hébergé chez Sophie à Forest depuis mars.", "Forest"),
        ("Cédric a dû quitter le logement qu'il louait à Jemappes.", "Jemappes"),
        ("Z'n dochter nam hem in huis in Mortsel.", "Mortsel"),
        ("Het gezin is door de lokale politie aangetroffen in Kruibeke.", "Kruibeke"),
        ("Ils veulent reconstruire leur vie à Jemappes.", "Jemappes"),
        ("Slowaakse Roma, sinds 2023 in Gent.", "Gent"),
        ("Famille syrienne, depuis 2022 à Verviers.", "Verviers"),
        ("Monsieur X, résidant à Seraing, ci-après le requérant.", "Seraing"),
        ("De heer Y, wonende te Mortsel, eiser.", "Mortsel"),
        ("Mevrouw Z, met woonplaats te Genk.", "Genk"),
        ("Verzoeker, verblijvende te Lier.", "Lier"),
        ("ayant élu domicile au cabinet de son avocat à Namur", "Namur"),
        ("Hij kiest woonplaats bij zijn advocaat te Hasselt.", "Hasselt"),
    ],
)
def test_a_commune_of_a_person_in_a_story(text: str, commune: str) -> None:
    found = [text[f.start : f.end] for f in scan(text, profile="strict").findings if f.category == "ADDRESS"]
    assert commune in found


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS de Forest (2) a répondu.",
        "La réunion de Forest, 42 ans après, a eu lieu.",
        "Le rapport annuel (2023) de Mortsel est publié.",
        "Il y a une forêt chez nous à la campagne.",
    ],
)
def test_no_commune_of_a_person_without_one(text: str) -> None:
    assert "ADDRESS" not in categories(text)


# Fourteenth round: how often a medicine is taken, as a prescription writes it.
@pytest.mark.parametrize(
    "text", ["Ther.: Metformax 850 2x/d.", "Il prend Dafalgan 1 g 3 x par jour.", "Hij neemt Xyrtal 1x/dag."]
)
def test_a_posology_is_a_treatment(text: str) -> None:
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le bus passe 3x par jour devant le CPAS.",
        "On se voit 2x par semaine.",
        "De permanentie is open 2 x per week.",
    ],
)
def test_how_often_without_a_medicine_is_no_treatment(text: str) -> None:
    assert "HEALTH" not in categories(text)


# Fourteenth round: health told in everyday words, as grammar (data/lay_symptoms.tsv).
@pytest.mark.parametrize(
    "text",
    [
        "Depuis l'expulsion, il dort mal.",
        "Ze slaapt al weken niet meer.",
        "I have not slept for days.",
        "Sinds de zomer eet ze bijna niet meer.",
        "Ze weegt nog 38 kg.",
        "Elle ne pèse plus que 40 kilos.",
        "Volgens de buurvrouw drinkt hij 's middags al.",
        "Elle dit être abstinente depuis juin.",
        "Elle ne reconnaît plus son neveu.",
        "Hij herkent zijn dochter niet meer.",
        "Il est désorienté et oublie ses rendez-vous.",
        "Mevrouw is verward en achterdochtig.",
        "Hij kan niet meer zelfstandig stappen.",
        "She cannot walk without help.",
        "Elle a reçu une balle dans la jambe.",
        "Ze zegt dat ze niet meer wil leven.",
        "He says he wants to die.",
        "Hij krast zich in de armen.",
        "Ze heeft een beperking.",
        "Il oublie tout.",
        "Il entend mal.",
        "Zij hoort slecht.",
        "Hij hervalt.",
        "She has nightmares every night.",
        "Hij mag niet werken van de dokter.",
        "Le médecin lui interdit de travailler.",
        "Ze staat al maanden op de ziekenkas.",
        "Hij heeft het moeilijk psychisch.",
        "Ze zit er mentaal helemaal door.",
        "Il ne va pas bien psychologiquement.",
        "Il a du sucre.",
        "Ze is hardhorend.",
        "Ze is terminaal.",
        "Ze is aan het revalideren.",
        "Le requérant est atteint d'une affection chronique nécessitant un suivi.",
        "Verzoeker kampt met een chronische aandoening.",
    ],
)
def test_health_told_in_everyday_words(text: str) -> None:
    assert "HEALTH" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij drinkt koffie met zijn zus.",
        "Je mange plus tard.",
        "Les enfants dorment chez leur tante.",
        "De balie is niet meer open.",
        "Ze weegt de voor- en nadelen af.",
        "Il ne reconnaît pas la dette.",
        "Er geldt een beperking van de huurprijs.",
        "Les enfants entendent mal la maîtresse dans le bruit de la classe.",
        "Zij heeft een beperking in de tijd gekregen voor haar aanvraag.",
        "Il oublie tout le temps ses clés.",
        "Il a du sucre dans son café.",
        "Hij mag niet werken van zijn baas.",
    ],
)
def test_everyday_words_that_tell_no_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


# Fourteenth round: a residence status told in everyday words (data/lay_status.tsv).
@pytest.mark.parametrize(
    "text",
    [
        "De rechter besliste dat hij terug moet naar Kazachstan.",
        "Ze moet terug naar Armenië.",
        "Elle doit retourner en Guinée.",
        "Elle et ses enfants devraient quitter le territoire.",
        "Ils attendent toujours leurs papiers.",
        "Hij wacht nog altijd op zijn papieren.",
        "Ils restent au centre jusqu'à ce qu'ils aient pu obtenir leurs papiers.",
    ],
)
def test_a_status_told_in_everyday_words(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zijn verblijf is tijdelijk, gekoppeld aan zijn werk.",
        "Il est arrivé sans visa.",
        "Il a été libéré du centre fermé.",
        "Ze is een dublinant.",
    ],
)
def test_more_status_told_in_everyday_words(text: str) -> None:
    assert "ADMIN_STATUS" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il doit retourner au bureau demain.",
        "Ze moet terug naar huis.",
        "Hij moet terug naar de dokter.",
        "Elle doit quitter son logement.",
        "Il doit retourner au CPAS lundi.",
        "Ze moeten terug naar het OCMW voor hun attest.",
    ],
)
def test_everyday_words_that_tell_no_status(text: str) -> None:
    assert "ADMIN_STATUS" not in categories(text)


def test_a_youth_institution_one_is_placed_in_is_where_one_lives() -> None:
    text = "Elle est placée à l'IPPJ de Saint-Servais."
    found = [text[f.start : f.end] for f in scan(text, profile="strict").findings if f.category == "ADDRESS"]
    assert found == ["IPPJ de Saint-Servais"]
    assert "ADDRESS" not in categories("Les IPPJ accueillent des jeunes placés par le juge.")


# Fourteenth round: sentences a helper wrote blind (without seeing the guard), 450 of them; the guard
# read 425 right before this round's changes for them. These are the 25 it read wrong then.
@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("ADDRESS", "Hij is ingetrokken bij zijn lief in Schaarbeek."),
        ("HEALTH", "Mme Hubert a besoin d'une aide familiale pour se laver, elle ne tient plus debout."),
        ("ADMIN_STATUS", '"I have no papers, they\'ll send me back", he said to me.'),
        ("HEALTH", "Da's een vrouw met zware angsten, ze durft de deur nie meer uit."),
        ("ADMIN_STATUS", "ze is hier zonder papiere en durft nie naar de dokter"),
        ("ADDRESS", "Ze woont in een appartement aan de Leien in Antwerpen, 4de verdiep."),
        ("ADDRESS", "He's back at his mother's house in Charleroi."),
        ("ADDRESS", "Mme Lopez a été relogée rue de la Rosée 10 à Anderlecht après l'incendie."),
        ("HEALTH", "Mevrouw De Smet is aan 't dementeren, ze loopt 's nachts verloren op straat."),
        ("HEALTH", "Meneer Janssens pakt pillen voor zijn hart en voor zijn bloeddruk."),
        ("ADMIN_STATUS", "He's been struck off the population register by the commune."),
        ("HEALTH", '"I can\'t breathe at night, my chest hurts", she wrote in her text message.'),
        (
            "ADMIN_STATUS",
            "Elle a demandé un séjour sur base de cohabitation légale, l'OE n'a pas encore répondu.",
        ),
        ("ADDRESS", "Après une nuit à l'hôtel à Zaventem, il s'est retrouvé à la rue à Bruxelles."),
        ("ADDRESS", "She rents a tiny room above a shop at 12 rue Neuve in Brussels."),
        ("HEALTH", '"Je n\'arrive plus à sortir du lit, tout me fait peur", écrit Mme Moreau dans son SMS.'),
        ("CLEAN", "Het OCMW van Gent organiseert een infosessie over energiepremies."),
        ("ADMIN_STATUS", "He's staying here illegally since his visa ran out in 2021."),
        ("HEALTH", "Ze moet haar elke dag spuiten voor haar suiker, maar ze vergeet het soms."),
        ("ADMIN_STATUS", "Le mari de Mme Haddad est en centre fermé en attente d'expulsion."),
        ("ADDRESS", "Sa fille est partie vivre à Mons chez son père."),
        ("HEALTH", "Mr Hassan is waiting for a hip replacement and can barely walk to the bus stop."),
        ("HEALTH", "He lost his leg in the war and uses a prosthesis that doesn't fit anymore."),
        ("ADDRESS", "She moved in with her boyfriend in Leuven last week."),
        ("ADDRESS", "Elle est en maison de repos à Woluwe-Saint-Lambert depuis l'an dernier."),
    ],
)
def test_the_blind_probe_sentences_read_wrong_before(category: str, text: str) -> None:
    found = categories(text)
    if category == "CLEAN":
        assert not found & {"HEALTH", "ADMIN_STATUS", "ADDRESS"}
    else:
        assert category in found


# Fourteenth round, from a second set of blind probe items in every layout: a birth date whose year
# is written in two digits after an apostrophe, and a label that writes "naissance" out.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mevr. Ilse Martens (° 5 mei '68) kwam vandaag langs.", "5 mei '68"),
        ("Geb. datum: 03/07/'85", "03/07/'85"),
        ("née le 5 mai '68", "5 mai '68"),
        ("Date naissance enfant : 01/09/2021", "01/09/2021"),
    ],
)
def test_birth_dates_in_more_layouts(text: str, date: str) -> None:
    found = [
        text[f.start : f.end] for f in scan(text, profile="strict").findings if f.category == "BIRTH_DATE"
    ]
    assert found == [date]


@pytest.mark.parametrize("text", ["In '68 was er revolutie.", "Factuur 03/07/'25", "l'an '68"])
def test_an_apostrophe_year_without_a_birth_cue_is_no_birth_date(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


# The lay-grammar files search a long text only around its hints when every match holds the hint;
# the judge of that reads the pattern's text, and a "no" keeps the search of the whole text.
@pytest.mark.parametrize(
    ("hint", "pattern", "holds"),
    [
        ("weegt", r"\bweegt\s+(?:nog\s+)?\d+", True),
        ("mange", r"\bne\s+mange(?:nt)?\s+plus", True),
        ("dort", r"\b(?:dors|dort)\s+mal", False),
        ("balle", r"\brecu\s+une\s+balle|\bblessee?\s+par\s+balle", False),
        ("no papers", r"\bno\s+(?:valid\s+)?papers\b", False),
        ("abc", r"\babc?\b", False),
        ("attente d", r"\battente\s+d'(?:expulsion|eloignement)", True),
    ],
)
def test_which_lay_patterns_hold_their_hint(hint: str, pattern: str, holds: bool) -> None:
    from secretpro.guard.lexical import _holds_hint

    assert _holds_hint(hint, pattern) is holds


# Fifteenth round, from fresh_synthetic8's tuning half: a birth date with its year first, whatever
# the separator; a date in that layout without a birth cue stays a date.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("- °1997.09.30, erkend vluchteling", "1997.09.30"),
        ("geboren op 1997/09/30 te Kabul", "1997/09/30"),
        ("Date de naissance : 1988-02-29", "1988-02-29"),
    ],
)
def test_birth_dates_with_the_year_first(text: str, date: str) -> None:
    found = spans(text, "BIRTH_DATE")
    assert found == [date]


@pytest.mark.parametrize("text", ["Réunion du 2025.11.20 à 10 h.", "Versie 2024/06/01 van het reglement."])
def test_a_year_first_date_without_a_birth_cue_is_no_birth_date(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


# Fifteenth round, from fresh_synthetic8's tuning half: internment, viral load, weight lost, diabetes
# supplies, English hospital words, told of one person.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("M. Lejeune est interné depuis le jugement du 14/03/2019.", "est interné depuis"),
        ("Il séjourne à l'établissement de défense sociale de Paifve.", "établissement de défense sociale"),
        ("Hij is geïnterneerd sinds 2021.", "geïnterneerd"),
        ("Place réservée en habitation protégée à Liège.", "habitation protégée"),
        ("Les examens de charge virale sont couverts.", "charge virale"),
        ("Daarna moet hij zes maanden tuberculostatica nemen.", "tuberculostatica"),
        ("Elle est hors de danger depuis hier.", "hors de danger"),
        ("M. Stiévenart est lucide mais très amaigri.", "très amaigri"),
        ("Il a besoin de tigettes et de lancettes.", "tigettes"),
        ("Verwijzing naar de kinder- en jeugdpsychiatrie van het UZ.", "kinder- en jeugdpsychiatrie"),
        ("LE BEBE A VOMI TOUT DEPUIS HIER", "A VOMI TOUT"),
        ("She needs a blood transfusion every three weeks.", "blood transfusion"),
        ("He was found disoriented in the street.", "disoriented"),
    ],
)
def test_health_of_the_fifteenth_round(text: str, span: str) -> None:
    found = spans(text, "HEALTH")
    assert any(span in finding for finding in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le règlement interne du CPAS prévoit une réunion.",
        "Le service de médecine interne est au 3e étage.",
        "Un stagiaire interne rejoint l'équipe lundi.",
    ],
)
def test_internal_is_no_internment(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "commune"),
    [
        ("Si l'enquête confirme la résidence effective à Jette, le CPAS est compétent.", "Jette"),
        ("Zijn feitelijke verblijfplaats is in Mortsel.", "Mortsel"),
        ("He has lived in Leuven since 2019.", "Leuven"),
    ],
)
def test_a_commune_of_an_actual_residence(text: str, commune: str) -> None:
    found = spans(text, "ADDRESS")
    assert commune in found


# Fifteenth round, from real_passages17's tuning half: one person's hunger strike, surgery in Dutch lay
# words, a breast removed, a baby expected, a removal to one's country, a stay with a relative.
@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("Il mène une grève de la faim depuis 25 jours.", "HEALTH", "grève de la faim"),
        ("De man was in hongerstaking.", "HEALTH", "hongerstaking"),
        ("Hij moest deze week onder het mes.", "HEALTH", "onder het mes"),
        ("Hij heeft een week op intensieve gelegen.", "HEALTH", "op intensieve"),
        ("J'ai subi une ablation totale du même sein.", "HEALTH", "ablation totale du même sein"),
        ("Aminata attend un heureux événement.", "HEALTH", "heureux événement"),
        (
            "Il préfère mourir plutôt que d'être expulsé dans son pays.",
            "ADMIN_STATUS",
            "expulsé dans son pays",
        ),
        ("Hij logeert nu bij een familielid in Mechelen.", "ADDRESS", "Mechelen"),
    ],
)
def test_what_the_fifteenth_round_read_in_real_text(text: str, category: str, span: str) -> None:
    found = spans(text, category)
    assert any(span in finding for finding in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cinquante sans-papiers sont en grève de la faim dans un squat.",
        "Het gebeurt wel vaker dat een bewoner in hongerstaking gaat.",
        "De begroting gaat onder het mes.",
    ],
)
def test_a_crowd_on_hunger_strike_or_a_budget_cut_tells_no_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


# Fifteenth round, from the invented sets' tuning halves (fresh_synthetic4 to 8): abstinence since a
# date, bed-wetting, a hospital keeping someone, a child's disorders, a cracked rib, intubation.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cirrhose d'origine alcoolique, abstinent depuis mars.", "abstinent depuis"),
        ("Nadia plast sinds september 's nachts weer in bed.", "plast"),
        ("je suis a l hopital depuis 2 jours, ils m ont gardé pour le bebe", "ils m ont gardé"),
        ("Enzo présente un trouble de l'attachement.", "trouble de l'attachement"),
        ("Hématomes au visage, fêlure d'une côte.", "fêlure d'une côte"),
        ("Tussenkomst in de logopediekosten.", "logopediekosten"),
        ("Il a été intubé pendant quatre jours.", "intubé"),
    ],
)
def test_more_health_of_the_fifteenth_round(text: str, span: str) -> None:
    found = spans(text, "HEALTH")
    assert any(span in finding for finding in found)


@pytest.mark.parametrize(
    "text", ["Ils ont gardé les meubles.", "On l'a gardé au commissariat toute la nuit.", "Il plast de verf."]
)
def test_keeping_things_tells_no_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


# Fifteenth round, from the invented sets' tuning halves: Antwerp's "rui" streets, a neighbour one's
# children stay with, an English humanitarian visa.
@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("Ze woont in een kamer boven een café, Verversrui 12, 2e verdieping.", "ADDRESS", "Verversrui 12"),
        (
            "mes enfants sont chez ma voisine Mme Diop au 3eme, 22 rue des Tanneurs.",
            "ADDRESS",
            "22 rue des Tanneurs",
        ),
        ("They arrived at Zaventem with a humanitarian visa.", "ADMIN_STATUS", "humanitarian visa"),
    ],
)
def test_more_of_the_fifteenth_round(text: str, category: str, span: str) -> None:
    found = spans(text, category)
    assert span in found


@pytest.mark.parametrize("text", ["Hij wil ruil 12 stuks.", "De bruid 12 jaar oud."])
def test_rui_inside_a_word_is_no_street(text: str) -> None:
    assert "ADDRESS" not in categories(text)


# Fifteenth round, from the real sets' tuning halves: a body part with its size or side, an operation
# with its weight, health getting worse.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("La jeune fille sort d'une opération importante à la jambe.", "opération importante à la jambe"),
        ("Il a sauté sur le sol et s'est cassé le petit doigt.", "s'est cassé le petit doigt"),
        ("Hij heeft pijn aan de linker knie.", "pijn aan de linker knie"),
        ("Maar z'n gezondheid ging hier fel achteruit.", "gezondheid ging hier fel achteruit"),
        ("Depuis l'hiver, sa santé s'est fortement dégradée.", "sa santé s'est fortement dégradée"),
    ],
)
def test_health_told_with_a_modifier(text: str, span: str) -> None:
    found = spans(text, "HEALTH")
    assert any(span.lower() in finding.lower() for finding in found)


@pytest.mark.parametrize(
    "text",
    [
        "Une opération importante au budget de la ville.",
        "De economie ging achteruit.",
        "Le petit doigt levé.",
    ],
)
def test_a_modifier_without_a_body_tells_no_health(text: str) -> None:
    assert "HEALTH" not in categories(text)


# Fifteenth round, from the third set of blind probe items: the house number before the street, with
# no residence word: a capitalised name, or a commune after a comma or a table's bar.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("venez la voir au 14bis, rue Dethy, elle ne sort plus", "14bis, rue Dethy"),
        ("Mme Gerard, Ixelles, 214 chaussee de Boondael", "214 chaussee de Boondael"),
        ("Mr Otieno, 3rd floor, 209 Boulevard du Midi, Brussels", "209 Boulevard du Midi, Brussels"),
        ("Ms Lopez | 8 Rue Gheude | Anderlecht 1070", "8 Rue Gheude | Anderlecht"),
        ("Zijn nieuwe kot is 56 Naamsestraat, Leuven", "56 Naamsestraat, Leuven"),
        ("he moved to Ghent, 56 Dampoortstraat, last month", "56 Dampoortstraat"),
    ],
)
def test_the_house_number_first(text: str, span: str) -> None:
    found = spans(text, "ADDRESS")
    assert span in found


@pytest.mark.parametrize(
    "text",
    [
        "le 3 avenue est fermé pour travaux",
        "Er waren 3 Kerkstraat-bewoners op de vergadering.",
        "Arrest\n2 Arbeidshof te Brussel 2019/AB/661",
        "il y a 2 rue pietonnes dans le centre",
    ],
)
def test_a_number_before_a_street_word_that_is_no_address(text: str) -> None:
    assert "ADDRESS" not in categories(text)


# Fifteenth round, from the third set of blind probe items: a worker's shorthand and English status,
# assisted reproduction, a recognised invalidity, a scan, a tumour by its organ, an abortion.
@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("mme est ss papiers depuis 2021, aucun revenu", "ADMIN_STATUS", "ss papiers"),
        ("mvr ss papieren sinds 3j, werkt zwart", "ADMIN_STATUS", "ss papieren"),
        ("she has no legal stay in Belgium", "ADMIN_STATUS", "no legal stay"),
        ("suivi PMA en cours (3e tentative)", "HEALTH", "suivi PMA"),
        ("dhr Maes is erkend invalide door het ziekenfonds", "HEALTH", "erkend invalide"),
        ("hij moet een PET-scan laten doen", "HEALTH", "PET-scan"),
        ("voor zijn longtumor", "HEALTH", "longtumor"),
        ("she had an abortion in March", "HEALTH", "had an abortion"),
    ],
)
def test_shorthand_and_english_of_the_fifteenth_round(text: str, category: str, span: str) -> None:
    found = spans(text, category)
    assert span in found


# Fifteenth round, from the third set of blind probe items: birth dates in English forms and with a
# misspelt month, foreign account numbers with letters (a bank code "TRIO", more letters than digits).
@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("DOB: 12-Mar-1985, Mr Mensah", "BIRTH_DATE", "12-Mar-1985"),
        ("DOB: 12-May-1985", "BIRTH_DATE", "12-May-1985"),
        ("Born: 1st of Feb 1994", "BIRTH_DATE", "1st of Feb 1994"),
        ("geboren op de 3de van mei 1995 in Antwerpen", "BIRTH_DATE", "3de van mei 1995"),
        ("Mme Collin, née le 14 fevirer 1993", "BIRTH_DATE", "14 fevirer 1993"),
        ("mvr Verbeke, geboren op 2 ferbuari 1988", "BIRTH_DATE", "2 ferbuari 1988"),
        ("IBAN dhr: NL31TRIO3105760321 (Nederlandse bank)", "IBAN", "NL31TRIO3105760321"),
        ("zijn Roemeense rekening: RO77 RNCB FC6F O77K K0ZT PP17", "IBAN", "RO77 RNCB FC6F O77K K0ZT PP17"),
    ],
)
def test_identifiers_of_the_fifteenth_round(text: str, category: str, span: str) -> None:
    found = spans(text, category)
    assert span in found


@pytest.mark.parametrize(
    "text", ["Le budget de mar 2026 est voté.", "You may 2024 be right.", "Le DE 12 AVRIL AU 15 MAI 2026"]
)
def test_a_month_like_word_is_no_birth_date_nor_account(text: str) -> None:
    assert not categories(text) & {"BIRTH_DATE", "IBAN"}


# Fifteenth round, from the third set of blind probe items: a birth date's month in Roman numerals or
# its parts a space apart, an IBAN glued to the word "IBAN" or written with slashes.
@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("geb. 07/II/1983, gehuwd", "BIRTH_DATE", "07/II/1983"),
        ("°14.VIII.1972, weduwe", "BIRTH_DATE", "14.VIII.1972"),
        ("date de naissance 23 04 1991 (à vérifier)", "BIRTH_DATE", "23 04 1991"),
        ("IBANBE79945436198633 - ne pas verser sur l'ancien", "IBAN", "BE79945436198633"),
        ("pls transfer to BE47/3491/6166/3980 (Mr Okoro)", "IBAN", "BE47/3491/6166/3980"),
    ],
)
def test_more_identifier_layouts_of_the_fifteenth_round(text: str, category: str, span: str) -> None:
    found = spans(text, category)
    assert span in found


@pytest.mark.parametrize("text", ["Le chapitre 12/II/2020 du rapport.", "Réunion le 23 04 2026 à 10 h."])
def test_those_layouts_without_a_birth_cue_are_no_birth_date(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


# Fifteenth round, from the fourth set of blind probe items (health as people write it).
@pytest.mark.parametrize(
    ("text", "category", "span"),
    [
        ("Elle voit plus rien de l'oeil gauche depuis l'été.", "HEALTH", "voit plus rien"),
        ("mr ne sait plus se laver seul", "HEALTH", "ne sait plus se laver"),
        ("Il a perdu 3 doigts à la main gauche dans une machine.", "HEALTH", "a perdu 3 doigts"),
        ("Le gamin s'est cassé la clavicule à l'école.", "HEALTH", "s'est cassé la clavicule"),
        ("L'enfant a un souffle au coeur.", "HEALTH", "souffle au coeur"),
        ("suis a lurgence depuis 6h, douleur poitrine", "HEALTH", "douleur poitrine"),
        ("Mevr. Maes gebruikt zuurstof thuis.", "HEALTH", "gebruikt zuurstof"),
        ("The baby is still in the NICU.", "HEALTH", "NICU"),
        ("She is in the palliative unit at Sint-Jan.", "HEALTH", "palliative unit"),
        ("De DVZ heeft haar verblijf beëindigd.", "ADMIN_STATUS", "verblijf beëindigd"),
        ("recognized refugee since Oct, B card", "ADMIN_STATUS", "recognized refugee"),
        ("She overstayed her tourist visa.", "ADMIN_STATUS", "overstayed"),
    ],
)
def test_what_the_fourth_probe_set_taught(text: str, category: str, span: str) -> None:
    found = spans(text, category)
    assert any(span in finding for finding in found)


@pytest.mark.parametrize(
    "text", ["Je ne vois plus clair dans ces formulaires, dit le collègue.", "Le projet a perdu 3 subsides."]
)
def test_seeing_and_losing_said_of_no_body(text: str) -> None:
    assert "HEALTH" not in categories(text)
