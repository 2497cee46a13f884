"""The figures in words and charts, in one language: what the dashboard and the report show.

With ``suppressed`` (the monthly report, for a council or a federation) every count from 1 to 4
reads ``< 5`` and is not drawn, and the per-worker and awaited-answer lists are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from secretpro.i18n import N_, Language, translator

from .charts import Chart, bar_chart, column_chart, stacked_chart
from .figures import UNKNOWN, Figures, Filters
from .labels import (
    NO_WORKER,
    OUTCOMES,
    REQUESTERS,
    month_label,
    outcome_label,
    requester_label,
    rule_label,
    rule_names,
    step_label,
)
from .suppression import cell_text, suppress, total

MAX_MONTHS = 36

TITLE_REQUESTERS = N_("Demandes reçues par demandeur")
TITLE_MONTHS = N_("Demandes reçues par mois")
TITLE_DECISIONS = N_("Décisions par règle et par réponse")
TITLE_REFUSALS = N_("Refus par motif (étape qui décide)")
TITLE_WORKERS = N_("Dossiers par travailleur")
DESC_TOTAL = N_("{total} au total sur la période.")
DESC_LARGEST = N_("Le plus grand nombre : {label} ({count}).")
DESC_NONE = N_("Aucune donnée sur la période.")
DESC_HIDDEN = N_("Les nombres de 1 à 4 ne sont pas publiés (« < 5 ») et ne sont pas dessinés.")
HEADER_REQUESTER = N_("Demandeur")
HEADER_MONTH = N_("Mois")
HEADER_RULE = N_("Règle")
HEADER_STEP = N_("Motif du refus")
HEADER_WORKER = N_("Travailleur")
HEADER_REQUESTS = N_("Demandes")
HEADER_REFUSALS = N_("Refus")
HEADER_CASES = N_("Dossiers")


@dataclass(frozen=True)
class AwaitingRow:
    case_id: str
    since: str
    days: int
    worker: str


@dataclass(frozen=True)
class FiguresView:
    charts: tuple[Chart, ...]
    awaiting: tuple[AwaitingRow, ...]
    awaiting_count: int
    requests_total: str
    decisions_total: str
    refusals_total: str
    rules_versions: tuple[str, ...]


def months_between(start: date, end: date) -> list[str]:
    months: list[str] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month) and len(months) < MAX_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _months(figures: Figures, filters: Filters) -> list[str]:
    present = sorted(figures.requests_by_month)
    if filters.start and filters.end:
        return months_between(filters.start, filters.end)
    if not present:
        return []
    first = date.fromisoformat(present[0] + "-01")
    last = date.fromisoformat(present[-1] + "-01")
    start = filters.start or first
    end = filters.end or last
    return months_between(min(start, first), max(end, last))[-MAX_MONTHS:]


def _description(
    _: Callable[[str], str], labels: Sequence[str], values: Sequence[int | None], suppressed: bool
) -> str:
    shown = [(value, label) for label, value in zip(labels, values, strict=True) if value]
    if not shown:
        return _(DESC_NONE)
    parts = []
    if not suppressed:
        parts.append(_(DESC_TOTAL).format(total=sum(v for v, _label in shown)))
    count, label = max(shown, key=lambda item: item[0])
    parts.append(_(DESC_LARGEST).format(label=label, count=count))
    if suppressed:
        parts.append(_(DESC_HIDDEN))
    return " ".join(parts)


def _counts(values: Sequence[int], suppressed: bool) -> tuple[list[int | None], list[str]]:
    shown: list[int | None] = suppress(values) if suppressed else list(values)
    return shown, [cell_text(value) for value in shown]


def _simple(
    key: str,
    title: str,
    labels: list[str],
    values: list[int],
    headers: tuple[str, str],
    _: Callable[[str], str],
    suppressed: bool,
    *,
    columns: bool = False,
) -> Chart:
    shown, cells = _counts(values, suppressed)
    make = column_chart if columns else bar_chart
    return make(
        key,
        _(title),
        _description(_, labels, shown, suppressed),
        labels,
        shown,
        label_header=_(headers[0]),
        value_header=_(headers[1]),
        cells=cells,
    )


def _ordered(counts: Mapping[str, int], order: Sequence[str]) -> list[str]:
    known = [key for key in order if counts.get(key)]
    return known + sorted(key for key in counts if key not in order and counts[key])


def figures_view(
    figures: Figures,
    filters: Filters,
    language: Language,
    *,
    worker_names: Mapping[int, str] | None = None,
    suppressed: bool = False,
) -> FiguresView:
    _ = translator(language)
    charts: list[Chart] = []

    requesters = _ordered(figures.requests_by_requester, (*REQUESTERS, UNKNOWN))
    charts.append(
        _simple(
            "requesters",
            TITLE_REQUESTERS,
            [requester_label(r, language) for r in requesters],
            [figures.requests_by_requester[r] for r in requesters],
            (HEADER_REQUESTER, HEADER_REQUESTS),
            _,
            suppressed,
        )
    )
    months = _months(figures, filters)
    charts.append(
        _simple(
            "months",
            TITLE_MONTHS,
            [month_label(m, language) for m in months],
            [figures.requests_by_month.get(m, 0) for m in months],
            (HEADER_MONTH, HEADER_REQUESTS),
            _,
            suppressed,
            columns=True,
        )
    )

    by_rule: dict[str, int] = {}
    for (rule, _outcome), count in figures.decisions.items():
        by_rule[rule] = by_rule.get(rule, 0) + count
    rules = _ordered(by_rule, (*rule_names(), UNKNOWN))
    outcomes = [o for o in OUTCOMES if any(figures.decisions.get((r, o)) for r in rules)]
    rule_labels = [rule_label(r, language) for r in rules]
    grid = [[figures.decisions.get((r, o), 0) for o in outcomes] for r in rules]
    shown_grid = [suppress(row) if suppressed else list(row) for row in grid]
    series = [
        (outcome_label(o, language), [shown_grid[i][j] for i in range(len(rules))])
        for j, o in enumerate(outcomes)
    ]
    flat = [value for row in shown_grid for value in row]
    labels_flat = [
        f"{rule_labels[i]} · {series[j][0]}" for i in range(len(rules)) for j in range(len(outcomes))
    ]
    charts.append(
        stacked_chart(
            "decisions",
            _(TITLE_DECISIONS),
            _description(_, labels_flat, flat, suppressed),
            rule_labels,
            series,
            label_header=_(HEADER_RULE),
            cells=[[cell_text(value) for value in row] for row in shown_grid],
        )
    )

    steps = sorted(figures.refusals_by_reason, key=lambda s: (s == UNKNOWN, s))
    charts.append(
        _simple(
            "refusals",
            TITLE_REFUSALS,
            [step_label(s, language) for s in steps],
            [figures.refusals_by_reason[s] for s in steps],
            (HEADER_STEP, HEADER_REFUSALS),
            _,
            suppressed,
        )
    )

    names = worker_names or {}
    awaiting: tuple[AwaitingRow, ...] = ()
    if not suppressed:
        workers = sorted(
            figures.cases_per_worker, key=lambda w: (-figures.cases_per_worker[w], _name(w, names, _))
        )
        charts.append(
            _simple(
                "workers",
                TITLE_WORKERS,
                [_name(w, names, _) for w in workers],
                [figures.cases_per_worker[w] for w in workers],
                (HEADER_WORKER, HEADER_CASES),
                _,
                suppressed,
            )
        )
        awaiting = tuple(
            AwaitingRow(item.case_id, item.since.isoformat(), item.days, _name(item.worker, names, _))
            for item in figures.awaiting
        )

    def shown_total(value: int) -> str:
        return cell_text(total([value])) if suppressed else str(value)

    return FiguresView(
        charts=tuple(charts),
        awaiting=awaiting,
        awaiting_count=figures.awaiting_total,
        requests_total=shown_total(figures.requests_total),
        decisions_total=shown_total(figures.decisions_total),
        refusals_total=shown_total(figures.refusals_total),
        rules_versions=tuple(sorted(figures.rules_versions)),
    )


def _name(worker: int | None, names: Mapping[int, str], _: Callable[[str], str]) -> str:
    if worker is None or worker not in names:
        return _(NO_WORKER)
    return names[worker]
