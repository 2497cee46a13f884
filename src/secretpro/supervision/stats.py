"""Anonymised statistics that several CPAS can pool (``secretpro register stats``).

Counts only, from closed vocabularies: every value in the file is a code of the product (a
requester, a rule, an outcome, a step such as ``R3.2``), a month ``YYYY-MM`` or a number. A code
the product does not know becomes ``unknown``; no identifier, name, case id, worker, CPAS name or
free text is ever copied. Counts from 1 to 4 are suppressed (``suppression``).

Schema ``secretpro-stats/1`` (JSON; ``stats_schema.json`` beside this module is its JSON Schema)::

    {"schema": "secretpro-stats/1",
     "period": {"from": "2026-01-01", "to": "2026-03-31"},
     "rules_version": "0.1.0+…",            # the rules that produced this file's labels
     "suppression": {"threshold": 5},
     "cells": [
       {"table": "requests_by_requester", "requester": "police", "count": 7},
       {"table": "requests_by_month", "month": "2026-02", "count": null, "suppressed": true},
       {"table": "decisions", "rule": "incoming-request", "outcome": "forbidden", "count": 6},
       {"table": "refusals_by_step", "step": "R3.2", "count": 6}]}

CSV: the same cells, one per row, ``;`` separated, UTF-8 with BOM, columns ``table;requester;
month;rule;outcome;step;count`` (an empty cell where a column does not apply; ``<5`` for a
suppressed count).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from secretpro.register import Register
from secretpro.rules.deliberation import rules_version

from .figures import UNKNOWN, Filters, compute_figures
from .labels import OUTCOMES, REQUESTERS, rule_names
from .suppression import THRESHOLD, suppress

SCHEMA = "secretpro-stats/1"
CSV_COLUMNS = ("table", "requester", "month", "rule", "outcome", "step", "count")
_STEP = re.compile(r"R[1-5]\.[0-9]{1,2}[a-z]?")
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")


def _code(value: str, known: Iterable[str]) -> str:
    return value if value in set(known) else UNKNOWN


def _step(value: str) -> str:
    return value if _STEP.fullmatch(value) else UNKNOWN


def _cells(table: str, keys: list[dict[str, str]], counts: list[int]) -> list[dict[str, Any]]:
    shown = suppress(counts)
    cells: list[dict[str, Any]] = []
    for key, value in zip(keys, shown, strict=True):
        cell: dict[str, Any] = {"table": table, **key, "count": value}
        if value is None:
            cell["suppressed"] = True
        cells.append(cell)
    return cells


def _merge(pairs: Iterable[tuple[tuple[str, ...], int]]) -> dict[tuple[str, ...], int]:
    merged: dict[tuple[str, ...], int] = {}
    for key, count in pairs:
        merged[key] = merged.get(key, 0) + count
    return dict(sorted(merged.items()))


def statistics(register: Register, cpas_id: int, start: date, end: date) -> dict[str, Any]:
    """The anonymised statistics of CPAS ``cpas_id`` for the days ``start``..``end``."""
    figures = compute_figures(register, cpas_id, Filters(start=start, end=end), end)
    cells: list[dict[str, Any]] = []
    requesters = _merge(((_code(k, REQUESTERS),), v) for k, v in figures.requests_by_requester.items())
    cells += _cells(
        "requests_by_requester", [{"requester": k[0]} for k in requesters], list(requesters.values())
    )
    months = _merge(
        ((k if _MONTH.fullmatch(k) else UNKNOWN,), v) for k, v in figures.requests_by_month.items()
    )
    cells += _cells("requests_by_month", [{"month": k[0]} for k in months], list(months.values()))
    decisions = _merge(
        ((_code(rule, rule_names()), _code(outcome, OUTCOMES)), v)
        for (rule, outcome), v in figures.decisions.items()
    )
    cells += _cells(
        "decisions", [{"rule": k[0], "outcome": k[1]} for k in decisions], list(decisions.values())
    )
    steps = _merge(((_step(k),), v) for k, v in figures.refusals_by_reason.items())
    cells += _cells("refusals_by_step", [{"step": k[0]} for k in steps], list(steps.values()))
    return {
        "schema": SCHEMA,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "rules_version": rules_version(),
        "suppression": {"threshold": THRESHOLD},
        "cells": cells,
    }


def as_json(stats: dict[str, Any]) -> str:
    return json.dumps(stats, ensure_ascii=False, indent=2, sort_keys=False)


def as_csv(stats: dict[str, Any]) -> str:
    """``;``-separated rows (the caller adds the BOM when writing a file for a spreadsheet)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for cell in stats["cells"]:
        count = "<5" if cell.get("suppressed") else str(cell["count"])
        writer.writerow([cell["table"], *(cell.get(column, "") for column in CSV_COLUMNS[1:-1]), count])
    return out.getvalue()


def stats_command(
    *,
    start: date,
    end: date,
    output_format: str,
    cpas: str | None = None,
    url: str | None = None,
    lang: str | None = None,
) -> int:
    """``secretpro register stats``: print the statistics of one CPAS and record the export."""
    import sys
    from collections.abc import Callable

    from rich.console import Console

    from secretpro.i18n import N_
    from secretpro.register.commands import EXIT_OK, _resolve_cpas, _run
    from secretpro.register.entries import list_cpas
    from secretpro.register.errors import InvalidInputError
    from secretpro.register.models import ExportKind

    from .audit import record_export

    def body(_: Callable[[str], str], out: Console) -> int:
        with Register.open(url) as register:
            if cpas:
                cpas_id = _resolve_cpas(register, cpas)
            else:
                known = list_cpas(register)
                if len(known) != 1:
                    raise InvalidInputError(
                        N_("Plusieurs CPAS dans le registre : précisez lequel avec --cpas.")
                    )
                cpas_id = known[0].id
            stats = statistics(register, cpas_id, start, end)
            text = as_json(stats) + "\n" if output_format == "json" else "\ufeff" + as_csv(stats)
            record_export(
                register,
                kind=ExportKind.STATS_JSON if output_format == "json" else ExportKind.STATS_CSV,
                cpas_id=cpas_id,
                user_id=None,
                filters={"from": start.isoformat(), "to": end.isoformat()},
                rows=len(stats["cells"]),
                content=text.encode("utf-8"),
            )
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK

    return _run(lang, body)
