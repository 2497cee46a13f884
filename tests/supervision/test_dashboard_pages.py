"""The dashboard in-process: who may open it, what it shows, filters, exports and their log."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from openpyxl import load_workbook
from supervision_testdata import PEOPLE, Populated

from secretpro.register import Register
from secretpro.register.accounts import set_display_name


def test_supervisor_sees_the_figures_of_their_cpas(supervisor_client: TestClient) -> None:
    page = supervisor_client.get("/supervision")
    assert page.status_code == 200
    html = page.text
    for key in ("requesters", "months", "decisions", "refusals", "workers"):
        assert f'id="chart-{key}"' in html
        assert f'aria-labelledby="{key}-title {key}-desc"' in html
    assert "<script" not in html.split("<main", 1)[1]
    assert "style=" not in html.split("<main", 1)[1]
    # 7 OE requests, 2 police, 1 judge; the other CPAS's police request is not counted.
    assert "<strong>10</strong>" in html
    for name, _number in PEOPLE:
        assert name not in html


def test_filters_by_requester_and_period(supervisor_client: TestClient) -> None:
    html = supervisor_client.get(
        "/supervision", params={"requester": "police", "from": "2026-02-01", "to": "2026-02-28"}
    ).text
    assert "<strong>1</strong> demandes reçues" in html
    assert 'value="police" selected' in html


def test_a_bad_filter_is_named_and_dropped(supervisor_client: TestClient) -> None:
    page = supervisor_client.get("/supervision", params={"rule": "nope", "worker": "99999"})
    assert page.status_code == 200
    assert "Filtre ignoré : Règle" in page.text
    assert "Filtre ignoré : Travailleur" in page.text


def test_a_social_worker_may_not_open_it(worker_client: TestClient) -> None:
    assert worker_client.get("/supervision").status_code == 403
    assert worker_client.get("/supervision/export.csv").status_code == 403


def test_an_administrator_sees_each_cpas_apart(
    admin_client: TestClient, web_register: tuple[str, str, Populated]
) -> None:
    data = web_register[2]
    own = admin_client.get("/supervision").text
    assert "<strong>10</strong> demandes reçues" in own
    other = admin_client.get("/supervision", params={"cpas": data.other_cpas_id}).text
    assert "<strong>1</strong> demandes reçues" in other
    assert admin_client.get("/supervision", params={"cpas": "999"}).status_code == 404
    # No entry exports for an administrator (they open no case); the aggregated report they may.
    assert admin_client.get("/supervision/export.xlsx").status_code == 403


def test_csv_export_for_belgian_spreadsheets(
    supervisor_client: TestClient, web_register: tuple[str, str, Populated]
) -> None:
    response = supervisor_client.get(
        "/supervision/export.csv", params={"requester": "police"}, cookies={"lang": "nl"}
    )
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:4] == ["Nr.", "Datum en uur", "Dossier", "Soort"]
    assert len(rows) == 3 and all(len(row) == len(rows[0]) for row in rows)
    assert all(row[8] == "De politie" for row in rows[1:])
    assert "{" not in text
    for name, number in PEOPLE:
        assert name not in text and (number is None or number not in text)


def test_xlsx_export_is_typed_with_a_frozen_header(supervisor_client: TestClient) -> None:
    response = supervisor_client.get("/supervision/export.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["N°", "Date et heure", "Dossier", "Type"]
    first = [cell.value for cell in sheet[2]]
    assert isinstance(first[0], int)
    assert first[1].__class__.__name__ == "datetime"
    received = header.index("Date de réception")
    values = [row[received].value for row in sheet.iter_rows(min_row=2) if row[received].value is not None]
    assert values and all(value.__class__.__name__ == "datetime" for value in values)


def test_every_export_is_logged(
    supervisor_client: TestClient, web_register: tuple[str, str, Populated]
) -> None:
    from secretpro.supervision.audit import check_export_log, list_exports

    url, key, data = web_register
    supervisor_client.get("/supervision/export.csv", params={"rule": "incoming-request"})
    register = Register.open(url, key=key)
    try:
        log = list_exports(register, data.cpas_id)
        found = [e for e in log if e.kind == "entries_csv" and '"rule":"incoming-request"' in e.filters]
        assert len(found) == 1
        assert found[0].user_id == data.supervisor_id and found[0].rows > 0
        assert check_export_log(register) == []
    finally:
        register.close()


def test_monthly_report_in_dutch_suppresses_small_cells(supervisor_client: TestClient) -> None:
    from pypdf import PdfReader

    from secretpro.rules.deliberation import rules_version

    response = supervisor_client.get("/supervision/report.pdf", params={"month": "2026-02", "lang": "nl"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Maandverslag" in text and "februari 2026" in text
    assert rules_version() in text
    # February: 4 OE requests, 1 police, 1 judge: every count is below 5.
    assert "< 5" in text
    for name, number in PEOPLE:
        assert name not in text and (number is None or number not in text)
    assert "anna" not in text and "bert" not in text


def test_monthly_report_refuses_a_month_to_come(supervisor_client: TestClient) -> None:
    assert supervisor_client.get("/supervision/report.pdf", params={"month": "2999-01"}).status_code == 404
    assert supervisor_client.get("/supervision/report.pdf", params={"month": "nope"}).status_code == 404
    assert supervisor_client.get("/supervision/report.pdf", params={"lang": "de"}).status_code == 404


def test_workers_are_named_by_their_display_name(supervisor_client: TestClient) -> None:
    html = supervisor_client.get("/supervision").text
    # anna has a display name: the worker filter and the per-worker figures use it; bert has none.
    assert "Anna Dubois" in html and ">anna<" not in html
    assert "bert" in html


def test_a_display_name_with_markup_is_shown_as_text(
    supervisor_client: TestClient, web_register: tuple[str, str, Populated]
) -> None:
    # A worker may type anything as their name: the table and the chart's labels must escape it.
    url, key, data = web_register
    register = Register.open(url, key=key)
    try:
        set_display_name(register, data.worker_id, '<img src=x onerror=alert(1)>"&</text><script>x</script>')
        html = supervisor_client.get("/supervision").text
        assert "<img src=x" not in html and "<script>x" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
    finally:
        set_display_name(register, data.worker_id, "Anna Dubois")
        register.close()
