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
from secretpro.guard.hints import has_any, hint_words
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
    r"|travailleurs|patients|mensen|gezinnen|kinderen|vrouwen|mannen)"
    # (a number counts people; a year after "sinds", "depuis", "en", or a date's, does not: "verblijft
    # sinds 2018 zonder verblijfsvergunning", twenty-ninth round, fresh_synthetic23's tuning half)
    r"|(?<![\d.,/:-])(?:(?<!sinds )(?<!sedert )(?<!vanaf )(?<!depuis )(?<!since )(?<!from )(?<!en )(?<!in )"
    r"(?<!van )(?<!tot )(?<!until )(?:19|20)\d\d|\d{1,3}(?:[.\u00a0]\d{3})+|(?!(?:19|20)\d\d[ \t])\d+))[ \t]+$"
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


# A sentence that counts a population tells of an illness's prevalence, not of a person: "plus de
# 13.000 personnes sont atteintes de cette maladie", "in België lijden ongeveer 12.000 mensen aan
# MS", "een op de vier mensen krijgt te maken met psychische problemen" (nineteenth round:
# real_passages22's tuning half, press stories about one patient that give the figures of the disease)
_POPULATION_FIGURE = fastre.compile(
    # (a hundred or more, or a share: "20 personnes en Belgique" is a rare disease's patients, "53
    # mensen afgevoerd naar het ziekenhuis" a crowd at one moment)
    r"\b(?:\d{1,3}(?:[.  ]\d{3})+|\d{3,}|\d+(?:[.,]\d+)?[ \t]*(?:%|pour[ \t]+cent|procent))[ \t]+"
    r"(?:(?:des|de|van[ \t]+de|of[ \t]+the|of)[ \t]+)?"
    r"(?:personnes|belges|mensen|belgen|vlamingen|wallons|bruxellois|brusselaars|people|patients|patienten"
    r"|femmes|vrouwen|hommes|mannen|enfants|kinderen|jongeren|jeunes|adultes|volwassenen|women|men|children)\b"
    r"|\b(?:une|1)[ \t]+(?:personne|femme|belge|enfant)[ \t]+sur[ \t]+(?:deux|trois|quatre|cinq|six|sept|huit|dix|\d+)\b"
    r"|\b(?:een|1)[ \t]+op[ \t]+de[ \t]+(?:twee|drie|vier|vijf|zes|zeven|acht|tien|\d+)[ \t]+(?:mensen|belgen|vlamingen|jongeren|vrouwen|mannen|kinderen)\b"
    r"|\b(?:one|1)[ \t]+in[ \t]+(?:two|three|four|five|six|ten|\d+)[ \t]+(?:people|adults|women|men|children)\b"
)
# one person told of in the sentence: then the figure says how rare that person's illness is ("Elle
# est atteinte d'une maladie qui ne touche que 200 personnes")
_ONE_PERSON = fastre.compile(
    r"\b(?:il|elle|hij|zij|ze|he|she|his|her|son|sa|zijn|haar|mon|ma|mijn|je|j'|ik|i)\b"
)
# (every match of _POPULATION_FIGURE holds one of these as a substring: " in ", " op " or " sur ",
# which nearly every text holds, are not needed, the noun after them is; "men" alone would be in
# "comment" and "moment", so the English men are looked for with their blanks)
_FIGURE_HINTS = hint_words(
    "personne",
    "belge",
    "belgen",
    "mensen",
    "people",
    "patient",
    "femme",
    "vrouwen",
    "homme",
    "mannen",
    "enfant",
    "kinderen",
    "jongeren",
    "jeunes",
    "adultes",
    "volwassenen",
    "women",
    " men",
    "children",
    "vlamingen",
    "wallons",
    "bruxellois",
    "brusselaars",
)


def _counts_a_population(doc: Doc, start: int, end: int) -> bool:
    sentence = doc.folded[start:end]
    return (
        _POPULATION_FIGURE.search(sentence) is not None
        and _ONE_PERSON.search(sentence) is None
        and not at_one_moment(doc, sentence)
    )


def drop_group_nouns(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the status nouns that name a group of people, nor the health findings of
    a sentence that counts a population."""
    nouns = _nouns()
    folded = doc.folded
    kept: list[Finding] = []
    counted = has_any(doc, _FIGURE_HINTS)
    judged: dict[tuple[int, int], bool] = {}  # (sentence start, end) -> counts a population
    for f in findings:
        if counted and f.category == "HEALTH":
            _, start, end = sentence_at(doc, f.start)
            if (start, end) not in judged:
                judged[start, end] = _counts_a_population(doc, start, end)
            if judged[start, end]:
                continue
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
