"""Legal citations as documents show them: label, caveat and text from ``citations.yaml`` (one place
for the numbering), translated through the catalogs when a translation exists."""

from __future__ import annotations

from secretpro.i18n import Language, translator
from secretpro.rules.sources import law


def law_label(law_id: str, language: Language) -> str:
    return translator(language)(law(law_id).label)


def law_caveat(law_id: str, language: Language) -> str:
    caveat = law(law_id).caveat
    return translator(language)(caveat) if caveat else ""


def law_text(law_id: str, language: Language) -> str:
    """The article in French (the text that binds), followed by its translation when there is one."""
    cited = law(law_id)
    translation = cited.translation.get(language) if language != "fr" else None
    return f"{cited.text}\n({translation})" if translation else cited.text
