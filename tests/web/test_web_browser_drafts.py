"""Issue 13's last parts in Chromium, with JavaScript on (htmx swaps, axe-core on each page) and off:
a draft saved from an interview of a case survives a logout and is resumed exactly, then goes away
when its decision is recorded; an answer received is linked to what it answers; an author's display
name reaches the case's history; the first administrator names their CPAS ("CPAS" until then).
Refused input (empty or too long names, an unknown case) is said beside its field, in an alert.

Screenshots in French and Dutch go to ``$SECRETPRO_SCREENSHOTS`` when it is set."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from test_web_browser import no_axe_violations
from web_accounts import PASSWORD, make_register

from live_server import running_server, server_env
from secretpro.register import Register, ensure_cpas, record_document
from secretpro.register.accounts import create_user

pytestmark = pytest.mark.browser

SCREENSHOTS = os.environ.get("SECRETPRO_SCREENSHOTS")
WORKER, ADMIN = "d_worker", "d_admin"
RECEIVED = "2025-02-03"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """A register whose worker's CPAS is still called "CPAS", as ``make run`` leaves it."""
    data = tmp_path_factory.mktemp("drafts-browser")
    url, key = make_register(data)
    register = Register.open(url, key=key)
    try:
        cpas = ensure_cpas(register, "CPAS")
        create_user(register, username=WORKER, password=PASSWORD, role="social_worker", cpas_id=cpas)
        create_user(register, username=ADMIN, password=PASSWORD, role="administrator", cpas_id=cpas)
    finally:
        register.engine.dispose()
    env = server_env(url, key, Path(data), "drafts-browser-secret")
    with running_server(env, Path(data) / "server.log") as base:
        yield base, url, key


def _shot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


def _log_in(page: Page, username: str) -> None:
    page.goto("/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()


def _log_out(page: Page) -> None:
    page.get_by_role("button", name=re.compile("^Déconnexion")).click()
    expect(page).to_have_url(re.compile(r"/login$"))


@pytest.fixture
def worker(browser: Browser, server: tuple[str, str, str]) -> Iterator[Page]:
    context = browser.new_context(base_url=server[0], locale="fr-BE")
    page = context.new_page()
    _log_in(page, WORKER)
    yield page
    context.close()


@pytest.fixture
def worker_without_javascript(browser: Browser, server: tuple[str, str, str]) -> Iterator[Page]:
    context = browser.new_context(base_url=server[0], locale="fr-BE", java_script_enabled=False)
    page = context.new_page()
    _log_in(page, WORKER)
    yield page
    context.close()


def _open_case(page: Page, name: str) -> str:
    page.goto("/cases")
    page.get_by_label("Nom de la personne").fill(name)
    page.get_by_role("button", name="Ouvrir le dossier").click()
    expect(page.locator("h1")).to_have_text(name)
    found = re.search(r"/cases/([A-Za-z0-9_-]+)", page.url)
    assert found
    return found.group(1)


def _alert(page: Page, words: str, field: str) -> None:
    """The refusal, announced (role=alert, focused) and tied to its field (aria-invalid)."""
    alert = page.locator(
        "#save-draft [role=alert], [role=alert]#display-name-error, [role=alert]#cpas-name-error"
    )
    expect(alert).to_have_count(1)
    expect(alert).to_contain_text(words)
    expect(alert).to_be_focused()
    expect(page.locator(field)).to_have_attribute("aria-invalid", "true")


def _start_r1_from_case(page: Page) -> None:
    page.locator("form[action$='/decisions']").get_by_label("Situation").select_option("r1")
    page.get_by_role("button", name="Commencer la décision").click()
    page.locator(".reference-date summary").click()
    page.locator("form[action$='/date'] input[type=date]").fill(RECEIVED)
    page.locator("form[action$='/date'] button[type=submit]").click()
    expect(page.locator("#received-line")).to_contain_text("3 févr. 2025")
    page.get_by_label("Non").check()
    page.get_by_role("button", name="Continuer").click()
    expect(page.locator(".aside-box[aria-labelledby=so-far]")).to_contain_text("Non")


def test_a_draft_survives_logout_and_is_resumed_exactly(worker: Page) -> None:
    page = worker
    name = "Brouillon Inventé Chromium"
    case_id = _open_case(page, name)
    _start_r1_from_case(page)
    question = page.locator("legend.question, label.question").first.inner_text()

    box = page.locator("#save-draft")
    box.locator("summary").click()
    field = box.get_by_label("Nom du brouillon")
    expect(field).to_have_value(re.compile(r"^R1 · .+ — "))
    expect(box.get_by_label("Dossier du brouillon")).to_have_value(case_id)
    no_axe_violations(page)
    _shot(page, "fr-question-save-draft")

    # Refusals, with JavaScript on: an empty name, a name too long, a case that is not one.
    field.evaluate("e => { e.removeAttribute('required'); e.value = '   '; }")
    box.get_by_role("button", name="Enregistrer le brouillon").click()
    _alert(page, "Nom du brouillon : donnez-lui un nom.", "#draft-name")
    page.locator("#draft-name").evaluate(
        "e => { e.removeAttribute('maxlength'); e.value = 'x'.repeat(121); }"
    )
    page.locator("#save-draft").get_by_role("button", name="Enregistrer le brouillon").click()
    _alert(page, "Nom du brouillon : au plus 120 caractères.", "#draft-name")
    _shot(page, "fr-question-draft-refused")
    page.locator("#draft-case").evaluate(
        "e => { const o = document.createElement('option'); o.value = 'nosuchcase1'; o.textContent = '?';"
        " e.appendChild(o); e.value = 'nosuchcase1'; }"
    )
    page.locator("#draft-name").fill("Inventé — garant")
    page.locator("#save-draft").get_by_role("button", name="Enregistrer le brouillon").click()
    _alert(page, "Dossier du brouillon : ce dossier est introuvable", "#draft-case")
    no_axe_violations(page)

    page.locator("#draft-case").select_option(case_id)
    page.locator("#draft-name").fill("Inventé — garant")
    page.locator("#save-draft").get_by_role("button", name="Enregistrer le brouillon").click()
    status = page.locator(".confirmation[role=status]")
    expect(status).to_contain_text("Brouillon enregistré.")
    expect(status).to_be_focused()
    expect(page.locator("h1")).to_have_text("Mes brouillons")
    expect(page.locator(".drafts")).to_contain_text("Inventé — garant")
    no_axe_violations(page)
    _shot(page, "fr-my-drafts")

    # Logged out and in again: the interview's cookies are gone, the draft is not.
    _log_out(page)
    _log_in(page, WORKER)
    page.goto("/interview/r1")
    expect(page.locator(".aside-box[aria-labelledby=so-far]")).to_contain_text(
        "Aucune réponse pour l'instant."
    )
    page.goto("/")
    page.get_by_role("link", name="Mes brouillons").click()
    expect(page.locator(".drafts li")).to_have_count(1)
    page.goto(f"/cases/{case_id}")
    drafts = page.locator("section[aria-labelledby=drafts-heading]")
    expect(drafts).to_contain_text("Inventé — garant")
    no_axe_violations(page)
    _shot(page, "fr-case-with-draft")
    drafts.get_by_role("button", name=re.compile("^Reprendre")).click()

    # Exactly as saved: the same question, the answer given, the reception date, the case.
    expect(page.locator("legend.question, label.question").first).to_have_text(question)
    expect(page.locator(".aside-box[aria-labelledby=so-far]")).to_contain_text("Non")
    expect(page.locator("#received-line")).to_contain_text("3 févr. 2025")
    for _ in range(12):
        page.locator(".outcome-label, .question-form input[name=fact]").first.wait_for(state="attached")
        if page.locator(".outcome-label").count():
            break
        fact = page.locator(".question-form input[name=fact]").get_attribute("value")
        page.get_by_role("button", name="Je ne sais pas").click()
        # The next question (or the decision) is in place before anything else is clicked.
        page.wait_for_function(
            "fact => { const f = document.querySelector('.question-form input[name=fact]');"
            " return !f || f.value !== fact; }",
            arg=fact,
        )
    box = page.locator("section[aria-labelledby=record-heading]")
    expect(box).to_contain_text(name)
    box.get_by_role("button", name="Enregistrer la décision dans ce dossier").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Décision enregistrée au dossier.")
    # Recorded in the case: the draft is gone.
    expect(page.locator("section[aria-labelledby=drafts-heading]")).to_contain_text("Aucun brouillon.")
    page.goto("/drafts")
    expect(page.locator("main")).to_contain_text("Aucun brouillon.")


def test_drafts_in_dutch(worker: Page) -> None:
    page = worker
    page.goto("/lang/nl?next=/interview/r2")
    page.locator("#save-draft summary").click()
    page.get_by_label("Naam van het concept").fill("Concept uitgevonden")
    page.get_by_role("button", name="Concept opslaan").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Concept opgeslagen.")
    no_axe_violations(page)
    _shot(page, "nl-my-drafts")
    page.goto("/interview/r2")
    page.locator("#save-draft summary").click()
    page.locator("#draft-name").evaluate("e => { e.removeAttribute('required'); e.value = ''; }")
    page.get_by_role("button", name="Concept opslaan").click()
    expect(page.locator("#save-draft [role=alert]")).to_contain_text(
        "Naam van het concept: geef het een naam."
    )
    _shot(page, "nl-question-draft-refused")
    page.goto("/drafts")
    page.get_by_role("button", name=re.compile("^Verwijderen")).first.click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Concept verwijderd.")
    page.goto("/lang/fr?next=/")


def test_a_draft_without_javascript(worker_without_javascript: Page) -> None:
    page = worker_without_javascript
    page.goto("/interview/r2")
    page.locator("#save-draft summary").click()
    page.get_by_label("Nom du brouillon").fill("Sans script inventé")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Brouillon enregistré.")
    page.get_by_role("button", name="Reprendre : Sans script inventé").click()
    expect(page).to_have_url(re.compile(r"/interview/r2"))
    page.goto("/drafts")
    page.get_by_role("button", name="Supprimer : Sans script inventé").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Brouillon supprimé.")
    expect(page.locator("main")).not_to_contain_text("Sans script inventé")


def test_an_answer_linked_to_what_it_answers(worker: Page, server: tuple[str, str, str]) -> None:
    page = worker
    case_id = _open_case(page, "Réponse Liée Chromium")
    _, url, key = server
    register = Register.open(url, key=key)
    try:
        email = record_document(
            register, case_id, "oe-email", "ab" * 32, [], recipient="office_des_etrangers"
        )
        request = record_document(
            register, case_id, "oe-email", "cd" * 32, [], recipient="office_des_etrangers"
        )
    finally:
        register.close()
    page.reload()
    form = page.locator("form[action$='/answers']")
    select = form.get_by_label("En réponse à")
    expect(select).to_have_value(request)  # the latest awaiting an answer
    select.select_option(email)
    form.get_by_label("Ce que dit la réponse").fill("Réponse inventée de l'OE")
    form.get_by_role("button", name="Inscrire la réponse").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Réponse inscrite au dossier.")
    answer = page.locator(".timeline .entry-answer_received")
    expect(answer.get_by_role("link")).to_have_count(1)
    expect(answer).to_contain_text("Réponse à : ")
    expect(page.locator(f"#entry-{email}")).to_contain_text("Réponse : la réponse reçue le")
    expect(page.locator(".case-status")).to_contain_text("Réponse attendue")  # the other one awaits
    no_axe_violations(page)
    _shot(page, "fr-case-answer-linked")
    page.goto(f"/lang/nl?next=/cases/{case_id}")
    expect(page.locator(".timeline .entry-answer_received")).to_contain_text("Antwoord op")
    no_axe_violations(page)
    _shot(page, "nl-case-answer-linked")
    page.goto(f"/lang/fr?next=/cases/{case_id}")


def test_display_name_and_the_first_cpas_name(
    browser: Browser, server: tuple[str, str, str], worker: Page
) -> None:
    page = worker
    page.goto("/account/password")
    field = page.get_by_label("Nom affiché", exact=True)
    field.evaluate("e => { e.removeAttribute('maxlength'); e.value = 'y'.repeat(121); }")
    page.get_by_role("button", name="Enregistrer le nom affiché").click()
    _alert(page, "Nom affiché : au plus 120 caractères", "#display-name")
    page.get_by_label("Nom affiché", exact=True).fill("Claire Inventée, assistante sociale")
    page.get_by_role("button", name="Enregistrer le nom affiché").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Nom affiché enregistré.")
    no_axe_violations(page)
    _shot(page, "fr-my-account-display-name")
    case_id = _open_case(page, "Auteur Inventé")
    expect(page.locator("main")).to_contain_text("Claire Inventée, assistante sociale")
    assert case_id
    _shot(page, "fr-case-author-display-name")

    context = browser.new_context(base_url=server[0], locale="fr-BE")
    admin = context.new_page()
    try:
        _log_in(admin, ADMIN)
        expect(admin.locator(".signed-in")).to_contain_text("CPAS")
        box = admin.locator("#cpas-name")
        expect(box).to_contain_text("Votre CPAS s'appelle encore « CPAS »")
        no_axe_violations(admin)
        _shot(admin, "fr-users-name-your-cpas")
        admin.locator("#cpas-name-input").evaluate("e => { e.removeAttribute('required'); e.value = ' '; }")
        box.get_by_role("button", name="Enregistrer le nom du CPAS").click()
        _alert(admin, "Nom du CPAS : de 1 à 200 caractères.", "#cpas-name-input")
        admin.locator("#cpas-name-input").fill("CPAS d'Inventéville")
        admin.get_by_role("button", name="Enregistrer le nom du CPAS").click()
        expect(admin.locator("[role=status]")).to_contain_text("Nom du CPAS enregistré")
        expect(admin.locator(".signed-in")).to_contain_text("CPAS d'Inventéville")
        expect(admin.locator("main")).not_to_contain_text("s'appelle encore")
        _shot(admin, "fr-users-cpas-renamed")
        # An account created with its display name.
        admin.get_by_label("Nom d'utilisateur").fill("d_marie")
        admin.get_by_label("Nom affiché (facultatif)").fill("Marie Inventée, assistante sociale")
        admin.get_by_label("Mot de passe initial").fill("une phrase de passe inventée pour Marie")
        admin.get_by_role("button", name="Créer le compte").click()
        expect(admin.locator("main")).to_contain_text("Nom affiché : Marie Inventée, assistante sociale")
        admin.goto("/admin/users")
        no_axe_violations(admin)
        _shot(admin, "fr-users-after-naming")
        admin.goto("/lang/nl?next=/admin/users")
        expect(admin.locator("#cpas-name-heading")).to_have_text("Naam van uw OCMW")
        no_axe_violations(admin)
        _shot(admin, "nl-users-cpas-name")
    finally:
        context.close()
    page.goto("/")
    expect(page.locator(".signed-in")).to_contain_text("CPAS d'Inventéville")


def test_the_other_forms_without_javascript(
    browser: Browser, server: tuple[str, str, str], worker_without_javascript: Page
) -> None:
    page = worker_without_javascript
    case_id = _open_case(page, "Sans Script Réponse Liée")
    _, url, key = server
    register = Register.open(url, key=key)
    try:
        sent = record_document(register, case_id, "oe-email", "ef" * 32, [], recipient="office_des_etrangers")
    finally:
        register.close()
    page.reload()
    form = page.locator("form[action$='/answers']")
    expect(form.get_by_label("En réponse à")).to_have_value(sent)
    form.get_by_label("Ce que dit la réponse").fill("Réponse inventée sans script")
    form.get_by_role("button", name="Inscrire la réponse").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Réponse inscrite au dossier.")
    expect(page.locator(".timeline .entry-answer_received")).to_contain_text("Réponse à : ")
    expect(page.locator(".case-status")).to_have_text("Réponse reçue")

    page.goto("/account/password")
    page.get_by_label("Nom affiché", exact=True).fill("Sans Script Inventé")
    page.get_by_role("button", name="Enregistrer le nom affiché").click()
    expect(page.locator(".confirmation[role=status]")).to_contain_text("Nom affiché enregistré.")

    context = browser.new_context(base_url=server[0], locale="fr-BE", java_script_enabled=False)
    admin = context.new_page()
    try:
        _log_in(admin, ADMIN)
        admin.goto("/admin/users")
        admin.locator("#cpas-name-input").fill("OCMW Sans Script (test)")
        admin.get_by_role("button", name="Enregistrer le nom du CPAS").click()
        expect(admin.locator("[role=status]")).to_contain_text("Nom du CPAS enregistré")
        expect(admin.locator(".signed-in")).to_contain_text("OCMW Sans Script (test)")
    finally:
        context.close()
