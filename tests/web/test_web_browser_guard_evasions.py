"""The guard page in Chromium, JavaScript on, logged in, in French and Dutch, on the evasions and
layouts of the eleventh round and the story wording of the twelfth (issue 10): each text must come
back blocked, its forbidden words marked. Screenshots go to ``$SECRETPRO_SCREENSHOTS`` when it is
set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from web_accounts import sign_in

SCREENSHOTS = os.environ.get("SECRETPRO_SCREENSHOTS")

# (a long follow-up note, in which a health fact is told once)
_LONG_FR = "Le dossier de Mme Benali suit son cours. Le rendez-vous suivant est fixé au service social. " * 40
_LONG_NL = "Het dossier van mevr. Claes loopt verder. De volgende afspraak is bij de sociale dienst. " * 40
# (a press release's general paragraph: no one named, long enough to be read as information)
_PRESS_FR = (
    "Les associations rappellent que les centres fermés accueillent chaque année des milliers de personnes. "
    "Les visites y sont limitées et les contacts avec l'extérieur restent difficiles. "
) * 4
_PRESS_NL = (
    "De organisaties herinneren eraan dat de gesloten centra elk jaar duizenden mensen opvangen. "
    "Bezoek is er beperkt en het contact met de buitenwereld blijft moeilijk. "
) * 4

# (a text as a worker might paste or type it, and the part that must be marked)
TEXTS = {
    "fr": [
        ("Bonjour, Mme Amina Benali est sé·ro·po·si·tive depuis 2019.", "sé·ro·po·si·tive"),
        ("Mme Benali habite rue Haute 12 après les travaux.", "rue Haute 12"),
        ("Vous pouvez joindre Mme Benali au ٠٤٧٥ ١٢ ٣٤ ٥٦.", "٠٤٧٥ ١٢ ٣٤ ٥٦"),
        # (twelfth round) a medicine by its dose, a neighbourhood where someone lives
        ("Sur la table de Mme Benali : Trazodone 100 mg.", "Trazodone 100 mg"),
        ("La famille Benali a d'abord occupé un bâtiment à Sclessin.", "Sclessin"),
        # (twenty-third round) the clauses that go on about a person's health are marked with it
        ("Il est diabétique, doit se piquer trois fois par jour.", "doit se piquer trois fois par jour"),
        # (twenty-fourth round) also when the person is named in the health finding's clause
        ("Mme Benali a un cancer, doit se reposer chaque après-midi.", "doit se reposer chaque après-midi"),
        # (twenty-fifth round) a medicine taken, by a brand no word list holds (invented)
        ("M. Haddad prend du Zorbatex depuis mars.", "Zorbatex"),
        # (twenty-sixth round) a disease named after a person is marked with its name
        ("Mme Benali a la maladie de Huntington depuis 2021.", "maladie de Huntington"),
        # (twenty-seventh round) a Dublin case told without the word Dublin
        ("M. Traoré : un transfert vers l'Italie est prévu le 12 janvier.", "transfert vers l'Italie"),
        # (twenty-eighth round) a chain of health clauses goes on over a semicolon
        ("Mme Benali est très fatiguée; sa voix est devenue rauque.", "sa voix est devenue rauque"),
        # (twenty-ninth round) a year before a status is no count of a crowd
        ("Mme Benali vit depuis 2021 sans titre de séjour.", "sans titre de séjour"),
        # (thirtieth round) a named condition the lexicons held only in part
        ("Mme Benali a une dégénérescence maculaire aux deux yeux.", "dégénérescence maculaire"),
        # (thirty-first round) a street without a number after another verb of living
        ("Depuis mars, Mme Benali est hébergée avenue des Sorbiers.", "avenue des Sorbiers"),
        # (thirty-second round) deep inside a long text (7 kB), where the words a health expression
        # holds are told by the automaton that reads the whole text, not searched one by one
        (
            _LONG_FR + "Depuis lundi, elle a mal au genou et ne sait plus marcher. " + _LONG_FR,
            "mal au genou",
        ),
        # (thirty-fourth round) a body part with its state; where someone sleeps rough, with its landmark
        ("Mme Benali : ses genoux et une cheville gonflent.", "ses genoux et une cheville gonflent"),
        ("M. Haddad dort sous les tentes près du canal, quai de Willebroeck.", "tentes près du canal"),
        # (thirty-fifth round) what a doctor forbids
        ("Depuis son opération, M. Lambert ne peut rien porter.", "ne peut rien porter"),
        # (thirty-sixth round) a press text about one person it does not name, given with a nationality
        (
            "Un détenu de nationalité marocaine souffre d'une tuberculose. " + _PRESS_FR,
            "souffre d'une tuberculose",
        ),
        # (thirty-seventh round) the person's own words in English, no medical word
        ("Message de M. Haddad : my knee is very swollen, please help.", "my knee is very swollen"),
        # (thirty-eighth round) held in a closed centre named by its commune
        ("Sa sœur nous dit qu'elle est enfermée à Vottem depuis lundi.", "enfermée à Vottem"),
        # (thirty-ninth round) admitted to a hospital, told as an event
        ("Mme Benali a été admise le 20/11, sa fille garde les enfants.", "a été admise le 20/11"),
        # (fortieth round) a line break, which the browser sends as "\r\n"; two phones side by side
        ("M. Dubois est enfermé au centre fermé\nde Vottem depuis lundi.", "Vottem"),
        ("GSM de M. Dubois : +93 79 412 6683 / 0465 20 18 44", "0465 20 18 44"),
        # (forty-first round) a commune after a line break next to its linking word
        ("Mme Lambert est hébergée au centre d'accueil\nde Jette depuis mars.", "Jette"),
        ("Sa fille dit qu'elle habite à\nAnderlecht chez une amie.", "Anderlecht"),
        # (forty-second round) a centre named with whom it shelters, then its commune
        ("Il vit au centre d'accueil pour candidats réfugiés de Rendeux depuis mai.", "Rendeux"),
        # (forty-third round) the co-payment of a person's care
        ("M. Dubois ne peut plus payer le ticket modérateur chez le dentiste.", "ticket modérateur"),
        # (forty-fourth round) an appeal told with words between; a Turkish keyboard's dotless "ı"
        ("Un recours suspensif a été introduit devant le CCE le 27 novembre.", "recours suspensif"),
        ("M. Dubois ne peut plus payer le tıcket modérateur.", "tıcket modérateur"),
        # (forty-fifth round) pain told with a verb; a medicine brand named alone
        ("M. Dubois garde des douleurs osseuses importantes.", "garde des douleurs osseuses"),
        ("Mme Lambert reçoit des piqûres dans l'œil (Eylea) chaque mois.", "Eylea"),
        # (forty-sixth round) a treatment told as someone's; two phones listed with a full stop
        ("M. Dubois a arrêté son traitement depuis un an, il tombe presque chaque jour.", "son traitement"),
        ("Tuteur : M. Benoît Hubaux, 0474 28 16 95. 02 640 11 92", "02 640 11 92"),
        # (forty-seventh round) a form's health field; a phone after a date and a dash
        ("Nom : Mme Ngoy\nAllergie : sparadrap\nRemarques : rien", "sparadrap"),
        ("Betaald: 01.02.2025 - 0478 12 34 56", "0478 12 34 56"),
        # (forty-eighth round) a fall told in the past; the appeal court rejecting someone's appeal
        ("Mme Lambert a chuté deux fois dans l'escalier.", "a chuté deux fois"),
        ("Le CCE a rejeté son recours le 4 novembre.", "CCE a rejeté son recours"),
    ],
    "nl": [
        ("Mevrouw Nadia Haddad is zw@nger van haar tweede kind.", "zw@nger"),
        ("ze zei Brabantstraat 16 maar ik vind niks terug", "Brabantstraat 16"),
        ("Rijksregisternummer van dhr. Peeters: 85O73OO3328", "85O73OO3328"),
        # (twelfth round) a person from a commune, a person's own words
        ("Het gezin Haddad uit Oudenaarde moet vertrekken.", "Oudenaarde"),
        ("mevrouw Haddad zegt: ik heb last van mijn zenuwen", "last van mijn zenuwen"),
        # (twenty-third round) the clauses that go on about a person's health are marked with it
        ("Ze heeft een burn-out, huilt elke dag en durft niet meer buiten.", "huilt elke dag"),
        # (twenty-fourth round) also when the person is named in the health finding's clause
        ("Mevrouw Peeters heeft kanker, moet elke middag rusten.", "moet elke middag rusten"),
        # (twenty-fifth round) a medicine taken, by a brand no word list holds (invented)
        ("Dhr. Janssens slikt Velmarol sinds januari.", "Velmarol"),
        # (twenty-sixth round) a disease named after a person is marked with its name
        ("Dhr. Peeters heeft de ziekte van Kahler en woont alleen.", "ziekte van Kahler"),
        # (twenty-seventh round) seeing people who are not there
        ("Mevr. Claes ziet 's avonds mensen in de kamer die er niet zijn.", "die er niet zijn"),
        # (twenty-eighth round) the town of a relative abroad
        ("Mevr. Claes belde: haar broer in Tbilisi wil helpen.", "Tbilisi"),
        # (twenty-ninth round) a foreign account number with letters among its digits
        ("Rekening van mevr. Claes: RO76BTRLHPYNT5H6VYR4RMTV", "RO76BTRLHPYNT5H6VYR4RMTV"),
        # (thirtieth round) a zero typed as the letter O in such a number
        (
            "Rekening van dhr. Peeters: MT06 QKTR 52O7 1X4P 9Q0T 7K2M 80W3 R5Z",
            "MT06 QKTR 52O7 1X4P 9Q0T 7K2M 80W3 R5Z",
        ),
        # (thirty-first round) the same, and a station someone sleeps in
        ("Dhr. Peeters slaapt in de Lijsterbessenstraat.", "Lijsterbessenstraat"),
        ("Mevr. Claes sliep twee weken in het Zuidstation.", "Zuidstation"),
        # (thirty-second round) deep inside a long text
        (_LONG_NL + "Sinds maandag heeft ze pijn aan de knie. " + _LONG_NL, "pijn aan de knie"),
        # (thirty-fourth round) a body part with its state; where someone sleeps rough, with its landmark
        ("Bericht over dhr. Peeters: zijn slokdarm is verbrand.", "zijn slokdarm is verbrand"),
        ("Dhr. Peeters slaapt onder de brug aan de dampoort.", "brug aan de dampoort"),
        # (thirty-fifth round) what a doctor forbids
        ("Bericht van Lotte: ik mag zes maanden niet rijden.", "mag zes maanden niet rijden"),
        # (thirty-sixth round) a press text about one person it does not name, given with a nationality
        (
            "Een man van Marokkaanse nationaliteit lijdt aan tuberculose. " + _PRESS_NL,
            "lijdt aan tuberculose",
        ),
        # (thirty-seventh round) the person's own words in English, no medical word
        ("Bericht van Lotte: I cannot close my fingers since Monday.", "cannot close my fingers"),
        # (thirty-eighth round) held in a closed centre named by its commune
        ("Zijn zus meldt dat hij sinds maandag opgesloten zit in Steenokkerzeel.", "Steenokkerzeel"),
        # (thirty-ninth round) admitted to a hospital, told as an event
        ("Mevrouw Claes werd op 21/11 opgenomen, haar zoon belt morgen.", "werd op 21/11 opgenomen"),
        # (fortieth round) a line break, which the browser sends as "\r\n"; two phones side by side
        ("Dhr. Dubois zit opgesloten in het gesloten centrum\nvan Merksplas.", "Merksplas"),
        ("Gsm van mevr. Claes: 0470 12 34 56 / 0465 20 18 44", "0465 20 18 44"),
        # (forty-first round) a commune after a line break next to its linking word
        ("Mevrouw Peeters verblijft in het opvangcentrum van\nSint-Pieters-Woluwe.", "Sint-Pieters-Woluwe"),
        ("Zijn zus zegt dat hij woont\nin Mechelen bij een vriend.", "Mechelen"),
        # (forty-second round) a centre named with whom it shelters, then its commune
        ("Mevrouw Peeters verblijft in het opvangcentrum voor asielzoekers van Jette.", "Jette"),
        # (forty-third round) a stay in hospital told with "opname", its length
        ("Mevrouw Claes ligt in het AZ Groeninge. De opname duurt tot 3 januari.", "opname"),
        # (forty-fourth round) an appeal told with words between; a relative's town before their phone
        ("Ze heeft beroep ingediend bij de RvV.", "beroep ingediend"),
        ("zus in rotterdam: +31 6 48 21 93 07", "rotterdam"),
        # (forty-fifth round) a street after a home, without a number; a Dutch specialist
        ("Dhr. Peeters slaapt bij kennissen in de Dambruggestraat.", "Dambruggestraat"),
        ("De dermatoloog van UZ Leuven wil starten met een nieuwe behandeling.", "dermatoloog"),
        # (forty-sixth round) health clauses side by side, one redaction; hair lost
        (
            "Ze is overleden aan een schedelbreuk na een val van de trap, na vier dagen op de intensieve zorg.",
            "na een val van de trap",
        ),
        ("Mevrouw Claes verliest haar haar door de chemo.", "verliest haar haar"),
        # (forty-seventh round) a street named without a number where someone lives; a residence field
        ("Ze wonen al 15 jaar in de Processieweg.", "Processieweg"),
        (
            "Naam: dhr. Peeters\nVerblijf: zonder wettig verblijf sinds 2022",
            "zonder wettig verblijf sinds 2022",
        ),
        # (forty-eighth round) a house number on the next line; no reception place yet
        ("Ze woont bij haar grootmoeder, Kortrijksesteenweg\n602, 9000 Gent.", "Kortrijksesteenweg"),
        ("Dhr. Karimi heeft nog geen opvangplaats.", "heeft nog geen opvangplaats"),
    ],
}


@pytest.fixture(scope="module")
def signed_in(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, locale="fr-BE")
    page = context.new_page()
    sign_in(page, live_server)
    yield page
    context.close()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_guard_page_blocks_this_round_s_evasions(signed_in: Page, language: str) -> None:
    page = signed_in
    page.goto("/guard")
    switch = page.get_by_role("link", name={"fr": "Français", "nl": "Nederlands"}[language])
    if switch.count():  # (the page's own language is no link)
        switch.click()
    expect(page.locator("html")).to_have_attribute("lang", language)
    for number, (text, marked) in enumerate(TEXTS[language]):
        page.goto("/guard")
        page.locator("textarea").first.fill(text)
        page.locator("main form button[type=submit]").first.click()
        blocked = page.locator("mark.finding-blocked")
        expect(blocked.first).to_be_visible()
        assert any(marked in found for found in blocked.all_inner_texts()), blocked.all_inner_texts()
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(
                path=str(Path(SCREENSHOTS) / f"{language}-guard-evasion-{number}.png"), full_page=True
            )
