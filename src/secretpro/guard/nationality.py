"""NATIONALITY: nationality adjectives and, after a cue, countries of origin."""

from __future__ import annotations

import re
from functools import cache

from secretpro.guard import fastre
from secretpro.guard.hints import has_any, hint_words
from secretpro.guard.lexicon import TermMatcher, read_entries
from secretpro.guard.model import Doc, Finding, new_finding

_HOME_COUNTRY = frozenset({"belgique", "belgie", "belgium", "royaume de belgique", "koninkrijk belgie"})
_CUE_WINDOW = 45
# "l'Etat belge", "le territoire belge", "de Belgische staat", "het Belgisch grondgebied", "de
# Belgische nationaliteit bezitten" (a condition in a leaflet): the country, not a person's nationality.
_BELGIAN = fastre.compile(r"belges?|belgische?|belgian")
_BELGIAN_BEFORE = fastre.compile(
    r"(?:etat|territoire|droit|sol|autorites|gouvernement|frontiere|pouvoirs|etre)\s+$"
)
_BELGIAN_AFTER = fastre.compile(
    r"\s+(?:staat|grondgebied|overheid|overheden|wet|wetten|recht|regering|staatsblad|bodem|grens"
    r"|nationaliteit\s+(?:bezitten|hebben|verwerven))\b"
)


# Any country's institutions and law ("la législation marocaine", "les autorités guinéennes",
# "de Franse overheden", "de Turkse ambassade"): the adjective describes a state, not a person.
_STATE_NOUN_BEFORE = fastre.compile(
    r"(?:legislation|loi|lois|droit|etat|autorites|gouvernement|administration|ambassade|consulat|"
    r"juridictions|tribunaux|pouvoirs publics|police|armee|regime|constitution)\s+$"
)
_STATE_NOUN_AFTER = fastre.compile(
    r"\s+(?:wetgeving|wet|wetten|overheid|overheden|autoriteiten|regering|staat|ambassade|consulaat|"
    r"rechtbanken|rechtbank|politie|leger|regime|grondwet|legislation|authorities|government|embassy)\b"
)


@cache
def _adjectives() -> TermMatcher:
    entries: list[tuple[str, str]] = []
    for _code, forms in read_entries("nationalities.tsv"):
        for form in forms.split("|"):
            label = "CUE" if form.startswith("~") else "ADJ"
            entries.append((form.lstrip("~"), label))
    # Adjectives are close to surnames ("Bengali"/"Benali"): typos only on the longer ones.
    return TermMatcher(entries, typos=True, typo_min_length=9)


@cache
def nationality_words() -> frozenset[str]:
    """Every written form of a nationality (folded), for the recognisers whose word endings they
    share ("yéménites" ends as "hépatites" does)."""
    return frozenset(
        form.lstrip("~") for _code, forms in read_entries("nationalities.tsv") for form in forms.split("|")
    )


@cache
def _countries() -> TermMatcher:
    entries = [
        ("=" + name if len(name) < 5 else name, "COUNTRY") for _code, name in read_entries("countries.tsv")
    ]
    return TermMatcher(entries, typos=True)


def term_matchers() -> tuple[TermMatcher, ...]:
    """The lexicons this module searches documents with (for the scanner's shared automaton)."""
    return (_adjectives(), _countries())


@cache
def _cues() -> re.Pattern[str]:
    patterns = [pattern for group, pattern in read_entries("cues.tsv") if group == "nationality"]
    return fastre.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")[^\n.;]{0,30}$")


def _has_cue(folded: str, start: int) -> bool:
    line_start = folded.rfind("\n", 0, start) + 1
    before = folded[max(line_start, start - _CUE_WINDOW) : start]
    return _cues().search(before) is not None


# a removal to the country that follows (seventh round, from invented worker sentences)
_REMOVED_TO = fastre.compile(
    r"(?<![\w])(?:renvoyee?s?|expulsee?s?|rapatriee?s?|refoulee?s?|eloignee?s?|teruggestuurd|"
    r"teruggezonden|uitgewezen|gerepatrieerd|uitgezet|"
    # a person moved to another country is removed there ("overgebracht naar Albanië"; twelfth round)
    r"overgebracht|teruggebracht)[ \t]+(?:en|au|aux|vers(?: l'| le| la)?|naar)[ \t]+$"
)


def find_nationalities(doc: Doc) -> list[Finding]:
    folded = doc.folded
    out: list[Finding] = []
    taken: set[int] = set()
    for m in _adjectives().find(doc):
        if m.label == "CUE" and not _has_cue(folded, m.start):
            continue
        # (the windows' starts by a conditional, here and below, not max(0, ...): a call of max()
        # builds an argument tuple and steps through it, several times the cost of the test)
        if _BELGIAN.fullmatch(folded, m.start, m.end) and (
            _BELGIAN_BEFORE.search(folded, m.start - 20 if m.start > 20 else 0, m.start)
            or _BELGIAN_AFTER.match(folded, m.end)
        ):
            continue
        if _STATE_NOUN_BEFORE.search(
            folded, m.start - 24 if m.start > 24 else 0, m.start
        ) or _STATE_NOUN_AFTER.match(folded, m.end):
            continue  # "les autorités guinéennes", "de Franse overheden": a state, not a person
        out.append(new_finding(m.start, m.end, "NATIONALITY", "nationality_adjective", "nationalité"))
        taken.update(range(m.start, m.end))
    for m in _countries().find(doc):
        if m.term in _HOME_COUNTRY or m.start in taken:
            continue
        if not _has_cue(folded, m.start):
            continue
        # "arrivé en Belgique" is not an origin, but "né au Maroc" is: the country itself decides.
        out.append(new_finding(m.start, m.end, "NATIONALITY", "country_of_origin", "pays d'origine"))
        removal = _REMOVED_TO.search(folded, m.start - 30 if m.start > 30 else 0, m.start)
        if removal is not None:
            # "renvoyée en Espagne", "teruggestuurd naar Italië": a removal, a residence measure
            out.append(new_finding(removal.start(), m.end, "ADMIN_STATUS", "removal", "séjour : éloignement"))
    return out


# Residence papers of another state: "parce qu'on a des papiers grecs", "hij heeft Italiaanse
# papieren", "een Spaanse verblijfsvergunning": where someone may stay, a residence status
# (seventh round). Belgian papers are left to the status lexicon.
_PAPERS_BEFORE = fastre.compile(
    r"(?<![\w])(?:papiers|documents de sejour|titre de sejour|carte de sejour|permis de sejour)[ \t]+$"
)
_PAPERS_AFTER = fastre.compile(
    r"[ \t]+(?:papieren|verblijfsvergunning|verblijfskaart|verblijfsdocumenten|verblijfstitel)(?![\w])"
)
_PAPERS_HINTS = hint_words(
    "papiers ",
    "papieren",
    "documents de sejour",
    "titre de sejour",
    "carte de sejour",
    "permis de sejour",
    "verblijfsvergunning",
    "verblijfskaart",
    "verblijfsdocumenten",
    "verblijfstitel",
)
# a car's papers are no one's residence ("les papiers français de la voiture")
_VEHICLE_AFTER = fastre.compile(
    r"[ \t]+(?:de (?:la|sa|leur) voiture|du vehicule|van (?:de|zijn|haar) (?:auto|wagen))"
)


def find_foreign_papers(doc: Doc) -> list[Finding]:
    folded = doc.folded
    if not has_any(doc, _PAPERS_HINTS):
        return []
    out: list[Finding] = []
    for m in _adjectives().find(doc):
        if _BELGIAN.fullmatch(folded, m.start, m.end):
            continue
        before = _PAPERS_BEFORE.search(folded, m.start - 30 if m.start > 30 else 0, m.start)
        after = _PAPERS_AFTER.match(folded, m.end)
        if (before or after) and not _VEHICLE_AFTER.match(folded, after.end() if after else m.end):
            start = before.start() if before else m.start
            end = after.end() if after else m.end
            out.append(
                new_finding(start, end, "ADMIN_STATUS", "foreign_papers", "séjour : titre d'un autre État")
            )
    return out
