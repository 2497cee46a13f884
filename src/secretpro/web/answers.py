"""How interview questions and decisions are shown: inputs per fact kind, values in words, and the
worker-facing wording of the rules' input errors."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import pycountry

from secretpro.documents.vocabulary import choice_label, fact_label, fact_value
from secretpro.i18n import N_, Language, translator
from secretpro.reference import country_name
from secretpro.rules import RULES, FactsError
from secretpro.rules.facts import FactSpec, Kind, read_value
from secretpro.web.interview import LIST_SEPARATOR, UNKNOWN_ANSWER, Answer, Interview, Question

EXTRA_COUNTRY_CODES = ("XK",)


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def country_options(language: Language) -> tuple[tuple[str, str], ...]:
    """Every ISO 3166-1 country and Kosovo, named and sorted in the page language."""
    codes = [country.alpha_2 for country in pycountry.countries] + list(EXTRA_COUNTRY_CODES)
    named = [(code, country_name(code, language)) for code in codes]
    return tuple(sorted(named, key=lambda item: _sort_key(item[1])))


def input_view(question: Question, language: Language, current: str | None) -> dict[str, Any]:
    """What the template needs to draw the input of one question."""
    spec = question.spec
    _ = translator(language)
    view: dict[str, Any] = {"kind": spec.kind.name.lower(), "fact": spec.name, "value": current or ""}
    if spec.kind in (Kind.CHOICE, Kind.CHOICES):
        selected = set((current or "").split(LIST_SEPARATOR))
        view["options"] = [
            (value, choice_label(spec.name, value, language), value in selected) for value in spec.choices
        ]
    elif spec.kind == Kind.COUNTRY:
        view["options"] = [(code, name, code == current) for code, name in country_options(language)]
    elif spec.kind == Kind.BOOLEAN:
        view["options"] = [
            ("true", _(N_("Oui")), current == "true"),
            ("false", _(N_("Non")), current == "false"),
        ]
    return view


def answers_view(interview: Interview, language: Language) -> list[dict[str, str]]:
    """The answers given so far, in words (for the summary beside the question)."""
    _ = translator(language)
    specs = {spec.name: spec for spec in RULES[interview.rule].facts}
    shown = []
    presets = [Answer(fact, value) for fact, value in interview.presets().items()]
    for answer in (*presets, *interview.answers):
        if answer.value == UNKNOWN_ANSWER:
            value = _(N_("Je ne sais pas"))
        else:
            typed = _typed(specs[answer.fact], answer.value)
            value = fact_value(answer.fact, typed, language) if typed is not None else answer.value
        if answer in presets:
            value = _(N_("%(value)s (contenu du flux, non demandé)")) % {"value": value}
        shown.append({"fact": answer.fact, "label": fact_label(answer.fact, language), "value": value})
    return shown


def _typed(spec: FactSpec, value: str) -> object:
    try:
        return read_value(spec, value, from_text=True)
    except FactsError:
        return None


def error_message(error: FactsError, language: Language) -> str:
    """The rule's own message for an input error, in the worker's language (it never repeats the value)."""
    return error.translated(language)
