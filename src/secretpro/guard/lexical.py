"""Lexicon-driven categories: HEALTH and ADMIN_STATUS."""

from __future__ import annotations

import re
from functools import cache

from secretpro.guard.lexicon import TermMatcher, matcher, read_entries
from secretpro.guard.model import Doc, Finding

# A care word followed by where the care is given: the hospital stays inside the span.
_CARE_PLACE_LEAD = re.compile(
    r"[ \t]+(?:a|au|aux|en|in|dans|bij|aan|te|van|de|du|des)[ \t]+"
    r"(?:l'hopital|la clinique|l'|le|la|het|de|het ziekenhuis|het uz|ziekenhuis|hopital|clinique)?[ \t]*"
)
_CARE_PLACE_LEAD_BACK = re.compile(
    r"(?:opgenomen|hospitalisee?s?|admise?s?|soignee?s?|suivie?s?|behandeld|verzorgd|gehospitaliseerd)"
    r"[ \t]+(?:in|a|au|aux|dans|bij|te)[ \t]+(?:het|de|l'|la|le)?[ \t]*$"
)
# An institution named only as the addressee or sender is not care received.
_ADDRESSEE_CONTEXT = re.compile(
    r"(?:service social|services? de facturation|sociale dienst|dienst sociale|facturatiedienst|"
    r"a l'attention|ter attentie|t\.a\.v\.|aan de|au service|du service|van de dienst)[^\n]{0,25}$"
)
# The annexes of the royal decree of 8 October 1981 that are residence documents or decisions.
_ANNEXES = (
    "3|3bis|3ter|4|8|8bis|12|13|13bis|13ter|13quater|13quinquies|13sexies|13septies|14|15|17|19|19bis|"
    "19ter|20|21|22|25|25quater|26|26bis|26quater|27|29|32|33|35|36|37|38|39|40|41|42|43|44|45|46|47"
)
_NUMBERED_STATUS = re.compile(
    r"(?:annexe|bijlage|annex)\s*(?:n°\s*|nr\.?\s*)?(?:" + _ANNEXES.replace("bis", "\\s?bis") + r")(?![\w])"
    r"|(?:article|art\.?|artikel)\s*(?:9\s?bis|9\s?ter|48/[0-9]|57/6)(?![\w/])"
    r"|9\s?(?:bis|ter)[-\s]?(?:aanvraag|procedure|procedure|aanvraagprocedure|regularisatie|dossier)?\b"
)


# Residence cards by letter, only with the letter in capitals ("carte à" is not "carte A").
_CARD_LETTER = re.compile(
    r"(?:[Cc]arte|CARTE|[Kk]aart|KAART)[ \t]+(?:[ABCEFHKLM]|EU)\+?(?![\w+])"
    r"|(?:[ABCEFHKLM]|EU)\+?-(?:[Kk]aart|KAART)(?![\w])"
)


@cache
def _health() -> TermMatcher:
    return matcher("health.txt", "HEALTH")


@cache
def _status() -> TermMatcher:
    return matcher("admin_status.txt", "ADMIN_STATUS")


@cache
def _hospitals() -> TermMatcher:
    return TermMatcher(read_entries("hospitals.txt", "HOSPITAL"), typos=False)


def _extend_care_place(doc: Doc, start: int, end: int, hospitals: dict[int, int]) -> tuple[int, int]:
    folded = doc.folded
    lead = _CARE_PLACE_LEAD.match(folded, end)
    if lead and lead.end() in hospitals:
        end = hospitals[lead.end()]
    back = _CARE_PLACE_LEAD_BACK.search(folded, max(0, start - 45), start)
    if back:
        start = back.start()
    return start, end


_FIELD_LABEL_AFTER = re.compile(r"[ \t]*:")


def _is_field_label(folded: str, end: int) -> bool:
    """ "Statut de séjour :", "Remarques médicales :": a form label, not a fact about the person."""
    return _FIELD_LABEL_AFTER.match(folded, end) is not None


_CARE_VERB_BEFORE = re.compile(
    r"(?:suivie?s?|soignee?s?|hospitalisee?s?|operee?s?|admise?s?|consulte|traitee?s?|behandeld|"
    r"opgenomen|verzorgd|geopereerd|opvolging|afspraak|rendez-vous)"
    r"[ \t]+(?:au|aux|a|en|in|dans|bij|aan|te)[ \t]+(?:l'|la|le|het|de)?[ \t]*$"
)


def find_health(doc: Doc) -> list[Finding]:
    folded = doc.folded
    hospital_hits = _hospitals().find(doc)
    hospitals = {m.start: m.end for m in hospital_hits}
    out: list[Finding] = []
    for hit in hospital_hits:
        # "suivi au CHU Saint-Pierre": care received at a named hospital
        verb = _CARE_VERB_BEFORE.search(folded, max(0, hit.start - 40), hit.start)
        if verb:
            out.append(Finding(verb.start(), hit.end, "HEALTH", "care_place", f"soins : {hit.term}"))
    for match in _health().find(doc):
        if _is_field_label(folded, match.end):
            continue
        line_start = folded.rfind("\n", 0, match.start) + 1
        before = folded[line_start : match.start]
        is_institution = "ziekenhuis" in match.term or "hopital" in match.term
        if is_institution and _ADDRESSEE_CONTEXT.search(before):
            continue
        start, end = _extend_care_place(doc, match.start, match.end, hospitals)
        out.append(Finding(start, end, "HEALTH", "health_lexicon", f"santé : {match.term}"))
    return out


def find_admin_status(doc: Doc) -> list[Finding]:
    folded = doc.folded
    out = [
        Finding(m.start, m.end, "ADMIN_STATUS", "status_lexicon", f"séjour : {m.term}")
        for m in _status().find(doc)
        if not _is_field_label(folded, m.end)
    ]
    # (the patterns start with letters, not with a word-boundary test, so the regex engine can
    # skip ahead; the boundary is checked here)
    # substring tests first: most messages mention neither cards nor annexes
    cards = _CARD_LETTER.finditer(doc.text) if ("arte" in folded or "aart" in folded) else ()
    for m in cards:
        if m.start() > 0 and doc.text[m.start() - 1].isalnum():
            continue
        out.append(Finding(m.start(), m.end(), "ADMIN_STATUS", "status_pattern", "séjour : carte de séjour"))
    numbered = (
        _NUMBERED_STATUS.finditer(folded)
        if ("annex" in folded or "bijlage" in folded or "bis" in folded or "ter" in folded or "48/" in folded)
        else ()
    )
    for m in numbered:
        if m.start() > 0 and folded[m.start() - 1].isalnum():
            continue
        out.append(
            Finding(m.start(), m.end(), "ADMIN_STATUS", "status_pattern", "séjour : document ou procédure")
        )
    return out
