"""Classes of the seventeenth round's tuning halves (real_passages20, fresh_synthetic11), each on
invented sentences, with the ordinary wording beside them that must stay clear."""

from __future__ import annotations

import html

import pytest
from guard_helpers import assert_within_a_finding, categories, spans
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from secretpro.guard import scan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La gastroscopie de Mme Claes montre un Helicobacter positif.", "Helicobacter"),
        ("Son fils a fait un choc anaphylactique à la cantine.", "choc anaphylactique"),
        ("L'allergologue de Jolimont le revoit en mars.", "allergologue"),
        ("Elle met des collyres matin et soir.", "collyres"),
        ("Hospitalisé pour une crise hypertensive, il sort demain.", "crise hypertensive"),
        ("Elle attend un bilan vestibulaire depuis l'automne.", "bilan vestibulaire"),
        ("Sinds de val rijdt meneer met een scootmobiel.", "scootmobiel"),
        ("Het kind wordt gevoed via een maagsonde.", "maagsonde"),
        ("De doktersbezoeken lopen hoog op voor het gezin.", "doktersbezoeken"),
        ("Het zorgbudget wordt op haar rekening gestort.", "zorgbudget"),
        ("De BelRAI-screener is vorige week afgenomen.", "BelRAI"),
        ("Hij heeft een afspraak bij de vaatchirurg.", "vaatchirurg"),
        ("Na de beet kreeg het meisje een tetanusvaccinatie.", "tetanusvaccinatie"),
        ("Tijdens de zwangerschap neemt ze foliumzuur.", "foliumzuur"),
        ("Hij draagt nog granaatscherven in zijn schouder.", "granaatscherven"),
        ("Sinds de operatie mankt hij.", "mankt"),
        ("She takes painkillers and goes to physio twice a week.", "painkillers"),
        ("He has had agoraphobia since the winter.", "agoraphobia"),
        ("The haematologist sees him every month.", "haematologist"),
        ("After the fall she had a broken wrist.", "broken wrist"),
        ("Her son will go to the day hospital from January.", "day hospital"),
        ("Il est suivi en hôpital de jour à Tivoli.", "hôpital de jour"),
        ("Ses traitements chroniques sont renouvelés tous les trois mois.", "traitements chroniques"),
        ("Hij verbruikt veel glucosestrips.", "glucosestrips"),
    ],
)
def test_health_classes(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS rembourse le ticket modérateur des consultations selon le barème.",
        "Het remgeld bedraagt 4 euro per raadpleging.",
        "La procédure de l'article 9ter prévoit un recours au CCE.",
        "The day we met was a broken promise for the whole team.",
    ],
)
def test_ordinary_wording_stays_clear(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a reçu trois ordres de quitter le territoire depuis 2021.", "ordres de quitter le territoire"),
        ("Zij hebben twee bevelen gekregen om België te verlaten.", "bevelen gekregen om België te verlaten"),
        ("Elle a introduit un recours de plein contentieux.", "recours de plein contentieux"),
        ("Hij werd in 2016 uitgezet uit België.", "uitgezet uit België"),
        ("Il a été expulsé de Belgique à deux reprises.", "expulsé de Belgique"),
        ("Sa carte d'identité spéciale lui a été retirée par le Protocole.", "carte d'identité spéciale"),
    ],
)
def test_status_classes(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADMIN_STATUS", expected)


def test_eviction_from_a_flat_is_no_status() -> None:
    assert "ADMIN_STATUS" not in categories("Le locataire a été expulsé de son appartement en mai.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une jeune femme, habitant Seraing, a été arrêtée hier.", "Seraing"),
        ("Karim est SDF depuis deux hivers à Verviers.", "Verviers"),
        ("Hij is al maanden dakloos in Kortrijk.", "Kortrijk"),
        ("Ze werkt als au pair bij een gezin in Kessel-Lo.", "Kessel-Lo"),
        ("Il loge chez une famille à Jambes.", "Jambes"),
    ],
)
def test_a_commune_where_someone_lives_or_sleeps(text: str, expected: str) -> None:
    assert_within_a_finding(text, "ADDRESS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Le CPAS aide les SDF à Verviers depuis 2010.",
        "Décès d'un SDF à Namur : une enquête est ouverte.",
        "Hoe groter de dakloze bevolking in Brussel, hoe meer zorg nodig is.",
    ],
)
def test_the_homeless_as_a_crowd_live_nowhere_in_particular(text: str) -> None:
    assert "ADDRESS" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was admitted to Brugmann hospital twice this year.", "admitted to Brugmann"),
        ("He was treated at UZ Leuven after the accident.", "treated at UZ Leuven"),
    ],
)
def test_english_care_at_a_named_hospital(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle vit seule avec sa fille (Inès, 2013) à Herstal.", ["2013"]),
        ("Zijn zoontje (Ilyas, 2020) gaat naar de crèche.", ["2020"]),
        ("Ses enfants (Léa, 2015, Noah, 2018) sont scolarisés à Namur.", ["2015", "2018"]),
    ],
)
def test_a_childs_first_name_and_year_in_brackets(text: str, expected: list[str]) -> None:
    assert spans(text, "BIRTH_DATE") == expected


@pytest.mark.parametrize(
    "text",
    ["Le rapport (Martin, 2015) le montre.", "Voir la circulaire (Bruxelles, 2019) sur les enfants."],
)
def test_an_author_and_year_in_brackets_is_no_birth(text: str) -> None:
    assert "BIRTH_DATE" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bij zijn vader werd alzheimerdementie vastgesteld.", "alzheimerdementie"),
        ("Mevrouw krijgt verzorging aan huis sinds haar val.", "verzorging aan huis"),
        ("Sa mère faisait beaucoup de chutes la nuit.", "beaucoup de chutes"),
        ("L'ORL a prescrit un appareil auditif.", "ORL"),
        ("La facture concerne un transport urgent vers Erasme.", "transport urgent"),
    ],
)
def test_more_health_wording(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Depuis l'AVC, il ne peut plus marcher seul.", "ne peut plus marcher"),
        ("Elle n'arrive plus à se laver sans aide.", "n'arrive plus à se laver"),
        ("Sa mère a du mal à avaler.", "a du mal à avaler"),
        ("Il est incapable de monter les escaliers.", "incapable de monter les escaliers"),
        ("Hij kan niet meer opstaan.", "kan niet meer opstaan"),
        ("Sinds de val kon hij niet meer lopen.", "kon hij niet meer lopen"),
        ("Ze kan ook niet eten, dus krijgt ze sondevoeding.", "kan ook niet eten"),
        ("Haar zoon heeft moeite met slikken.", "heeft moeite met slikken"),
        ("Since the stroke he can't speak anymore.", "can't speak"),
        ("She is unable to stand without help.", "unable to stand"),
    ],
)
def test_someone_who_can_no_longer_do_what_the_body_does(text: str, expected: str) -> None:
    assert_within_a_finding(text, "HEALTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Il ne peut pas manger de porc.",
        "On ne peut pas voir le dossier avant lundi.",
        "We kunnen niet zien of hij recht heeft op leefloon.",
        "Ik kan niet praten met mijn werkgever.",
        "Le CPAS ne peut pas se déplacer à domicile.",
        "Je kan niet eten in de wachtzaal.",
        "We weten niet of hij komt; hij kan niet vergeten wat er gebeurde.",
        "I can't see the attachment in your mail.",
    ],
)
def test_what_cannot_be_done_for_other_reasons(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # (found by repeating a sentence to a long text: in lower or upper case, the pronoun opening
        # the sentences was not read, and the 500 characters with no name were taken for a leaflet)
        "hij heeft diabetes en " * 30,
        "IL A LE DIABETE ET " * 40,
        "elle est enceinte de sept mois et elle dort chez une amie depuis mars. " * 8,
        "Mijn buurman zegt dat hij diabetes heeft en dat hij niet meer kan werken en geen geld heeft. " * 6,
    ],
)
def test_a_long_message_about_someone_unnamed_is_no_leaflet(text: str) -> None:
    assert "HEALTH" in categories(text)


def test_a_long_leaflet_in_lower_case_still_points_at_no_one() -> None:
    leaflet = (
        "le cpas peut accorder l'aide médicale urgente aux personnes en séjour irrégulier. la demande se "
        "fait auprès du service social, avec une attestation du médecin. il faut aussi prouver la résidence "
        "dans la commune. les frais médicaux sont alors pris en charge selon les règles de l'arrêté royal. "
    ) * 2
    assert len(leaflet) >= 500
    assert not {"HEALTH", "ADMIN_STATUS"} & set(categories(leaflet))


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # (a beneficiary's own mail, with no name, of more than 500 characters: found by hostile inputs)
        (
            "Bonjour, je vous écris parce que je suis enceinte de cinq mois et je n'ai pas de papiers. Je dors "
            "chez une amie depuis le mois de mars et je n'ai pas de médecin. Mon ancien employeur ne m'a jamais "
            "payée et je n'ai plus d'argent pour manger correctement. L'assistante sociale m'a dit de demander "
            "une aide au CPAS, mais je ne sais pas comment faire la demande ni quels documents il faut apporter. "
            "Pouvez-vous m'aider à prendre un rendez-vous ? Je suis disponible tous les matins. Merci beaucoup "
            "pour votre aide et bonne journée.",
            "HEALTH",
            "enceinte",
        ),
        (
            "Hello, I am writing because I am five months pregnant and I have no papers. I have been sleeping "
            "at a friend's place since March and I do not have a doctor. My former employer never paid me and "
            "I have no money left. The social worker told me to ask the CPAS for help, but I do not know how "
            "to apply or which documents I need to bring. Can you help me to make an appointment? I am free "
            "every morning, and my son goes to the school of the neighbourhood in the afternoon. Thank you very "
            "much for your help and have a nice day, kind regards.",
            "ADMIN_STATUS",
            "no papers",
        ),
    ],
)
def test_a_long_mail_in_the_first_person_is_the_writers_own(text: str, category: str, expected: str) -> None:
    assert len(text) >= 500
    assert_within_a_finding(text, category, expected)


def test_a_page_of_questions_in_the_first_person_is_still_a_leaflet() -> None:
    faq = (
        "Je suis sans papiers, puis-je obtenir l'aide médicale urgente ? Oui. L'aide médicale urgente est "
        "accordée par le CPAS de la commune où vous résidez, sur présentation d'une attestation d'un médecin. "
        "Je n'ai pas d'adresse, que faire ? Le CPAS compétent est celui de la commune où vous séjournez "
        "habituellement. Les frais médicaux sont alors pris en charge selon les règles prévues par l'arrêté "
        "royal du 12 décembre 1996. La demande est examinée par un assistant social, qui procède à une "
        "enquête sociale et vérifie l'état de besoin avant de soumettre le dossier au comité."
    )
    assert not {"HEALTH", "ADMIN_STATUS"} & set(categories(faq))


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("mme rahmani est sous annexe 15, sa carte a n'ayant pas été délivrée.", "ADMIN_STATUS", "carte a"),
        ("ils ont des cartes a délivrées le 18/08, cartes b demandées.", "ADMIN_STATUS", "cartes b"),
        ("I HAVE TEMPORARY PROTECTION (CARD A) SINCE APRIL.", "ADMIN_STATUS", "CARD A"),
        ("objet : demande d'intervention – lina benali (17/04/2012)", "BIRTH_DATE", "17/04/2012"),
        ("trois enfants : omar (2012), lina (2015)", "BIRTH_DATE", "2012"),
    ],
)
def test_cards_and_names_in_a_text_without_capitals(text: str, category: str, expected: str) -> None:
    assert_within_a_finding(text, category, expected)


@pytest.mark.parametrize(
    "text", ["la carte a été retirée hier par la commune.", "la loi dupont (1980) le prévoit pour tous."]
)
def test_a_verb_after_a_card_or_a_law_with_its_year_is_no_finding(text: str) -> None:
    assert not {"ADMIN_STATUS", "BIRTH_DATE"} & set(categories(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mme Dupont est s&eacute;ropositive depuis 2019.",
        "Mme Dupont est s&#233;ropositive depuis 2019.",
        "Mme Dupont est s&#xE9;ropositive depuis 2019.",
        'Mme Dupont est sé<span style="color:red">ro</span>positive depuis 2019.',
        "<p>Mme Dupont</p><p>est séropositive</p>",
    ],
)
def test_html_pasted_as_source_is_read_as_its_text(text: str) -> None:
    found = spans(text, "HEALTH")
    assert found and found[0].startswith("s") and found[0].endswith("positive"), found


def test_ampersands_and_angle_brackets_of_plain_text_change_nothing() -> None:
    text = "Dupont & Fils; taux < 50 % et > 20 %; R&D; le <b> du formulaire"
    assert not {"HEALTH", "ADMIN_STATUS", "ADDRESS"} & set(categories(text))


_WORDS = ["séropositive", "enceinte", "hospitalisée", "zwanger", "diabétique", "déboutée"]
_INLINE = ["<b>", "</b>", "<span>", "</span>", '<font color="red">', "</font>", "<i>", "<o:p></o:p>"]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(_WORDS), st.data())
def test_a_word_cut_by_inline_tags_or_written_with_references_is_found(
    word: str, data: st.DataObject
) -> None:
    cut = data.draw(st.integers(min_value=1, max_value=len(word) - 1))
    tag = data.draw(st.sampled_from(_INLINE))
    encode = data.draw(st.sampled_from(["named", "decimal", "hex", "none"]))

    def written(char: str) -> str:
        if encode == "none" or char.isascii():
            return char
        if encode == "named":
            return html.escape(char) if html.escape(char) != char else f"&#{ord(char)};"
        return f"&#{ord(char)};" if encode == "decimal" else f"&#x{ord(char):X};"

    body = "".join(written(c) for c in word[:cut]) + tag + "".join(written(c) for c in word[cut:])
    text = f"Mme Lambert est {body} depuis mars."
    report = scan(text, profile="strict")
    start = text.index(body)
    assert any(
        f.category in ("HEALTH", "ADMIN_STATUS") and f.start <= start + 1 and f.end >= start + len(body) - 1
        for f in report.findings
    ), (text, [(f.category, text[f.start : f.end]) for f in report.findings])


_WHOLE_WORDS = [
    "hospitalisée",
    "séropositive",
    "zwanger",
    "diabétique",
    "dialyse",
    "schizophrène",
    "tuberculose",
]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(_WHOLE_WORDS), st.data())
def test_a_word_cut_in_two_by_a_blank_is_found(word: str, data: st.DataObject) -> None:
    # (text taken from a PDF cuts words so: "hospita lisée"; so may a writer, to get one past the guard)
    cut = data.draw(st.integers(min_value=2, max_value=len(word) - 2))
    body = word[:cut] + " " + word[cut:]
    text = (
        f"Mevrouw Claes is {body} sinds maart." if word == "zwanger" else f"Mme Claes est {body} depuis mars."
    )
    start = text.index(body)
    # (found as the scorer finds a span: a finding overlaps it; where the first part alone is a typo
    # of the word, "hospitalis ée", the finding may cover that part only)
    assert any(
        f.category == "HEALTH" and f.start < start + len(body) and start < f.end
        for f in scan(text, profile="strict").findings
    ), text


@pytest.mark.parametrize(
    "text",
    ["Le patient est in continent depuis mars.", "Il y a un pré avis de la commune.", "Hij is nu in Gent."],
)
def test_two_words_of_the_dictionaries_are_not_joined(text: str) -> None:
    assert "HEALTH" not in categories(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Madame est h i v-p o s i t i e f depuis 2019.", "h i v-p o s i t i e f"),
        ("Mijn cliënte is H I V-P O S I T I E F sinds vorig jaar.", "H I V-P O S I T I E F"),
    ],
)
def test_a_spaced_compound_with_a_bare_hyphen_is_one_word(text: str, expected: str) -> None:
    # (drawn by layouts.py's evasion family, 3 times in 1,000: the first part has three letters only)
    assert expected in spans(text, "HEALTH")


def test_dotted_spellings_side_by_side_stay_two_words() -> None:
    assert spans("Elle est z-w-a-n-g-e-r z-w-a-n-g-e-r", "HEALTH") == ["z-w-a-n-g-e-r", "z-w-a-n-g-e-r"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme Dupont (née en juillet 1985) habite Namur.", "juillet 1985"),
        ("Né en octobre 1990 à Kinshasa.", "octobre 1990"),
    ],
)
def test_born_in_a_month_of_a_year(text: str, expected: str) -> None:
    assert spans(text, "BIRTH_DATE") == [expected]


def test_an_arrival_after_a_birthplace_is_no_birth_date() -> None:
    assert "BIRTH_DATE" not in categories("Elle est née en Syrie, arrivée en Belgique en juillet 2015.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adresse : Steenweg op Gent 113, 1080 Molenbeek.", "Steenweg op Gent 113, 1080 Molenbeek"),
        ("Hij woont Steenweg naar Mol 4, 2360 Oud-Turnhout.", "Steenweg naar Mol 4, 2360 Oud-Turnhout"),
        ("Adres: Baan naar Leuven 2, 3040 Huldenberg.", "Baan naar Leuven 2, 3040 Huldenberg"),
    ],
)
def test_a_road_named_for_the_town_it_leads_to(text: str, expected: str) -> None:
    assert spans(text, "ADDRESS") == [expected]


def test_the_way_to_a_town_is_no_address() -> None:
    assert "ADDRESS" not in categories("De weg naar Leuven is lang en de baan naar Gent ook.")
