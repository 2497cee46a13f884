"""How interview questions and decisions are shown: inputs per fact kind, values in words, and the
worker-facing wording of the rules' input errors."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

import pycountry

from secretpro.documents.vocabulary import fact_label, fact_value
from secretpro.i18n import N_, Language, translator
from secretpro.reference import country_name
from secretpro.rules import RULES, FactsError
from secretpro.rules.facts import FactSpec, Kind, read_value
from secretpro.web.interview import LIST_SEPARATOR, UNKNOWN_ANSWER, Interview, Question
from secretpro.web.labels import choice_label

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
    for answer in interview.answers:
        if answer.value == UNKNOWN_ANSWER:
            value = _(N_("Je ne sais pas"))
        else:
            typed = _typed(specs[answer.fact], answer.value)
            value = fact_value(answer.fact, typed, language) if typed is not None else answer.value
        shown.append({"fact": answer.fact, "label": fact_label(answer.fact, language), "value": value})
    return shown


def _typed(spec: FactSpec, value: str) -> object:
    try:
        return read_value(spec, value, from_text=True)
    except FactsError:
        return None


ERROR_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        "after the reference date",
        N_("Cette date est postérieure à aujourd'hui : un fait ne peut pas être daté dans le futur."),
    ),
    (
        "before 18/12/2018",
        N_(
            "Date antérieure au 18/12/2018 : la liste des pays soumis au visa n'est pas modélisée avant cette date."
        ),
    ),
    ("before 1900", N_("Cette date n'est pas plausible.")),
    ("not a valid date", N_("Cette date n'est pas valide.")),
    ("expected a date", N_("Indiquez une date (jour, mois, année).")),
    ("unknown country", N_("Choisissez un pays dans la liste.")),
    ("expected one of", N_("Choisissez une des réponses proposées.")),
    ("expected true or false", N_("Répondez par oui ou par non.")),
    ("longer than", N_("Ce texte est trop long.")),
    (
        "national or BIS",
        N_("Ce numéro n'est pas un numéro national ou BIS valide (11 chiffres, clé de contrôle)."),
    ),
    ("required", N_("Ce champ est obligatoire.")),
    ("too long", N_("Ce texte est trop long.")),
)


def error_message(error: FactsError, language: Language) -> str:
    """The worker's words for a rule's input error (the rule's own message is English, for logs)."""
    _ = translator(language)
    for fragment, message in ERROR_MESSAGES:
        if fragment in error.message:
            return _(message)
    return _(N_("Cette réponse n'est pas valide."))
