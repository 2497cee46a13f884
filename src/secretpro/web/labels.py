"""The interviews' pages and words, derived from the rules' declarations (``rules/declaration.py``).

A rule declares its page (the situation in the worker's words, a title), its facts' labels and, for
facts it reads but never lists as missing, how to ask them (``fact(prompt=…)``); nothing here is
written per rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from secretpro.i18n import N_
from secretpro.rules import RULES
from secretpro.rules.facts import Prompt


@dataclass(frozen=True)
class RulePage:
    """One interview: its URL code, the rule it runs, and how the home page words the situation."""

    code: str
    rule: str
    situation: str
    title: str


RULE_PAGES: tuple[RulePage, ...] = tuple(
    RulePage(rule.code.lower(), rule.name, rule.page.situation, rule.page.title) for rule in RULES.values()
)
PAGES_BY_CODE = {page.code: page for page in RULE_PAGES}
PAGES_BY_RULE = {page.rule: page for page in RULE_PAGES}

# Facts a rule reads without listing them as missing: asked only when one of their values would
# change the decision (see ``interview.py``). One fact, one prompt: ``register`` keeps them alike.
DESCRIPTIVE_PROMPTS: dict[str, Prompt] = {
    spec.name: spec.prompt for rule in RULES.values() for spec in rule.facts if spec.prompt is not None
}
# Facts an interview fills in before asking, per rule.
PRESETS: dict[str, dict[str, str]] = {
    rule.name: dict(rule.presets) for rule in RULES.values() if rule.presets
}

YES = N_("Oui")
NO = N_("Non")
UNKNOWN = N_("Je ne sais pas")


__all__ = ["DESCRIPTIVE_PROMPTS", "PAGES_BY_CODE", "PAGES_BY_RULE", "PRESETS", "RULE_PAGES", "RulePage"]
