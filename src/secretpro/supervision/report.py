"""The monthly report (PDF, French or Dutch): the month's figures and charts, ready for the CPAS
council or a social-work federation.

Aggregated counts only, every count from 1 to 4 suppressed (``suppression``), no case id, no worker
name; the period, the CPAS and the rules version are stated. HTML rendered with Jinja, then PDF by
WeasyPrint (the charts are the same inline SVG as on the dashboard, with their stylesheet inline).
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import cache
from typing import cast

import jinja2

from secretpro.documents.vocabulary import BABEL_LOCALES, long_date
from secretpro.i18n import Language, translations
from secretpro.register import Register
from secretpro.register.entries import list_cpas
from secretpro.rules.deliberation import rules_version

from .charts import with_stylesheet
from .figures import Filters, compute_figures
from .labels import month_label
from .view import figures_view


def previous_month(today: date) -> str:
    first = today.replace(day=1)
    year, month = (first.year - 1, 12) if first.month == 1 else (first.year, first.month - 1)
    return f"{year:04d}-{month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """``2026-03`` → (1 March, 31 March); ``ValueError`` for anything else."""
    if len(month) != 7 or month[4] != "-":
        raise ValueError(month)
    year, number = int(month[:4]), int(month[5:])
    start = date(year, number, 1)
    return start, date(year, number, calendar.monthrange(year, number)[1])


@cache
def _environment(language: Language) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("secretpro.supervision", "templates"),
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
    )
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    env.filters["with_stylesheet"] = with_stylesheet
    return env


def report_html(
    register: Register, cpas_id: int, month: str, language: Language, *, today: date
) -> tuple[str, int]:
    """The report as HTML and the number of table cells it publishes."""
    start, end = month_bounds(month)
    if start > today:
        raise ValueError(month)
    filters = Filters(start=start, end=end)
    figures = compute_figures(register, cpas_id, filters, today)
    view = figures_view(figures, filters, language, suppressed=True)
    names = {c.id: c.name for c in list_cpas(register)}
    html = (
        _environment(language)
        .get_template("report.html")
        .render(
            lang=language,
            view=view,
            cpas=names.get(cpas_id, ""),
            month=month_label(month, language),
            start=long_date(start, language),
            end=long_date(end, language),
            printed=long_date(today, language),
            current_rules=rules_version(),
            locale=BABEL_LOCALES[language],
        )
    )
    cells = sum(len(chart.table.rows) for chart in view.charts)
    return html, cells


def report_pdf(
    register: Register, cpas_id: int, month: str, language: Language, *, today: date
) -> tuple[bytes, int]:
    from weasyprint import HTML

    html, cells = report_html(register, cpas_id, month, language, today=today)
    return cast(bytes, HTML(string=html).write_pdf()), cells
