"""CPAS: the name of a CPAS/OCMW with its commune ("CPAS de Schaerbeek", "OCMW van Jette")."""

from __future__ import annotations

from secretpro.guard import fastre
from secretpro.guard.model import Doc, Finding, new_finding
from secretpro.guard.places import find_places

_HEAD = fastre.compile(
    r"(?:c\.?\s?p\.?\s?a\.?\s?s\.?|o\.?\s?c\.?\s?m\.?\s?w\.?|"
    r"centre\s+pu?b+l+i?c+\s+d'action\s+sociale|openbaar\s+centrum\s+voor\s+maatschappelijk\s+welzijn)"
    r"(?P<link>\s+(?:de\s+la\s+ville\s+|de\s+la\s+commune\s+|van\s+de\s+stad\s+|van\s+de\s+gemeente\s+)?"
    r"(?:de|d'|van|du)\s*|\s*d'|\s*-\s*|\s+)(?![\w.-]*@)"
)

# Every match of _HEAD holds "c" then "p" (C.P.A.S.), or "m" then "w" (O.C.M.W.) six characters at
# most after its start, with at most a full stop and a blank between the two letters, or it holds
# "d'action" or "openbaar". Each of these two expressions starts with one letter, which the search
# skips to in C at a few instructions a character, where _HEAD is tried at every "c" and "o" of the
# text: it is searched from the first place a match can start (none, often).
_C_THEN_P = fastre.compile(r"c\.?\s?p")
_M_THEN_W = fastre.compile(r"m\.?\s?w")
_BEFORE_M = 6  # "o. c. m"


def _head_from(folded: str) -> int:
    """Where the first match of _HEAD can start (``len(folded)`` when there is none)."""
    if "d'action" in folded or "openbaar" in folded:
        return 0
    first = len(folded)
    hint = _C_THEN_P.search(folded)
    if hint is not None:
        first = hint.start()
    hint = _M_THEN_W.search(folded)
    if hint is not None:
        first = min(first, max(0, hint.start() - _BEFORE_M))
    return first


_CAPITALISED = fastre.compile(r"[A-Z][\w'-]+")
_IN_EMAIL = fastre.compile(r"[\w.-]*@|\.[a-z]{2,}\b")
_SLASH = fastre.compile(r"[ \t]*/[ \t]*")


def find_cpas(doc: Doc) -> list[Finding]:
    folded, text = doc.folded, doc.text
    places = find_places(doc)
    out: list[Finding] = []
    for m in _HEAD.finditer(folded, _head_from(folded)):
        if m.start() > 0 and (folded[m.start() - 1].isalnum() or folded[m.start() - 1] in "@.-_"):
            continue  # inside a word, an e-mail address or a domain name
        place = places.get(m.end())
        end: int | None = place.end if place else None
        if end is None:
            link = m.group("link").strip()
            explicit = link.endswith("d'") or link.split()[-1:] in (["de"], ["van"], ["du"])
            word = _CAPITALISED.match(text, m.end())
            if explicit and word:
                end = word.end()
        if end is None:
            continue
        if _IN_EMAIL.match(folded, end):
            continue  # inside an e-mail address or a domain name
        alt = _SLASH.match(folded, end)
        if alt and alt.end() in places:
            end = places[alt.end()].end
        out.append(new_finding(m.start(), end, "CPAS", "cpas", "nom du CPAS/OCMW"))
    return out
