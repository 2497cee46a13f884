"""Documents name their author by the account's display name ("Marie Dupont, assistante sociale"),
the username when there is none: the OE e-mail's signature and the letters' "Dossier suivi par"."""

from __future__ import annotations

from html import unescape

from fastapi.testclient import TestClient
from test_web_documents import EMAIL, R1_ALLOWED, pdf_text
from web_accounts import USERNAME
from web_walk import walk

SHOWN = "Claire Inventée, assistante sociale"


def test_documents_are_signed_with_the_display_name(client: TestClient) -> None:
    assert client.post("/account/display-name", data={"display_name": SHOWN}).status_code == 200
    try:
        walk(client, "r1", R1_ALLOWED)
        preview = client.post("/documents/r1/oe-email/preview", data={**EMAIL, "doc_lang": "fr"})
        assert SHOWN in unescape(preview.text)
        letter = client.post("/documents/r1/oe-email", data={**EMAIL, "doc_lang": "fr", "format": "pdf"})
        assert SHOWN in pdf_text(letter.content)
    finally:
        client.post("/account/display-name", data={"display_name": ""})
    walk(client, "r1", R1_ALLOWED)
    preview = client.post("/documents/r1/oe-email/preview", data={**EMAIL, "doc_lang": "fr"})
    assert SHOWN not in unescape(preview.text) and USERNAME in preview.text
