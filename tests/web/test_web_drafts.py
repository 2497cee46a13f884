"""Drafts: an interview saved by name in the register, listed in "Mes brouillons" and on its case's
page, resumed exactly (answers, reference date, rule, case) after a logout and a new login, deleted
by "Supprimer" or when its decision is recorded in the case; refused names and cases are said
beside their field; another CPAS's account never sees them (404)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_web_documents import R1_ALLOWED
from web_accounts import CSRF, log_in
from web_walk import outcome_of, question_on, walk

from secretpro.register import Register, ensure_cpas
from secretpro.register.accounts import create_user, find_account
from secretpro.web.app import create_app
from secretpro.web.settings import WebSettings

OTHER = "travailleur-namur"
OTHER_PASSWORD = "une autre phrase de passe inventée pour Namur"
DRAFT_LINK = re.compile(r'action="/drafts/([A-Za-z0-9_-]+)/resume"')


def _draft_ids(page: str) -> list[str]:
    return DRAFT_LINK.findall(page)


def _save(client: TestClient, code: str, name: str, case: str = "") -> str:
    response = client.post(f"/interview/{code}/draft", data={"name": name, "case": case})
    assert response.status_code == 200, response.text[:400]
    assert "Brouillon enregistré" in response.text and name in response.text
    found = re.search(r"#draft-([A-Za-z0-9_-]+)", str(response.url))
    assert found, response.url
    return found.group(1)


def _new_case(client: TestClient, name: str) -> str:
    response = client.post("/cases", data={"subject_name": name})
    found = re.search(r"/cases/([A-Za-z0-9_-]+)$", str(response.url))
    assert found, response.url
    return found.group(1)


def test_a_draft_is_resumed_exactly_after_logging_out_and_in(client: TestClient) -> None:
    case_id = _new_case(client, "Brouillon Inventé")
    client.post(f"/cases/{case_id}/decisions", data={"code": "r1"})
    client.post("/interview/r1/date", data={"received_on": "2025-02-03"})
    client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "false"})
    page = client.get("/interview/r1").text
    assert question_on(page) == "arrival_date"
    # The box offers the rule's title and the day as name, and the case it was started from.
    assert 'id="draft-name"' in page and "R1 · " in page
    assert f'<option value="{case_id}" selected>Brouillon Inventé · {case_id}</option>' in page
    draft = _save(client, "r1", "Inventé — garant", case_id)

    # Logged out (the interview's cookies go), then in again: the draft waits.
    client.post("/logout")
    client.cookies.clear()
    client.headers.pop("X-CSRF-Token", None)
    log_in(client)
    assert question_on(client.get("/interview/r1").text) == "in_asylum_procedure"  # a fresh interview
    listing = client.get("/drafts").text
    assert draft in _draft_ids(listing) and "Inventé — garant" in listing
    assert f'<a href="/cases/{case_id}">Brouillon Inventé</a>' in listing  # its case, by name
    assert draft in _draft_ids(client.get(f"/cases/{case_id}").text)
    home = client.get("/").text
    assert 'href="/drafts"' in home

    resumed = client.post(f"/drafts/{draft}/resume")
    assert question_on(resumed.text) == "arrival_date"
    assert 'value="2025-02-03"' in resumed.text  # the reception date
    assert "Non" in resumed.text  # the answer given
    # … and its case: the decision page offers to record it there.
    decision = unknown_to_the_end(client, "r1")
    assert outcome_of(decision)
    assert "3 févr. 2025" in decision  # decided as of the reception date saved
    assert f"/cases/{case_id}/record/r1" in decision
    # Recording the decision in the case deletes the draft.
    recorded = client.post(f"/cases/{case_id}/record/r1")
    assert "Décision enregistrée au dossier." in recorded.text
    assert draft not in _draft_ids(client.get("/drafts").text)
    assert draft not in _draft_ids(recorded.text)


def unknown_to_the_end(client: TestClient, code: str) -> str:
    """ "Je ne sais pas" to each question left; the decision page."""
    page = client.get(f"/interview/{code}").text
    for _ in range(30):
        fact = question_on(page)
        if fact is None:
            return page
        page = client.post(f"/interview/{code}/answer", data={"fact": fact, "action": "unknown"}).text
    raise AssertionError("no decision after 30 questions")


def test_saving_again_updates_the_draft_and_supprimer_deletes_it(client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    draft = _save(client, "r1", "Sans dossier inventé")
    client.post(f"/drafts/{draft}/resume")
    page = client.get("/interview/r1/decision").text
    assert 'value="Sans dossier inventé"' in page and "est mis à jour" in page
    assert _save(client, "r1", "Renommé inventé") == draft
    listing = client.get("/drafts").text
    assert "Renommé inventé" in listing and "Sans dossier inventé" not in listing
    deleted = client.post(f"/drafts/{draft}/delete", data={"back": ""})
    assert "Brouillon supprimé." in deleted.text and draft not in _draft_ids(deleted.text)
    assert client.post(f"/drafts/{draft}/resume").status_code == 404


@pytest.mark.parametrize(
    ("name", "case", "words", "field"),
    [
        ("   ", "", "Nom du brouillon : donnez-lui un nom.", 'id="draft-name"'),
        ("x" * 121, "", "Nom du brouillon : au plus 120 caractères.", 'id="draft-name"'),
        ("Un nom", "nosuchcase1", "Dossier du brouillon : ce dossier est introuvable", 'id="draft-case"'),
    ],
)
def test_a_refused_draft_says_why_beside_its_field(
    client: TestClient, name: str, case: str, words: str, field: str
) -> None:
    walk(client, "r1", R1_ALLOWED)
    refused = client.post("/interview/r1/draft", data={"name": name, "case": case})
    assert refused.status_code == 422
    assert words in refused.text
    box = refused.text[refused.text.index('id="save-draft"') :]
    assert (
        " open>"
        in refused.text[
            refused.text.index('id="save-draft"') - 60 : refused.text.index('id="save-draft"') + 40
        ]
    )
    assert 'role="alert" id="draft-error"' in box
    tag = box[box.index(field) - 200 : box.index(field) + 400]
    assert 'aria-invalid="true"' in tag


def test_the_question_page_refuses_too(client: TestClient) -> None:
    client.post("/interview/r1/restart")
    refused = client.post("/interview/r1/draft", data={"name": ""})
    assert refused.status_code == 422 and question_on(refused.text) is not None
    assert "Nom du brouillon : donnez-lui un nom." in refused.text


@pytest.fixture
def other_cpas_client(register_files: tuple[str, str]) -> Iterator[TestClient]:
    url, key = register_files
    register = Register.open(url, key=key)
    try:
        cpas = ensure_cpas(register, "CPAS de Namur (test)")
        if find_account(register, OTHER) is None:
            create_user(register, username=OTHER, password=OTHER_PASSWORD, role="social_worker", cpas_id=cpas)
    finally:
        register.close()
    with TestClient(create_app(WebSettings(secret_key="test-secret")), follow_redirects=True) as other:
        token = CSRF.search(other.get("/login").text)
        assert token
        other.post(
            "/login",
            data={"username": OTHER, "password": OTHER_PASSWORD, "csrf_token": token.group(1), "next": "/"},
        )
        session_token = CSRF.search(other.get("/guard").text)
        assert session_token
        other.headers["X-CSRF-Token"] = session_token.group(1)
        yield other


def test_another_cpas_never_sees_a_draft(client: TestClient, other_cpas_client: TestClient) -> None:
    walk(client, "r1", R1_ALLOWED)
    draft = _save(client, "r1", "Ixelles seulement")
    assert "Ixelles seulement" not in other_cpas_client.get("/drafts").text
    assert other_cpas_client.post(f"/drafts/{draft}/resume").status_code == 404
    assert other_cpas_client.post(f"/drafts/{draft}/delete").status_code == 404
    assert draft in _draft_ids(client.get("/drafts").text)
    client.post(f"/drafts/{draft}/delete")
