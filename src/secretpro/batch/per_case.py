"""Cases decided one by one: from a CSV row's text cells (``decide``), or from facts the batch has
already read, once per distinct cell (``decide_read``). Both give the same result row."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from secretpro.rules import FactsError, decide, decide_read
from secretpro.rules.decision import Decision
from secretpro.rules.explanation import reason_source


def reasons_cell(decision: Decision) -> str:
    """``SOURCE:STEP`` for each reason, in order (``CVTS:R1.4|LAW:R1.4``)."""
    return "|".join(f"{reason_source(reason)}:{reason.step}" for reason in decision.reasons)


def decide_row(rule: str, raw: dict[str, Any], on_date: date | None, today: date) -> dict[str, Any]:
    """One CSV row (cells as text; None or "" = unknown) → one result row."""
    facts = dict(raw)
    if not facts.get("reference_date") and on_date is None:
        facts["reference_date"] = today.isoformat()
    return _result_row(lambda: decide(rule, facts, reference_date=on_date, from_text=True, today=today))


def decide_read_row(rule: str, values: Mapping[str, Any], day: date, today: date) -> dict[str, Any]:
    """Facts already read (typed values, None when unknown) on the reference date ``day`` → one result
    row, as ``decide_row`` gives it for the cells they were read from."""
    return _result_row(lambda: decide_read(rule, values, day, today))


def _result_row(decided: Callable[[], Decision]) -> dict[str, Any]:
    """The result row of ``decided()``, or the error row of the bad fact it raises on."""
    try:
        decision = decided()
    except FactsError as error:
        return error_row(f"{error.field}: {error.message}")
    except ValueError:
        return error_row("facts: invalid value")
    return {
        "outcome": decision.outcome.value,
        "reference_date": decision.reference_date,
        "missing": "|".join(missing.fact for missing in decision.missing) or None,
        "reasons": reasons_cell(decision) or None,
        "allowed_fields": "|".join(decision.allowed_fields) or None,
        "error": None,
    }


def error_row(message: str) -> dict[str, Any]:
    return {
        "outcome": "error",
        "reference_date": None,
        "missing": None,
        "reasons": None,
        "allowed_fields": None,
        "error": message,
    }


def decide_rows(
    rule: str, rows: Iterable[dict[str, Any]], on_date: date | None, today: date
) -> list[dict[str, Any]]:
    return [decide_row(rule, row, on_date, today) for row in rows]
