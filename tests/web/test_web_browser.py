"""The real application in Debian's Chromium: each interview to its end (allowed, forbidden,
undetermined), the PDF downloaded and read, the language switch, and axe-core on every page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader
from web_accounts import sign_in

from secretpro.rules import today_in_brussels

pytestmark = pytest.mark.browser

RECENT = (today_in_brussels() - timedelta(days=100)).isoformat()
LONG_AGO = (today_in_brussels() - timedelta(days=3 * 365)).isoformat()
AXE = Axe()


@pytest.fixture(scope="module")
def signed_in(browser: Browser, live_server: str) -> Iterator[Page]:
    """One browser context logged in once for the module (cookies carry the session)."""
    context = browser.new_context(base_url=live_server, accept_downloads=True, locale="fr-BE")
    page = context.new_page()
    sign_in(page, live_server)
    yield page
    context.close()


def no_axe_violations(page: Page) -> None:
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()


def answer(page: Page, value: str | list[str] | None, fact: str | None = None) -> None:
    """Answers the question on screen with the keyboard-reachable controls a worker uses (``fact``:
    the question's own form, so that a page still being swapped in is never answered for it)."""
    form = page.locator("form.question-form")
    if fact is not None:
        form = page.locator(f"form.question-form:has(input[name=fact][value='{fact}'])")
    if value is None:
        form.get_by_role("button", name="Je ne sais pas").click()
        return
    kind = form.locator("input[name=value], select[name=value]").first
    tag = kind.evaluate("element => element.tagName.toLowerCase() + ':' + (element.type || '')")
    if tag.startswith("select"):
        kind.select_option(value)  # type: ignore[arg-type]
    elif tag.endswith(":date") or tag.endswith(":text"):
        kind.fill(str(value))
    else:
        for item in [value] if isinstance(value, str) else value:
            form.locator(f"input[name=value][value='{item}']").check()
    form.get_by_role("button", name="Continuer").click()


def restart_interview(page: Page, code: str) -> None:
    """Opens the interview at its first question, with no answer kept from an earlier test.

    "Recommencer cette situation" is a boosted form: until htmx swaps the restarted interview in,
    the page it was clicked on stays on screen. When that page is a question (not the decision),
    its form matches any selector for "the question form", and answering it races the swap: the
    form is replaced between two steps of the answer, and the next step waits for it in vain (a CI
    flake). So the page on screen is marked before the click, and the wait is for a page without
    the mark: the one the restart led to (R4 offers the restart button even then: its flow's fields
    are shown as given, so the button's absence is no sign)."""
    page.goto(f"/interview/{code}")
    restart = page.get_by_role("button", name="Recommencer cette situation")
    if restart.count():
        page.locator("main").evaluate("main => main.setAttribute('data-replaced-by-restart', '')")
        restart.click()
        expect(page.locator("main[data-replaced-by-restart]")).to_have_count(0)
    expect(page.locator("form.question-form")).to_have_count(1)


def run_interview(page: Page, code: str, answers: dict[str, str | list[str] | None]) -> None:
    restart_interview(page, code)
    for _ in range(20):
        page.wait_for_load_state()
        if page.locator(".outcome").count():
            return
        fact = page.locator("form.question-form input[name=fact]").get_attribute("value")
        assert fact in answers, f"unexpected question {fact}"
        answer(page, answers[fact], fact)
        # htmx swaps the next page in: wait until the question on screen is another one.
        page.wait_for_function(
            """previous => {
                const field = document.querySelector('form.question-form input[name=fact]');
                return !field || field.value !== previous;
            }""",
            arg=fact,
        )
    raise AssertionError("the interview did not end")


def download_pdf_text(page: Page, form_selector: str) -> str:
    with page.expect_download() as download_info:
        page.locator(form_selector).get_by_role("button", name="Télécharger en PDF").click()
    download = download_info.value
    assert "Benali" not in download.suggested_filename
    path = download.path()
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


R1_ALLOWED = {
    "in_asylum_procedure": "false",
    "arrival_date": RECENT,
    "aid_type": "medical_costs",
    "nationality": "MA",
    "visa_issue_date": RECENT,
}
CASES = [
    ("r1", R1_ALLOWED, "outcome-allowed"),
    ("r1", {**R1_ALLOWED, "arrival_date": LONG_AGO}, "outcome-forbidden"),
    ("r1", {**R1_ALLOWED, "visa_issue_date": None}, "outcome-undetermined"),
    ("r2", {"recipient": "other_cpas", **dict.fromkeys(("recipient_bound_by_secrecy", "same_missions", "in_person_interest", "consent", "only_necessary"), "true")}, "outcome-allowed"),
    ("r2", {"recipient": "office_des_etrangers"}, "outcome-forbidden"),
    ("r2", {"recipient": "other", **dict.fromkeys(("recipient_bound_by_secrecy", "same_missions", "in_person_interest", "consent", "only_necessary"))}, "outcome-undetermined"),
    ("r3", {"requester": "person_concerned", "requested": ["identity"]}, "outcome-allowed"),
    ("r3", {"requester": "office_des_etrangers", "requested": ["address"], "legal_basis_invoked": None, "shared_secrecy_claimed": None}, "outcome-forbidden"),
    ("r3", {"requester": "prosecutor_or_judge", "requested": ["identity"], "legal_basis_invoked": "true", "legal_basis": "art. 46bis/1 CIC", "legal_service_confirmed": None}, "outcome-undetermined"),
    ("r4", {"aid_type": "monthly_aid", "register": "waiting_register"}, "outcome-allowed"),
    ("r4", {"aid_type": "medical_costs", "register": "foreigners_register"}, "outcome-forbidden"),
    ("r4", {"aid_type": None, "register": None}, "outcome-undetermined"),
    ("r5", {"request": "advice", "asked_by": "person", "person_wants_doctor_only": "true"}, "outcome-allowed"),
    ("r5", {"request": "send_certificate", "asked_by": "oe_official", "person_wants_doctor_only": None}, "outcome-forbidden"),
    ("r5", {"request": "answer_medical_questions", "asked_by": "oe_medical_officer", "consent": None, "person_wants_doctor_only": None}, "outcome-undetermined"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "answers", "outcome"), CASES, ids=[f"{c[0]}-{c[2][8:]}" for c in CASES])
def test_interview_ends_on_the_decision_and_its_file_note(
    signed_in: Page, code: str, answers: dict[str, str | list[str] | None], outcome: str
) -> None:
    page = signed_in
    run_interview(page, code, answers)
    expect(page.locator(".outcome")).to_have_class(f"outcome {outcome}")
    no_axe_violations(page)
    text = download_pdf_text(page, "form[action$='/file-note']")
    assert "Version des règles" in text


def test_r1_allowed_email_pdf_has_the_four_fields_only(signed_in: Page) -> None:
    page = signed_in
    run_interview(page, "r1", R1_ALLOWED)
    email_form = page.locator("form[action$='/oe-email/preview']")
    email_form.get_by_label("Nom du bénéficiaire").fill("Amina Benali")
    email_form.get_by_label("Numéro national (ou numéro BIS)").fill("85.07.30-033.28")
    email_form.get_by_label("CPAS concerné").fill("CPAS de Schaerbeek")
    page.get_by_role("button", name="Préparer l'e-mail").click()
    expect(page.locator("#email-text")).to_contain_text("Amina Benali")
    assert "Benali" not in page.url and "8507" not in page.url
    no_axe_violations(page)
    text = download_pdf_text(page, "form[action$='/oe-email']")
    for allowed in ("Amina Benali", "85.07.30-033.28", "Maroc", "CPAS de Schaerbeek"):
        assert allowed in text
    for forbidden in ("médica", "asile", "visa", "rue ", RECENT[:4] + "-"):
        assert forbidden not in text


def test_r3_forbidden_refusal_letter_pdf(signed_in: Page) -> None:
    page = signed_in
    run_interview(
        page,
        "r3",
        {
            "requester": "office_des_etrangers",
            "requested": ["address"],
            "legal_basis_invoked": None,
            "shared_secrecy_claimed": None,
        },
    )
    text = download_pdf_text(page, "form[action$='/refusal-letter']")
    assert "art. 458 du Code pénal" in text and "aucun flux" in text.lower()


def test_r5_checklist_and_envelope(signed_in: Page) -> None:
    page = signed_in
    run_interview(page, "r5", {"request": "advice", "asked_by": "person", "person_wants_doctor_only": "true"})
    assert "29 janvier 2011" in download_pdf_text(page, "form[action$='/checklist-9ter']")
    assert "fonctionnaire médecin" in download_pdf_text(page, "form[action$='/envelope-cover']")


def test_dont_know_and_back_in_the_browser(signed_in: Page) -> None:
    page = signed_in
    restart_interview(page, "r1")
    expect(page.locator("legend.question")).to_contain_text("procédure d'asile")
    page.get_by_role("button", name="Je ne sais pas").click()
    expect(page.locator("label.question")).to_contain_text("Depuis quelle date")
    page.get_by_role("button", name="Retour").click()
    expect(page.locator("legend.question")).to_contain_text("procédure d'asile")
    no_axe_violations(page)


def test_a_form_error_reaches_the_worker_with_javascript_on(signed_in: Page) -> None:
    """The server answers 422 with the message; htmx must show it, not drop it."""
    page = signed_in
    restart_interview(page, "r1")
    answer(page, "false")  # asylum procedure: no
    expect(page.locator("label.question")).to_contain_text("Depuis quelle date")
    future = (today_in_brussels() + timedelta(days=30)).isoformat()
    answer(page, future)
    expect(page.locator("[role=alert]")).to_be_visible()
    expect(page.locator("label.question")).to_contain_text("Depuis quelle date")


def test_back_from_the_decision_page_in_the_browser(signed_in: Page) -> None:
    page = signed_in
    run_interview(page, "r2", {"recipient": "police"})
    expect(page.locator(".outcome")).to_have_class("outcome outcome-forbidden")
    page.get_by_role("button", name="Retour à la dernière question").click()
    expect(page.locator("form.question-form input[name=fact]")).to_have_value("recipient")


def test_language_switch(signed_in: Page) -> None:
    page = signed_in
    page.goto("/sources")
    page.get_by_role("link", name="Nederlands").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_contain_text("Bronnen")
    assert page.url.endswith("/sources")
    no_axe_violations(page)
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.goto("/")
    expect(page.locator("h1")).to_have_text("What is happening?")
    no_axe_violations(page)
    page.get_by_role("link", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/sources",
        "/guard",
        "/interview/r1",
        "/interview/r2",
        "/interview/r3",
        "/interview/r4",
        "/interview/r5",
        "/nowhere",
    ],
)
def test_axe_on_each_page(signed_in: Page, path: str) -> None:
    signed_in.goto(path)
    no_axe_violations(signed_in)


def test_guard_page_in_the_browser(signed_in: Page) -> None:
    page = signed_in
    page.goto("/guard")
    page.get_by_label("Texte de l'e-mail").fill(
        "Bonjour, Mme Amina Benali habite rue Haute 12, 1000 Bruxelles. Elle est diabétique."
    )
    page.get_by_role("button", name="Vérifier").click()
    expect(page.locator("mark.finding-blocked").first).to_be_visible()
    expect(page.get_by_role("link", name="Préparer la lettre de refus motivé")).to_be_visible()
    no_axe_violations(page)


def test_keyboard_only_skip_link(signed_in: Page) -> None:
    page = signed_in
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"


def test_modifier_on_the_decision_page_in_the_browser(signed_in: Page) -> None:
    page = signed_in
    run_interview(page, "r1", R1_ALLOWED)
    page.get_by_role("button", name="Modifier : Date d'arrivée en Belgique").click()
    expect(page.locator("form.question-form input[name=fact]")).to_have_value("arrival_date")
    expect(page.locator("#answer")).to_have_value(RECENT)
    no_axe_violations(page)
    page.locator("#answer").fill(LONG_AGO)
    page.get_by_role("button", name="Continuer").click()
    expect(page.locator(".outcome")).to_have_class("outcome outcome-forbidden")
    expect(page.locator(".answers-review")).to_contain_text("Maroc")
    no_axe_violations(page)


def test_oe_email_copy_button_and_reload(signed_in: Page) -> None:
    page = signed_in
    run_interview(page, "r1", R1_ALLOWED)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    form = page.locator("form[action$='/oe-email/preview']")
    form.get_by_label("Nom du bénéficiaire").fill("Amina Benali")
    form.get_by_label("Numéro national (ou numéro BIS)").fill("85.07.30-033.28")
    form.get_by_label("CPAS concerné").fill("CPAS de Schaerbeek")
    page.get_by_role("button", name="Préparer l'e-mail").click()
    page.get_by_role("button", name="Copier le texte de l'e-mail").click()
    expect(page.locator("#email-text ~ .copy-row .copy-status")).to_contain_text("Texte copié")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#email-text").input_value() and "Amina Benali" in copied
    no_axe_violations(page)
    # A reload of the preview is not a 405: the data were never in the address, back to the form.
    page.reload()
    expect(page.locator("#doc-oe-email")).to_be_visible()
    assert "Benali" not in page.content()
