"""Every message of the accounts pages has a Dutch and an English translation (accounts.po)."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_check import check_language, extract_messages
from security_support import World

from secretpro.i18n import translator

SRC = Path(__file__).resolve().parents[2] / "src/secretpro"
SOURCES = (
    SRC / "web/accounts",
    SRC / "web/routes/accounts.py",
    SRC / "web/routes/cases.py",
    SRC / "web/routes/case_exports.py",
    SRC / "web/templates/accounts",
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_accounts_message_is_translated(language: str) -> None:
    messages = extract_messages(SOURCES)
    assert (
        "Déconnexion" in messages
        and "Trop de tentatives de connexion. Réessayez dans quelques minutes." in messages
    )
    problems = check_language(messages, language)
    assert not problems, "\n".join(str(problem) for problem in problems)


def test_the_login_page_in_dutch(world: World) -> None:
    client = world.client()
    client.cookies.set("lang", "nl")
    page = client.get("/login").text
    assert "Gebruikersnaam" in page and "Wachtwoord" in page
    assert translator("en")("Déconnexion") == "Log out"
