"""The supervisors' dashboard (``/supervision``), its exports and the monthly report.

A supervisor sees their own CPAS only; an administrator chooses one CPAS at a time
(``?cpas=<number>``), never a sum of several. Filters travel in the query string as codes, dates and
account numbers: never a name or a national number. Exports and the report are recorded in the
export log before they are handed over.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from secretpro.i18n import LANGUAGES, N_, parse_language, translator
from secretpro.register import Register, Role
from secretpro.register.accounts import Account, list_accounts
from secretpro.register.entries import list_cpas
from secretpro.register.models import ExportKind
from secretpro.rules import today_in_brussels
from secretpro.supervision import Filters, compute_figures
from secretpro.supervision.audit import record_export
from secretpro.supervision.charts import chart_css
from secretpro.supervision.exports import entries_csv, entries_xlsx
from secretpro.supervision.figures import DEFAULT_AWAITED_DAYS
from secretpro.supervision.labels import REQUESTERS, requester_label, rule_label, rule_names
from secretpro.supervision.report import previous_month, report_pdf
from secretpro.supervision.view import figures_view
from secretpro.web.accounts.context import register_of, require_roles
from secretpro.web.language import request_language
from secretpro.web.rendering import render_page

router = APIRouter()

dashboard_reader = require_roles(frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR}))
exporter = require_roles(frozenset({Role.SUPERVISOR}))

# The longest waits listed on the page (the count above them covers all): thousands of rows would
# make a page of megabytes nobody reads, slow to build and to load.
AWAITING_SHOWN = 200

BAD_FILTER = N_("Filtre ignoré : {field}. Utilisez les champs du formulaire.")
FIELD_NAMES = {
    "from": N_("Période : du"),
    "to": N_("au"),
    "rule": N_("Règle"),
    "requester": N_("Demandeur"),
    "worker": N_("Travailleur"),
    "days": N_("Réponse de l'OE attendue depuis plus de (jours)"),
}


def _cpas_of(request: Request, account: Account, register: Register) -> tuple[int, list[tuple[int, str]]]:
    """The CPAS shown: the account's own, or for an administrator the one asked for."""
    if account.role != Role.ADMINISTRATOR:
        return account.cpas_id, []
    known = [(c.id, c.name) for c in list_cpas(register)]
    asked = request.query_params.get("cpas", "").strip()
    if asked:
        if not asked.isdigit() or int(asked) not in {cid for cid, _name in known}:
            raise HTTPException(status_code=404)
        return int(asked), known
    return account.cpas_id, known


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def read_filters(request: Request, workers: set[int]) -> tuple[Filters, list[str], dict[str, str]]:
    """The filters of the query string; a value that is not one of the form's is dropped and named."""
    params = request.query_params
    raw = {
        key: params.get(key, "").strip()[:40] for key in ("from", "to", "rule", "requester", "worker", "days")
    }
    bad: list[str] = []
    values: dict[str, Any] = {}
    for key, name in (("from", "start"), ("to", "end")):
        try:
            values[name] = _date(raw[key])
        except ValueError:
            bad.append(key)
            raw[key] = ""
    if values.get("start") and values.get("end") and values["start"] > values["end"]:
        bad.append("to")
        values["end"], raw["to"] = None, ""
    if raw["rule"] and raw["rule"] not in rule_names():
        bad.append("rule")
        raw["rule"] = ""
    if raw["requester"] and raw["requester"] not in REQUESTERS:
        bad.append("requester")
        raw["requester"] = ""
    worker: int | None = None
    if raw["worker"]:
        if raw["worker"].isdigit() and int(raw["worker"]) in workers:
            worker = int(raw["worker"])
        else:
            bad.append("worker")
            raw["worker"] = ""
    days = DEFAULT_AWAITED_DAYS
    if raw["days"]:
        if raw["days"].isdigit() and 0 <= int(raw["days"]) <= 3650:
            days = int(raw["days"])
        else:
            bad.append("days")
    raw["days"] = str(days)
    filters = Filters(
        start=values.get("start"),
        end=values.get("end"),
        rule=raw["rule"] or None,
        requester=raw["requester"] or None,
        worker=worker,
        awaited_days=days,
    )
    return filters, bad, raw


def _query(raw: dict[str, str], cpas: int | None) -> str:
    pairs = [(key, value) for key, value in raw.items() if value]
    if cpas is not None:
        pairs.append(("cpas", str(cpas)))
    return urlencode(pairs)


@router.get("/supervision/charts.css")
def charts_stylesheet() -> Response:
    """pygal's rules for the charts (the page may not carry inline styles)."""
    return Response(chart_css(), media_type="text/css; charset=utf-8")


@router.get("/supervision", response_class=HTMLResponse)
def dashboard(request: Request, account: Annotated[Account, Depends(dashboard_reader)]) -> HTMLResponse:
    register = register_of(request)
    language = request_language(request)
    _ = translator(language)
    cpas_id, cpas_choices = _cpas_of(request, account, register)
    accounts = [a for a in list_accounts(register, cpas_id) if a.role != Role.ADMINISTRATOR]
    # Workers by the name they chose or were given (the username when none), as in the case timeline.
    worker_names = {a.id: a.author_name for a in list_accounts(register, cpas_id)}
    filters, bad, raw = read_filters(request, {a.id for a in accounts})
    figures = compute_figures(register, cpas_id, filters, today_in_brussels(), awaiting_limit=AWAITING_SHOWN)
    view = figures_view(figures, filters, language, worker_names=worker_names)
    is_admin = account.role == Role.ADMINISTRATOR
    query = _query(raw, cpas_id if is_admin else None)
    last_month = previous_month(today_in_brussels())
    report_query = {"month": last_month}
    if is_admin:
        report_query["cpas"] = str(cpas_id)
    context = {
        "view": view,
        "raw": raw,
        "errors": [_(BAD_FILTER).format(field=_(FIELD_NAMES[key])) for key in bad],
        "rules": [(name, rule_label(name, language)) for name in rule_names()],
        "requesters": [(value, requester_label(value, language)) for value in REQUESTERS],
        "workers": [(a.id, a.author_name) for a in accounts],
        "cpas_choices": cpas_choices,
        "cpas_id": cpas_id,
        "cpas_name": dict(cpas_choices).get(cpas_id) if is_admin else None,
        "is_admin": is_admin,
        "can_open_cases": not is_admin,
        "query": query,
        "report_month": last_month,
        "report_links": [(code, urlencode({**report_query, "lang": code})) for code in ("fr", "nl")],
    }
    return render_page(request, "dashboard/dashboard.html", context, status_code=200)


def _download(content: bytes, media_type: str, filename: str) -> Response:
    return Response(
        content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@router.get("/supervision/export.xlsx")
def export_xlsx(request: Request, account: Annotated[Account, Depends(exporter)]) -> Response:
    return _export(request, account, "xlsx")


@router.get("/supervision/export.csv")
def export_csv(request: Request, account: Annotated[Account, Depends(exporter)]) -> Response:
    return _export(request, account, "csv")


def _export(request: Request, account: Account, kind: str) -> Response:
    register = register_of(request)
    language = request_language(request)
    workers = {a.id for a in list_accounts(register, account.cpas_id)}
    filters, _bad, _raw = read_filters(request, workers)
    if kind == "xlsx":
        content, rows = entries_xlsx(register, account.cpas_id, filters, language)
        export_kind, media = (
            ExportKind.ENTRIES_XLSX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        content, rows = entries_csv(register, account.cpas_id, filters, language)
        export_kind, media = ExportKind.ENTRIES_CSV, "text/csv; charset=utf-8"
    record_export(
        register,
        kind=export_kind,
        cpas_id=account.cpas_id,
        user_id=account.id,
        filters={**filters.as_record(), "language": language},
        rows=rows,
        content=content,
    )
    return _download(content, media, f"registre-{today_in_brussels().isoformat()}.{kind}")


@router.get("/supervision/report.pdf")
def monthly_report(request: Request, account: Annotated[Account, Depends(dashboard_reader)]) -> Response:
    register = register_of(request)
    cpas_id, _choices = _cpas_of(request, account, register)
    month = request.query_params.get("month", "").strip() or previous_month(today_in_brussels())
    asked = request.query_params.get("lang", "").strip()
    if asked and asked not in LANGUAGES:
        raise HTTPException(status_code=404)
    language = parse_language(asked) if asked else request_language(request)
    try:
        content, cells = report_pdf(register, cpas_id, month, language, today=today_in_brussels())
    except ValueError:
        raise HTTPException(status_code=404) from None
    record_export(
        register,
        kind=ExportKind.REPORT_PDF,
        cpas_id=cpas_id,
        user_id=account.id,
        filters={"month": month, "language": language},
        rows=cells,
        content=content,
    )
    return _download(content, "application/pdf", f"rapport-{month}-{language}.pdf")
