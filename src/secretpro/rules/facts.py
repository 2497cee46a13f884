"""Reading facts from JSON objects, CSV cells or form fields into typed values.

A missing key, ``null`` or an empty cell means *unknown* (``None``); a value that cannot be read is
bad input, reported as ``FactsError`` naming the field. The same specification serves the command
line, the web interviews, the API and batch screening, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import Enum
from typing import Any

from secretpro import national_number
from secretpro.dates import DateError, DateProblem, read_iso_date
from secretpro.i18n import N_, Language, translator
from secretpro.reference import normalize_country


class FactsError(ValueError):
    """Bad input: one field, one plain message (no personal data in it).

    ``message`` is the French text (a gettext message id filled with ``params``);
    ``translated(language)`` gives it in the worker's language.
    """

    def __init__(self, field: str, message: str, **params: str) -> None:
        self.field = field
        self.message_id = message
        self.params = params
        self.message = message % params if params else message
        super().__init__(f"{field}: {self.message}")

    def translated(self, language: Language) -> str:
        text = translator(language)(self.message_id)
        return text % self.params if self.params else text


INVALID_NATIONAL_NUMBER = N_("n'est pas un numéro national ou BIS valide (clé de contrôle ou date)")
DATE_AFTER_REFERENCE = N_(
    "date postérieure à la date de référence : un fait ne peut pas être daté dans le futur"
)
DATE_IN_FUTURE = N_("date dans le futur : un fait ne peut pas être daté après aujourd'hui")
BEFORE_VISA_DATA = N_(
    "avant le 18/12/2018 : la liste des pays soumis au visa n'est pas modélisée avant cette date"
)


class Kind(Enum):
    BOOLEAN = "boolean"
    DATE = "date"
    CHOICE = "choice"
    CHOICES = "list of choices"
    COUNTRY = "country"
    NATIONAL_NUMBER = "national_number"
    TEXT = "text"


@dataclass(frozen=True)
class Prompt:
    """How an interview asks a fact that the rule reads but never lists as missing (who asks, what,
    on which basis): asked only when one of its values would change the decision. French message ids."""

    question: str
    why: str


@dataclass(frozen=True)
class FactSpec:
    name: str
    kind: Kind
    choices: tuple[str, ...] = ()
    label: str = ""
    """How answers, case files and documents name the fact (French message id)."""
    choice_labels: tuple[tuple[str, str], ...] = ()
    """(value, label) for each choice, in the order of ``choices``."""
    prompt: Prompt | None = None

    def choice_label(self, value: str) -> str | None:
        return dict(self.choice_labels).get(value)


SPEC = "secretpro.fact"


def fact(
    kind: Kind,
    choices: tuple[str, ...] = (),
    *,
    label: str,
    choice_labels: Mapping[str, str] | None = None,
    prompt: Prompt | None = None,
) -> Any:
    """A field of a rule's facts dataclass: unknown (``None``) by default, read as ``kind``.

    The dataclass is the one declaration of a rule's facts — how it is read, how it is named, how
    each of its values is named and, for a fact the rule never lists as missing, how it is asked;
    ``facts_of`` derives the specifications that the command line, the web interviews, the API,
    the documents and batch screening read.
    """
    labels = tuple(
        (value, (choice_labels or {})[value]) for value in choices if value in (choice_labels or {})
    )
    return field(default=None, metadata={SPEC: FactSpec("", kind, choices, label, labels, prompt)})


def facts_of(facts_type: type) -> tuple[FactSpec, ...]:
    """The specifications of a rule's facts, in the order its dataclass declares them.

    Raises ``TypeError`` for a half-declared fact: no ``fact()``, no label, a choice without its label.
    """
    specs = []
    for item in fields(facts_type):
        if SPEC not in item.metadata:
            raise TypeError(f"{facts_type.__name__}.{item.name} is not declared with fact()")
        spec = replace(item.metadata[SPEC], name=item.name)
        if not spec.label:
            raise TypeError(f"{facts_type.__name__}.{item.name}: fact() needs a label")
        unlabelled = [value for value in spec.choices if spec.choice_label(value) is None]
        if unlabelled:
            raise TypeError(f"{facts_type.__name__}.{item.name}: no label for the choices {unlabelled}")
        specs.append(spec)
    return tuple(specs)


TRUE_WORDS = frozenset({"true", "yes", "oui", "ja", "1"})
FALSE_WORDS = frozenset({"false", "no", "non", "nee", "0"})
MAX_TEXT_LENGTH = 500


def _read_boolean(spec: FactSpec, value: object, from_text: bool) -> bool:
    if isinstance(value, bool):
        return value
    if from_text and isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
        return value.strip().lower() in TRUE_WORDS
    raise FactsError(spec.name, N_("réponse attendue : true ou false (oui ou non)"))


_DATE_PROBLEMS = {
    DateProblem.IMPOSSIBLE: N_("date impossible (format attendu : AAAA-MM-JJ)"),
    DateProblem.FORMAT: N_("date attendue au format AAAA-MM-JJ"),
    DateProblem.IMPLAUSIBLE: N_("date invraisemblable (avant 1900)"),
}


def _read_date(spec: FactSpec, value: object) -> date:
    if not isinstance(value, str):
        raise FactsError(spec.name, N_("date attendue au format AAAA-MM-JJ"))
    try:
        return read_iso_date(value)
    except DateError as error:
        raise FactsError(spec.name, _DATE_PROBLEMS[error.problem]) from None


def _read_choice(spec: FactSpec, value: object) -> str:
    if not isinstance(value, str) or value.strip() not in spec.choices:
        raise FactsError(
            spec.name,
            N_("valeur inattendue ; valeurs possibles : %(choices)s"),
            choices=", ".join(spec.choices),
        )
    return value.strip()


def _read_choices(spec: FactSpec, value: object, from_text: bool) -> tuple[str, ...]:
    items: Sequence[object]
    if from_text and isinstance(value, str):
        items = [item for item in value.replace(";", "|").split("|") if item.strip()]
    elif isinstance(value, list):
        items = value
    else:
        raise FactsError(spec.name, N_("une liste est attendue"))
    read: list[str] = []
    for index, item in enumerate(items):
        if not isinstance(item, str) or item.strip() not in spec.choices:
            raise FactsError(
                f"{spec.name}[{index}]",
                N_("valeur inattendue ; valeurs possibles : %(choices)s"),
                choices=", ".join(spec.choices),
            )
        if item.strip() not in read:
            read.append(item.strip())
    return tuple(read)


def _read_country(spec: FactSpec, value: object) -> str:
    if isinstance(value, list) and value:
        # Several nationalities (JSON list): held as "MA|FR"; each is read as a single one.
        codes = [
            _read_country(FactSpec(f"{spec.name}[{index}]", spec.kind), item)
            for index, item in enumerate(value)
        ]
        return "|".join(dict.fromkeys(codes))
    code = normalize_country(value) if isinstance(value, str) else None
    if code is None:
        raise FactsError(
            spec.name, N_("pays inconnu (code ISO 3166-1 alpha-2 attendu, par exemple MA, ou XK)")
        )
    return code


def _read_national_number(spec: FactSpec, value: object) -> str:
    if not isinstance(value, str):
        raise FactsError(spec.name, N_("numéro national ou BIS attendu sous forme de texte"))
    number = national_number.compact(value)
    if not number.isdigit() or len(number) != national_number.ELEVEN:
        raise FactsError(spec.name, N_("un numéro national ou BIS compte 11 chiffres"))
    if not national_number.is_valid(number):
        raise FactsError(spec.name, INVALID_NATIONAL_NUMBER)
    return number


def _read_text(spec: FactSpec, value: object) -> str | None:
    if not isinstance(value, str):
        raise FactsError(spec.name, N_("texte attendu"))
    if len(value) > MAX_TEXT_LENGTH:
        raise FactsError(spec.name, N_("texte de plus de %(limit)s caractères"), limit=str(MAX_TEXT_LENGTH))
    return value.strip() or None


def read_value(spec: FactSpec, value: object, *, from_text: bool = False) -> Any:
    """One fact: ``None`` when unknown, else the typed value; ``FactsError`` on bad input."""
    if value is None or (from_text and isinstance(value, str) and not value.strip()):
        return None
    match spec.kind:
        case Kind.BOOLEAN:
            return _read_boolean(spec, value, from_text)
        case Kind.DATE:
            return _read_date(spec, value)
        case Kind.CHOICE:
            return _read_choice(spec, value)
        case Kind.CHOICES:
            return _read_choices(spec, value, from_text)
        case Kind.COUNTRY:
            return _read_country(spec, value)
        case Kind.NATIONAL_NUMBER:
            return _read_national_number(spec, value)
        case Kind.TEXT:
            return _read_text(spec, value)


def read_facts(
    specs: Sequence[FactSpec], raw: Mapping[str, object], *, from_text: bool = False
) -> dict[str, Any]:
    """All facts of a rule; an unknown key is bad input (a typo must not silently mean *unknown*)."""
    known = {spec.name for spec in specs}
    for key in raw:
        if key not in known:
            raise FactsError(
                str(key), N_("fait inconnu (faits possibles : %(facts)s)"), facts=", ".join(sorted(known))
            )
    return {spec.name: read_value(spec, raw.get(spec.name), from_text=from_text) for spec in specs}
