"""The dashboard in Debian's Chromium as a supervisor, in French and Dutch: axe-core finds no
violation, the charts are inline SVG named by their title and description, the page works and
prints without JavaScript, and the monthly report downloads as a PDF."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page
from pypdf import PdfReader
from supervision_testdata import PASSWORD, PEOPLE, Populated

from live_server import running_server, server_env

pytestmark = pytest.mark.browser
AXE = Axe()
SHOTS = Path(os.environ.get("SECRETPRO_SCREENSHOTS", "/tmp"))


@pytest.fixture(scope="module")
def server(
    web_register: tuple[str, str, Populated], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    url, key, _data = web_register
    data = tmp_path_factory.mktemp("supervision-server")
    env = server_env(url, key, Path(data), "browser-test-secret")
    with running_server(env, data / "server.log") as base:
        yield base


def signed_in(browser: Browser, server: str, *, javascript: bool = True) -> Page:
    context = browser.new_context(
        base_url=server, accept_downloads=True, java_script_enabled=javascript, locale="fr-BE"
    )
    page = context.new_page()
    page.goto("/login")
    page.fill("#username", "chef")
    page.fill("#password", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)
    return page


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_dashboard_is_accessible(browser: Browser, server: str, language: str) -> None:
    page = signed_in(browser, server)
    page.goto(f"/lang/{language}?next=/supervision")
    page.wait_for_url("**/supervision")
    assert page.locator("html").get_attribute("lang") == language
    charts = page.locator("svg[role=img]")
    assert charts.count() == 5
    for index in range(charts.count()):
        chart = charts.nth(index)
        title, desc = (chart.get_attribute("aria-labelledby") or "").split()
        assert page.locator(f"#{title}").text_content()
        assert page.locator(f"#{desc}").text_content()
    # The stylesheet reached the charts (no inline style is allowed by the page's policy).
    fill = page.locator("#chart-requesters .color-0 rect").first.evaluate("e => getComputedStyle(e).fill")
    assert fill == "rgb(0, 114, 178)"
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()
    page.screenshot(path=str(SHOTS / f"supervision-dashboard-{language}.png"), full_page=True)
    page.emulate_media(media="print")
    page.screenshot(path=str(SHOTS / f"supervision-dashboard-{language}-print.png"), full_page=True)
    page.context.close()


def test_filters_work_without_javascript(browser: Browser, server: str) -> None:
    page = signed_in(browser, server, javascript=False)
    page.goto("/supervision")
    page.select_option("#requester", "police")
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url("**requester=police**")
    assert "2 demandes reçues" in " ".join(page.locator(".totals").inner_text().split())
    assert page.locator("svg[role=img]").count() == 5
    page.context.close()


def test_report_downloads_in_dutch(browser: Browser, server: str) -> None:
    page = signed_in(browser, server)
    page.goto("/lang/nl?next=/supervision")
    with page.expect_download() as info:
        page.get_by_role("link", name="Maandverslag", exact=False).nth(1).click()
    download = info.value
    content = Path(download.path()).read_bytes()
    (SHOTS / "supervision-report-nl.pdf").write_bytes(content)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(content)).pages)
    assert "Maandverslag" in text
    for name, _number in PEOPLE:
        assert name not in text
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()
    page.context.close()


@pytest.mark.parametrize(
    ("language", "xlsx_link", "csv_link"),
    [
        ("fr", "(Excel, XLSX)", "(CSV pour tableur belge"),
        ("nl", "(Excel, XLSX)", "(CSV voor"),
    ],
)
def test_exports_download_from_the_page(
    browser: Browser, server: str, language: str, xlsx_link: str, csv_link: str
) -> None:
    """The exports a supervisor downloads from the dashboard in Chromium: an XLSX workbook and a
    Belgian CSV (BOM, semicolons), headers in the page's language, no one's name in them."""
    from openpyxl import load_workbook

    page = signed_in(browser, server)
    page.goto(f"/lang/{language}?next=/supervision")
    with page.expect_download() as info:
        page.get_by_role("link", name=xlsx_link, exact=False).click()
    workbook = load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()), read_only=True)
    header = [cell.value for cell in next(workbook.active.iter_rows(max_row=1))]  # type: ignore[union-attr]
    assert header and all(isinstance(value, str) and value for value in header)
    with page.expect_download() as info:
        page.get_by_role("link", name=csv_link, exact=False).click()
    raw = Path(info.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.splitlines()[0]
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].split(";")[0] in {str(header[0])}
    for name, number in PEOPLE:
        assert name not in text and (number is None or number not in text)
    page.context.close()
