"""The domain's words for facts and their values, as the rules declare them (``fact(label=…,
choice_labels=…)``), and the dates of letters.

Shared by the interviews (web), the case files and the documents (the file note lists the facts as
answered).
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from secretpro.i18n import N_, Language, translator
from secretpro.reference import country_name
from secretpro.rules import RULES
from secretpro.rules.explanation import FIELD_LABELS
from secretpro.rules.facts import FactSpec

BABEL_LOCALES: dict[Language, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


def _declared(fact: str) -> FactSpec | None:
    """The fact as the rules declare it (``register`` keeps every rule's declaration alike)."""
    return next((spec for rule in RULES.values() for spec in rule.facts if spec.name == fact), None)


def fact_label(fact: str, language: Language) -> str:
    spec = _declared(fact)
    return translator(language)(spec.label if spec is not None else fact)


def _choice_message(fact: str, value: str) -> str | None:
    """A value's label in whichever rule offers it (the aid types differ in their order only)."""
    for rule in RULES.values():
        for spec in rule.facts:
            if spec.name == fact and (label := spec.choice_label(value)) is not None:
                return label
    return None


def choice_label(fact: str, value: str, language: Language) -> str:
    """The label of one value of a choice fact; list items are data fields (``FIELD_LABELS``)."""
    message = _choice_message(fact, value) or FIELD_LABELS.get(value) or value
    return translator(language)(message)


def long_date(day: date, language: Language) -> str:
    """A date for letters: the long format (the fr_BE short format has a two-digit year)."""
    return format_date(day, format="long", locale=BABEL_LOCALES[language])


def medium_date(day: date, language: Language) -> str:
    return format_date(day, format="medium", locale=BABEL_LOCALES[language])


def fact_value(fact: str, value: object, language: Language) -> str:
    """A fact's value in words: yes/no, a date, a country name, the label of a choice or of each item."""
    _ = translator(language)
    if isinstance(value, bool):
        return _(N_("Oui")) if value else _(N_("Non"))
    if isinstance(value, date):
        return medium_date(value, language)
    if isinstance(value, (tuple, list)):
        return ", ".join(choice_label(fact, str(item), language) for item in value) or "—"
    if fact == "nationality" and isinstance(value, str):
        return ", ".join(country_name(code, language) for code in value.split("|"))
    if isinstance(value, str) and _choice_message(fact, value) is not None:
        return choice_label(fact, value, language)
    return str(value)


def field_label_for(name: str, language: Language) -> str:
    """The label of a data field (what may or may not be sent)."""
    return translator(language)(FIELD_LABELS.get(name, name))
