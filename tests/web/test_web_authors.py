"""Documents name their author and their CPAS by the account's display name ("Marie Dupont, assistante sociale"),
the username when there is none: the OE e-mail's signature and the letters' "Dossier suivi par"."""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient
from test_web_documents import EMAIL, R1_ALLOWED, R3_FORBIDDEN, pdf_text
from web_accounts import USERNAME
from web_walk import walk

from secretpro.register import Register
from secretpro.register.accounts import find_account
from secretpro.register.entries import cpas_name, rename_cpas

SHOWN = "Claire Inventée, assistante sociale"


def test_documents_are_signed_with_the_display_name(client: TestClient) -> None:
    assert client.post("/account/display-name", data={"display_name": SHOWN}).status_code == 200
    try:
        walk(client, "r1", R1_ALLOWED)
        preview = client.post("/documents/r1/oe-email/preview", data={**EMAIL, "doc_lang": "fr"})
        assert SHOWN in unescape(preview.text)
        letter = client.post("/documents/r1/oe-email", data={**EMAIL, "doc_lang": "fr", "format": "pdf"})
        assert SHOWN in pdf_text(letter.content)
        # The header names the author as the documents do.
        assert f"Connecté : {SHOWN} · " in unescape(client.get("/").text)
    finally:
        client.post("/account/display-name", data={"display_name": ""})
    walk(client, "r1", R1_ALLOWED)
    preview = client.post("/documents/r1/oe-email/preview", data={**EMAIL, "doc_lang": "fr"})
    assert SHOWN not in unescape(preview.text) and USERNAME in preview.text


def test_a_renamed_cpas_heads_the_documents(client: TestClient, register_files: tuple[str, str]) -> None:
    url, key = register_files
    register = Register.open(url, key=key)
    account = find_account(register, USERNAME)
    assert account is not None
    before = cpas_name(register, account.cpas_id)
    rename_cpas(register, account.cpas_id, "CPAS d'Inventéville")
    try:
        _, decision = walk(client, "r3", R3_FORBIDDEN)
        assert "refusal-letter" in decision
        letter = client.post("/documents/r3/refusal-letter", data={"doc_lang": "fr", "format": "pdf"})
        assert letter.status_code == 200
        assert "CPAS d'Inventéville" in pdf_text(letter.content)
        assert "Connecté : travailleuse · CPAS d'Inventéville" in unescape(client.get("/").text)
    finally:
        rename_cpas(register, account.cpas_id, before)
        register.close()
