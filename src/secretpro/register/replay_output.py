"""``secretpro register replay``: the re-examination of past decisions as text, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from rich.console import Console

from secretpro.spreadsheet import safe_cell

from .commands import EXIT_OK, _resolve_cpas, _run
from .replay import ReplayChange, ReplayReport, replay
from .store import Register

CSV_COLUMNS = (
    "case_id",
    "decision_entry",
    "rule",
    "reference_date",
    "old_outcome",
    "new_outcome",
    "old_allowed",
    "new_allowed",
    "old_rules_version",
    "step",
)


def _row(change: ReplayChange) -> dict[str, Any]:
    return {"case_id": change.case_id, **change.as_record()}


def render(report: ReplayReport, output_format: str, _: Callable[[str], str]) -> str:
    if output_format == "json":
        return json.dumps(
            {
                "rules_version": report.rules_version,
                "examined": report.examined,
                "recorded": report.recorded,
                "changes": [_row(change) for change in report.changes],
            },
            ensure_ascii=False,
            indent=2,
        )
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for change in report.changes:
            row = _row(change)
            writer.writerow(
                {
                    key: safe_cell("|".join(value) if isinstance(value, list) else value)
                    for key, value in row.items()
                }
            )
        return buffer.getvalue().rstrip("\n")
    lines = [
        _(
            "{examined} décisions réexaminées selon les règles {version} : {changed} décident autrement."
        ).format(examined=report.examined, version=report.rules_version, changed=len(report.changes))
    ]
    for change in report.changes:
        lines.append(
            _("Dossier {case} · {rule} · {day} : {old} → {new} (étape {step})").format(
                case=change.case_id,
                rule=change.rule,
                day=change.reference_date,
                old=change.old_outcome,
                new=change.new_outcome,
                step=change.step,
            )
        )
        if sorted(change.old_allowed) != sorted(change.new_allowed):
            lines.append(
                "    "
                + _("données permises : {old} → {new}").format(
                    old=", ".join(change.old_allowed) or "—", new=", ".join(change.new_allowed) or "—"
                )
            )
    return "\n".join(lines)


def replay_command(
    *,
    start: date | None,
    end: date | None,
    output_format: str = "text",
    cpas: str | None = None,
    url: str | None = None,
    lang: str | None = None,
) -> int:
    """Re-decide every recorded decision of the period and list those the current rules change;
    each change is recorded in its case (once per rules version)."""

    def body(_: Callable[[str], str], out: Console) -> int:
        with Register.open(url) as register:
            cpas_id = _resolve_cpas(register, cpas) if cpas else None
            report = replay(register, start=start, end=end, cpas_id=cpas_id)
        # Plain print: rich would wrap JSON and CSV lines.
        out.file.write(render(report, output_format, _) + "\n")
        return EXIT_OK

    return _run(lang, body)
