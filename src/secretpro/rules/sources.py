"""Citations: the sentences of the source notes and the legal texts a decision rests on.

All of them live in ``citations.yaml`` (one place for the numbering of legal articles). A seed
quotation is located in its note (``seeds/CVTS.txt``, ``seeds/MED.txt``) so that the Sources page
can highlight it and a test can prove that every quotation is verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import yaml

SeedName = Literal["CVTS", "MED"]
SEED_TITLES: dict[SeedName, str] = {
    "CVTS": "Comité de vigilance en travail social — Document visant à soutenir des intervenants sociaux "
    "face à des demandes de transmission d'information auprès de l'Office des Etrangers",
    "MED": "Medimmigrant — Le secret professionnel dans le cadre d'une demande d'autorisation de séjour "
    "pour raisons médicales",
}


@dataclass(frozen=True)
class Law:
    """A legal text, with the caveat that must be shown wherever it is cited."""

    id: str
    label: str
    caveat: str
    text: str
    translation: dict[str, str]


@dataclass(frozen=True)
class Quote:
    """A sentence of a source note, in its own French, with translations beside it."""

    id: str
    source: SeedName
    fr: str
    translation: dict[str, str]
    laws: tuple[str, ...]

    def in_language(self, language: str) -> str | None:
        """The translation shown beside the French, or ``None`` in French."""
        return None if language == "fr" else self.translation.get(language)


@dataclass(frozen=True)
class Citations:
    laws: dict[str, Law]
    quotes: dict[str, Quote]


@cache
def citations() -> Citations:
    raw = yaml.safe_load(resources.files(__package__).joinpath("citations.yaml").read_text(encoding="utf-8"))
    laws = {
        law_id: Law(
            id=law_id,
            label=entry["label"],
            caveat=entry.get("caveat", ""),
            text=entry.get("text", ""),
            translation=dict(entry.get("translation", {})),
        )
        for law_id, entry in raw["laws"].items()
    }
    quotes = {
        quote_id: Quote(
            id=quote_id,
            source=entry["source"],
            fr=entry["fr"],
            translation={"nl": entry["nl"], "en": entry["en"]},
            laws=tuple(entry.get("laws", [])),
        )
        for quote_id, entry in raw["quotes"].items()
    }
    for quote in quotes.values():
        unknown = [law for law in quote.laws if law not in laws]
        if unknown:
            raise ValueError(f"citations.yaml: quote {quote.id} cites unknown laws {unknown}")
    return Citations(laws=laws, quotes=quotes)


def quote(quote_id: str) -> Quote:
    return citations().quotes[quote_id]


def law(law_id: str) -> Law:
    return citations().laws[law_id]


@cache
def seed_text(source: SeedName) -> str:
    """The full text of a source note, as received."""
    return (
        resources.files(__package__).joinpath("seeds").joinpath(f"{source}.txt").read_text(encoding="utf-8")
    )


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# The extracted notes break lines anywhere and bullet lists carry stray symbols, so a quotation is
# matched word by word, with any run of spaces, line breaks or bullets between two words.
_GAP = r"[\s•\-]*"


def _pattern(text: str) -> re.Pattern[str]:
    words = re.findall(r"[^\s•\-]+", text.translate(_APOSTROPHES))
    return re.compile(_GAP.join(re.escape(word).replace("'", "['’‘]") for word in words))


def locate(quote_id: str) -> tuple[int, int] | None:
    """Where a quotation stands in its note (start, end offsets), ``None`` if not found."""
    cited = quote(quote_id)
    match = _pattern(cited.fr).search(seed_text(cited.source))
    return (match.start(), match.end()) if match else None
