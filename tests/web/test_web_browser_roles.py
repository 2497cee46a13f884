"""Every page a role reaches, in Chromium with JavaScript on, in French and Dutch: no console error,
no failed request (the favicon included), no axe violation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Response
from test_web_browser import no_axe_violations
from web_accounts import PASSWORD, make_register

from live_server import running_server, server_env
from secretpro.register import Register, ensure_cpas
from secretpro.register.accounts import create_user

pytestmark = pytest.mark.browser

PAGES = {
    "social_worker": [
        "/",
        "/interview/r1",
        "/interview/r3",
        "/guard",
        "/cases",
        "/sources",
        "/account/password",
        "/drafts",
    ],
    "supervisor": ["/", "/supervision", "/cases", "/sources", "/drafts"],
    "administrator": ["/", "/admin/users", "/supervision", "/sources"],
}


@pytest.fixture(scope="module")
def roles_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("roles-browser")
    url, key = make_register(data)
    register = Register.open(url, key=key)
    try:
        cpas = ensure_cpas(register, "CPAS de Test")
        for role in PAGES:
            create_user(register, username=f"r_{role}", password=PASSWORD, role=role, cpas_id=cpas)
    finally:
        register.engine.dispose()
    env = server_env(url, key, Path(data), "roles-browser-secret")
    with running_server(env, Path(data) / "server.log") as base:
        yield base


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("role", sorted(PAGES))
def test_every_page_of_a_role_is_clean(browser: Browser, roles_server: str, role: str, language: str) -> None:
    context = browser.new_context(base_url=roles_server, locale="fr-BE" if language == "fr" else "nl-BE")
    page = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console: {message.text}")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            problems.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("response", on_response)
    page.goto("/login")
    page.fill("input[name=username]", f"r_{role}")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    for path in PAGES[role]:
        page.goto(path)
        page.wait_for_load_state("networkidle")
        assert page.locator("html").get_attribute("lang") == language, path
        no_axe_violations(page)
    assert page.request.get("/favicon.ico").status == 200
    assert not problems, problems
    context.close()
