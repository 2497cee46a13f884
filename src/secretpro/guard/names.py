"""PERSON_NAME: titles, a first-name lexicon, field labels and signature lines.

Names are allowed under ``guarantor_inquiry`` and matter less than the forbidden categories, so
these heuristics favour simple, explainable rules over a statistical model.
"""

from __future__ import annotations

import re
from functools import cache

from secretpro.guard.lexicon import TermMatcher, read_lines
from secretpro.guard.model import Doc, Finding
from secretpro.guard.normalize import fold

_TOKEN = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
_TITLE = re.compile(
    r"(?<![\w])(?:m\.|mr\.?|mme\.?|mlle\.?|mevr\.?|dhr\.?|dr\.?|me\b\.?|monsieur|madame|mademoiselle|"
    r"docteur|dokter|maitre|meester|mevrouw|meneer|de heer|heer|juffrouw|prof\.?|professeur|"
    r"l'inspect(?:eur|rice)|inspect(?:eur|rice)|l'agent|collega|collegue)[ \t]+",
)
_LABEL = re.compile(
    r"(?<![\w])(?:naam|nom(?: et prenom)?|prenom|voornaam|personne|beneficiaire|client|clint|clien|"
    r"expediteur|afzender|as|ma|aan|de la part de|betrokkene|interesse|interessee|patient|"
    r"garant|concernant|au sujet de|over|voor|pour|van|de|betreft|objet|concerne)[ \t]*[:–-]?[ \t]+"
)
_CLOSING = re.compile(
    r"(?:cordialement|salutations(?: distinguees)?|bien a vous|bien a toi|a bientot|merci d'avance|"
    r"bonne journee|mvg|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groet|"
    r"hoogachtend|kind regards|best regards|regards|sincerement|veuillez agreer[^\n]*|--|"
    r"bien cordialement|meilleures salutations|a votre disposition[^\n]*)[ \t,.!]*$",
    re.MULTILINE,
)
_PARTICLES = frozenset(
    [
        "de",
        "van",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "el",
        "al",
        "ben",
        "bin",
        "ibn",
        "ould",
        "ter",
        "ten",
        "von",
        "mac",
        "mc",
    ]
)
_STOP = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "je",
        "tu",
        "on",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "au",
        "aux",
        "et",
        "ou",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "mon",
        "ma",
        "mes",
        "notre",
        "votre",
        "vos",
        "qui",
        "que",
        "quoi",
        "dont",
        "het",
        "de",
        "een",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "zij",
        "hij",
        "ze",
        "wij",
        "we",
        "jij",
        "u",
        "ik",
        "dit",
        "dat",
        "deze",
        "die",
        "er",
        "hier",
        "daar",
        "madame",
        "monsieur",
        "mademoiselle",
        "mme",
        "mr",
        "m",
        "mlle",
        "dr",
        "docteur",
        "maitre",
        "me",
        "mevrouw",
        "meneer",
        "heer",
        "dhr",
        "mevr",
        "bonjour",
        "bonsoir",
        "cordialement",
        "salutations",
        "merci",
        "bien",
        "cher",
        "chere",
        "chers",
        "madame",
        "dames",
        "messieurs",
        "dag",
        "beste",
        "geachte",
        "hallo",
        "goedemiddag",
        "goedemorgen",
        "groeten",
        "groet",
        "mvg",
        "vriendelijke",
        "hoogachtend",
        "cpas",
        "ocmw",
        "c",
        "p",
        "a",
        "s",
        "o",
        "c",
        "m",
        "w",
        "as",
        "sociale",
        "social",
        "sociaal",
        "service",
        "dienst",
        "cellule",
        "antenne",
        "nord",
        "sud",
        "assistant",
        "assistante",
        "assistent",
        "travailleur",
        "maatschappelijk",
        "werker",
        "werkster",
        "medewerker",
        "objet",
        "betreft",
        "onderwerp",
        "re",
        "tr",
        "fw",
        "fwd",
        "concerne",
        "concernant",
        "ref",
        "date",
        "datum",
        "tel",
        "gsm",
        "email",
        "e",
        "mail",
        "adresse",
        "adres",
        "nn",
        "insz",
        "niss",
        "rijksregisternummer",
        "nationalite",
        "nationaliteit",
        "naam",
        "nom",
        "prenom",
        "voornaam",
        "personne",
        "beneficiaire",
        "client",
        "cliënt",
        "expediteur",
        "afzender",
        "comite",
        "president",
        "voorzitter",
        "office",
        "etrangers",
        "vreemdelingenzaken",
        "dvz",
        "oe",
        "fedasil",
        "cgra",
        "cgvs",
        "spf",
        "fod",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "oktober",
        "belgique",
        "belgie",
        "urgent",
        "dringend",
        "info",
        "pour",
        "voor",
        "note",
        "rapport",
        "verslag",
        "compte",
        "rendu",
        "entretien",
        "suite",
        "vu",
        "selon",
        "par",
        "sur",
        "sous",
        "avec",
        "sans",
        "chez",
        "dans",
        "en",
        "a",
        "op",
        "in",
        "met",
        "voor",
        "van",
        "aan",
        "bij",
        "uit",
        "naar",
        "oui",
        "non",
        "ja",
        "nee",
        "ok",
        "pas",
        "plus",
        "moins",
        "tres",
        "inspecteur",
        "inspectrice",
        "agent",
        "collega",
        "collegue",
        "commune",
        "gemeente",
        "ville",
        "stad",
    ]
)

_SPACES = re.compile(r"[ \t]+")
_NEXT_LINE = re.compile(r"\n(?:[ \t]*\n)*[ \t]*")


@cache
def _first_names() -> TermMatcher:
    entries = [
        ("=" + line.strip().lstrip("~"), "CAPITAL" if line.startswith("~") else "PLAIN")
        for line in read_lines("first_names.txt")
    ]
    return TermMatcher(entries, typos=False, inflections=False)


def _is_name_token(doc: Doc, word: str, strict_case: bool) -> bool:
    folded = fold(word)
    if folded in _STOP or len(folded) < 2:
        return False
    if doc.mostly_lower and not strict_case:
        return True
    return word[0].isupper()


def _name_run(doc: Doc, pos: int, strict_case: bool, limit: int = 3) -> int:
    """End of up to ``limit`` name tokens starting at ``pos`` (particles allowed inside), or ``pos``."""
    text = doc.text
    if strict_case and not doc.mostly_lower and pos < len(text) and text[pos].islower():
        return pos  # cheap rejection of the common case ("pour le", "van de")
    end = pos
    count = 0
    cursor = pos
    while count < limit:
        m = _TOKEN.match(text, cursor)
        if not m:
            break
        word = m.group(0)
        folded = fold(word)
        if folded in _PARTICLES and count < limit:
            nxt = _SPACES.match(text, m.end())
            if nxt:
                cursor = nxt.end()
                continue
            break
        if not _is_name_token(doc, word, strict_case):
            break
        end = m.end()
        count += 1
        sep = _SPACES.match(text, end)
        if not sep:
            break
        cursor = sep.end()
    return end


def _after_titles(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    for m in _TITLE.finditer(doc.folded):
        end = _name_run(doc, m.end(), strict_case=False)
        if end > m.end():
            out.append(Finding(m.end(), end, "PERSON_NAME", "name_title", "nom après un titre"))
    return out


def _after_labels(doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    for m in _LABEL.finditer(doc.folded):
        end = _name_run(doc, m.end(), strict_case=True)
        if end <= m.end():
            continue
        span = doc.text[m.end() : end]
        # One capitalised word after "pour"/"van" is too weak; two words or a known first name will do.
        words = [w for w in span.split() if fold(w) not in _PARTICLES]
        if len(words) < 2 and not _known_first_name(span):
            continue
        out.append(Finding(m.end(), end, "PERSON_NAME", "name_label", "nom après une mention"))
    return out


def _known_first_name(word: str) -> bool:
    matches = _first_names().find(fold(word))
    return any(
        m.start == 0 and m.end == len(word) and (m.label == "PLAIN" or word[:1].isupper()) for m in matches
    )


def _from_first_names(doc: Doc) -> list[Finding]:
    text = doc.text
    out: list[Finding] = []
    for hit in _first_names().find(doc):
        m = _TOKEN.match(text, hit.start)
        if m is None or m.end() != hit.end:
            continue
        word = m.group(0)
        if hit.label == "CAPITAL" and not (word[0].isupper() and not text.isupper()):
            continue
        if not doc.mostly_lower and not word[0].isupper():
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if re.search(r"(?:saint|sint|sainte|st|ste)[- ]$", before, re.IGNORECASE) or before.endswith("-"):
            continue  # "Woluwe-Saint-Pierre", "Molenbeek-Saint-Jean"
        if re.match(r"@|\.\w", text[m.end() : m.end() + 2]):
            continue  # inside an e-mail address
        start = m.start()
        end = (
            _name_run(doc, m.end() + 1, strict_case=True, limit=2)
            if text[m.end() : m.end() + 1] == " "
            else m.end()
        )
        end = max(end, m.end())
        # A surname in capitals or capitalised just before the first name ("BENALI Fatima").
        prev = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, start - 40) : start])
        if prev and not doc.mostly_lower:
            word_before = prev.group(1)
            if (word_before.isupper() and len(word_before) > 1) and fold(word_before) not in _STOP:
                start -= len(prev.group(0))
        out.append(Finding(start, end, "PERSON_NAME", "first_name", "prénom connu"))
    return out


def _signatures(doc: Doc) -> list[Finding]:
    text, folded = doc.text, doc.folded
    out: list[Finding] = []
    for m in _CLOSING.finditer(folded):
        nxt = _NEXT_LINE.match(text, m.end())
        if not nxt:
            continue
        pos = nxt.end()
        end = _name_run(doc, pos, strict_case=True)
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[end:line_end].strip()
        if end > pos and (not rest or rest[0] in "–-|,(") and len(text[pos:end].split()) >= 2:
            out.append(Finding(pos, end, "PERSON_NAME", "name_signature", "nom en signature"))
    return out


def find_names(doc: Doc) -> list[Finding]:
    return _after_titles(doc) + _after_labels(doc) + _from_first_names(doc) + _signatures(doc)
