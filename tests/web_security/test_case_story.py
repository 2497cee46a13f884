"""A case holds its story (issue 13, point 7): the request logged, the decision made from the case
for that request, the documents downloaded for it (recorded with their hash) and the answer, linked
and shown as a timeline in words; a confirmation (role=status) after each action."""

from __future__ import annotations

import hashlib
import re

from fastapi.testclient import TestClient
from security_support import PERSON_A, World

from secretpro.register import entries_for_case

REQUEST = {"requester": "office_des_etrangers", "requested": ["address"], "received_on": "2025-02-03"}
ENTRY = re.compile(r"[?&]entry=([A-Za-z0-9_-]+)")
# What the register keeps in its own words: none of it may reach the worker as such.
RAW = (
    "reference_date",
    "decisive_step",
    "answers_request",
    "follows_decision",
    "allowed_fields",
    "CVTS",
    "LAW",
)


def _status(page: str) -> str:
    found = re.search(r'<div class="confirmation" role="status"[^>]*><p>([^<]+)</p>', page)
    assert found, "no confirmation on the page"
    return found.group(1)


def _log_request(client: TestClient, case_id: str) -> str:
    response = client.post(f"/cases/{case_id}/requests", data=REQUEST)
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith(f"/cases/{case_id}?done=request&entry=")
    found = ENTRY.search(location)
    assert found
    return found.group(1)


def _decide_from_case(client: TestClient, case_id: str, request_entry: str) -> str:
    """ "Décider sur cette demande", then "Enregistrer la décision dans ce dossier"; the decision's id."""
    started = client.post(f"/cases/{case_id}/decisions", data={"code": "r3", "request_entry": request_entry})
    assert started.status_code == 303 and started.headers["location"] == "/interview/r3"
    # The request said who asks and what: R3 starts from it and decides at once (an address to the OE).
    assert client.get("/interview/r3").headers["location"] == "/interview/r3/decision"
    page = client.get("/interview/r3/decision").text
    assert f'action="/cases/{case_id}/record/r3"' in page
    assert "en réponse à la demande reçue le 3 févr. 2025" in page
    assert "Date de référence : 3 févr. 2025" in page  # decided as of the day the request came in
    recorded = client.post(f"/cases/{case_id}/record/r3")
    assert recorded.status_code == 303
    found = ENTRY.search(recorded.headers["location"])
    assert found and recorded.headers["location"].startswith(f"/cases/{case_id}?done=decision&entry=")
    return found.group(1)


def test_a_request_then_its_decision_from_the_case(world: World) -> None:
    client = world.client("worker_a")
    request_entry = _log_request(client, world.case_a)
    page = client.get(f"/cases/{world.case_a}?done=request&entry={request_entry}").text
    assert _status(page) == "Demande inscrite au dossier."
    assert f'href="#entry-{request_entry}"' in page
    assert "Demande à traiter" in page and "Décider sur cette demande" in page

    decision_entry = _decide_from_case(client, world.case_a, request_entry)
    entries = entries_for_case(world.register, world.case_a, decrypt=True)
    assert [entry.kind for entry in entries] == ["request_incoming", "decision"]
    payload = entries[1].payload or {}
    assert entries[1].id == decision_entry
    assert payload["answers_request"] == request_entry and payload["reference_date"] == "2025-02-03"
    assert payload["facts"]["requester"] == "office_des_etrangers"

    page = client.get(f"/cases/{world.case_a}?done=decision&entry={decision_entry}").text
    assert _status(page) == "Décision enregistrée au dossier."
    assert f'href="#entry-{request_entry}">la demande reçue le 3 févr. 2025</a>' in page
    assert 'href="/interview/r3/decision#documents-heading"' in page  # its documents, one step away
    assert f'href="#entry-{decision_entry}"' in page  # the request links to its decision
    assert "R3 · Demande d&#39;information entrante — Transmission interdite" in page
    assert "Motif" in page and "ne doivent aucunement être transmises" in page
    assert "Décider sur cette demande" not in page  # answered
    assert "Décidé, rien d&#39;envoyé à l&#39;OE" in page
    for raw in RAW:
        assert raw not in page, raw
    # Back on the decision page, it says the decision is in the case.
    assert "Cette décision est enregistrée dans ce dossier." in client.get("/interview/r3/decision").text


def test_documents_downloaded_for_the_decision_are_recorded_with_their_hash(world: World) -> None:
    client = world.client("worker_a")
    decision_entry = _decide_from_case(client, world.case_a, _log_request(client, world.case_a))
    response = client.post(
        "/documents/r3/refusal-letter", data={"format": "pdf", "requester_reference": "OE/2025/77"}
    )
    assert response.status_code == 200
    file_name = re.search(r'filename="([^"]+)"', response.headers["content-disposition"])
    assert file_name
    sent = entries_for_case(world.register, world.case_a, decrypt=True)[-1]
    assert sent.kind == "document_sent"
    assert sent.payload == {
        "document_kind": "refusal-letter",
        "sha256": hashlib.sha256(response.content).hexdigest(),
        "fields": ["requester_reference"],  # the name of what was typed, never the value
        "recipient": "office_des_etrangers",
        "file_name": file_name.group(1),
        "follows_decision": decision_entry,
    }
    page = client.get(f"/cases/{world.case_a}").text
    assert 'Document envoyé : <span class="entry-headline">Lettre de refus motivé</span>' in page
    assert hashlib.sha256(response.content).hexdigest() in page and "OE/2025/77" not in page
    assert f'href="#entry-{decision_entry}"' in page
    assert "Réponse attendue depuis le" in page  # a letter went to the OE
    # The answer closes the story.
    answered = client.post(
        f"/cases/{world.case_a}/answers", data={"received_on": "2025-02-20", "summary": "L'OE prend acte."}
    )
    assert answered.headers["location"].startswith(f"/cases/{world.case_a}?done=answer&entry=")
    page = client.get(answered.headers["location"]).text
    assert _status(page) == "Réponse inscrite au dossier."
    assert "Réponse reçue le 20 févr. 2025" in page and "Réponse attendue" not in page
    order = [
        page.index(words)
        for words in (
            "Demande reçue le",
            "Transmission interdite",
            "Lettre de refus motivé",
            "Réponse reçue le",
        )
    ]
    assert order == sorted(order)


def test_a_changed_decision_no_longer_claims_its_documents(world: World) -> None:
    client = world.client("worker_a")
    _decide_from_case(client, world.case_a, _log_request(client, world.case_a))
    # "Modifier": who asks is now the person concerned, so the decision recorded is no longer this one.
    client.post("/interview/r3/answer", data={"fact": "requester", "action": "change"})
    client.post("/interview/r3/answer", data={"fact": "requester", "value": "police"})
    page = client.get("/interview/r3/decision").text
    assert "La décision a changé depuis son enregistrement" in page
    client.post("/documents/r3/file-note", data={"format": "pdf"})
    sent = entries_for_case(world.register, world.case_a, decrypt=True)[-1]
    assert sent.kind == "document_sent" and "follows_decision" not in (sent.payload or {})
    assert (sent.payload or {})["recipient"] == "cpas_file"


def test_an_interview_of_no_case_records_no_document(world: World) -> None:
    client = world.client("worker_a")
    _decide_from_case(client, world.case_a, _log_request(client, world.case_a))
    assert client.post("/cases/unbind/r3").headers["location"] == "/interview/r3/decision"
    page = client.get("/interview/r3/decision").text
    assert 'action="/cases/record/r3"' in page and "Dossier de cette décision" not in page
    before = len(entries_for_case(world.register, world.case_a))
    assert client.post("/documents/r3/file-note", data={"format": "pdf"}).status_code == 200
    assert len(entries_for_case(world.register, world.case_a)) == before


def test_the_decision_recorded_by_national_number_keeps_its_case_for_the_documents(world: World) -> None:
    client = world.client("worker_a")
    client.post("/interview/r1/restart")
    client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "true"})
    response = client.post("/cases/record/r1", data={"national_number": PERSON_A[1]})
    assert response.headers["location"].startswith(f"/cases/{world.case_a}?done=decision&entry=")
    assert _status(client.get(response.headers["location"]).text) == "Décision enregistrée au dossier."
    assert "Cette décision est enregistrée dans ce dossier." in client.get("/interview/r1/decision").text
    client.post("/documents/r1/file-note", data={"format": "docx"})
    kinds = [entry.kind for entry in entries_for_case(world.register, world.case_a)]
    assert kinds[-2:] == ["decision", "document_sent"]


def test_a_binding_is_the_account_own_and_stays_in_its_cpas(world: World) -> None:
    client = world.client("worker_a")
    request_entry = _log_request(client, world.case_a)
    client.post(f"/cases/{world.case_a}/decisions", data={"code": "r3", "request_entry": request_entry})
    stolen = client.cookies.get("case-r3")
    assert stolen  # signed, and holding opaque ids only
    other = world.client("worker_b")
    other.cookies.set("case-r3", stolen or "")
    other.post(f"/cases/{world.case_b}/requests", data=REQUEST)
    other.post("/interview/r3/answer", data={"fact": "requester", "value": "office_des_etrangers"})
    assert "Dossier de cette décision" not in other.get("/interview/r3/decision").text
    assert other.post(f"/cases/{world.case_a}/record/r3").status_code == 404
    # A request of another case, of another CPAS, or no request at all by that id: not found.
    for entry in (request_entry, "no-such-entry"):
        answer = other.post(f"/cases/{world.case_b}/decisions", data={"code": "r3", "request_entry": entry})
        assert answer.status_code == 404
    assert client.post(f"/cases/{world.case_a}/decisions", data={"code": "r9"}).status_code == 422
    assert world.case_a not in other.get("/cases").text


def test_a_confirmation_names_only_an_entry_of_the_case(world: World) -> None:
    client = world.client("worker_a")
    page = client.get(f"/cases/{world.case_a}?done=answer&entry=not-an-entry").text
    assert _status(page) == "Réponse inscrite au dossier." and "#entry-not-an-entry" not in page
    assert 'role="status"' not in client.get(f"/cases/{world.case_a}?done=whatever").text


def test_the_timeline_in_dutch(world: World) -> None:
    client = world.client("worker_a")
    decision_entry = _decide_from_case(client, world.case_a, _log_request(client, world.case_a))
    client.cookies.set("lang", "nl")
    page = client.get(f"/cases/{world.case_a}?done=decision&entry={decision_entry}").text
    assert _status(page) == "Beslissing opgeslagen in het dossier."
    assert "Ontvangen verzoek op 3 feb 2025" in page and "Doorgeven verboden" in page
    for raw in RAW:
        assert raw not in page, raw


def _listed(page: str) -> list[str]:
    """The case ids of the list's rows, in order."""
    return re.findall(r'<tr><td><a href="/cases/([A-Za-z0-9_-]+)">', page)


def test_the_case_list_searches_without_putting_the_search_in_an_address(world: World) -> None:
    client = world.client("worker_a")
    other = client.post("/cases", data={"subject_name": "Élodie Fictive", "national_number": ""})
    other_case = other.headers["location"].split("/")[-1]
    searched = client.post("/cases/search", data={"q": "elodie"})  # case and accents aside
    assert searched.status_code == 200 and _listed(searched.text) == [other_case]
    assert "1 dossier(s) sur 2" in searched.text and 'value="elodie"' in searched.text
    # By national number (however written): the keyed lookup, never a comparison in clear.
    number = "85.07.30-033.28"
    assert _listed(client.post("/cases/search", data={"q": number}).text) == [world.case_a]
    assert _listed(client.post("/cases/search", data={"q": "78111510001"}).text) == []
    # By the case's reference, or part of it.
    assert _listed(client.post("/cases/search", data={"q": world.case_a[:6]}).text) == [world.case_a]
    # A reload of a result goes back to the list; the other CPAS's cases are never found.
    assert client.get("/cases/search").headers["location"] == "/cases"
    found_by_b = world.client("worker_b").post("/cases/search", data={"q": PERSON_A[0]}).text
    assert _listed(found_by_b) == [] and PERSON_A[0] not in found_by_b.replace(f'value="{PERSON_A[0]}"', "")


def test_the_case_list_filters_by_rule_outcome_status_and_period(world: World) -> None:
    client = world.client("worker_a")
    fresh = client.post("/cases", data={"subject_name": "Dossier vide", "national_number": ""})
    fresh_case = fresh.headers["location"].split("/")[-1]
    request_entry = _log_request(client, world.case_a)
    assert _listed(client.get("/cases?status=to_decide").text) == [world.case_a]
    _decide_from_case(client, world.case_a, request_entry)
    forbidden_r3 = client.post("/cases/search", data={"rule": "r3", "outcome": "forbidden"}).text
    assert _listed(forbidden_r3) == [world.case_a]
    assert "R3 · Demande d&#39;information entrante — Transmission interdite" in forbidden_r3
    assert _listed(client.post("/cases/search", data={"rule": "r3", "outcome": "allowed"}).text) == []
    assert _listed(client.post("/cases/search", data={"rule": "r1"}).text) == []
    client.post("/documents/r3/refusal-letter", data={"format": "pdf"})
    awaiting = client.get("/cases?status=awaiting")
    assert _listed(awaiting.text) == [world.case_a] and "Réponses attendues (1)" in awaiting.text
    assert _listed(client.get("/cases?status=new").text) == [fresh_case]
    # The period: the request came in on 3 Feb 2025; the fresh case was opened today.
    assert world.case_a in _listed(client.get("/cases?since=2025-02-01&until=2025-02-05").text)
    assert fresh_case not in _listed(client.get("/cases?since=2025-02-01&until=2025-02-05").text)
    assert _listed(client.get("/cases?until=2000-01-01").text) == []
    # Unknown codes are dropped; a day that is none is said (422), the list still shown.
    assert len(_listed(client.get("/cases?rule=r9&status=lost").text)) == 2
    wrong = client.post("/cases/search", data={"since": "2025-02-31"})
    assert (
        wrong.status_code == 422 and "Période : date invalide" in wrong.text and 'role="alert"' in wrong.text
    )


def test_the_e_mail_to_the_oe_is_recorded_when_the_worker_says_it_is_sent(world: World) -> None:
    from datetime import timedelta

    from secretpro.rules import today_in_brussels

    recent = (today_in_brussels() - timedelta(days=100)).isoformat()
    answers = {"in_asylum_procedure": "false", "arrival_date": recent, "aid_type": "medical_costs",
               "nationality": "MA", "visa_issue_date": recent}  # fmt: skip
    client = world.client("worker_a")
    client.post(f"/cases/{world.case_a}/decisions", data={"code": "r1"})
    for _ in range(10):
        page = client.get("/interview/r1")
        if page.status_code == 303:
            break
        fact = re.search(r'name="fact" value="([^"]+)"', page.text)
        assert fact
        client.post("/interview/r1/answer", data={"fact": fact.group(1), "value": answers[fact.group(1)]})
    decision_entry = _entry_of(client.post(f"/cases/{world.case_a}/record/r1"))
    fields = {"beneficiary_name": PERSON_A[0], "national_number": PERSON_A[1], "nationality": "MA",
              "cpas": "CPAS d'Ixelles", "requester_reference": "", "case_reference": "2025/17"}  # fmt: skip
    preview = client.post("/documents/r1/oe-email/preview", data=fields).text
    assert "J'ai envoyé cet e-mail : l'inscrire au dossier" in preview
    sent = client.post("/documents/r1/oe-email/sent", data=fields)
    assert sent.headers["location"].startswith(f"/cases/{world.case_a}?done=document&entry=")
    assert _status(client.get(sent.headers["location"]).text) == "Envoi inscrit au dossier."
    entry = entries_for_case(world.register, world.case_a, decrypt=True)[-1]
    payload = entry.payload or {}
    assert entry.kind == "document_sent" and payload["document_kind"] == "oe-email"
    assert payload["fields"] == [
        "beneficiary_name",
        "national_number",
        "nationality",
        "cpas",
        "case_reference",
    ]
    assert payload["recipient"] == "office_des_etrangers" and payload["follows_decision"] == decision_entry
    assert PERSON_A[0] not in str(payload) and PERSON_A[1] not in str(payload)
    page = client.get(f"/cases/{world.case_a}").text
    assert "Nom du bénéficiaire, Numéro national (ou numéro BIS), Nationalité, CPAS concerné" in page


def _entry_of(response: object) -> str:
    location = getattr(response, "headers", {})["location"]
    found = ENTRY.search(location)
    assert found, location
    return found.group(1)
