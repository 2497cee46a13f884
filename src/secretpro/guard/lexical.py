"""Lexicon-driven categories: HEALTH and ADMIN_STATUS."""

from __future__ import annotations

import bisect
import re
from functools import cache

from secretpro.guard import fastre, regex_anchors
from secretpro.guard.fuzzy import ELIDED
from secretpro.guard.hints import found_hints, has_any, hint_words
from secretpro.guard.lexicon import (
    Match,
    TermMatcher,
    first_names,
    matcher,
    ordinary_words,
    read_entries,
    read_lines,
    spaced_words,
)
from secretpro.guard.model import Doc, Finding, new_finding
from secretpro.guard.nationality import nationality_words
from secretpro.guard.normalize import fold
from secretpro.guard.span_index import SpanIndex

# A care word followed by where the care is given: the hospital stays inside the span.
_CARE_PLACE_LEAD = fastre.compile(
    r"[ \t]+(?:a|au|aux|en|in|dans|bij|aan|te|van|de|du|des)[ \t]+"
    r"(?:l'hopital|la clinique|l'|le|la|het|de|het ziekenhuis|het uz|ziekenhuis|hopital|clinique)?[ \t]*"
)
_CARE_PLACE_LEAD_BACK = fastre.EndAnchored(
    fastre.compile(
        r"(?:opgenomen|hospitalisee?s?|admise?s?|soignee?s?|suivie?s?|behandeld|verzorgd|gehospitaliseerd)"
        r"[ \t]+(?:in|a|au|aux|dans|bij|te)[ \t]+(?:het|de|l'|la|le)?[ \t]*$"
    ),
    # (the words a match can end with, before its blanks)
    ("in", "a", "au", "aux", "dans", "bij", "te", "het", "de", "l'", "la", "le"),
)
# An institution named only as the addressee or sender is not care received.
_ADDRESSEE_CONTEXT = fastre.compile(
    r"(?:service social|services? de facturation|sociale dienst|dienst sociale|facturatiedienst|"
    r"a l'attention|ter attentie|t\.a\.v\.|aan de|au service|du service|van de dienst)[^\n]{0,25}$"
)
# the characters of its line before a health term that are read: an addressee's cue (24 characters
# at most) is followed by at most 25 before the term, and the copula test reads 45
_LINE_BEFORE_READ = 80
# The annexes of the royal decree of 8 October 1981 that are residence documents or decisions.
_ANNEXES = (
    "3|3bis|3ter|4|8|8bis|12|13|13bis|13ter|13quater|13quinquies|13sexies|13septies|14|15|17|19|19bis|"
    "19ter|20|21|22|25|25quater|26|26bis|26quater|26quinquies|27|29|32|33|35|36|37|38|39|40|41|42|43|44|45|46|47"
)
_NUMBERED_STATUS = fastre.compile(
    r"(?:annexe|bijlage|annex)\s*(?:n°\s*|nr\.?\s*)?(?:" + _ANNEXES.replace("bis", "\\s?bis") + r")(?![\w])"
    r"|(?:article|art\.?|artikel)\s*(?:9\s?bis|9\s?ter|48/[0-9]|57/6)(?![\w/])"
    r"|9\s?(?:bis|ter)[-\s]?(?:aanvraag|procedure|procedure|aanvraagprocedure|regularisatie|dossier)?\b"
)


_NUMBERED_STATUS_HINTS = hint_words("annex", "bijlage", "bis", "ter", "48/")
# Every match holds one of these words or a "9" before "bis" or "ter" (with one blank at most
# between): "bis" and "ter" alone are in many words ("interesse", "matter"), and a text that has
# them but neither these nor such a "9" is not searched (the "9" is looked for by a search that
# skips to each "9" in C).
_NUMBERED_STATUS_WORDS = hint_words("annex", "bijlage", "48/", "57/6")
_NINE_BIS_OR_TER = fastre.compile(r"9\s?(?:bis|ter)")


# Residence cards by letter, only with the letter in capitals ("carte à" is not "carte A"); a
# family's "cartes A" too, and an English "card A".
_CARD_LETTER = fastre.compile(
    # "carte électronique E", "elektronische kaart F" (eighteenth round, invented probes)
    r"(?:(?:[Ee]lektronische|ELEKTRONISCHE)[ \t]+)?"
    r"(?:[Cc]artes?|CARTES?|[Kk]aart(?:en)?|KAART(?:EN)?|[Cc]ards?|CARDS?)"
    r"(?:[ \t]+(?:[ée]lectroniques?|[ÉE]LECTRONIQUES?))?"
    r"[ \t]+(?:[ABCEFHKLM]|EU)\+?(?![\w+])"
    r"|(?:[ABCEFHKLM]|EU)\+?-(?:[Kk]aart|KAART)(?![\w])"
)
_CARD_HINTS = hint_words("arte", "aart", "card")
# In a text in lower or upper case only, the letter's case tells nothing: a card by letter is one
# when what follows is no verb ("la carte a été" is not): an end, a bracket, "valable", "délivrée",
# "n'ayant"... (seventeenth round, from the tuning halves lowered: "sa carte a n'ayant pas été
# délivrée", "(card a)")
_CARD_LETTER_ANY_CASE = fastre.compile(
    r"(?:elektronische[ \t]+)?(?:cartes?|kaart(?:en)?|cards?)(?:[ \t]+electroniques?)?[ \t]+(?:[abcefhklm]|eu)\+?(?![\w+'])"
    r"(?=[ \t]*(?:[).,;:\n(]|$|valables?\b|delivree?s?\b|en cours\b|n'|de (?:ministre|sejour)\b|geldig\b"
    r"|tot\b|until\b|since\b|depuis\b|sinds\b|expire|demandee?s?\b|aangevraagd\b|requested\b))"
)


@cache
def _health() -> TermMatcher:
    # (status terms in the plural mostly name a group: "les centres fermés", "des demandeurs d'asile")
    # The medicine names join the lexicon as exact words: several thousand names of another make
    # than its words, whose typo variants would cost the look-up more than they find; in the same
    # matcher, found by the same pass over the text.
    medicines = [("=" + name, "HEALTH") for name, _ in read_entries("medicines.txt")]
    return TermMatcher(read_entries("health.txt", "HEALTH") + medicines, substitutions=True, plurals=True)


@cache
def _status() -> TermMatcher:
    return matcher("admin_status.txt", "ADMIN_STATUS", substitutions=True)


@cache
def _hospitals() -> TermMatcher:
    return TermMatcher(read_entries("hospitals.txt", "HOSPITAL"), typos=False)


def term_matchers() -> tuple[TermMatcher, ...]:
    """The lexicons this module searches documents with (for the scanner's shared automaton)."""
    return (_health(), _status(), _hospitals())


def _extend_care_place(doc: Doc, start: int, end: int, hospitals: dict[int, int]) -> tuple[int, int]:
    folded = doc.folded
    lead = _CARE_PLACE_LEAD.match(folded, end)
    if lead and lead.end() in hospitals:
        end = hospitals[lead.end()]
    # (the window's start by a conditional, here and below, not max(0, ...): a call of max()
    # builds an argument tuple and steps through it, several times the cost of the test)
    back = _CARE_PLACE_LEAD_BACK.search(folded, start - 45 if start > 45 else 0, start)
    if back:
        start = back.start()
    return start, end


_FIELD_LABEL_AFTER = fastre.compile(r"[ \t]*:")
# the characters a match of _FIELD_LABEL_AFTER starts with (tested before the regex call)
_FIELD_LABEL_STARTS = (" ", "\t", ":")


# A form label names a field; a line that says who has what or what a doctor found before the
# colon is a sentence ("mevrouw heeft nood aan dringende medische hulp: ...", "le médecin conclut
# à une dépression sévère : ..."): its health or status words are facts, not a label.
_CLAUSE_WORDS = fastre.compile(
    r"(?<![\w'])(?:est|sont|etait|a|ont|avait|souffre|presente|conclut|constate|estime|atteste|certifie|"
    r"confirme|is|was|heeft|hebben|had|lijdt|stelt|vermeldt|bevestigt|"
    r"il|elle|hij|zij|ze|madame|monsieur|mevrouw|meneer|mme|dhr|mr|nood|"
    # a title that tells a life: "Vivre sans droit de séjour : l'histoire d'A." (seventh round)
    r"vivre|leven|"
    # a headline that tells who received what: "Une jeune Brésilienne reçoit un nouvel ordre de
    # quitter la Belgique: ..." (twelfth round, real_passages13 tuning half)
    r"recoit|recu|obtient|obtenu|krijgt|kreeg|gekregen|ontvangt|ontving|"
    # English lines of mixed messages: "the Immigration Office considers Italy responsible under the
    # Dublin III regulation: he received ..." (thirteenth round, fresh_synthetic4's tuning half)
    r"he|she|has|considers|received|applied)(?![\w'])"
)


_LABEL_REACH = 200
_AMOUNT_AFTER = fastre.compile(r"[ \t]*:[ \t]*(?:€|eur\b|euro)?[ \t]*\d[\d., ]*(?:€|eur\b|euro)")


def _is_field_label(folded: str, end: int, start: int | None = None, text: str = "") -> bool:
    """ "Statut de séjour :", "Remarques médicales :": a form label, not a fact about the person."""
    if folded[end : end + 1] not in _FIELD_LABEL_STARTS or _FIELD_LABEL_AFTER.match(folded, end) is None:
        return False
    if start is None:
        return True
    # (a label opens its line: a term further than _LABEL_REACH from the line's start, or from the
    # text's start, holds words before it that a label has not; the look-back bounded so, a line of
    # 8,000 "diabète: oui" read its start 8,000 times, 7 s for 200 kB)
    low = start - _LABEL_REACH if start > _LABEL_REACH else 0
    line_start = folded.rfind("\n", low, start) + 1
    if line_start == 0 and low > 0:
        return False
    # A line of a list of costs is no label: "- PZ Duffel - opname 3 weken voor depressie: 1.410,00 €",
    # "Tandarts Verhoeven (wortelkanaalbehandelingen): 640,00 €" (an amount after the colon;
    # forty-seventh round, fresh_synthetic42's tuning half; a number before the colon is no sign of
    # it: "1. Wijzigingen in de verblijfsdocumenten:", "– 10h30 : « Mise en observation »")
    if _AMOUNT_AFTER.match(folded, end):
        return False
    if line_start > 1 and text[line_start : line_start + 1].islower():
        line_start = _sentence_line_start(folded, line_start)
    # (the words found are read too: "son séjour est précaire :" holds its own verb)
    return _CLAUSE_WORDS.search(folded, line_start, end) is None


# A line that opens in lower case after a long line of prose, with no colon, broken without
# punctuation at its end, goes on with that line's sentence, as a text pasted from Word or a PDF
# breaks it ("Mevr. Jana Maes, ..., lijdt sinds⏎haar vijftiende aan boulimie: eetbuien ...";
# forty-eighth round, fresh_synthetic43's tuning half). A form's line ("Nom : Dupont") holds a colon,
# a title ("SOCIAAL VERSLAG") is short, a list's next item ("B7 – Sékou Traoré – ...") opens otherwise.
_PROSE_LINE_END = fastre.compile(r"[^\n:]{40,}[a-z,]$")


def _sentence_line_start(folded: str, line_start: int) -> int:
    """Where the sentence of the line at ``line_start`` starts, for a line that goes on from the one
    before: that line's start; else ``line_start``."""
    # (the line before read in its last characters only: each label on a line read it, and a long
    # line before many labels made a pasted table quadratic)
    low = line_start - 1 - _PROSE_LINE_READ if line_start - 1 > _PROSE_LINE_READ else 0
    previous = folded.rfind("\n", low, line_start - 1) + 1 or low
    if _PROSE_LINE_END.fullmatch(folded, previous, line_start - 1) is None:
        return line_start
    return previous


_PROSE_LINE_READ = 120


_CARE_VERB_BEFORE = fastre.compile(
    r"(?:suivie?s?|soignee?s?|hospitalisee?s?|operee?s?|admise?s?|consulte|traitee?s?|behandeld|"
    r"opgenomen|verzorgd|geopereerd|opvolging|afspraak|rendez-vous|opgevolgd|gevolgd|bevallen|"
    r"accouchee?|transferee?s?|overgebracht|onderzocht|examinee?|vue?|gezien|urgence|spoed"
    # English of mixed messages: "admitted to Brugmann hospital" (seventeenth round)
    r"|admitted|treated|hospitali[sz]ed)"
    r"[ \t]+(?:au|aux|a|en|in|dans|bij|aan|te|naar|op|to|at)[ \t]+(?:l'|la|le|het|de|the)?[ \t]*$"
)

# the same with the hospital's service between ("suivi au centre de la douleur du CHU UCL Namur",
# "opgevolgd in de post-covidraadpleging van het UZ Gent"), or a specialist of the hospital ("de
# orthopedist van het UZA", "the neurologist at UZ Leuven"; sixteenth round, fresh_synthetic9's and
# 10's tuning halves)
# (searched only when the window ends with the preposition before the hospital: fastre.EndAnchored)
_OF_WORDS = ("du", "des", "la", "l'", "het", "de", "of", "the", "at")
_CARE_VERB_THEN_SERVICE = fastre.EndAnchored(
    fastre.compile(
        r"(?:suivie?s?|soignee?s?|hospitalisee?s?|admise?s?|traitee?s?|behandeld|opgenomen|opgevolgd|gevolgd"
        r"|prise[ \t]+en[ \t]+charge(?:[ \t]+[a-z]+)?|followed|follow-up|treated|admitted)"
        r"[ \t]+(?:au|aux|a|dans|in|bij|op|at)[ \t]+(?:(?:l'|la|le|het|de|the)[ \t]*)?"
        r"(?:[\w'-]+[ \t]+){1,5}(?:du|des|de la|de l'|van het|van de|of|of the|at)[ \t]*$"
    ),
    _OF_WORDS,
)
_SPECIALIST_OF = fastre.EndAnchored(
    fastre.compile(
        r"\b(?:[a-z]+(?:logue|logues|loog|logen|iatre|iater|ologist|ologists|chirurg|chirurgien)"
        r"|orthopedist|orthopedisten|orthopediste|chirurg|chirurgien)"
        r"[ \t]+(?:du|des|de la|de l'|van het|van de|of|of the|at)[ \t]*$"
    ),
    _OF_WORDS,
)

# "à l'hôpital Erasme", "in het UZ Gent", "à la clinique Saint-Jean", "naar het ziekenhuis": a care
# institution introduced as where the person is or goes is care received.
# (searched in " " + folded from the character before the preposition: the search skips in C
# to the blanks and signs, where a look-behind was tried at every "a", "e", "i", "o", "t"...)
_INSTITUTION = fastre.compile(
    r"[^\w'](?:a|au|aux|dans|en|in|bij|naar|op|at|to|vers)[ \t]+"
    r"(?:(?:l'|la|le|les|het|de|een|un|une|the)[ \t]*)?"
    r"(?:hopital|hopitaux|clinique|cliniques(?: universitaires)?|polyclinique|"
    r"centre hospitalier(?: universitaire| regional)?|centre psychiatrique|hopital psychiatrique|"
    r"centre de revalidation|centre de reeducation|maternite|ziekenhuis|kliniek|polikliniek|"
    r"psychiatrisch (?:centrum|ziekenhuis)|revalidatiecentrum|kraamkliniek|materniteit|hospital|"
    r"chu|chr|chc|chirec|uz|az|zna|gza|uza|zol|his|pc|pz|opz|upc)(?![\w-])"
)
# the institution's name after the head word: capitalised words ("Erasme", "Saint-Jean", "Jules
# Bordet") or place words after "de/van" ("de Charleroi", "van Merksem")
_INSTITUTION_NAME = fastre.compile(
    r"(?:[ \t]+(?:(?:de|du|des|van|d'|de la|universitaire)[ \t]*)?[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3})?"
)
_INSTITUTION_HINTS = hint_words(
    "hopita",
    "clini",
    "hospital",
    "institut",
    "maternit",
    "ziekenhuis",
    "kliniek",
    "revalid",
    "psychiatr",
    "chu",
    "chr",
    "chc",
    "chirec",
    "uz",
    "az",
    "zna",
    "gza",
    "zol",
    "his",
    "pc ",
    "pz",
    "upc",
)
_SENTENCE_BREAK = fastre.compile(r"[.;!?\n]")
_BLANKS_AT = fastre.compile(r"[ \t]*")
_CARE_GAP = 60  # how far a care word may stand before the place where it is given

# A copula or verb of becoming right before an adjective that is also an ordinary word.
_COPULA_BEFORE = fastre.compile(
    r"(?<![\w])(?:est|etait|sont|etaient|devenue?s?|reste|restee|reconnue?s?(?: comme)?|declaree?s?|"
    r"is|was|zijn|waren|werd|werden|geworden|blijft|erkend als|verklaard|is sinds \w+|"
    r"are|became)(?:[ \t]+(?:voor|a|pour)[ \t]+\d{1,3}[ \t]*%)?(?:[ \t]+(?:tres|gravement|totalement|completement|partiellement|presque|quasi|"
    r"quasiment|aussi|egalement|deja|zwaar|erg|volledig|bijna|ook|al|helemaal|gedeeltelijk|half|"
    r"halfzijdig|fully|partially))?[ \t]+$"
)
# what an ordinary "invalide"/"blind" describes: a document or a number, not a person
_THING_BEFORE = fastre.compile(
    r"(?:numero|nummer|carte|kaart|document|attestation|attest|adresse|adres|code|iban|compte|"
    r"rekening|lien|link|formulaire|formulier|demande|aanvraag|paiement|betaling|date|datum|"
    r"certificat|signature|handtekening|mot de passe|wachtwoord|piece|bewijs|reference|referentie|"
    r"e-mail|mail)\w*[^.;!?\n]{0,45}$"
)
# "souffre d'une maladie de Huntington", "lijdt aan de ziekte van Huntington", "atteint d'un ..."
_SUFFERS_HINTS = hint_words("souffr", "attein", "diagnos", "lijd", "leed")
_SUFFERS_FROM = regex_anchors.registered(
    fastre.compile(
        r"(?<![\w])(?:souffr(?:e|ent|ait|ant)|atteinte?s?|diagnostiquee?s?|lijdt|leed|lijden|gediagnosticeerd)"
        r"[ \t]+(?:de|d'|du|des|aan|met|d'une?|van|from|with|de la|de l')[ \t]*"
        r"(?:(?:une?|la|le|les|een|de|het)[ \t]+)?"
        r"(?P<what>[a-z][\w'-]*(?:[ \t]+(?:de|du|des|van|d'|la|le|het)?[ \t]*[a-z][\w'-]*){0,3}?)"
        r"(?=[ \t]*(?:[.,;:!?()\n]|$|[ \t](?:et|en|depuis|sinds|mais|maar|qui|die|dont|waardoor|ce|il|elle|"
        r"hij|zij|ze|avec|met|pour|voor|a|te|in|op)\b))"
    )
)
# what "souffre de" may also govern without being health
_SUFFERS_NOT_HEALTH = frozenset(
    {
        "solitude",
        "isolement",
        "pauvrete",
        "precarite",
        "faim",
        "froid",
        "chaleur",
        "manque",
        "eenzaamheid",
        "armoede",
        "honger",
        "koude",
        "discrimination",
        "discriminatie",
        "racisme",
        "dettes",
        "schulden",
    }
)


_NAMED_AS_HOSPITAL = fastre.compile(
    r"institut|clinique|hopital|ziekenhuis|kliniek|\b(?:uz|az|chu|chr|chc|zna|gza|pc|pz|opz)\b"
)
_LOCATIVE_BEFORE = fastre.compile(
    r"(?<![\w'])(?:a|au|aux|dans|en|in|bij|naar|op|te)[ \t]+(?:(?:l'|la|le|het|de)[ \t]*)?$"
)


# Leaving a known hospital (thirteenth round: "sort de Brugmann" in fresh_synthetic6's tuning half).
_LEAVING_CARE_BEFORE = fastre.EndAnchored(
    fastre.compile(
        r"(?<![\w'])(?:sort|sortie|sortira|sorti|sortant|ontslagen|ontslag)[ \t]+(?:de|du|uit)[ \t]+"
        r"(?:(?:l'|la|le|het)[ \t]*)?$"
    ),
    ("de", "du", "uit", "l'", "la", "le", "het"),
)


_NOT_CARE_AFTER = fastre.compile(
    r"[ \t]+(?:juridique|du droit|de droit|veterinaire|voor dieren|des plantes)\b"
)


def _after_copula(before: str) -> bool:
    """ "il est invalide" (a person), not "le numéro est invalide" (a thing)."""
    clause = _SENTENCE_BREAK.split(before)[-1]
    return _COPULA_BEFORE.search(before) is not None and _THING_BEFORE.search(clause) is None


# a body part's size or side before it: "le petit doigt", "de linker knie"
_PART_SIZE = r"(?:(?:petit|petite|gros|grosse|grand|grande|kleine|grote|linker|rechter)[ \t]+)?"


def _body_parts(leaving_out: frozenset[str] = frozenset()) -> str:
    """The parts of body_parts.txt as one alternation, the longest first ("vesicule biliaire" before
    "vesicule")."""
    parts = (part for line in read_lines("body_parts.txt") if (part := line.strip()) not in leaving_out)
    return "|".join(sorted((re.escape(part) for part in parts), key=len, reverse=True))


@cache
def _body_care() -> re.Pattern[str]:
    """ "opéré de la vésicule", "mal au genou", "pijn aan de knie", "operatie aan de heup"."""
    parts = _body_parts()
    return fastre.compile(
        r"(?<![\w])(?:operations?|operee?s?|operer|intervention|chirurgie|greffe|ablation|fracture|amputee?s?|"
        r"mal|maux|douleurs?|probleme?s?|souci?s?|blessee?s?|blessure|infection|cancer|tumeur|"
        r"operatie|geopereerd|ingreep|pijn|pijnen|problemen|klachten|letsel|breuk|gebroken|kanker|"
        r"ontsteking|infectie|gekwetst|gewond|verwond|"
        # care given into a part: "des piqûres dans l'œil", "injecties in het oog" (forty-fifth round)
        r"piqures?|injections?|injecties?|spuitjes?|inspuitingen?)"
        # ("une opération importante à la jambe", "s'est cassé le petit doigt": fifteenth round)
        r"(?:[ \t]+(?:importante?|grave|lourde?|urgente?|nouvelle|deuxieme|seconde?|zware|grote|nieuwe))?"
        # pain said with its strength before the part, or in it: "des douleurs très fortes au ventre",
        # "des douleurs dans le ventre" (forty-fifth round, the sets' tuning halves)
        r"(?:[ \t]+(?:(?:tres|si|trop)[ \t]+)?(?:fortes?|vives?|intenses?|terribles?|atroces?|horribles?|violentes?))?"
        r"[ \t]+(?:(?:du|de la|de l'|des|de|au|a la|a l'|aux|a|dans|aan|in|van|op|met)[ \t]*)"
        # (the writer's own or their relatives' part too: "ik heb pijn in mijn rug", "mal à mon
        # genou", forty-fifth round)
        r"(?:(?:de|het|zijn|haar|mijn|m'n|z'n|d'r|hun|son|sa|ses|mon|ma|mes|leur|leurs|les|la|le|l')[ \t]*)?"
        + _PART_SIZE
        + r"(?:"
        + parts
        + r")(?![\w])"
        # the body part as a direct object or after "last van": "s'est cassé le bras", "se faire
        # arracher deux dents", "heeft last van zijn hart", "heeft het aan zijn longen"
        # ("een nieuwe heup" is a lexicon entry)
        r"|(?<![\w])(?:s'est casse|s'est cassee|cassee?|se faire arracher|arracher|luxee?|foulee?|"
        r"last van|het aan)"
        r"[ \t]+(?:(?:de|het|zijn|haar|son|sa|ses|les|la|le|l'|deux|trois|des|twee|drie)[ \t]*)?"
        + _PART_SIZE
        + r"(?:"
        + parts
        + r")(?![\w])"
        # Dutch puts the participle after its object: "heeft zijn been gebroken", "haar enkel verstuikt"
        r"|(?<![\w])(?:zijn|haar|de|het|een|z'n|d'r)[ \t]+(?:" + parts + r")[ \t]+"
        r"(?:gebroken|gekneusd|verstuikt|ontwricht|verbrijzeld|geamputeerd|bezeerd|geopereerd)(?![\w])"
        # blows to a body part: "des coups au visage", "klappen op zijn hoofd" (eighteenth round,
        # invented probes; in the plural: "un coup au cœur" is a shock, "un coup de main" help)
        r"|(?<![\w])(?:coups|klappen|slagen|schoppen)[ \t]+(?:au|a la|a l'|aux|sur le|sur la|sur les|op|tegen)[ \t]*"
        r"(?:(?:de|het|zijn|haar|son|sa|ses|les|la|le|l')[ \t]*)?"
        + _PART_SIZE
        + r"(?:"
        + parts
        + r")(?![\w])"
        # and a French body part with its state: "le visage tuméfié", "la lèvre enflée"
        r"|(?<![\w])(?:le|la|les|son|sa|ses|l')[ \t]*(?:" + parts + r")[ \t]+"
        r"(?:tumefiee?s?|enflee?s?|gonflee?s?|cassee?s?|brulee?s?|ensanglantee?s?)(?![\w])"
    )


regex_anchors.registered(_body_care())  # (built at import: its words registered as hint words)


_BODY_HINTS = hint_words(
    "amput",
    "oper",
    "mal",
    "maux",
    "douleur",
    "pijn",
    "probl",
    "klacht",
    "bless",
    "chirurg",
    "ingreep",
    "cass",
    "arrach",
    "luxe",
    "foule",
    "last van",
    "het aan",
    "gebroken",
    "gekneusd",
    "verstuikt",
    "ontwricht",
    "verbrijzeld",
    "geamput",
    "bezeerd",
    "gewond",
    "verwond",
    "tumefi",
    "enfle",
    "gonfle",
    "brule",
    "ensanglant",
    "coup",
    "klappen",
    "slagen",
    "schoppen",
    # (eighteenth round: head words of _body_care that had no hint, so that "une greffe de foie"
    # was never tried; found by an invented probe sentence)
    "greffe",
    "ablation",
    "intervention",
    "souci",
    "fractur",
    "infect",
    "cancer",
    "tumeur",
    "letsel",
    "breuk",
    "kanker",
    "ontsteking",
    "gekwetst",
    "piqure",
    "injecti",
    "spuitje",
    "inspuiting",
)


# What a named body part is or does: "zijn slokdarm is verbrand", "zijn benen zijn krom", "haar knie
# doet pijn", "ses genoux et une cheville gonflent", "la jambe gauche est paralysée", "mon dos me fait
# mal". The possessive or the article ties the part to someone, and the state is an injury or an
# illness (thirty-fourth round: fresh_synthetic26's and 28's tuning halves, then generated sentences).
_BODY_STATES_NL = (
    "verbrand|gebroken|gezwollen|opgezwollen|ontstoken|geinfecteerd|krom|verlamd|gekneusd|beschadigd"
    "|aangetast|ontwricht|verstuikt|misvormd|vergroeid|stijf|gevoelloos|verbrijzeld|geamputeerd|verrekt"
)
_BODY_STATES_FR = (
    "gonflee?s?|enflee?s?|cassee?s?|brulee?s?|infectee?s?|paralysee?s?|deformee?s?|fracturee?s?|luxee?s?"
    "|ankylosee?s?|engourdie?s?|douloureux|douloureuses?|abimee?s?|bloquee?s?|tordue?s?|necrosee?s?"
)
_BODY_DOINGS_FR = (
    "gonflent|gonfle|enflent|enfle|saignent|saigne|brulent|brule"
    "|(?:me|lui|leur|le|la|les)[ \\t]+(?:fait|font)[ \\t]+(?:(?:tres|si)[ \\t]+)?(?:mal|souffrir)"
)
# parts whose folded name is also a common word in this place: "la cote est bloquée" (a rating),
# "la colonne", "le front", "l'arcade"
_NOT_STATED_PARTS = frozenset({"cote", "cotes", "colonne", "front", "arcade"})


@cache
def _body_state() -> re.Pattern[str]:
    parts = _body_parts(leaving_out=_NOT_STATED_PARTS)
    part = _PART_SIZE + "(?:" + parts + ")"
    dutch_part = r"(?<![\w'])(?:zijn|haar|z'n|d'r|mijn|m'n|hun|de|het)[ \t]+" + part + r"[ \t]+"
    french_owner = r"(?:le|la|les|l'|son|sa|ses|mon|ma|mes|leur|leurs)[ \t]*"
    french_side = r"(?:[ \t]+(?:gauche|droite?)s?)?"
    # ("ses genoux et une cheville gonflent": a second part, with its own article or possessive)
    french_parts = (
        r"(?<![\w'])"
        + french_owner
        + part
        + french_side
        + r"(?:[ \t]+(?:et|ou)[ \t]+(?:une?[ \t]+|"
        + french_owner
        + ")"
        + part
        + french_side
        + ")?"
    )
    return fastre.compile(
        dutch_part
        + r"(?:is|zijn|was|waren|blijft|blijven|raakte|raakten|werd|werden)[ \t]+"
        + r"(?:(?:erg|heel|zwaar|ernstig|helemaal|nog|al|opnieuw)[ \t]+)?(?:"
        + _BODY_STATES_NL
        + r")(?![\w])"
        + "|"
        + dutch_part
        + r"(?:doet|doen|deed|deden)[ \t]+(?:(?:veel|erg|zo|nog|vaak)[ \t]+)?(?:pijn|zeer)(?![\w])"
        + "|"
        + french_parts
        + r"[ \t]+(?:(?:est|sont|etait|etaient|reste|restent|demeure)[ \t]+"
        + r"(?:(?:tres|encore|toujours|completement)[ \t]+)?(?:"
        + _BODY_STATES_FR
        + ")|"
        + _BODY_DOINGS_FR
        + r")(?![\w])"
    )


# (built at import: the words every match holds, registered as hint words)
_BODY_STATE_HINTS = regex_anchors.registered_words(_body_state())


# What a doctor forbids someone for a while or for good: "ik mag zes maanden niet rijden", "mag ze
# zes weken niet tillen", "Ik mag helemaal geen gluten meer eten", "ne peut rien porter", "il ne peut
# plus conduire". Each act is one that illness or care forbids; work counts only for a stated time or
# "van de dokter" ("je mag niet werken" without papers is a status, not a health fact)
# (thirty-fifth round: fresh_synthetic15's to 27's tuning halves).
_FOR_A_WHILE_NL = (
    r"(?:een|[0-9]{1,2}|twee|drie|vier|vijf|zes|acht|tien|twaalf|enkele|paar)[ \t]+"
    r"(?:dagen|dag|weken|week|maanden|maand|jaar)"
)
_FOR_A_WHILE_FR = r"(?:un|une|deux|trois|quatre|cinq|six|huit|dix|douze|quelques|[0-9]{1,2})[ \t]+(?:jours|semaines|mois|ans)"
_MAY_NL = r"(?<![\w'])(?:mag|mocht|mogen|mochten)[ \t]+(?:(?:ik|hij|ze|zij|je|u|jij|we|wij)[ \t]+)?"
_STILL_NL = r"(?:(?:helemaal|voorlopig|nog|zeker|absoluut|even)[ \t]+)*"
_FORBIDDEN_ACTS_NL = (
    r"(?:autorijden|tillen|sporten|(?:met[ \t]+de[ \t]+(?:wagen|auto)[ \t]+)?rijden|zwaar[ \t]+werk[ \t]+doen"
    r"|(?:zwaars|zware[ \t]+dingen)[ \t]+(?:tillen|dragen|heffen))"
)
_FORBIDDEN_FOOD_NL = r"(?:gluten|zout|suiker|suikers|lactose|vet|alcohol|koemelk|melk|noten|pinda'?s|eieren)"
_CAN_FR = r"(?<![\w'])(?:ne[ \t]+|n')?(?:peut|peux|peuvent|pourra|pourront|doit|doivent)[ \t]+"
_FORBIDDEN_ACTS_FR = (
    r"(?:conduire|porter[ \t]+(?:de|des)[ \t]+(?:charges?|poids|choses[ \t]+lourdes)|porter[ \t]+(?:de[ \t]+)?lourd"
    r"|soulever[ \t]+(?:de|des)[ \t]+(?:charges?|poids)|faire[ \t]+du[ \t]+sport)"
)


@cache
def _forbidden_by_care() -> re.Pattern[str]:
    return fastre.compile(
        _MAY_NL
        + "(?:"
        + _FOR_A_WHILE_NL
        + r"[ \t]+)?"
        + _STILL_NL
        + r"(?:niet|geen|niets)[ \t]+(?:meer[ \t]+)?(?:"
        + _FORBIDDEN_ACTS_NL
        + "|"
        + _FORBIDDEN_FOOD_NL
        + r"[ \t]+(?:meer[ \t]+)?(?:eten|drinken))(?![\w])"
        + "|"
        + _MAY_NL
        + _FOR_A_WHILE_NL
        + r"[ \t]+"
        + _STILL_NL
        + r"(?:niet|geen)[ \t]+(?:meer[ \t]+)?(?:gaan[ \t]+)?werken(?![\w])"
        + "|"
        + _MAY_NL
        + _STILL_NL
        + r"niet[ \t]+(?:meer[ \t]+)?(?:gaan[ \t]+)?werken[ \t]+van[ \t]+(?:de|zijn|haar|mijn)[ \t]+"
        + r"(?:dokter|arts|huisarts|specialist|cardioloog|chirurg)(?![\w])"
        + "|"
        + _CAN_FR
        + r"(?:plus|pas|jamais)[ \t]+(?:(?:du[ \t]+tout|encore)[ \t]+)?"
        + _FORBIDDEN_ACTS_FR
        + r"(?![\w])"
        + "|"
        + _CAN_FR
        + r"rien[ \t]+(?:porter|soulever)(?![\w])"
        + "|"
        + _CAN_FR
        + r"(?:plus|pas)[ \t]+manger[ \t]+(?:de|du|la[ \t]+moindre[ \t]+trace[ \t]+de)[ \t]+"
        + r"(?:gluten|sel|sucre|lactose|gras)(?![\w])"
        + "|"
        + _CAN_FR
        + r"(?:plus|pas)[ \t]+travailler[ \t]+(?:pendant|durant)[ \t]+"
        + _FOR_A_WHILE_FR
        + r"(?![\w])"
    )


regex_anchors.registered(_forbidden_by_care())  # (built at import: its words registered as hint words)

# (every match of _forbidden_by_care opens with one of these: rarer than the words the parse tree
# gives, "niet", "geen", "faire", so a text without them is not searched)
_FORBIDDEN_BY_CARE_HINTS = hint_words("mag", "mocht", "mogen", "peut", "peux", "pourr", "doit", "doiv")

# a law, not a doctor, forbids it: "zonder rijbewijs mag hij niet rijden", "sans permis, il ne peut
# pas conduire", "zonder papieren mag je niet werken"
_FORBIDDEN_BY_LAW = fastre.compile(
    r"rijbewijs|permis|papieren|papiers|verblijfsvergunning|titre de sejour|werkvergunning|arbeidskaart"
)


def _forbidden_by_care_found(doc: Doc) -> list[Finding]:
    """Each ban of :func:`_forbidden_by_care` as a health finding, but where a licence, papers or a
    permit are named around it (within 60 characters before it, 40 after)."""
    folded = doc.folded
    out: list[Finding] = []
    for m in regex_anchors.search_folded(_forbidden_by_care(), doc):
        low = m.start() - 60 if m.start() > 60 else 0
        if _FORBIDDEN_BY_LAW.search(folded, low, m.end() + 40):
            continue
        out.append(new_finding(m.start(), m.end(), "HEALTH", "health_grammar", f"santé : {m.group(0)}"))
    return out


# A care discipline named as what someone studies or teaches: "étudiant en kinésithérapie", "inscrit
# en baccalauréat (kinésithérapie)", "een opleiding verpleegkunde", "studeert psychologie".
# a number of staff: "- 1 psychologue", "- 1 assistant psychologue", "4 infirmières" (seventh round)
_STAFF_COUNT_BEFORE = fastre.compile(r"(?<![\w.,/-])[0-9]{1,3}[ \t]+(?:assistante?s?[ \t]+)?$")
_PROFESSION = fastre.compile(
    r"(?:logues?|loog|logen|iatres?|iaters?|istes?|isten|ecins?|iers?|ieres?|eutes?|euten|kundigen?|arts"
    r"|artsen|chirurg|chirurgen|orthopeed|orthopeden)$"
)
# A doctor's own title after their name, where the name opens a line or a bracket or follows a
# speaker's label: "dr. K. Vandenbussche, geriater" signing, "Sprekers: dr. Griet Lenssens, oncoloog",
# "(dr. Eva Peeters, geriater)": a signature or a speaker, not care someone receives (forty-fifth
# round: the invented sets' tuning halves leave such titles unlabelled, and label "orientée vers le
# Dr Ngoy, psychiatre", which a sentence's words open). A form's field keeps it ("Médecin : Dr X,
# oncologue" on a person's file tells their illness).
_DOCTORS_TITLE_BEFORE = fastre.compile(
    r"(?:^|[\n(]|(?:spreker|sprekers|intervenante?s?|orat(?:eur|rice)s?|speakers?)[ \t]*:)[ \t]*"
    r"(?:dr|dokter|docteur|prof|professeur)\.?[ \t]+(?:[\w'.-]+[ \t]+){0,3}[\w'.-]+[ \t]*,[ \t]*$"
)


def _doctors_title(folded: str, start: int, end: int) -> bool:
    """Whether the word ``folded[start:end]`` is a profession written as a doctor's own title."""
    return (
        _PROFESSION.search(folded, start, end) is not None
        and _DOCTORS_TITLE_BEFORE.search(folded, start - 60 if start > 60 else 0, start) is not None
    )


_STUDY_YEARS = (
    "premiere",
    "deuxieme",
    "troisieme",
    "quatrieme",
    "cinquieme",
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
)
_STUDY_BEFORE = fastre.EndAnchored(
    fastre.compile(
        r"(?<![\w])(?:etudiante?s?|etudes?|bachelier|baccalaureat|bac|master|graduat|formation|des cours|"
        r"diplome|diplomee?|enseignante?|professeur|student|studente|studeert|studie|studies|opleiding|"
        r"bachelor|diploma|cursus|docent)"
        # (a year between: "des cours de troisième bac de kinésithérapie", "tweede jaar")
        r"(?:[ \t]+(?:en|de|d'|in|du|des|la|een|het|tot|van|als|" + "|".join(_STUDY_YEARS) + r")){0,4}"
        r"[ \t]*[(]?[ \t]*$"
    ),
    # (the words a match can end with, before its blanks and opening bracket)
    (
        "etudiant",
        "etudiante",
        "etudiants",
        "etudiantes",
        "etude",
        "etudes",
        "bachelier",
        "baccalaureat",
        "master",
        "graduat",
        "formation",
        "des cours",
        "diplome",
        "diplomee",
        "diplomees",
        "enseignant",
        "enseignante",
        "enseignants",
        "enseignantes",
        "professeur",
        "student",
        "studente",
        "studeert",
        "studie",
        "studies",
        "opleiding",
        "bachelor",
        "diploma",
        "cursus",
        "docent",
        "en",
        "de",
        "d'",
        "in",
        "du",
        "des",
        "la",
        "een",
        "het",
        "tot",
        "van",
        "als",
        "bac",
        *_STUDY_YEARS,
    ),
    " \t(",
)


# "travaille comme infirmière à l'hôpital", "werkt als poetsvrouw in het ziekenhuis", "un contrat
# article 60 à la clinique": the institution is where the person works, not where care is received.
_WORK_BEFORE = fastre.compile(
    r"(?<![\w])(?:travaill\w*|employee?s?|engagee?s?|embauchee?s?|stagiaire|stage|interim\w*|emploi|"
    r"contrat|article 60|art\. ?60|mise au travail|werkt|werkte|werken|werkzaam|tewerkgesteld|"
    r"tewerkstelling|aangeworven|job|jobstudent|vacature|solliciteer\w*|postule\w*|"
    r"comme (?:infirmier|infirmiere|aide-soignante?|nettoyeu\w+|technicien\w*|cuisinier\w*|agent\w*|"
    r"medecin|brancardier|secretaire|benevole)|"
    r"als (?:verpleeg\w+|verpleger|poets\w+|schoonmaak\w*|schoonmaker\w*|zorgkundige|arts|logistiek\w*|"
    r"secretaresse|vrijwilliger))"
    r"[^.;!?\n]{0,40}$"
)
_WORK_HINTS = hint_words(
    "travaill",
    "employe",
    "engage",
    "embauch",
    "stage",
    "interim",
    "emploi",
    "contrat",
    "60",
    "werk",
    "aangeworven",
    "job",
    "vacature",
    "sollicit",
    "postul",
    "comme ",
    "als ",
)


def _at_work(doc: Doc, start: int) -> bool:
    return (
        has_any(doc, _WORK_HINTS) and _WORK_BEFORE.search(doc.folded, max(0, start - 70), start) is not None
    )


def _institutions(doc: Doc, hospitals: dict[int, int]) -> list[Finding]:
    """Care institutions introduced by a locative preposition."""
    folded = doc.folded
    out: list[Finding] = []
    # a known hospital whose name says what it is ("l'Institut Bordet", "het UZ Gent")
    for start, end in hospitals.items():
        if _NAMED_AS_HOSPITAL.search(folded, start, end) is None:
            continue
        lead = _LOCATIVE_BEFORE.search(folded, max(0, start - 14), start)
        if lead is not None and not _at_work(doc, lead.start()):
            out.append(
                new_finding(lead.start(), end, "HEALTH", "care_place", "soins : établissement de soins")
            )
    # (each offset in " " + folded is one more than in folded: the match from the character before
    # the preposition ends where the preposition's match in folded would, and starts at it)
    for found in _INSTITUTION.finditer(" " + folded):
        m_start, m_end = found.start(), found.end() - 1
        end = m_end
        name_start = _BLANKS_AT.match(folded, end).end()  # type: ignore[union-attr]
        if name_start in hospitals:
            end = hospitals[name_start]
        elif not doc.mostly_lower:
            named = _INSTITUTION_NAME.match(doc.text, end)
            if named:
                end = named.end()
        line_start = folded.rfind("\n", 0, m_start) + 1
        if _ADDRESSEE_CONTEXT.search(folded[line_start:m_start]):
            continue
        if _NOT_CARE_AFTER.match(folded, m_end):
            continue  # "une clinique juridique", "clinique vétérinaire"
        if _at_work(doc, m_start):
            continue  # where the person works
        head = folded[m_start:m_end].split()[-1]
        if head in {"his", "pc", "pz", "az", "uz", "chu", "chr", "chc", "zol", "opz", "upc"} and end == m_end:
            continue  # a bare acronym ("in het PC", "op zijn PC") needs a name after it
        out.append(new_finding(m_start, end, "HEALTH", "care_place", "soins : établissement de soins"))
    return out


# Someone who is, lies or stays at a known hospital since or until a time: "ma mere est a la
# Citadelle depuis hier soir", "ze ligt in Sint-Jan sinds zondag" (forty-sixth round,
# fresh_synthetic40's tuning half). The time after the name tells a stay, not a visit or a place.
_STAYING_AT_BEFORE = fastre.EndAnchored(
    fastre.compile(
        # (said of a person: a pronoun, a relative, or a title and a name; not "la réunion est à
        # Saint-Pierre depuis 2019")
        r"(?<![\w'])(?:il|elle|ils|elles|hij|ze|zij|he|she|(?:sa|son|ma|mon|leur|notre|votre|zijn|haar|mijn|"
        r"hun|onze|uw|his|her|my|mme|mevr|mevrouw|madame|monsieur|meneer|dhr|m)\.?[ \t]+[\w-]+)[ \t]+"
        r"(?P<stay>est|etait|sont|reste|restera|ligt|lag|liggen|verblijft|verbleef|is|was|zit)"
        r"[ \t]+(?:(?:nog|toujours|encore|al|deja)[ \t]+)?(?:a|au|in|op)[ \t]+(?:(?:l'|la|le|het)[ \t]*)?$"
    ),
    ("a", "au", "in", "op", "l'", "la", "le", "het"),
)
_STAY_TIME_AFTER = fastre.compile(r"[ \t]+(?:depuis|sinds|since|jusqu'a|jusqu'au|tot|until)\b")


def _staying_at_hospitals(doc: Doc, hospitals: dict[int, int]) -> list[Finding]:
    folded = doc.folded
    out: list[Finding] = []
    for start, end in hospitals.items():
        if _STAY_TIME_AFTER.match(folded, end) is None:
            continue
        stay = _STAYING_AT_BEFORE.search(folded, start - 30 if start > 30 else 0, start)
        if stay is not None:
            # (from the verb: the person's name keeps its own category)
            out.append(
                new_finding(stay.start("stay"), end, "HEALTH", "care_place", "soins : séjour à l'hôpital")
            )
    return out


def _leaving_hospitals(doc: Doc, hospitals: dict[int, int]) -> list[Finding]:
    """Leaving a known hospital, whatever its name says: "sort de Brugmann le 4/12", "ontslagen uit
    het AZ Sint-Jan" (a discharge is care received)."""
    folded = doc.folded
    out: list[Finding] = []
    for start, end in hospitals.items():
        discharge = _LEAVING_CARE_BEFORE.search(folded, max(0, start - 24), start)
        if discharge is not None:
            out.append(
                new_finding(discharge.start(), end, "HEALTH", "care_place", "soins : sortie d'hôpital")
            )
        elif folded.endswith(_OUT_OF, 0, start):
            left = _LEFT_AFTER.match(folded, end)
            if left is not None:
                out.append(new_finding(start, left.end(), "HEALTH", "care_place", "soins : sortie d'hôpital"))
    return out


# Dutch puts the leaving after the hospital: "sinds hij uit het ZNA Stuivenberg is weggelopen", "toen
# ze uit het UZ ontslagen werd" (sixteenth round, fresh_synthetic10's tuning half)
_OUT_OF = ("uit het ", "uit de ", "uit ")
_LEFT_AFTER = fastre.compile(
    r"[ \t]+(?:(?:is|was|werd|wordt|zal|gaat)[ \t]+)?(?:weggelopen|ontslagen|ontsnapt|vertrokken|gekomen|ontslag)\b"
)


def _known_hospitals_after_care(doc: Doc, hits: list[Match], care: list[Finding]) -> list[Finding]:
    """ "hospitalisée du 3 au 12 mars à Saint-Luc": a known hospital after a care word in the same
    sentence, introduced by a preposition."""
    folded = doc.folded
    care = sorted(care, key=lambda f: f.end)
    ends = [f.end for f in care]
    out: list[Finding] = []
    for hit in hits:
        lead = _LOCATIVE_BEFORE.search(folded, max(0, hit.start - 12), hit.start)
        if lead is None:
            continue
        place_start = lead.start()
        # the care findings that end at most _CARE_GAP characters before the place, nearest first
        low = bisect.bisect_left(ends, place_start - _CARE_GAP)
        high = bisect.bisect_right(ends, place_start)
        for finding in reversed(care[low:high]):
            if not _SENTENCE_BREAK.search(folded, finding.end, place_start):
                out.append(new_finding(finding.start, hit.end, "HEALTH", "care_place", f"soins : {hit.term}"))
                break
    return out


def _join_care_places(doc: Doc, found: list[Finding]) -> list[Finding]:
    """A care word and the care place that follows it in the same clause become one span."""
    folded = doc.folded
    found = sorted(found, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in found:
        if out and f.recognizer == "care_place" and f.start >= out[-1].end:
            gap = folded[out[-1].end : f.start]
            if len(gap) <= _CARE_GAP and not _SENTENCE_BREAK.search(gap):
                last = out[-1]
                out[-1] = new_finding(last.start, f.end, "HEALTH", last.recognizer, last.explanation)
                continue
        out.append(f)
    return out


def _suffers_from(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    if not has_any(doc, _SUFFERS_HINTS):
        return out
    for m in regex_anchors.search_folded(_SUFFERS_FROM, doc):
        what = m.group("what")
        if not what or what.split()[0] in _SUFFERS_NOT_HEALTH:
            continue
        out.append(new_finding(m.start(), m.end(), "HEALTH", "health_grammar", f"santé : {m.group(0)}"))
    return out


# The wording of being ill or treated, whatever the illness: "souffre depuis des années d'une X",
# "lijdt al jaren aan X", "kampt met X", "wordt behandeld voor X", "opgenomen wegens X", "traitée
# pour une X", "diagnosed with X". The cue governs the condition that follows (a noun group of at
# most three words, up to the clause's end); a few time and degree words may stand between the cue
# and its preposition. After the cues that also govern ordinary things ("behandeld voor het einde
# van de maand", "kampt met schulden", "traité pour le 5 mai") the noun group must hold a word that
# is no frequent French or Dutch word: a condition the lexicon does not know yet.
_CONDITION_CUE_HINTS = hint_words(
    "souffr",
    "attein",
    "diagnos",
    "lijd",
    "leed",
    "kamp",
    "suffer",
    "trait",
    "soign",
    "hospitali",
    "opere",
    "behandel",
    "opgenomen",
    "admitted",
    "treat",
    "medica",
    "medicij",
    "geneesmiddel",
    "presente",
    "vertoon",
    "porteu",
    "drager",
    "attestant",
    "sympto",
    "constat",
)
_CONDITION_CUE_WORDS = (
    r"(?P<strong>souffr(?:e|ent|ait|aient|ant|ir)|atteinte?s?|diagnostiquee?s?|lijdt|leed|lijden|"
    r"lijdend|lijdende|gediagnosticeerd|suffers?|suffering|suffered|diagnosed)"
    r"|(?P<weak>kampt|kampen|kampte|traitee?s?|soignee?s?|hospitalisee?s?|operee?s?|behandeld|opgenomen|"
    r"geopereerd|treated|hospitali[sz]ed|admitted|sous traitement|en traitement|in behandeling|"
    r"medicaments?|medicatie|medicijnen|geneesmiddelen|medication|diagnostic|diagnose|diagnosis|"
    # a finding or a sign of the condition: "présente une X", "vertoont X", "porteur d'une X",
    # "certificats attestant d'une X", "symptômes de X", "le médecin a constaté une X"
    r"presente|presentent|presentait|presentant|vertoont|vertonen|vertoonde|porteurs?|porteuses?|drager|draagster|"
    r"attestant|symptomes|symptomen|symptoms|constate|constatee?|a diagnostique|ont diagnostique)"
)
_CONDITION_CUE = fastre.compile(
    r"[^\w](?P<cue>" + _CONDITION_CUE_WORDS + r")(?![\w])"
    r"(?:[ \t]+(?:depuis|sinds|since|al|reeds|nog|steeds|toujours|deja|aussi|egalement|ook|gravement|"
    r"ernstig|zwaar|erg|sterk|fortement|beaucoup|veel|chronisch|[0-9]{4}|jaren|maanden|weken|ans|"
    r"annees|mois|semaines|plusieurs|quelques|deux|trois|enkele|lang|longtemps|years|months|hier|ici|"
    r"medicalement|medisch|actuellement|momenteel|currently|also|recemment|onlangs|recently|for)){0,4}"
    r"(?:[ \t]+(?P<prep>de|d'|du|des|de la|de l'|d'une?|aan|met|van|voor|wegens|omwille van|vanwege|pour|"
    r"contre|tegen|from|with|for|of|avec))?[ \t]*"
    r"(?:(?:une?|la|le|les|l'|een|de|het|a|an|the|zijn|haar|son|sa|ses|his|her|des)[ \t]+)?"
    r"(?P<what>[a-z][\w'-]*(?:[ \t]+(?:de|du|des|van|d'|la|le|het|of)?[ \t]*[a-z][\w'-]*){0,2}?)"
    r"(?=[ \t]*(?:[.,;:!?()\n]|$|[ \t](?:et|en|depuis|sinds|mais|maar|qui|die|dont|waardoor|ce|il|elle|"
    r"hij|zij|ze|avec|met|pour|voor|a|te|in|op|and|but|since|last|at|en|au|dans|bij|chez|sur|na|apres|"
    r"wordt|werd|est|was|is|a|heeft|had|vast)\b))"
)
# Every cue is one word or ends with one (its last word): between a non-word character and a
# character that is no word character, each is a word of the text the lexicons read
# (lexicon.spaced_words). The expression is tried at every blank and punctuation mark of the text,
# costly; a text without any of these words holds no match and is not searched with it, and a text
# with some is searched from _CUE_LEAD characters before the first place one of them is found.
_CUE_FORMS = fastre.literals(_CONDITION_CUE_WORDS)
_CUE_LAST_WORDS = frozenset(form.split()[-1] for form in _CUE_FORMS) if _CUE_FORMS else None
_CUE_LEAD = max((len(form) - len(form.split()[-1]) for form in _CUE_FORMS), default=0) if _CUE_FORMS else 0

# Not a condition after a cue: a possessive or a procedure's word, and a clause, a pronoun or a
# negation ("le juge constate que la demanderesse...", "vertoont geen symptomen", 2026-12-04).
_NOT_A_CONDITION = frozenset(
    {"het", "zijn", "haar", "dossier", "demande", "aanvraag", "register", "que", "dat", "si", "of", "hoe"}
    | {"wat", "welke", "wie", "comment", "pourquoi", "waarom", "il", "elle", "ils", "elles", "hij", "zij"}
    | {"ze", "er", "ce", "cela", "ceci", "dit", "pas", "rien", "niets", "geen", "aucun", "aucune", "niet"}
)

# "la pathologie dont souffre le requérant", "de ziekte waaraan verzoeker lijdt", "les affections
# dont elle est atteinte": the relative clause says the person has what the noun before names.
_RELATIVE_HINTS = hint_words("dont", "waaraan", "waar ")
# (the marker is searched first, then the noun before it and the verb after it are read there: a
# pattern that starts on the noun would be tried at every letter of the text)
_RELATIVE_MARKER = regex_anchors.registered(fastre.compile(r"(?<![\w])(?:dont|waaraan|waar)[ \t]+"))
_NOUN_BEFORE = fastre.compile(r"(?<![\w'])(?P<noun>[a-z][\w-]*)[ \t]+$")
_SUFFERED_AFTER = fastre.compile(
    r"(?:[\w'-]+[ \t]+){0,3}?"
    r"(?:souffr(?:e|ent|ait|aient)|(?:est|etait|sont) atteinte?s?|(?:aan[ \t]+)?(?:lijdt|leed|lijden))(?![\w])"
)


# Undergoing care: "moet een zware behandeling ondergaan", "onderging een ingreep", "doit subir une
# intervention", "a subi deux opérations" (not "une ongelijke behandeling", "un traitement
# discriminatoire": the way an administration treats someone).
_UNDERGO_HINTS = hint_words("onderga", "onderging", "subi")
_CARE_UNDERGONE = (
    r"(?:(?:zware|lange|langdurige|dringende|medische|nieuwe|tweede|lourde?s?|longue|nouvelle|seconde|"
    r"deuxieme|autre|medicale?s?|chirurgicale?s?|urgente?s?)[ \t]+)?"
    r"(?:behandelingen|behandeling|operaties|operatie|ingrepen|ingreep|therapie|onderzoeken|chemo|"
    r"traitements?|operations?|interventions?|greffe|transplantation|amputation|examens|chimiotherapie)"
)
_UNDERGO_VERB = regex_anchors.registered(
    fastre.compile(
        r"(?<![\w])(?:(?P<nl>ondergaan|ondergaat|onderging|ondergingen)|subir|subit|subi|subie|subira|subissent)"
        r"(?![\w])"
    )
)
_UNDERGONE_BEFORE = fastre.compile(
    r"(?<![\w])(?:(?:een|de|het|twee|drie)[ \t]+)?" + _CARE_UNDERGONE + r"[ \t]+"
    r"(?:(?:moet|moest|zal|zou|kan|gaat|te)[ \t]+)?$"
)
_UNDERGONE_AFTER = fastre.compile(
    r"[ \t]+(?:(?:een|de|het|une?|des|la|le|deux|trois|twee|drie|plusieurs|meerdere)[ \t]+)?"
    + _CARE_UNDERGONE
    + r"(?![\w])(?![ \t]+(?:injuste|discriminatoire|inhumain|degradant|defavorable|different|inegal|"
    r"humiliant|de faveur))"
)
_NOT_CARE_UNDERGONE = fastre.compile(
    r"(?:ongelijke|discriminerende|onmenselijke|vernederende|oneerlijke|slechte|andere|gunstige|"
    r"ongunstige)[ \t]+behandeling"
)


def _care_undergone(doc: Doc) -> list[Finding]:
    if not has_any(doc, _UNDERGO_HINTS):
        return []
    folded = doc.folded
    out: list[Finding] = []
    for verb in regex_anchors.search_folded(_UNDERGO_VERB, doc):
        start, end = verb.start(), verb.end()
        after = _UNDERGONE_AFTER.match(folded, end)
        if after is not None:
            end = after.end()
        elif verb.group("nl"):
            before = _UNDERGONE_BEFORE.search(folded, max(0, start - 80), start)
            if before is None:
                continue
            start = before.start()
        else:
            continue
        if _NOT_CARE_UNDERGONE.search(folded, start, end) is None:
            out.append(new_finding(start, end, "HEALTH", "health_grammar", f"santé : {folded[start:end]}"))
    return out


def _is_ordinary_word(word: str, ordinary: frozenset[str]) -> bool:
    """A frequent word, or a compound ending in one ("huurachterstand", "leefloonaanvraag")."""
    if word in ordinary or word.rstrip("s") in ordinary or word.endswith(("ment", "ments")):
        return True  # (French adverbs and nouns in "-ment": "utilement", "hébergement")
    return any(word[i:] in ordinary for i in range(3, len(word) - 4))


def _condition_after_cue(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    folded = doc.folded
    if has_any(doc, _RELATIVE_HINTS):
        for marker in regex_anchors.search_folded(_RELATIVE_MARKER, doc):
            verb = _SUFFERED_AFTER.match(folded, marker.end())
            if verb is None:
                continue
            noun = _NOUN_BEFORE.search(folded, max(0, marker.start() - 40), marker.start())
            if noun is None or noun.group("noun") in _SUFFERS_NOT_HEALTH | _NOT_A_CONDITION:
                continue
            start, end = noun.start(), verb.end()
            out.append(new_finding(start, end, "HEALTH", "health_grammar", f"santé : {folded[start:end]}"))
    if not has_any(doc, _CONDITION_CUE_HINTS):
        return out
    search_from = 0
    if _CUE_LAST_WORDS is not None:
        present = _CUE_LAST_WORDS.intersection(spaced_words(doc))
        if not present:
            return out
        # (in " " + folded, the character before a cue whose last word is at ``at`` in ``folded``
        # is at ``at`` less the length of the words before it, at most _CUE_LEAD)
        first = min([folded.find(word) for word in present])
        search_from = max(0, first - _CUE_LEAD) if first >= 0 else 0
    ordinary = ordinary_words()
    # (the pattern starts on the character before the cue, so the search skips letters in C: it
    # reads the text after a space, and each offset is one less in the text itself)
    for m in _CONDITION_CUE.finditer(" " + folded, search_from):
        words = [w.split("'")[-1] for w in m.group("what").split()]
        if not words or words[0] in _SUFFERS_NOT_HEALTH or words[0] in _NOT_A_CONDITION:
            continue
        # after a verb that also governs ordinary things, or a cue without its preposition, the
        # noun group must hold a word that is no frequent word (a condition the lexicon lacks)
        if (m.group("weak") or not m.group("prep")) and not any(
            len(w) >= 5 and w.isalpha() and not _is_ordinary_word(w, ordinary) for w in words
        ):
            continue
        start, end = m.start("cue") - 1, m.end() - 1
        out.append(new_finding(start, end, "HEALTH", "health_grammar", f"santé : {folded[start:end]}"))
    return out


# "leucémie myéloblastique aigüe", "diabète de type 2", "acute myeloïde leukemie": the modifiers
# belong to the diagnosis (a span that stops at "leucémie" leaks the rest).
_MODIFIERS_AFTER = fastre.compile(
    r"(?:[ \t]+(?:de type \d|type \d|(?:au |de )?stade \w+|aigue?s?|aigus?|chroniques?|severes?|graves?|"
    r"terminale?s?|malignes?|malins?|benigne?s?|evolutive?s?|progressive?s?|invalidante?s?|resistante?s?|"
    # the stage and spread, in French and Dutch: "à un stade avancé", "in een vergevorderd stadium"
    r"a un stade (?:avance|terminal|precoce|tardif)|en phase (?:terminale|avancee|aigue|palliative)|"
    r"avec (?:des )?metastases|(?:in|op) (?:een )?(?:ver)?gevorderd stadium|in (?:een )?(?:terminaal|laat) stadium|"
    r"met uitzaaiingen|nervosa|ouverte|en urgence|virale [a-e]|"
    # (twenty-sixth round, generated diagnoses) a stage or grade in Dutch and English, drug
    # resistance, the organ, a spinal level, the virus's letter: "borstkanker in stadium 4",
    # "tuberculose multirésistante", "cirrhose du foie", "hernia L5-S1", "hépatite virale B"
    r"(?:in |op )?(?:stadium|graad|grade|stage) (?:\d+[a-c]?|[ivx]+[a-c]?)|multiresistante?|multiresistent|"
    r"non[ -]hodgkinien(?:ne)?|non[ -]hodgkin|"
    r"(?:du|de la|de l'|des) (?:foie|poumons?|seins?|prostate|colon|rectum|pancreas|reins?|cerveau|estomac|"
    r"uterus|ovaires?|vessie|larynx|oesophage|thyroide|sang|coeur|col de l'uterus)|"
    r"[lcdt]\d{1,2}[-/][lcdts]?\d{1,2}|"
    r"[a-z]{3,}(?:osa|osum|alis)|"  # (a Latin adjective: "retinitis pigmentosa")
    r"[a-z]{3,}(?:ique|iques|ienne|oide|oides|ale|ales|oire|oires|aire|aires)"
    r")(?![\w']))+"
)
_MODIFIERS_BEFORE = fastre.EndAnchored(
    fastre.compile(
        r"(?:(?:acute|chronische|ernstige|zware|kwaadaardige|goedaardige|ongeneeslijke|terminale|progressieve|"
        r"gevorderde|vergevorderde|invaliderende|[a-z]{3,}(?:ische|oide)|"
        # English puts the stage and the kind before the noun: "stage 4 lung cancer", "severe
        # chronic kidney disease" (27th round; the generated diagnoses of the 26th lost the stage).
        # ASCII digits only: "\d" takes other scripts' digits, which the end-word test below does not
        # list (Hypothesis found "stage ٠ " in the 28th round)
        r"chronic|severe|metastatic|advanced|malignant|terminal|progressive|aggressive|"
        r"(?:stage|grade) (?:[0-9]+[a-c]?|(?:i{1,3}|iv)[a-c]?))[ \t]+)+$"
    ),
    # (the words a match can end with, before its blanks)
    (
        "chronic",
        "severe",
        "metastatic",
        "advanced",
        "malignant",
        "terminal",
        "progressive",
        "aggressive",
        *"0123456789",
        "i",
        "v",
        "a",
        "b",
        "c",
        "acute",
        "chronische",
        "ernstige",
        "zware",
        "kwaadaardige",
        "goedaardige",
        "ongeneeslijke",
        "terminale",
        "progressieve",
        "gevorderde",
        "vergevorderde",
        "invaliderende",
        "ische",
        "oide",
    ),
)


# the care act or cost a treatment word is the object of: "séances de kiné", "cures de
# chimiothérapie", "frais de revalidation", "matériel de dialyse", "behandeling van diabetes",
# "terugbetaling van de voedingssondes", "victime d'une hémorragie cérébrale"
_CARE_NOUN_BEFORE = fastre.EndAnchored(
    fastre.compile(
        r"(?<![\w])(?:\d+[ \t]+)?(?:seances?|cures?|frais|materiel|factures?|sejour|consultations?|traitement|"
        r"programme|behandeling|vorm|terugbetaling|kosten|plaatsen|noodzaak|opname|sessies?|beurten|"
        r"victime|atteinte?s?)"
        r"(?:[ \t]+(?:de|d'|du|des|de la|de l'|en|van|van de|van het|in de|voor|d'une?))?[ \t]*$"
    ),
    # (the words a match can end with, before its blanks)
    (
        "seance",
        "seances",
        "cure",
        "cures",
        "frais",
        "materiel",
        "facture",
        "factures",
        "sejour",
        "consultation",
        "consultations",
        "traitement",
        "programme",
        "behandeling",
        "vorm",
        "terugbetaling",
        "kosten",
        "plaatsen",
        "noodzaak",
        "opname",
        "sessie",
        "sessies",
        "beurten",
        "victime",
        "atteint",
        "atteinte",
        "atteints",
        "atteintes",
        "de",
        "d'",
        "du",
        "des",
        "la",
        "l'",
        "en",
        "van",
        "het",
        "voor",
        "d'un",
        "d'une",
    ),
)


def _with_modifiers(folded: str, start: int, end: int) -> tuple[int, int]:
    after = _MODIFIERS_AFTER.match(folded, end)
    if after:
        end = after.end()
    before = _MODIFIERS_BEFORE.search(folded, start - 40 if start > 40 else 0, start)
    if before:
        start = before.start()
    noun = _CARE_NOUN_BEFORE.search(folded, start - 40 if start > 40 else 0, start)
    if noun and noun.end() == start and noun.start() < start:
        start = noun.start()
    return start, end


# A disease named after a person: "la maladie de Huntington", "de ziekte van Kahler", "le syndrome
# de Gilles de la Tourette", "the syndrome of Down" (twenty-sixth round: the lexicon holds "maladie"
# and "ziekte", and a redaction of those alone left the name that says which disease). The name is
# capitalised and follows "de", "d'", "du", "van", "von" or "of".
_EPONYM_NOUN = fastre.compile(
    r"(?:maladie|ziekte|syndrome|syndroom|syndrom|disease|morbus|lymphome|lymfoom|lymphoma|sarcome|sarcoom"
    r"|tumeur|tumor|musculaire|ataxie|ataxia)$"
)
# (an insurer's office is named after its town: "l'Assurance maladie de Valenciennes")
_INSURANCE_BEFORE = fastre.compile(r"(?:assurance|caisse)[ \t]+$")
_EPONYM_AFTER = fastre.compile(
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+|d['’]|du[ \t]+|van[ \t]+|von[ \t]+|of[ \t]+)"
    r"(?:[Vv]on[ \t]+|[Vv]an[ \t]+)?(?P<name>[A-ZÀ-Ý][\w'’]*)(?:[-–][A-ZÀ-Ý][\w'’]*)*"
    r"(?:[ \t]+de[ \t]+la[ \t]+[A-ZÀ-Ý]\w*)?(?![\w'’-])(?![ \t]+[A-ZÀ-Ý][a-zà-ÿ])"
)


def _with_eponym(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if _EPONYM_NOUN.search(doc.folded, max(start, end - 10), end) and not _INSURANCE_BEFORE.search(
        doc.folded, max(0, start - 12), start
    ):
        after = _EPONYM_AFTER.match(doc.text, end)
        # (not a first name, nor a name and surname: "la maladie de Jan", "de ziekte van Pierre
        # Dupont" are someone's illness, named before; "le syndrome de Gilles de la Tourette" is one)
        if after and (" de la " in after.group(0) or fold(after.group("name")) not in first_names()):
            return start, after.end()
    return start, end


# Diagnoses the lexicon does not list ("cholangiocarcinome", "neuroblastoom", "sarcoïdose",
# "polyneuropathie"): a rare word with the ending of a medical term. Frequent words with such an
# ending ("suite", "chose", "sympathie", "académie") and first names ("Jérôme") are ordinary words.
_MEDICAL_ENDINGS = fastre.compile(
    r"(?<![\w'-])[a-z]{3,}(?:ites?|oses?|omes?|emies?|algies?|pathies?|ectomies?|plegies?|penies?|scopies?"
    # (2026-12-04) imaging, incisions, skin, speech, wasting, growth and weakness: "coronarographie",
    # "trachéotomie", "sclérodermie", "dysphasie", "dyslexie", "dystrophie", "dysplasie", "myasthénie"
    r"|graphies?|tomies?|dermies?|phasies?|lexies?|trophies?|plasies?|sthenies?"
    r"|itis|oom|omen|emie|pathie|plegie|ectomie|penie|scopie|ectomy|oma|osis"
    r"|grafie|tomie|dermie|fasie|lexie|trofie|plasie|stenie"
    # (2026-12-04) therapies, parasitoses, breathing, urine, bleeding, heart rate, dilatations and
    # blood disorders, in French, Dutch and English: "ergothérapie", "physiotherapy", "amibiase",
    # "schistosomiasis", "dyspnée", "protéinurie", "ménorragie", "tachycardie", "télangiectasie",
    # "septicaemia"
    r"|therapies?|therapy|therapieen|iases?|iasis|pnees?|uries?|rragies?|cardies?|ectasies?|aemias?"
    r")(?![\w'-])"
)
# (the same matches, each word read once instead of given back letter by letter: see fastre.words_ending)
_MEDICAL_WORDS = fastre.words_ending(_MEDICAL_ENDINGS)
# The last letters every ending has (its shortest length of them): a match is a word of the text
# the lexicons read (lexicon.spaced_words) that ends with one of them. The expression is tried at
# every letter of the text, costly; a text with no such word of seven letters or more that is no
# ordinary word (what _medical_endings keeps) is not searched with it.
_ENDINGS = fastre.endings(_MEDICAL_ENDINGS)
_TAIL_LENGTH = min((len(ending) for ending in _ENDINGS), default=0) if _ENDINGS else 0
_MEDICAL_TAILS = (
    frozenset(ending[-_TAIL_LENGTH:] for ending in _ENDINGS) if _ENDINGS and _TAIL_LENGTH else None
)
_MEDICAL_ENDING_HINTS = hint_words(
    "therap",
    "iase",
    "iasis",
    "pnee",
    "urie",
    "rragie",
    "cardie",
    "ectasie",
    "aemia",
    "graph",
    "grafie",
    "tomie",
    "dermie",
    "phasie",
    "fasie",
    "lexie",
    "trophie",
    "trofie",
    "plasie",
    "thenie",
    "stenie",
    "ite",
    "ose",
    "ome",
    "emie",
    "algie",
    "pathie",
    "ectomie",
    "plegie",
    "penie",
    "scopie",
    "itis",
    "oom",
    "omen",
    "oma",
    "osis",
)


_SUBJECT_BEFORE = fastre.compile(r"(?<![\w'])(?:il|elle|on|qui|je|tu|ne|se|n'|s'|j')[ \t]*$")

# endings that make ordinary words: "-premie" (a bonus), Dutch verbs in "-komen" ("tussenkomen",
# "voorkomen", "terugkomen": not tumours in "-omen"); a stream, a tree, a dream, an atom in "-oom"
# ("uitstroom", "stamboom": sixteenth round)
_NOT_MEDICAL_TAILS = ("premie", "komen", "stroom", "boom", "droom", "atoom")


def _medical_endings(doc: Doc) -> list[Finding]:
    folded = doc.folded
    if not has_any(doc, _MEDICAL_ENDING_HINTS):
        return []
    ordinary = ordinary_words()
    out: list[Finding] = []
    search_from = 0
    if _MEDICAL_TAILS is not None:
        tails, length = _MEDICAL_TAILS, _TAIL_LENGTH
        words = [word for word in spaced_words(doc) - ordinary if len(word) >= 7 and word[-length:] in tails]
        if not words:
            return out  # (no word that the loop below would not pass over)
        # A match is a whole word, so a word of the text the lexicons read: one the loop keeps is
        # one of these, at or after the first place one of them is found. The search starts there
        # (the expression is tried at every letter; a match before is one the loop passes over,
        # and none starts inside a word, so the matches after are the same).
        search_from = min([folded.find(word) for word in words])
    for m in _MEDICAL_WORDS.finditer(folded, search_from):
        word, written = m.group(0), doc.text[m.start() : m.end()]
        if (
            len(word) < 7
            or word in ordinary
            or word.rstrip("s") in ordinary
            or word.rstrip("s").endswith(_NOT_MEDICAL_TAILS)  # "energiepremies" too
            or word in nationality_words()  # "yéménites", "moscovite"
            # an elision typed without its apostrophe: "jhabite", "lhabite", "qu'il shabite"
            # (eighteenth round, invented text messages)
            or (word[0] in ELIDED and word[1:] in ordinary)
        ):
            continue
        # A name ("Vandenpeereboom") is capitalised, a heading in capitals says nothing of its
        # accents, and "-ité" ("recevabilité", "morbidité") is not the "-ite" of "hépatite".
        if not written.islower() or written.rstrip("s").endswith("é"):
            continue
        # "il cohabite", "elle hésite", "qui visite": a verb after its subject, not a diagnosis
        if word.endswith(("ite", "ites")) and _SUBJECT_BEFORE.search(
            folded, max(0, m.start() - 12), m.start()
        ):
            continue
        if _STUDY_BEFORE.search(folded, max(0, m.start() - 45), m.start()):
            continue  # "inscrit en baccalauréat (ergothérapie)": a field of study
        if _doctors_title(folded, m.start(), m.end()):
            continue  # "Intervenant : Dr Hugues Van Cutsem, infectiologue": the doctor's title
        start, end = _with_modifiers(folded, m.start(), m.end())
        out.append(new_finding(start, end, "HEALTH", "health_morphology", f"santé : {word}"))
    return out


# Diseases, wards and treatments known by their capitals ("heeft ALS", "ligt op de PAAZ", "une IVG"):
# only in capitals, since "als" is Dutch for "if" (case-sensitive, on the original text).
_HEALTH_ACRONYMS = fastre.compile(
    r"(?<![\w.])(?:ALS|SLA|BPCO|COPD|PAAZ|IVG|IVF|FIV|PTSS|PTSD|TIA|SEP-patiënt)(?![\w])"
)
# A hospital service named by its medical specialty ("suivi au service d'hépatologie",
# "afdeling oncologie"): care received.
_SPECIALTY_HINTS = hint_words("logie", "iatrie", "chirurgie")
_SPECIALTY_SERVICE = regex_anchors.registered(
    fastre.compile(
        r"(?<![\w])(?:service|dienst|consultation|raadpleging|afdeling|unite|departement)[ \t]+"
        r"(?:(?:de|d'|van|du|des)[ \t]*)?(?:(?:la|l'|de)[ \t]*)?[a-z]{3,}(?:logie|iatrie|chirurgie|ologie)(?![\w])"
    )
)


# care told by its specialty's adjective: "contrôle dermatologique", "frais de consultation
# pédopsychiatrique", "een psychiatrische opname", "dermatologische controle" (sixteenth round,
# fresh_synthetic9's tuning half); a university's or a study's adjective ("sociologique",
# "chronologique") names no care (the specialties of not_medical_specialties.txt)
_CARE_NOUNS_FR = (
    r"controles?|consultations?|suivi|examens?|bilan|avis|rapport|traitement|prise en charge|hospitalisation"
    r"|soins|rendez-vous|rdv|evaluation|expertise|certificat"
)
_CARE_NOUNS_NL = (
    r"controle|consultatie|raadpleging|opvolging|onderzoek|behandeling|opname|begeleiding|evaluatie"
    r"|verslag|zorg|afspraak"
)
# (the adjective's ending first, its word read back from there, then the noun before it in French,
# after it in Dutch: an expression that opened on the noun or the adjective's letters was tried at
# every letter of the text)
_SPECIALTY_ENDING_FR = regex_anchors.registered(
    fastre.compile(r"(?:logiques?|iatriques?|pediques?|chirurgicale?s?)(?![\w])")
)
_CARE_NOUN_BEFORE_FR = fastre.compile(r"(?<![\w])(?:" + _CARE_NOUNS_FR + r")[ \t]+$")
_SPECIALTY_ENDING_THEN_CARE_NL = regex_anchors.registered(
    fastre.compile(r"(?:logische|iatrische|pedische|chirurgische)[ \t]+(?:" + _CARE_NOUNS_NL + r")(?![\w])")
)
_CARE_WITH_SPECIALTY_FR_HINTS = hint_words("logique", "iatrique", "pedique", "chirurgic")
_CARE_WITH_SPECIALTY_NL_HINTS = hint_words("logische", "iatrische", "pedische", "chirurgische")


def _word_start(folded: str, position: int) -> int:
    while position > 0 and folded[position - 1].isalpha():
        position -= 1
    return position


def _specialty_start(folded: str, ending: int) -> int:
    """Where the adjective whose ending starts at ``ending`` starts, or -1 when fewer than three
    letters stand before the ending ("logique" alone is no specialty; "chirurgical" is one)."""
    start = _word_start(folded, ending)
    return start if ending - start >= 3 or folded.startswith("chirurg", start) else -1


def _care_with_specialty(doc: Doc) -> list[Finding]:
    folded = doc.folded
    found: list[tuple[int, int, str]] = []
    if has_any(doc, _CARE_WITH_SPECIALTY_FR_HINTS):
        for m in regex_anchors.search_folded(_SPECIALTY_ENDING_FR, doc):
            start = _specialty_start(folded, m.start())
            noun = (
                None
                if start < 0
                else _CARE_NOUN_BEFORE_FR.search(folded, start - 30 if start > 30 else 0, start)
            )
            if noun is not None:
                found.append((noun.start(), m.end(), folded[start : m.end()]))
    if has_any(doc, _CARE_WITH_SPECIALTY_NL_HINTS):
        for m in regex_anchors.search_folded(_SPECIALTY_ENDING_THEN_CARE_NL, doc):
            start = _specialty_start(folded, m.start())
            if start >= 0:
                found.append((start, m.end(), folded[start : m.end()].split()[0]))
    return [
        new_finding(start, end, "HEALTH", "health_grammar", f"santé : {folded[start:end]}")
        for start, end, adjective in found
        if _specialty_of(adjective) not in _not_medical_specialties()
    ]


def _specialty_of(adjective: str) -> str:
    """The specialty an adjective names ("dermatologique", "dermatologische" -> "dermatologie")."""
    for ending in ("iques", "ique", "ische"):
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + "ie"
    return adjective


@cache
def _not_medical_specialties() -> frozenset[str]:
    """Specialties of a university or an administration, not of care (data file, folded)."""
    return frozenset(fold(line.strip()) for line in read_lines("not_medical_specialties.txt"))


_ACRONYMS = ("ALS", "SLA", "BPCO", "COPD", "PAAZ", "IVG", "IVF", "FIV", "PTS", "TIA")
# (folding lowers every ASCII capital: a text whose folded copy holds none of these holds none of
# the acronyms, and the ten substring searches of the text are not made)
_ACRONYM_HINTS = hint_words(*(acronym.lower() for acronym in _ACRONYMS))


def _acronyms_and_services(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    if (
        has_any(doc, _ACRONYM_HINTS)
        and not (doc.mostly_lower and text.isupper())
        and any(a in text for a in _ACRONYMS)
    ):
        out += [
            new_finding(m.start(), m.end(), "HEALTH", "health_acronym", f"santé : {m.group(0)}")
            for m in _HEALTH_ACRONYMS.finditer(text)
        ]
    if has_any(doc, _SPECIALTY_HINTS):
        out += [
            new_finding(m.start(), m.end(), "HEALTH", "health_grammar", f"santé : {m.group(0)}")
            for m in regex_anchors.search_folded(_SPECIALTY_SERVICE, doc)
            if m.group(0).split()[-1].split("'")[-1] not in _not_medical_specialties()
        ]
    return out + _care_with_specialty(doc)


# lexicon terms that name a care institution (an addressee, or where someone works, is not care)
_INSTITUTION_TERMS = (
    "ziekenhuis",
    "hopital",
    "maison de repos",
    "woonzorgcentrum",
    "rusthuis",
    "mrs",
    "mrpa",
)


@cache
def _names_an_institution(term: str) -> bool:
    """Whether a lexicon term names a care institution (asked once per term, not per match)."""
    return any(word in term for word in _INSTITUTION_TERMS)


# Weight lost or gained, told with its amount: "il a perdu 6 kg", "ze is vijftien kilo afgevallen",
# "lost 10 kg" (eleventh round, from the tuning halves of fresh_synthetic4 and real_passages12).
_AMOUNT = (
    r"(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente"
    r"|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig)"
)
_WEIGHT_CHANGE = regex_anchors.registered(
    fastre.compile(
        r"\b(?:perdu|pris|lost|gained|verloren)[ \t]+(?:pres de |environ |plus de |ongeveer |bijna |about )?"
        + _AMOUNT
        + r"[ \t]*(?:kg|kilos?|kilo's)\b"
        r"|\b" + _AMOUNT + r"[ \t]*(?:kg|kilos?|kilo's)[ \t]+(?:(?:is|zijn|was|waren)[ \t]+)?"
        r"(?:afgevallen|vermagerd|verloren|kwijt|bijgekomen|aangekomen|verzwaard)\b"
    )
)
_WEIGHT_HINTS = hint_words("kg", "kilo")
# A medicine's dose is a treatment: "Trazodone 100 mg", "Xanax 0,5 mg", "hij neemt 50 mg Plavonex"
# (twelfth round: a worker's note lists the boxes on the table, whatever their brand). The medicine's
# name joins the dose when it is no ordinary word ("il prend 20 mg": the dose alone).
_DOSE = fastre.compile(
    r"(?<![\w.,])(?:(?P<before>[a-z][a-z-]{4,})[ \t]+)?(?P<dose>\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg))(?![\w])"
    r"(?:[ \t]+(?P<after>[a-z][a-z-]{4,}))?"
)
_DOSE_HINTS = hint_words("mg", "mcg", "µg", "x/", "x /", "x par", "x per", "x a ")
# How often a medicine is taken is a treatment too, written as prescriptions write it: "Metformax
# 850 2x/d", "1 x/j", "3x per dag" (fourteenth round: fresh_synthetic7's tuning half); the name
# before it joins as for a dose.
_POSOLOGY = fastre.compile(
    r"(?<![\w.,])(?P<dose>\d[ \t]?x[ \t]?(?:/[ \t]?(?:d|j|dag|jour|day|sem|week)"
    r"|[ \t]?(?:par|per|a|/)[ \t]?(?:jour|dag|day|semaine|week))(?![\w]))"
)
_DAILY_SHORTHAND = fastre.compile(r"x[ \t]?/[ \t]?(?:d|j|dag|jour)$")
_NAME_AND_AMOUNT_BEFORE = fastre.compile(
    r"(?<![\w.,])(?P<before>[a-z][a-z-]{4,})[ \t]+(?:\d+(?:[.,]\d+)?[ \t]+)?$"
)


# A medicine taken, named by a brand the lexicon does not list: "Il prend du Jinarc", "je l'ai mise sous
# Rovamycine", "une injection de Genotropin", "hij slikt Dafalex", "She must get an injection of
# Decapeptyl" (twenty-fifth round, fresh_synthetic19's tuning half). The verb or the noun of taking
# tells that the capitalised word after it is a medicine, when it is no ordinary word nor a first name
# ("prend des Nouvelles" is not written; "sous Mme Claes" is a title, an ordinary word). Not "neemt",
# "nam", "takes": "het OCMW neemt Fedasil als voorbeeld", "he takes Brussels Airlines".
_TAKEN_MEDICINE = fastre.compile(
    r"\b(?:(?:prend|prends|prenait|prendre|pris|avale|avaler)[ \t]+(?:du|de la|de l'|des|de|d')[ \t]*"
    r"|(?:est|suis|es|sont|mise?s?|placee?s?|reste|rester|etre|toujours|encore|deja)[ \t]+sous[ \t]+"
    r"|(?:injections?|piqures?|perfusions?|comprimes?|gelules?|ampoules?|cures?)[ \t]+(?:de|d')[ \t]*"
    r"|(?:slikt|slikte|slikken|spuit|spuiten)[ \t]+(?:nu[ \t]+|ook[ \t]+|dagelijks[ \t]+)?"
    r"|(?:injectie|injecties|spuitje|inspuiting|infuus|kuur)[ \t]+(?:met|van)[ \t]+"
    r"|(?:injections?|infusion)[ \t]+of[ \t]+)"
    r"(?P<name>[a-z][a-z]{3,}(?:-[a-z]+)?)\b"
)
_TAKEN_HINTS = hint_words(
    "prend",
    "prends",
    "prenait",
    "prendre",
    "pris",
    "avale",
    "avaler",
    "sous",
    "injection",
    "injections",
    "piqure",
    "piqures",
    "perfusion",
    "perfusions",
    "comprime",
    "comprimes",
    "gelule",
    "gelules",
    "ampoule",
    "ampoules",
    "cure",
    "cures",
    "slikt",
    "slikte",
    "slikken",
    "spuit",
    "spuiten",
    "injectie",
    "injecties",
    "spuitje",
    "inspuiting",
    "infuus",
    "kuur",
    "infusion",
)


# A brand the lexicon does not list is also told a medicine by its form or its way in, written next
# to it: "Enstilar mousse", "crème Cavilon", "Riamet par la bouche", "Visanne en continu", "een
# Prolia-spuit", "Durogesic-pleisters" (twenty-sixth round, the tuning halves of fresh_synthetic15 to
# 19). The same capital and ordinary-word test as above ("Chocolat mousse" is no medicine).
_FORM = (
    r"(?:mousse|creme|pommade|sirop|gouttes|collyre|suppositoires?|ovules?|zalf|siroop|druppels"
    r"|oogdruppels|neusspray|bruistabletten|par[ \t]+la[ \t]+bouche|per[ \t]+os|en[ \t]+continu"
    r"|en[ \t]+intraveineuse|en[ \t]+perfusion)"
)
_MEDICINE_FORM = fastre.compile(
    r"\b(?P<name>[a-z][a-z]{3,})[ \t]+" + _FORM + r"\b"
    r"|\b(?:creme|pommade|sirop|gouttes|collyre|zalf|siroop|druppels|oogdruppels)[ \t]+"
    r"(?P<after>[a-z][a-z]{3,})\b"
    r"|\b(?P<joined>[a-z][a-z]{3,})-(?:spuit|spuiten|spuitje|pleister|pleisters|pen|pennen|injectie"
    r"|injecties|tabletten|siroop|zalf|druppels|creme|pommade|sirop|gouttes|injection|injections)\b"
)
_FORM_HINTS = hint_words(
    "mousse",
    "creme",
    "pommade",
    "sirop",
    "gouttes",
    "collyre",
    "suppositoire",
    "ovule",
    "zalf",
    "siroop",
    "druppels",
    "neusspray",
    "tabletten",
    "bouche",
    "per os",
    "continu",
    "intraveineuse",
    "perfusion",
    "-spuit",
    "-pleister",
    "-pen",
    "-injecti",
)


@cache
def _medicine_brands() -> frozenset[str]:
    return frozenset(read_lines("medicine_brands.txt"))


def _medicine_brands_named(doc: Doc) -> list[Finding]:
    """The words of medicine_brands.txt in the message: a set intersection with the words the
    automaton reads (those 19,000 names are kept out of the automaton, whose memory they grew by 12
    MB), then each hit's places (forty-fifth round: "De dermatoloog wil Xolair proberen", "(Opdivo en
    Yervoy)", "l'Exjade")."""
    hits = spaced_words(doc) & _medicine_brands()
    out: list[Finding] = []
    for name in sorted(hits):
        for m in re.finditer(r"(?<![\w])" + name + r"(?![\w])", doc.folded):
            out.append(new_finding(m.start(), m.end(), "HEALTH", "health_lexicon", f"santé : {name}"))
    return out


def _medicines_taken(doc: Doc) -> list[Finding]:
    ordinary = ordinary_words()
    out: list[Finding] = []
    # (each match, the group of its brand, and whether the finding is the brand or the whole match:
    # a form or a way in written with the brand is the treatment's too)
    found: list[tuple[re.Match[str], str, bool]] = []
    if has_any(doc, _TAKEN_HINTS):
        found += [(m, "name", False) for m in _TAKEN_MEDICINE.finditer(doc.folded)]
    if has_any(doc, _FORM_HINTS):
        for m in _MEDICINE_FORM.finditer(doc.folded):
            found.append((m, next(group for group in ("name", "after", "joined") if m.group(group)), True))
    for m, group, whole in found:
        start, end = m.span(group)
        # (a brand is written with a capital: "sous surveillance", "neemt contact" are no medicine)
        if not doc.text[start].isupper() or doc.folded[start:end] in ordinary:
            continue
        if whole:
            start, end = m.span()
        out.append(new_finding(start, end, "HEALTH", "health_grammar", f"santé : {m.group(0)}"))
    return out


def _doses(doc: Doc) -> list[Finding]:
    ordinary = ordinary_words()
    out: list[Finding] = []
    for m in _DOSE.finditer(doc.folded):
        before, after = m.group("before"), m.group("after")
        start = m.start("before") if before and before not in ordinary else m.start("dose")
        end = m.end("after") if after and after not in ordinary else m.end("dose")
        out.append(new_finding(start, end, "HEALTH", "health_grammar", f"santé : {m.group(0)}"))
    for m in _POSOLOGY.finditer(doc.folded, doc.first_digit, doc.digit_end + 14):
        start = m.start()
        named = _NAME_AND_AMOUNT_BEFORE.search(doc.folded, max(0, start - 40), start)
        if named is not None and named.group("before") not in ordinary:
            start = named.start()
        elif not _DAILY_SHORTHAND.search(m.group(0)):
            continue  # "le bus passe 3x par jour": only a medicine's name makes it a treatment
        out.append(new_finding(start, m.end(), "HEALTH", "health_grammar", f"santé : {m.group(0)}"))
    return out


# (the hint words; per hint word, its expressions in the file's order: each with the words around
# which it is searched, each with whether only where it is a whole word, or None if the whole text)
_Anchors = regex_anchors.Anchors
_Told = tuple[frozenset[str], dict[str, tuple[tuple[re.Pattern[str], _Anchors | None], ...]]]


def _holds_hint(hint: str, pattern: str) -> bool:
    """Whether every match of ``pattern`` holds ``hint``, judged from its text alone: the hint
    written out at the top level of the pattern (outside every group, blanks as ``\\s+``), not made
    optional by a quantifier after it, and no alternative at the top level. A "no" only means the
    whole text is searched."""
    depth, top, i = 0, [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if depth == 0:
                top.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                top.append("\x00")  # (a group stands between what is before and after it)
        elif depth == 0:
            if char == "|":
                return False
            top.append(char)
        i += 1
    written = "".join(top).replace("\\s+", " ")
    at = written.find(hint)
    return at >= 0 and written[at + len(hint) : at + len(hint) + 1] not in ("?", "*", "{")


def _told_patterns(name: str) -> _Told:
    """A data file of grammar (hint word <TAB> pattern): every hint word, and each with the one
    expression its patterns make, in the file's order. A line whose first field is "${name}" names
    a fragment that the later patterns write as that name ("${unable_fr}": the words before a verb
    that say someone can no longer do it). A hint written "=eten" is looked at only where it is a
    whole word (not in "weten"): the patterns of such a hint hold it as a word, and a common
    verb is inside many longer words, each a window searched for nothing. "suiker|bloeddruk" is
    either word: the pattern is tried on a text that holds one of them, around each of them, and
    every match of it must hold one of them (as "(?:suiker|...|bloeddruk)" in the pattern does)."""
    by_hint: dict[tuple[str, bool], list[str]] = {}  # (hint, whole word only) -> its patterns
    alternatives: set[str] = set()  # the patterns of lines with several hint words
    fragments: dict[str, str] = {}
    for hint, pattern in read_entries(name):
        for fragment, text in fragments.items():
            pattern = pattern.replace(fragment, text)
        if hint.startswith("$"):
            fragments[hint] = pattern
            continue
        for one in hint.split("|"):
            by_hint.setdefault((one.lstrip("="), one.startswith("=")), []).append(pattern)
        if "|" in hint:
            alternatives.add(pattern)
    per_hint: dict[str, list[tuple[re.Pattern[str], _Anchors | None]]] = {}
    for (hint, whole_word), patterns in by_hint.items():
        per_hint.setdefault(hint, []).append(
            (
                fastre.compile("|".join(f"(?:{p})" for p in patterns)),
                _told_anchors(hint, whole_word, patterns, alternatives),
            )
        )
    # (the words searched around are registered too: the automaton that reads every text then
    # tells where they are, see hints.starts)
    hint_words(*{word for entries in per_hint.values() for _p, found in entries for word, _w in found or ()})
    return hint_words(*per_hint), {hint: tuple(entries) for hint, entries in per_hint.items()}


def _told_anchors(
    hint: str, whole_word: bool, patterns: list[str], alternatives: set[str]
) -> _Anchors | None:
    """The words around which a hint's expressions are searched: the hint for an expression that
    holds it (a match of a line with several hint words holds one of them: found around it), or
    else words every match of it holds (regex_anchors.py); None if one of them has none."""
    found: dict[str, bool] = {}
    for pattern in patterns:
        if pattern in alternatives or _holds_hint(hint, pattern):
            found[hint] = whole_word
            continue
        words = regex_anchors.anchors(pattern)
        if words is None:
            return None
        for word in words:
            found.setdefault(word, False)
    return tuple(sorted(found.items()))


# (built at import time: hint words are registered before the scanner's automaton is)
_LAY_SYMPTOMS = _told_patterns("lay_symptoms.tsv")
_LAY_STATUS = _told_patterns("lay_status.tsv")


def _told(doc: Doc, told: _Told, category: str, recognizer: str) -> list[Finding]:
    """What everyday words tell ("il dort mal", "ze wacht nog op haar papieren"), by the patterns
    whose hint word the text holds (the hint words the text holds found in one set operation: most
    texts hold none, and a test per hint was a call each; then only those hints' expressions, not a
    loop over all of them)."""
    hints, per_hint = told
    present = hints.intersection(found_hints(doc))
    if not present:
        return []
    folded = doc.folded
    out: list[Finding] = []
    label = "santé" if category == "HEALTH" else "séjour"
    for hint in sorted(present):
        for pattern, anchors in per_hint[hint]:
            matches = (
                pattern.finditer(folded)
                if anchors is None
                else regex_anchors.matches_around_folded(doc, anchors, pattern)
            )
            out += [
                new_finding(m.start(), m.end(), category, recognizer, f"{label} : {m.group(0)}")
                for m in matches
            ]
    return out


def find_health(doc: Doc) -> list[Finding]:
    folded = doc.folded
    hospital_hits = _hospitals().find(doc)
    hospitals = {m.start: m.end for m in hospital_hits}
    out: list[Finding] = []
    for hit in hospital_hits:
        # "suivi au CHU Saint-Pierre": care received at a named hospital
        verb = _CARE_VERB_BEFORE.search(folded, max(0, hit.start - 40), hit.start)
        if verb is None:
            low = hit.start - 80 if hit.start > 80 else 0
            verb = _CARE_VERB_THEN_SERVICE.search(folded, low, hit.start) or _SPECIALIST_OF.search(
                folded, low, hit.start
            )
            if verb is not None and _SENTENCE_BREAK.search(folded, verb.start(), hit.start):
                verb = None
        if verb:
            out.append(new_finding(verb.start(), hit.end, "HEALTH", "care_place", f"soins : {hit.term}"))
    matches = _health().find(doc)
    not_health = SpanIndex((m.start, m.end) for m in matches if m.label == "NOT_HEALTH")
    for match in matches:
        if match.label == "NOT_HEALTH":
            continue
        if not_health and not_health.covers(match.start, match.end):
            continue  # "fracture numérique"
        if _is_field_label(folded, match.end, match.start, doc.text):
            continue
        # (what the tests below read of the line before the term: the whole line, read once per
        # term, made a long line of terms quadratic, 3 s for 100 kB of "ziekenhuis ")
        low = match.start - _LINE_BEFORE_READ if match.start > _LINE_BEFORE_READ else 0
        before = folded[folded.rfind("\n", low, match.start) + 1 or low : match.start]
        if match.label == "AFTER_COPULA" and not _after_copula(before[-45:]):
            continue
        if _STAFF_COUNT_BEFORE.search(
            folded, match.start - 25 if match.start > 25 else 0, match.start
        ) and _PROFESSION.search(match.term):
            continue  # "- 1 psychologue", "3 médecins": the staff of a place, not care received
        if _doctors_title(folded, match.start, match.end):
            continue  # "Dr Hanne Goossens, dermatoloog": the doctor's title, not care received
        if _STUDY_BEFORE.search(folded, match.start - 60 if match.start > 60 else 0, match.start):
            continue  # "inscrit en baccalauréat (kinésithérapie)", "studeert verpleegkunde": a field of study
        if _names_an_institution(match.term) and (
            _ADDRESSEE_CONTEXT.search(before) or _at_work(doc, match.start)
        ):
            continue
        start, end = _extend_care_place(doc, match.start, match.end, hospitals)
        start, end = _with_modifiers(folded, start, end)
        start, end = _with_eponym(doc, start, end)
        out.append(new_finding(start, end, "HEALTH", "health_lexicon", f"santé : {match.term}"))
    out += _suffers_from(doc)
    out += _condition_after_cue(doc)
    out += _care_undergone(doc)
    out += _medical_endings(doc)
    out += _acronyms_and_services(doc)
    if has_any(doc, _WEIGHT_HINTS):
        out += [
            new_finding(m.start(), m.end(), "HEALTH", "health_grammar", f"santé : {m.group(0)}")
            for m in regex_anchors.search_folded(_WEIGHT_CHANGE, doc)
        ]
    out += _told(doc, _LAY_SYMPTOMS, "HEALTH", "health_grammar")
    if has_any(doc, _DOSE_HINTS):
        out += _doses(doc)
    out += _medicines_taken(doc)  # (it tries each of its expressions only where its hints are)
    out += _medicine_brands_named(doc)
    for body_hints, body_pattern in ((_BODY_HINTS, _body_care), (_BODY_STATE_HINTS, _body_state)):
        if has_any(doc, body_hints):
            out += [
                new_finding(m.start(), m.end(), "HEALTH", "health_grammar", f"santé : {m.group(0)}")
                for m in regex_anchors.search_folded(body_pattern(), doc)
            ]
    if has_any(doc, _FORBIDDEN_BY_CARE_HINTS):
        out += _forbidden_by_care_found(doc)
    if has_any(doc, _INSTITUTION_HINTS):
        out += _institutions(doc, hospitals)
    if hospitals:
        out += _leaving_hospitals(doc, hospitals)
        out += _staying_at_hospitals(doc, hospitals)
    if hospital_hits and out:
        out += _known_hospitals_after_care(
            doc, hospital_hits, [f for f in out if f.recognizer != "care_place"]
        )
    return _join_care_places(doc, [_with_care_verb(folded, f) for f in out])


# "wordt opgevolgd voor een bipolaire stoornis", "est suivie pour un diabète", "behandeld wegens
# tuberculose": the care verb says the person is treated, and a span that starts at the diagnosis
# leaves it out. The verb joins the diagnosis that follows it in the same clause.
_CARE_VERB_FOR = fastre.EndAnchored(
    fastre.compile(
        r"(?<![\w])(?:suivie?s?|soignee?s?|traitee?s?|hospitalisee?s?|opgevolgd|behandeld|gevolgd|"
        r"verzorgd|opgenomen|in behandeling|sous traitement|en traitement)"
        r"(?:[ \t]+(?:ici|hier|medicalement|medisch|regulierement|regelmatig|actuellement|momenteel|"
        r"depuis|sinds|[0-9]{4}|ook|aussi|al|deja))*"
        r"[ \t]+(?:pour|voor|wegens|omwille van|en raison d'une?|vanwege)[ \t]+"
        r"(?:(?:une?|la|le|les|l'|des|de|du|een|het|zijn|haar|son|sa|ses)[ \t]*)?$"
    ),
    # (the words a match can end with, before its blanks)
    (
        "pour",
        "voor",
        "wegens",
        "van",
        "d'un",
        "d'une",
        "vanwege",
        "un",
        "une",
        "la",
        "le",
        "les",
        "l'",
        "des",
        "de",
        "du",
        "een",
        "het",
        "zijn",
        "haar",
        "son",
        "sa",
        "ses",
    ),
)


def _with_care_verb(folded: str, finding: Finding) -> Finding:
    if finding.start < 8:
        return finding
    verb = _CARE_VERB_FOR.search(folded, finding.start - 70 if finding.start > 70 else 0, finding.start)
    if verb is None:
        return finding
    return new_finding(verb.start(), finding.end, finding.category, finding.recognizer, finding.explanation)


# "l'article 9 ter de la loi du 15 décembre 1980", "artikel 9bis van de Vreemdelingenwet": the
# article cited as law, not a procedure of a person ("une procédure 9ter est en cours").
_ARTICLE_ONLY = fastre.compile(r"(?:(?:article|art\.?|artikel)\s*)?(?:9\s?(?:bis|ter)|48/[0-9]|57/6)")
_ARTICLE_BEFORE = fastre.compile(r"(?:article|art\.?|artikel)\s*$")
_LAW_AFTER = fastre.compile(
    # (line breaks inside the citation: judgments are wrapped PDF text, "de la\nloi du")
    r"\s*(?:,\s*)?(?:§|al\.|alinea|lid\b|de\s+la\s+(?:meme\s+)?loi|de\s+la\s+l\.|l\.\s*\d|"
    r"van\s+de\s+(?:vreemdelingen|verblijfs)?wet|(?:de\s+la\s+|van\s+de\s+|der\s+)?(?:vreemdelingen|verblijfs)wet|vw\b|"
    r"precite|precitee|voormeld|qui\b|die\b|prevoit|bepaalt|requiert|exige|vise|stipule|"
    # "(article 9ter loi 1980)", "art. 9ter wet 15.12.1980"
    r"(?:loi|wet)\s+(?:du\s+|van\s+)?[0-9])"
)
# "loi du 15 décembre 1980, article 9ter", "Wet van 15.12.1980, art. 9ter": the law cited first
_LAW_BEFORE = fastre.compile(
    r"(?:loi|wet|l\.|vw\.?|vreemdelingenwet)\s*(?:du|van)?\s*(?:[0-9]{1,2}[./ ]\s*(?:[0-9]{1,2}|[a-z]+)[./ ]\s*)?"
    r"(?:19|20)?[0-9]{2}\s*,?\s*(?:(?:article|art\.?|artikel)\s*)?$"
)


# IB: internationale bescherming; DA: demandeur d'asile; A.I.: attestation d'immatriculation
# DPI/BPI: demandeur/bénéficiaire de protection internationale; VIB: verzoeker om internationale bescherming
_SURNAME_AFTER = fastre.compile(r"[ \t]+(?!Dublin)[A-Z][A-Za-zÀ-ÿ'-]{2,}(?![\w.])")
_STATUS_ACRONYMS = fastre.compile(r"(?<![\w.])(?:IB|DA|DPI|BPI|VIB|A\.I\.?)(?![\w])")


# "Aanvraag art. 9ter Vw.", "aanvraag op grond van artikel 9ter": the article names the person's
# request, not only the law.
_REQUEST_BEFORE = fastre.compile(
    r"(?:aanvraag|verzoek|demande|requete|regularisation|regularisatie|verblijf|weigering|refus)"
    r"[^.;:\n–]{0,30}$"
)


def _article_cited(folded: str, finding: Finding) -> bool:
    if _ARTICLE_ONLY.fullmatch(folded, finding.start, finding.end) is None:
        return False
    if _REQUEST_BEFORE.search(folded, max(0, finding.start - 40), finding.start):
        return False
    before = folded[max(0, finding.start - 10) : finding.start]
    cited = folded[finding.start : finding.start + 3] in ("art",) or _ARTICLE_BEFORE.search(before)
    if not cited:
        return False
    line_start = folded.rfind("\n", 0, finding.start) + 1
    if (
        not folded[line_start : finding.start].strip()
        and folded[finding.end : finding.end + 1] in _FIELD_LABEL_STARTS
        and _FIELD_LABEL_AFTER.match(folded, finding.end)
    ):
        return True  # a heading: "Article 9ter : la disponibilité effective du traitement"
    law_before = _LAW_BEFORE.search(folded, max(0, finding.start - 40), finding.start) is not None
    return law_before or _LAW_AFTER.match(folded, finding.end) is not None


# A residence procedure keeps its request, its ground and its outcome: "demande d'autorisation de
# séjour pour motifs médicaux sur la base de l'article 9ter", "aanvraag om machtiging tot verblijf
# om medische redenen", "OQT prolongé" (a span that stops at "autorisation de séjour" leaks the rest).
_REQUEST_OF = fastre.EndAnchored(
    fastre.compile(
        r"(?<![\w])(?:(?:nouvelle|seconde|deuxieme|premiere)[ \t]+)?(?:demande|refus|aanvraag|verzoek)"
        r"[ \t]*(?:d'|de[ \t]+|om[ \t]+|tot[ \t]+)$"
    ),
    # (the words a match can end with, before its blanks)
    ("d'", "de", "om", "tot"),
)
_ARTICLE_9 = r"(?:l')?(?:article|artikel|art\.)[ \t]*9[ \t]?(?:bis|ter)"
_STATUS_TAIL = fastre.compile(
    r"(?:[ \t]*,?[ \t]+(?:de plus de trois mois|pour (?:des )?(?:motifs?|raisons?) (?:medica(?:l|ux|les)|humanitaires?)|"
    r"om medische redenen|om humanitaire redenen|(?:sur|en)[ \t]+(?:la[ \t]+)?base[ \t]+de[ \t]+"
    + _ARTICLE_9
    + "|"
    r"(?:fondee?|basee?)[ \t]+sur[ \t]+" + _ARTICLE_9 + "|en application de[ \t]+" + _ARTICLE_9 + "|"
    r"sur pied de[ \t]+" + _ARTICLE_9 + "|op (?:grond|basis) van[ \t]+" + _ARTICLE_9 + "|"
    r"prolonge|proroge|verlengd|notifie|betekend))+"
)


def _whole_procedure(folded: str, finding: Finding) -> Finding:
    start, end = finding.start, finding.end
    request = _REQUEST_OF.search(folded, start - 30 if start > 30 else 0, start)
    if request is not None:
        start = request.start()
    tail = _STATUS_TAIL.match(folded, end)
    if tail is not None:
        end = tail.end()
    if (start, end) == (finding.start, finding.end):
        return finding
    return new_finding(start, end, finding.category, finding.recognizer, finding.explanation)


def _may_hold_numbered_status(doc: Doc) -> bool:
    """Whether _NUMBERED_STATUS is searched in ``doc``: when one of its hint words occurs, as
    always, and the text holds one of the strings every match holds (False: it would find none)."""
    if not has_any(doc, _NUMBERED_STATUS_HINTS):
        return False
    return has_any(doc, _NUMBERED_STATUS_WORDS) or _NINE_BIS_OR_TER.search(doc.folded) is not None


_PLACE_WORD = fastre.compile(r"centre|gesloten|terugkeer")


def _place_start(folded: str, start: int, end: int) -> int:
    """Where the place begins in a detention phrase ("détenu en centre fermé" -> "centre fermé")."""
    place = _PLACE_WORD.search(folded, start, end)
    return place.start() if place else start


def find_admin_status(doc: Doc) -> list[Finding]:
    folded = doc.folded
    out = [
        # a place of detention is where the person is held ("en centre fermé"): an address, judged
        # like a reception centre's by the generic-sentence test (recognizer "centre")
        new_finding(_place_start(folded, m.start, m.end), m.end, "ADDRESS", "centre", "lieu de détention")
        if m.label == "ADDRESS"
        else _whole_procedure(
            folded, new_finding(m.start, m.end, "ADMIN_STATUS", "status_lexicon", f"séjour : {m.term}")
        )
        for m in _status().find(doc)
        if not _is_field_label(folded, m.end, m.start, doc.text)
    ]
    # (the patterns start with letters, not with a word-boundary test, so the regex engine can
    # skip ahead; the boundary is checked here)
    # substring tests first: most messages mention neither cards nor annexes
    cards = (
        (
            regex_anchors.search_around_words(_CARD_LETTER_ANY_CASE, folded)
            if doc.mostly_lower
            else _CARD_LETTER.finditer(doc.text)
        )
        if has_any(doc, _CARD_HINTS)
        else ()
    )
    for m in cards:
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        out.append(
            new_finding(m.start(), m.end(), "ADMIN_STATUS", "status_pattern", "séjour : carte de séjour")
        )
    numbered = _NUMBERED_STATUS.finditer(folded) if _may_hold_numbered_status(doc) else ()
    for m in numbered:
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        end = m.start() + len(m.group(0).rstrip(" \t\n-"))  # "9ter " (its optional tail absent)
        out.append(
            new_finding(m.start(), end, "ADMIN_STATUS", "status_pattern", "séjour : document ou procédure")
        )
    out += _told(doc, _LAY_STATUS, "ADMIN_STATUS", "status_pattern")
    # "verzoek om IB", "sous A.I.", "les DA": acronyms only in capitals (case-sensitive)
    if "IB" in doc.text or "DA" in doc.text or "A.I" in doc.text or "PI" in doc.text:
        for m in _STATUS_ACRONYMS.finditer(doc.text):
            if doc.mostly_lower and doc.text.isupper():
                break  # all capitals: capitals tell nothing
            if m.group(0) == "DA" and _SURNAME_AFTER.match(doc.text, m.end()):
                continue  # "DA SILVA", "DA Costa": the particle of a surname
            out.append(new_finding(m.start(), m.end(), "ADMIN_STATUS", "status_pattern", "séjour : sigle"))
    return [
        f
        for f in out
        if not _article_cited(folded, f)
        and not _money_regularised(folded, f)
        and not _unlawful_detention(folded, f)
        and not _court_dismisses(folded, f)
    ]


# "un mineur détenu illégalement", "onrechtmatig vastgehouden": the detention is unlawful, the
# stay is not said (seventh round)
_DETAINED_BEFORE = fastre.compile(
    r"(?:detenue?s?|enfermee?s?|arretee?s?|retenue?s?|maintenue?s?|opgesloten|vastgehouden|aangehouden)"
    r"[ \t,]*$"
)


# "le tribunal ... le déboute de sa demande": the court's verb, said of any claimant (a CPAS case),
# not a rejected asylum seeker ("il est débouté de sa demande d'asile", tenth round)
_CLITIC_BEFORE = fastre.compile(r"\b(?:le|la|les|l'|se)[ \t]*$")


def _court_dismisses(folded: str, f: Finding) -> bool:
    return folded.startswith("deboute", f.start) and bool(
        _CLITIC_BEFORE.search(folded, max(0, f.start - 6), f.start)
    )


def _unlawful_detention(folded: str, f: Finding) -> bool:
    return folded[f.start : f.end] in ("illegalement", "illegaal", "onwettig") and bool(
        _DETAINED_BEFORE.search(folded, max(0, f.start - 25), f.start)
    )


# "régularisation des charges locatives", "regularisatie van de huurlasten": accounts settled, not a
# stay regularised
_MONEY_AFTER = fastre.compile(
    r"\s+(?:des|de la|du|de l'|van de|van het|der)\s*(?:charges|huurlasten|lasten|loyers?|huur|factures?|"
    r"facturen|factuur|comptes?|rekening|tva|btw|impots|belastingen|situation fiscale|paiements?|"
    r"betalingen|betaling|cotisations|bijdragen|consommations?|verbruik|energie|eau|water|gaz|gas|"
    r"electricite|elektriciteit|decomptes?|afrekening|primes?|premies?|indemnites|uitkeringen)"
)


def _money_regularised(folded: str, finding: Finding) -> bool:
    word = folded[finding.start : finding.end]
    return word.startswith("regularis") and _MONEY_AFTER.match(folded, finding.end) is not None
