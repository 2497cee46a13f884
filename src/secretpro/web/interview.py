"""An interview: the answers given so far, and the next question that can still change the decision.

The rule drives it. Each step re-decides on the answers so far and asks the first fact of
``Decision.missing`` not yet answered (the rule lists them most decisive first). Some facts a rule
reads but never lists as missing, because they describe the request rather than settle a condition
(who asks, what, on which legal basis): such a fact is asked only when one of its values would
change the outcome, what may be sent or what must be done — never for the record's sake.

"I don't know" answers a fact with the empty string: it stays unknown and is not asked again.
"Back" removes the last answer. No personal data is ever asked: names and numbers are typed only on
the decision page, for the document that needs them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date

from secretpro.rules import RULES, Decision, FactsError, decide, today_in_brussels
from secretpro.rules.facts import FactSpec, Kind
from secretpro.web.labels import DESCRIPTIVE_PROMPTS, PRESETS

UNKNOWN_ANSWER = ""
LIST_SEPARATOR = "|"
# Facts never asked in an interview: identifiers belong to the documents, not to the decision.
NEVER_ASKED = frozenset({"national_number"})
# A placeholder standing for "some legal text was named" when testing whether a text fact matters.
_SOME_TEXT = "…"


@dataclass(frozen=True)
class Answer:
    fact: str
    value: str
    """The form value (``from_text`` form); ``UNKNOWN_ANSWER`` for "I don't know"."""


@dataclass(frozen=True)
class Interview:
    rule: str
    answers: tuple[Answer, ...] = ()
    received_on: date | None = None
    """The day the request was received, as of which the rule decides; ``None``: today."""
    revisit: str | None = None
    """An answer the worker chose to change ("modifier"): asked again first, the others kept."""
    draft: str | None = None
    """The saved draft this interview was resumed from (``register/drafts.py``): saving it again
    overwrites that draft, and recording its decision in a case deletes it."""

    @property
    def reference_date(self) -> date:
        return self.received_on or today_in_brussels()

    def on(self, day: date | None) -> Interview:
        """The same answers, decided as of ``day`` (``None`` or today: as of each day it is opened)."""
        return replace(self, received_on=None if day is None or day == today_in_brussels() else day)

    def facts(self) -> dict[str, str]:
        """The known facts, as form values for ``decide(..., from_text=True)``."""
        given = {answer.fact: answer.value for answer in self.answers}
        facts = {**self.presets(), **given}
        return {fact: value for fact, value in facts.items() if value != UNKNOWN_ANSWER}

    def presets(self) -> dict[str, str]:
        """The rule's preset facts that no answer replaced."""
        answered = {answer.fact for answer in self.answers}
        return {fact: value for fact, value in PRESETS.get(self.rule, {}).items() if fact not in answered}

    def answered(self) -> frozenset[str]:
        return frozenset(answer.fact for answer in self.answers) | frozenset(PRESETS.get(self.rule, {}))

    def with_answer(self, fact: str, value: str) -> Interview:
        kept = tuple(answer for answer in self.answers if answer.fact != fact)
        return replace(self, answers=(*kept, Answer(fact, value)), revisit=None)

    def back(self) -> Interview:
        if self.revisit is not None:  # "back" while changing an answer: keep it as it was
            return replace(self, revisit=None)
        return replace(self, answers=self.answers[:-1])

    def change(self, fact: str) -> Interview:
        return replace(self, revisit=fact) if fact in self.answered() else self

    def value_of(self, fact: str) -> str | None:
        given = {answer.fact: answer.value for answer in self.answers}
        return given.get(fact, PRESETS.get(self.rule, {}).get(fact))


@dataclass(frozen=True)
class Question:
    spec: FactSpec
    question: str
    why: str
    """French message ids, translated where shown."""

    @property
    def fact(self) -> str:
        return self.spec.name


@dataclass(frozen=True)
class Step:
    """Where an interview stands: the decision on the answers so far and what is left to ask."""

    decision: Decision
    questions: tuple[Question, ...]
    asked: int

    @property
    def question(self) -> Question | None:
        return self.questions[0] if self.questions else None

    @property
    def number(self) -> int:
        return self.asked + 1


def specs(rule: str) -> dict[str, FactSpec]:
    return {spec.name: spec for spec in RULES[rule].facts}


def step(interview: Interview, reference_date: date) -> Step:
    """The decision so far and the questions that can still change it, in the order to ask them.

    Raises ``FactsError`` if a stored answer is no longer valid (the caller starts over)."""
    facts = interview.facts()
    decision = decide(interview.rule, facts, reference_date=reference_date, from_text=True)
    answered = interview.answered()
    by_name = specs(interview.rule)
    missing = [
        Question(by_name[item.fact], item.question, item.why)
        for item in decision.missing
        if item.fact not in answered and item.fact in by_name
    ]
    descriptive = [
        Question(spec, DESCRIPTIVE_PROMPTS[spec.name].question, DESCRIPTIVE_PROMPTS[spec.name].why)
        for spec in RULES[interview.rule].facts
        if spec.name not in answered
        and spec.name not in NEVER_ASKED
        and spec.name in DESCRIPTIVE_PROMPTS
        and all(item.fact != spec.name for item in decision.missing)
        and _would_change(interview.rule, facts, spec, decision, reference_date)
    ]
    questions = _in_asking_order(interview.rule, missing, descriptive)
    again = _question_again(interview, reference_date) if interview.revisit else None
    if again is not None:
        questions = (again, *(question for question in questions if question.fact != again.fact))
    return Step(decision, questions, len(interview.answers))


def _question_again(interview: Interview, reference_date: date) -> Question | None:
    """The question of an answer given, as the rule asks it when that fact is unknown."""
    fact = interview.revisit
    by_name = specs(interview.rule)
    if fact is None or fact not in by_name or fact in NEVER_ASKED:
        return None
    if fact in DESCRIPTIVE_PROMPTS:
        prompt = DESCRIPTIVE_PROMPTS[fact]
        return Question(by_name[fact], prompt.question, prompt.why)
    without = {name: value for name, value in interview.facts().items() if name != fact}
    try:
        decision = decide(interview.rule, without, reference_date=reference_date, from_text=True)
    except FactsError:
        return None
    item = next((item for item in decision.missing if item.fact == fact), None)
    return Question(by_name[fact], item.question, item.why) if item is not None else None


@dataclass(frozen=True)
class Progress:
    """What can truthfully be said of the questions after the one on screen, found by trying each
    answer it can take (and "I don't know") and asking the rule what would still be asked."""

    number: int
    ends: bool
    """Every answer ends the interview: this is the last question."""
    may_end: bool
    """Some answer ends it (or the answers could not all be tried)."""
    planned: int
    """Questions the rule would ask next whatever the answer (the fewest over the answers tried)."""
    most: int
    """The most questions planned after one of the answers tried (for the progress bar)."""


def progress(interview: Interview, current: Step) -> Progress:
    question = current.question
    assert question is not None
    samples, exhaustive = _answers_to_try(question.spec, interview.reference_date)
    counts: list[int] = []
    for value in (*samples, UNKNOWN_ANSWER):
        try:
            after = step(interview.with_answer(question.fact, value), interview.reference_date)
        except FactsError:
            continue
        counts.append(len(after.questions))
    if not counts:
        counts = [len(current.questions) - 1]
        exhaustive = False
    ends = exhaustive and max(counts) == 0
    return Progress(
        number=current.number,
        ends=ends,
        may_end=not ends and (min(counts) == 0 or not exhaustive),
        planned=min(counts),
        most=max(counts),
    )


def _answers_to_try(spec: FactSpec, reference_date: date) -> tuple[tuple[str, ...], bool]:
    """Answers to try for a question, and whether they cover every kind of answer."""
    match spec.kind:
        case Kind.BOOLEAN | Kind.CHOICE:
            return tuple(_variants(spec)), True
        case Kind.CHOICES:
            # Each item alone and all together: items add to the request, they do not cancel out.
            return (*spec.choices, LIST_SEPARATOR.join(spec.choices)), True
        case Kind.DATE:
            # Recent and long before the request: the rules' periods lie between.
            recent, long_ago = reference_date, reference_date.replace(year=reference_date.year - 5)
            return (recent.isoformat(), long_ago.isoformat()), False
        case _:
            return tuple(_variants(spec)), False


def _signature(decision: Decision) -> tuple[object, ...]:
    # What the worker acts on; forbidden_fields only mirrors what was asked, so it is left out.
    return (decision.outcome, decision.allowed_fields, decision.obligations)


def _variants(spec: FactSpec) -> Iterator[str]:
    match spec.kind:
        case Kind.BOOLEAN:
            yield from ("true", "false")
        case Kind.CHOICE | Kind.CHOICES:
            yield from spec.choices
        case Kind.TEXT:
            yield _SOME_TEXT
        case _:
            # Dates and identifiers cannot be enumerated; rules ask for them through ``missing``.
            return


def _would_change(
    rule: str, facts: Mapping[str, str], spec: FactSpec, current: Decision, reference_date: date
) -> bool:
    now = _signature(current)
    for value in _variants(spec):
        try:
            other = decide(rule, {**facts, spec.name: value}, reference_date=reference_date, from_text=True)
        except FactsError:
            continue
        if _signature(other) != now:
            return True
    return False


def _in_asking_order(rule: str, missing: list[Question], descriptive: list[Question]) -> tuple[Question, ...]:
    """The rule's order for missing facts; a descriptive fact goes before the first missing fact
    that the rule declares after it (who the recipient is comes before the five conditions)."""
    position = {spec.name: index for index, spec in enumerate(RULES[rule].facts)}
    ordered = list(missing)
    for question in descriptive:
        at = next(
            (
                i
                for i, item in enumerate(ordered)
                if item in missing and position[item.fact] > position[question.fact]
            ),
            len(ordered),
        )
        ordered.insert(at, question)
    return tuple(ordered)


def check_answer(interview: Interview, fact: str, value: str, reference_date: date) -> FactsError | None:
    """``None`` when the answer can be recorded, else the rule's complaint about it."""
    try:
        decide(
            interview.rule, {**interview.facts(), fact: value}, reference_date=reference_date, from_text=True
        )
    except FactsError as error:
        return error
    return None
