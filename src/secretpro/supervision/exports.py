"""Exports people open: the entries of one CPAS as XLSX (openpyxl) or as CSV for Belgian
spreadsheets (semicolon, UTF-8 with BOM).

One row per entry, one column per field, human labels in the reader's language (French, Dutch or
English headers and values), no JSON cell. Dates are dates (XLSX date cells; ``YYYY-MM-DD`` in the
CSV), counts are numbers, every text goes through ``secretpro.spreadsheet.safe_cell`` (no formula
runs), and nothing encrypted is decrypted: no name, no national number, no answer summary.

Filters: the period and the worker apply to every entry; a rule keeps the decisions of that rule;
a requester keeps the requests (and decisions) naming it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from secretpro.documents.vocabulary import choice_label, field_label_for
from secretpro.i18n import N_, Language, translator
from secretpro.register import Register
from secretpro.register.kind_labels import ENTRY_KIND_LABELS
from secretpro.register.models import Entry, EntryKind, User
from secretpro.spreadsheet import safe_cell

from .figures import BRUSSELS, Filters, local_day
from .labels import outcome_label, requester_label, rule_label, step_label


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # French message id
    kind: str  # "int", "datetime", "date", "text"
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("seq", N_("N°"), "int", 7),
    Column("created_at", N_("Date et heure"), "datetime", 18),
    Column("case_id", N_("Dossier"), "text", 18),
    Column("kind", N_("Type"), "text", 22),
    Column("author", N_("Travailleur"), "text", 16),
    Column("rule", N_("Règle"), "text", 34),
    Column("outcome", N_("Réponse"), "text", 16),
    Column("step", N_("Étape qui décide"), "text", 34),
    Column("requester", N_("Demandeur"), "text", 28),
    Column("requested", N_("Informations demandées"), "text", 36),
    Column("legal_basis", N_("Base légale invoquée"), "text", 28),
    Column("received_on", N_("Date de réception"), "date", 14),
    Column("document_kind", N_("Type de document"), "text", 18),
    Column("recipient", N_("Destinataire"), "text", 24),
    Column("fields", N_("Données transmises"), "text", 36),
    Column("allowed_fields", N_("Données permises"), "text", 36),
    Column("forbidden_fields", N_("Données interdites"), "text", 36),
    Column("reference_date", N_("Date de référence"), "date", 14),
    Column("rules_version", N_("Version des règles"), "text", 20),
    Column("corrects", N_("Corrige l'entrée"), "text", 18),
    Column("entry_id", N_("Identifiant de l'entrée"), "text", 18),
)


def _day(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _fields(values: Any, language: Language) -> str:
    if not isinstance(values, list):
        return ""
    return ", ".join(field_label_for(str(item), language) for item in values if isinstance(item, str))


def _row(
    entry: Entry, payload: Mapping[str, Any], usernames: Mapping[int, str], language: Language
) -> dict[str, Any]:
    _ = translator(language)
    request = payload.get("request") if isinstance(payload.get("request"), dict) else None
    facts = payload.get("facts") if isinstance(payload.get("facts"), dict) else None
    source = request or facts or {}
    requester = source.get("requester")
    requested = source.get("requested")
    legal_basis = source.get("legal_basis")
    recipient = payload.get("recipient")
    rule = payload.get("rule")
    outcome = payload.get("outcome")
    step = payload.get("decisive_step")
    return {
        "seq": entry.seq,
        "created_at": entry.created_at.astimezone(BRUSSELS).replace(tzinfo=None, microsecond=0),
        "case_id": entry.case_id,
        "kind": _(ENTRY_KIND_LABELS.get(entry.kind, entry.kind)),
        "author": usernames.get(entry.author_id, "") if entry.author_id is not None else "",
        "rule": rule_label(rule, language) if isinstance(rule, str) else "",
        "outcome": outcome_label(outcome, language) if isinstance(outcome, str) else "",
        "step": step_label(step, language) if isinstance(step, str) else "",
        "requester": requester_label(requester, language) if isinstance(requester, str) else "",
        "requested": (
            ", ".join(choice_label("requested", str(item), language) for item in requested)
            if isinstance(requested, list)
            else ""
        ),
        # Typed by the worker and kept in clear by the register (a text's name, not a person's).
        "legal_basis": legal_basis if isinstance(legal_basis, str) else "",
        "received_on": _day(payload.get("date") or payload.get("received_on")),
        "document_kind": payload.get("document_kind")
        if isinstance(payload.get("document_kind"), str)
        else "",
        "recipient": requester_label(recipient, language) if isinstance(recipient, str) else "",
        "fields": _fields(payload.get("fields"), language),
        "allowed_fields": _fields(payload.get("allowed_fields"), language),
        "forbidden_fields": _fields(payload.get("forbidden_fields"), language),
        "reference_date": _day(payload.get("reference_date")),
        "rules_version": payload.get("rules_version")
        if isinstance(payload.get("rules_version"), str)
        else "",
        "corrects": entry.corrects or "",
        "entry_id": entry.id,
    }


def _keep(entry: Entry, payload: Mapping[str, Any], filters: Filters) -> bool:
    if filters.worker is not None and entry.author_id != filters.worker:
        return False
    if not filters.covers(local_day(entry.created_at)):
        return False
    if filters.rule and payload.get("rule") != filters.rule:
        return False
    if filters.requester:
        source = payload.get("request") or payload.get("facts")
        if not isinstance(source, dict) or source.get("requester") != filters.requester:
            return False
    return True


def export_rows(
    register: Register, cpas_id: int, filters: Filters, language: Language
) -> Iterator[dict[str, Any]]:
    """The rows of the export, in chain order (the case-opening entries left out)."""
    with register.reader() as session:
        usernames = {uid: name for uid, name in session.execute(select(User.id, User.username))}
        query = (
            select(Entry)
            .where(Entry.cpas_id == cpas_id, Entry.kind != EntryKind.CASE_OPENED.value)
            .order_by(Entry.seq)
        )
        for entry in session.scalars(query.execution_options(yield_per=500)):
            payload = json.loads(entry.payload) if entry.payload else {}
            if not isinstance(payload, dict):
                payload = {}
            if _keep(entry, payload, filters):
                yield _row(entry, payload, usernames, language)


def headers(language: Language) -> list[str]:
    _ = translator(language)
    return [_(column.header) for column in COLUMNS]


def _csv_value(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "datetime" and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if column.kind == "date" and isinstance(value, date):
        return value.isoformat()
    return safe_cell(value)


def entries_csv(register: Register, cpas_id: int, filters: Filters, language: Language) -> tuple[bytes, int]:
    """CSV for Belgian spreadsheets: ``;`` separated, UTF-8 with BOM, CRLF. Returns (bytes, rows)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(text) for text in headers(language)])
    count = 0
    for row in export_rows(register, cpas_id, filters, language):
        writer.writerow([_csv_value(column, row[column.key]) for column in COLUMNS])
        count += 1
    return out.getvalue().encode("utf-8-sig"), count


SHEET_TITLE = N_("Registre")


def entries_xlsx(register: Register, cpas_id: int, filters: Filters, language: Language) -> tuple[bytes, int]:
    """XLSX: typed cells (numbers, dates and date-times as such), a bold frozen header row, an
    autofilter, column widths set. Returns (bytes, rows)."""
    _ = translator(language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _(SHEET_TITLE)
    sheet.append([safe_cell(text) for text in headers(language)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    for row in export_rows(register, cpas_id, filters, language):
        values: list[Any] = []
        for column in COLUMNS:
            value = row[column.key]
            if column.kind in ("int", "datetime", "date"):
                values.append(value)
            else:
                values.append(safe_cell(value) if value else None)
        sheet.append(values)
        count += 1
        for column_index, column in enumerate(COLUMNS, start=1):
            if column.kind == "datetime":
                sheet.cell(row=count + 1, column=column_index).number_format = "yyyy-mm-dd hh:mm"
            elif column.kind == "date":
                sheet.cell(row=count + 1, column=column_index).number_format = "yyyy-mm-dd"
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue(), count
