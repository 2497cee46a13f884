"""The Sources page: both notes in full, each cited sentence highlighted and anchored (its quote id),
with the rule steps that rest on it and the legal texts (and their caveats) beside it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from secretpro.i18n import Language, translator
from secretpro.rules import RULES
from secretpro.rules.sources import SEED_TITLES, SeedName, citations, locate, seed_text
from secretpro.web.citing_steps import CitingStep, citing_steps
from secretpro.web.labels import PAGES_BY_RULE


@dataclass(frozen=True)
class Segment:
    text: str
    quote_id: str | None = None


@cache
def segments(source: SeedName) -> tuple[Segment, ...]:
    """The note cut into plain text and cited sentences, in order. Overlapping quotations (none
    today) would keep the first highlight and anchor the second at the same place."""
    text = seed_text(source)
    located = sorted(
        (span[0], span[1], quote.id)
        for quote in citations().quotes.values()
        if quote.source == source and (span := locate(quote.id)) is not None
    )
    pieces: list[Segment] = []
    cursor = 0
    for start, end, quote_id in located:
        if start < cursor:
            pieces.append(Segment("", quote_id))
            continue
        pieces.append(Segment(text[cursor:start]))
        pieces.append(Segment(text[start:end], quote_id))
        cursor = end
    pieces.append(Segment(text[cursor:]))
    return tuple(pieces)


def _step_view(step: CitingStep, language: Language) -> dict[str, str]:
    _ = translator(language)
    page = PAGES_BY_RULE[step.rule]
    return {
        "step": step.step,
        "rule_title": _(page.title),
        "href": f"/interview/{page.code}",
        "text": _(step.text) if step.text else _(RULES[step.rule].title),
    }


def sources_context(language: Language) -> dict[str, Any]:
    _ = translator(language)
    cited = citations()
    steps = citing_steps()
    quotes = {}
    for quote in cited.quotes.values():
        quotes[quote.id] = {
            "id": quote.id,
            "translation": quote.in_language(language),
            "steps": [_step_view(step, language) for step in steps.get(quote.id, ())],
            "laws": [
                {
                    "label": _(cited.laws[law_id].label),
                    "caveat": _(cited.laws[law_id].caveat) if cited.laws[law_id].caveat else "",
                }
                for law_id in quote.laws
            ],
        }
    notes = [
        {"source": source, "title": SEED_TITLES[source], "segments": segments(source)}
        for source in ("CVTS", "MED")
    ]
    laws = [
        {"id": law.id, "label": _(law.label), "caveat": _(law.caveat) if law.caveat else ""}
        for law in cited.laws.values()
    ]
    return {"notes": notes, "quotes": quotes, "laws": laws}
