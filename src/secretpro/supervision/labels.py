"""Words for the codes the figures count: requesters, rules, outcomes, steps, months."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from secretpro.documents.vocabulary import BABEL_LOCALES, choice_label
from secretpro.i18n import N_, Language, translator
from secretpro.rules import RULES, Outcome
from secretpro.rules.shared_secrecy import RECIPIENTS

from .figures import UNKNOWN

# The requesters and outcomes of the rules themselves (one vocabulary).
REQUESTERS = RECIPIENTS
OUTCOMES = tuple(outcome.value for outcome in Outcome)
OUTCOME_SHORT: dict[str, str] = {
    "allowed": N_("Permise"),
    "forbidden": N_("Interdite"),
    "not_applicable": N_("Non applicable"),
    "undetermined": N_("Indéterminée"),
}
UNKNOWN_LABEL = N_("Non précisé")
UNKNOWN_STEP = N_("Étape non enregistrée")
NO_WORKER = N_("Compte supprimé")


def requester_label(value: str, language: Language) -> str:
    if value == UNKNOWN:
        return translator(language)(UNKNOWN_LABEL)
    return choice_label("requester", value, language)


def rule_label(value: str, language: Language) -> str:
    rule = RULES.get(value)
    if rule is None:
        return translator(language)(UNKNOWN_LABEL)
    return f"{rule.code} · {translator(language)(rule.title)}"


def rule_code(value: str) -> str:
    rule = RULES.get(value)
    return rule.code if rule is not None else "?"


def outcome_label(value: str, language: Language) -> str:
    return translator(language)(OUTCOME_SHORT.get(value, UNKNOWN_LABEL))


def step_label(value: str, language: Language) -> str:
    """``R3.2`` → ``R3.2 · Demande d'information entrante``."""
    _ = translator(language)
    if value == UNKNOWN:
        return _(UNKNOWN_STEP)
    code = value.split(".", 1)[0]
    for rule in RULES.values():
        if rule.code == code:
            return f"{value} · {_(rule.title)}"
    return value


def month_label(month: str, language: Language) -> str:
    """``2026-03`` → ``mars 2026`` / ``maart 2026``."""
    year, number = month.split("-")
    return format_date(date(int(year), int(number), 1), format="MMMM y", locale=BABEL_LOCALES[language])


def rule_names() -> tuple[str, ...]:
    return tuple(RULES)
