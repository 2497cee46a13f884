"""``secretpro batch RULE IN.csv --out OUT.csv [--date D]`` as a plain function (wired by ``secretpro.cli``).

Exit status 0 when the run is done (bad rows included: each is an ``error`` row, counted in the
summary), 2 for bad input (unknown rule or column, no ``case_id``, not UTF-8 or not CSV, output
directory missing), with one line on stderr naming the field and never a traceback.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from secretpro.batch.csv_input import read_cases
from secretpro.batch.engine import BatchResult, screen
from secretpro.batch.errors import BatchInputError
from secretpro.batch.writer import write_atomically
from secretpro.i18n import Language, parse_language, translator
from secretpro.rules import RULES

OUTCOME_LABELS = {
    "allowed": "Transmission permise",
    "forbidden": "Transmission interdite",
    "not_applicable": "Procédure non applicable",
    "undetermined": "Indéterminé (faits manquants)",
    "error": "Ligne en erreur (donnée invalide)",
}


def _fail(field: str, message: str) -> int:
    print(f"secretpro: error: {field}: {message}", file=sys.stderr)
    return 2


def _check_output(out_path: Path) -> None:
    if out_path.is_dir():
        raise BatchInputError("--out", "is a directory (expected a file name)")
    if not out_path.parent.is_dir():
        raise BatchInputError("--out", "the directory does not exist")


def _summary(result: BatchResult, rule: str, seconds: float, out_path: Path, language: Language) -> Table:
    _ = translator(language)
    total = sum(result.counts.values())
    table = Table(title=_("Résultat du tri : %(rule)s") % {"rule": rule}, caption=str(out_path))
    table.add_column(_("Résultat"))
    table.add_column("outcome", style="dim")
    table.add_column(_("Cas"), justify="right")
    for outcome, count in result.counts.items():
        table.add_row(_(OUTCOME_LABELS[outcome]), outcome, f"{count:,}".replace(",", " "))
    table.add_section()
    rate = f" ({total / seconds:,.0f}/s)".replace(",", " ") if seconds > 0 and total else ""
    table.add_row(_("Total"), "", f"{total:,}".replace(",", " ") + rate)
    return table


def batch_command(
    rule: str, in_path: str, out_path: str, on_date: date | None, *, lang: str | None = None
) -> int:
    """Screen every case of ``in_path`` for ``rule`` and write one result row per case to ``out_path``."""
    try:
        language = parse_language(lang)
    except ValueError:
        return _fail("--lang", "expected fr, nl or en")
    if rule not in RULES:
        return _fail("RULE", "unknown rule (expected one of " + ", ".join(RULES) + ")")
    source, target = Path(in_path), Path(out_path)
    started = time.perf_counter()
    try:
        _check_output(target)
        cases = read_cases(rule, source)
        if sys.stderr.isatty():
            with Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            ) as bar:
                task = bar.add_task(rule, total=cases.height)
                result = screen(rule, cases, on_date, progress=lambda rows: bar.advance(task, rows))
        else:
            result = screen(rule, cases, on_date)
        del cases
        write_atomically(result.table, target)
    except BatchInputError as error:
        return _fail(error.field, error.message)
    except PermissionError:
        return _fail("--out", "permission denied")
    except OSError:
        return _fail("--out", "cannot be written")
    Console().print(_summary(result, rule, time.perf_counter() - started, target, language))
    return 0
