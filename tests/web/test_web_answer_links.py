"""An answer received is linked to the request or document sent that it answers: the case page
offers them (the latest one awaiting an answer chosen), the timeline says "Réponse à : …" both
ways, and the case's status and the supervisors' figure count what still awaits an answer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape

import pytest
from fastapi.testclient import TestClient

from secretpro.register import Register, record_document, record_request
from secretpro.register.entries import awaiting_answer


@pytest.fixture
def register(register_files: tuple[str, str]) -> Iterator[Register]:
    url, key = register_files
    opened = Register.open(url, key=key)
    try:
        yield opened
    finally:
        opened.close()


def _case(client: TestClient, name: str) -> str:
    response = client.post("/cases", data={"subject_name": name})
    found = re.search(r"/cases/([A-Za-z0-9_-]+)$", str(response.url))
    assert found
    return found.group(1)


def _options(page: str) -> list[tuple[str, bool, str]]:
    select = page.split('name="answers_entry"', 1)[1].split("</select>", 1)[0]
    return [
        (value, bool(selected), label)
        for value, selected, label in re.findall(
            r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select
        )
    ]


def test_an_answer_is_linked_to_what_it_answers(client: TestClient, register: Register) -> None:
    case_id = _case(client, "Réponse Liée Inventée")
    assert 'name="answers_entry"' not in client.get(f"/cases/{case_id}").text  # nothing sent yet
    email = record_document(register, case_id, "oe-email", "ab" * 32, [], recipient="office_des_etrangers")
    note = record_document(register, case_id, "file-note", "cd" * 32, [], recipient="cpas_file")
    request = record_request(register, case_id, "outgoing", {"recipient": "office_des_etrangers"})
    page = unescape(client.get(f"/cases/{case_id}").text)
    options = _options(page)
    # Latest first, the internal file note left out, the latest awaiting one chosen, then "all".
    assert [value for value, _, _ in options] == [request, email, ""]
    assert options[0][1] and "(réponse attendue)" in options[0][2]
    assert "Réponse attendue depuis" in page

    done = client.post(
        f"/cases/{case_id}/answers",
        data={"received_on": "2025-03-04", "summary": "Réponse inventée à l'e-mail", "answers_entry": email},
    )
    assert "Réponse inscrite au dossier." in done.text
    assert awaiting_answer(register, case_id) == [request]
    page = unescape(done.text)
    answer = page.split('class="entry entry-answer_received', 1)[1].split("</li>", 1)[0]
    assert 'Réponse à : <a href="#entry-' + email + '">' in answer
    sent = page.split(f'id="entry-{email}"', 1)[1].split("</li>", 1)[0]
    assert "Réponse : <a href=" in sent and "la réponse reçue le 4 mars 2025" in sent
    assert note not in [value for value, _, _ in _options(page)]
    assert "Réponse attendue depuis" in page  # the request sent still awaits its answer

    client.post(
        f"/cases/{case_id}/answers",
        data={"received_on": "2025-03-05", "summary": "Réponse inventée", "answers_entry": request},
    )
    assert awaiting_answer(register, case_id) == []
    page = unescape(client.get(f"/cases/{case_id}").text)
    assert "Réponse reçue" in page
    assert _options(page)[-1] == ("", True, "Tout ce qui a été envoyé avant (rien en particulier)")


def test_a_link_to_something_not_sent_in_this_case_is_refused(client: TestClient, register: Register) -> None:
    case_id = _case(client, "Lien Refusé Inventé")
    other = _case(client, "Autre Dossier Inventé")
    elsewhere = record_document(register, other, "oe-email", "ef" * 32, [])
    incoming = record_request(
        register, case_id, "incoming", {"requester": "police"}, received_on=date(2025, 1, 2)
    )
    for wrong in (elsewhere, incoming, "nosuchentry"):
        refused = client.post(
            f"/cases/{case_id}/answers",
            data={"received_on": "2025-03-04", "summary": "Réponse inventée", "answers_entry": wrong},
        )
        assert refused.status_code == 422
        page = unescape(refused.text)
        assert "En réponse à : choisissez une demande ou un document envoyé de ce dossier." in page
        assert 'role="alert"' in page
