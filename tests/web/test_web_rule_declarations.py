"""A rule cannot be half declared: a fact without its label, a choice without its label, a preset
for a fact it does not read, or a fact that means something else in another rule all fail at once,
when the rule's module is imported — not silently in a page that shows a raw key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from secretpro.i18n import N_
from secretpro.rules import RULES, Decision, register
from secretpro.rules.declaration import Rule, RulePage
from secretpro.rules.facts import Kind, fact, facts_of
from secretpro.web.labels import DESCRIPTIVE_PROMPTS, PAGES_BY_CODE, PAGES_BY_RULE, PRESETS


def _never(facts: object, day: date) -> Decision:
    raise AssertionError("not evaluated")


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_has_its_page_from_its_declaration(rule: str) -> None:
    declared = RULES[rule]
    page = PAGES_BY_RULE[rule]
    assert PAGES_BY_CODE[declared.code.lower()] == page
    assert (page.situation, page.title) == (declared.page.situation, declared.page.title)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_fact_and_choice_has_a_label(rule: str) -> None:
    for spec in RULES[rule].facts:
        assert spec.label
        assert [value for value, _ in spec.choice_labels] == list(spec.choices)


def test_the_interview_words_come_from_the_declarations() -> None:
    prompts = {spec.name: spec.prompt for rule in RULES.values() for spec in rule.facts if spec.prompt}
    assert prompts == DESCRIPTIVE_PROMPTS and "legal_basis_invoked" in prompts
    assert PRESETS == {"automatic-flow": {"fields": "aid_type|period|cpas"}}


def test_a_fact_without_a_label_fails_at_once() -> None:
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'label'"):

        @dataclass(frozen=True)
        class Unlabelled:
            answer: bool | None = fact(Kind.BOOLEAN)  # type: ignore[call-arg]


def test_a_choice_without_a_label_fails_at_once() -> None:
    @dataclass(frozen=True)
    class HalfLabelled:
        colour: str | None = fact(Kind.CHOICE, ("red", "blue"), label="Colour", choice_labels={"red": "Red"})

    with pytest.raises(TypeError, match=r"no label for the choices \['blue'\]"):
        facts_of(HalfLabelled)


def test_a_field_not_declared_as_a_fact_fails_at_once() -> None:
    @dataclass(frozen=True)
    class Plain:
        answer: bool | None = None

    with pytest.raises(TypeError, match="not declared with fact"):
        facts_of(Plain)


def test_a_preset_for_a_fact_the_rule_does_not_read_fails() -> None:
    @dataclass(frozen=True)
    class One:
        answer: bool | None = fact(Kind.BOOLEAN, label="Answer")

    with pytest.raises(TypeError, match="presets for facts it does not read"):
        Rule("toy", "R9", "Toy", One, _never, RulePage("s", "t"), presets={"other": "x"})


def test_register_refuses_a_taken_name_or_code_and_a_fact_meant_otherwise() -> None:
    @dataclass(frozen=True)
    class Consent:
        consent: bool | None = fact(Kind.BOOLEAN, label=N_("Accord du propriétaire"))

    @dataclass(frozen=True)
    class Fine:
        answer: bool | None = fact(Kind.BOOLEAN, label="Answer")

    before = dict(RULES)
    with pytest.raises(ValueError, match="already registered"):
        register(Rule("guarantor-inquiry", "R9", "Toy", Fine, _never, RulePage("s", "t")))
    with pytest.raises(ValueError, match="already registered"):
        register(Rule("toy", "R1", "Toy", Fine, _never, RulePage("s", "t")))
    with pytest.raises(ValueError, match=r"toy\.consent is declared otherwise"):
        register(Rule("toy", "R9", "Toy", Consent, _never, RulePage("s", "t")))
    assert before == RULES
