"""Status nouns that name a crowd: "les sans-papiers", "475 sans-papiers", "Oekraïense vluchtelingen".

Press pages, NGO pages and leaflets speak of groups of people by their status; the real sets label
such a noun only when it is given to someone ("Ils sont sans papiers", "Elle est sans papiers
depuis 2023"). A status finding that is one of these nouns alone (``data/status_groups.tsv``) is
dropped when it names a group, unless a verb "to be" or "recognised" just before it gives it to
someone, it stands in apposition to people ("son mari, des sans-papiers,") or its sentence tells a
group at one moment (the eleventh round's rule). A longer finding ("erkende vluchtelingen sinds
2024", "en séjour illégal") is not this module's. Health nouns of a crowd ("langdurig zieken",
"les malades") are read the same way.
"""

from __future__ import annotations

from functools import cache

from secretpro.guard import fastre
from secretpro.guard.generic import at_one_moment, sentence_at
from secretpro.guard.lexicon import read_entries
from secretpro.guard.model import Doc, Finding
from secretpro.guard.nationality import nationality_words

# "ils sont", "les intéressés n'étaient pas", "zij zijn allemaal", "als", "comme": given to someone
_GIVEN_BY_A_VERB = fastre.compile(
    r"\b(?:sont|etaient|sommes|etes|seront|restent|zijn|waren|worden|werden|blijven|als|comme"
    r"|reconnue?s?|devenue?s?|erkend|erkende|geworden)"
    r"[ \t]+(?:(?:pas|plus|tous|toutes|deja|toujours|encore|ook|nog|allemaal|alle|al|niet|geen)[ \t]+)*$"
)
# a plural determiner, a number or a plural noun before the noun: a group
_GROUP_BEFORE = fastre.compile(
    r"(?:\b(?:les|des|aux|de|d'|ces|nos|vos|leurs|quelques|plusieurs|nombreux|certains|tous|toutes"
    r"|cinquante|soixante|cent|cents|mille|personnes|femmes|hommes|enfants|familles|mineurs|jeunes"
    r"|travailleurs|patients|mensen|gezinnen|kinderen|vrouwen|mannen)|\d)[ \t]+$"
)
# an apposition names whom the noun is given to: "Madame Lenoir et son mari, des sans-papiers,"
_APPOSITION = fastre.compile(r",[ \t]*(?:des|deux|tous deux|twee|allebei)[ \t]+$")
# or with their nationality: "dhr. Khalaf en mevr. Murad, Iraakse erkende vluchtelingen" (sixteenth round)
_NATIONALITY_APPOSITION = fastre.compile(r",[ \t]*(?P<nationality>[a-z]+)[ \t]+$")
_REACH = 40  # how far back the words before a noun are read
# (a crowd of the sick, "langdurig zieken", is read as a crowd of refugees is: sixteenth round)
_CROWD_CATEGORIES = ("ADMIN_STATUS", "HEALTH")


def _sentence_of(doc: Doc, position: int) -> str:
    _, start, end = sentence_at(doc, position)
    return doc.folded[start:end]


def _after_a_nationality(folded: str, low: int, start: int) -> bool:
    apposition = _NATIONALITY_APPOSITION.search(folded, low, start)
    return apposition is not None and apposition.group("nationality") in nationality_words()


@cache
def _nouns() -> dict[str, str]:
    return {noun: kind for kind, noun in read_entries("status_groups.tsv")}


def drop_group_nouns(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the status nouns that name a group of people."""
    nouns = _nouns()
    folded = doc.folded
    kept: list[Finding] = []
    for f in findings:
        kind = nouns.get(folded[f.start : f.end]) if f.category in _CROWD_CATEGORIES else None
        if kind is not None:
            low = f.start - _REACH if f.start > _REACH else 0
            if (
                _GIVEN_BY_A_VERB.search(folded, low, f.start) is None
                and _APPOSITION.search(folded, low, f.start) is None
                and not _after_a_nationality(folded, low, f.start)
                and (kind == "plural" or _GROUP_BEFORE.search(folded, low, f.start) is not None)
                # a group at one moment is people (eleventh round): "la grève de la faim des
                # sans-papiers qui occupent l'église s'est durcie ce mardi matin"
                and not at_one_moment(doc, _sentence_of(doc, f.start))
            ):
                continue
        kept.append(f)
    return kept
