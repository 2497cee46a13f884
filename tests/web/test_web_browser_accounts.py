"""An administrator creates an account for a new CPAS in Chromium; the newcomer signs in and every
page's header names them and their CPAS (the CPAS their documents will carry)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from test_web_browser import no_axe_violations
from web_accounts import PASSWORD, make_register

from live_server import running_server, server_env
from secretpro.register import Register, ensure_cpas
from secretpro.register.accounts import create_user

pytestmark = pytest.mark.browser

ADMIN = "gestionnaire"
NEW_PASSWORD = "encore une phrase de passe inventée"


@pytest.fixture(scope="module")
def admin_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own: its register gains accounts and a CPAS, which the others must not see."""
    data = tmp_path_factory.mktemp("accounts-browser")
    url, key = make_register(data)
    register = Register.open(url, key=key)
    try:
        cpas = ensure_cpas(register, "CPAS de Test")
        create_user(register, username=ADMIN, password=PASSWORD, role="administrator", cpas_id=cpas)
    finally:
        register.engine.dispose()
    env = server_env(url, key, Path(data), "accounts-browser-secret")
    with running_server(env, Path(data) / "server.log") as base:
        yield base


def _sign_in(page: Page, username: str, password: str) -> None:
    page.goto("/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_an_account_for_a_new_cpas_in_the_browser(
    browser: Browser, admin_server: str, javascript: bool
) -> None:
    suffix = "js" if javascript else "nojs"
    context = browser.new_context(base_url=admin_server, locale="fr-BE", java_script_enabled=javascript)
    page = context.new_page()
    _sign_in(page, ADMIN, PASSWORD)
    page.goto("/admin/users")
    expect(page.locator(".signed-in")).to_have_text(f"Connecté : {ADMIN} · CPAS de Test")
    # The administrator's own CPAS is the one chosen unless they choose another.
    chosen = page.get_by_label("CPAS existant").evaluate("select => select.selectedOptions[0].textContent")
    assert chosen == "CPAS de Test"
    if javascript:
        no_axe_violations(page)
    page.get_by_label("Nom d'utilisateur").fill(f"nouvelle_{suffix}")
    page.get_by_label("Mot de passe initial").fill(NEW_PASSWORD)
    page.get_by_label("Ou un nouveau CPAS : son nom").fill(f"OCMW Gent ({suffix})")
    page.get_by_role("button", name="Créer le compte").click()
    expect(page.locator("h1")).to_have_text(f"nouvelle_{suffix}")
    expect(page.locator("main")).to_contain_text(f"OCMW Gent ({suffix})")
    # Back on the list, the new CPAS is one of the choices for the next account.
    page.goto("/admin/users")
    expect(
        page.get_by_label("CPAS existant").locator("option", has_text=f"OCMW Gent ({suffix})")
    ).to_have_count(1)
    context.close()

    newcomer = browser.new_context(base_url=admin_server, locale="fr-BE", java_script_enabled=javascript)
    page = newcomer.new_page()
    _sign_in(page, f"nouvelle_{suffix}", NEW_PASSWORD)
    expect(page.locator(".signed-in")).to_have_text(f"Connecté : nouvelle_{suffix} · OCMW Gent ({suffix})")
    newcomer.close()


def test_the_users_page_fits_a_phone(browser: Browser, admin_server: str) -> None:
    context = browser.new_context(
        base_url=admin_server, locale="fr-BE", viewport={"width": 375, "height": 740}
    )
    page = context.new_page()
    _sign_in(page, ADMIN, PASSWORD)
    page.goto("/admin/users")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # the table scrolls in place
    no_axe_violations(page)
    context.close()
