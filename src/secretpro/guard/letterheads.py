"""A message's letterhead and its sender's and addressee's lines name services, not a person's facts.

"Centre Fedasil de Jumet - service médical", "Service social – Néonatologie (NIC)", "CHU de Liège –
Service social des hospitalisations", "Van: Griet Claes – thuisverpleging regio Diepenbeek", "Aan:
mobiel crisisteam – CGG Noord-West-Vlaanderen": the centre is where the writer works, the ward or the
care is the writer's or the addressee's service. On a message's first two lines, a line that sets a
service beside an institution with a dash, or a sender's or addressee's line, holds no one's health
and no one's home (forty-eighth round, fresh_synthetic33's, 34's and 43's tuning halves: the labelled
sets' invented messages hold 16 centres and 35 health findings on such lines, one of them labelled, a
neonatal ward). The kinds of medical aid ("cel DMH", "cellule AMU") are kept: the labellers read them
as the person's request as often as not.
"""

from __future__ import annotations

from secretpro.guard import fastre
from secretpro.guard.model import Doc, Finding

_SERVICE = r"(?:service|dienst|cellule|sociale[ \t]+dienst|medische[ \t]+dienst|afdeling|unite)"
_LETTERHEAD_LINE = fastre.compile(
    # a service beside its institution, after or before a dash
    rf"[ \t][-–][ \t]*{_SERVICE}\b"
    rf"|^[ \t]*{_SERVICE}[^\n]{{0,30}}[ \t][-–][ \t]"
    # a sender's or an addressee's line
    r"|^[ \t]*(?:de|van|from|expediteur|afzender|a|aan|to|destinataire)(?:[ \t]*/[ \t]*[a-z]+)?[ \t]*:"
)
_LONGEST_LETTERHEAD = 150
# the kinds of medical aid, which a line to the service handling them may ask for the person
_MEDICAL_AID = fastre.compile(
    r"(?<![\w])(?:dmh|amu|aide[ \t]+medicale|dringende[ \t]+medische[ \t]+hulp)(?![\w])"
)


def _letterhead_lines(folded: str) -> list[tuple[int, int]]:
    """The spans of the message's first two lines that read as a letterhead or a sender's line."""
    out: list[tuple[int, int]] = []
    start = 0
    for _ in range(2):
        end = folded.find("\n", start)
        if end < 0:
            end = len(folded)
        # (a letterhead is short: a first line of a paragraph's length is the text itself)
        if end - start <= _LONGEST_LETTERHEAD and _LETTERHEAD_LINE.search(folded[start:end]) is not None:
            out.append((start, end))
        if end == len(folded):
            break
        start = end + 1
    return out


def drop_letterhead_services(doc: Doc, found: list[Finding]) -> list[Finding]:
    """``found`` without the health findings and the centres on a letterhead's lines."""
    folded = doc.folded
    lines = _letterhead_lines(folded)
    if not lines:
        return found
    return [
        f
        for f in found
        if not (
            (f.category == "HEALTH" or (f.category == "ADDRESS" and f.recognizer == "centre"))
            and any(start <= f.start < end for start, end in lines)
            and not (f.category == "HEALTH" and _MEDICAL_AID.search(folded, f.start, f.end))
        )
    ]
