"""Case files through the pages: opening a case, recording an incoming request, an answer and the
interview's decision; the PDF; identifiers encrypted at rest."""

from __future__ import annotations

import io

from security_support import PERSON_A, World

from secretpro.register import entries_for_case

NEW_PERSON = ("Aline Fictive-Martens", "85073003328")  # same number as PERSON_A, other CPAS below
OTHER_NUMBER = "78111510001"


def test_opening_a_case_by_national_number_finds_the_existing_one(world: World) -> None:
    client = world.client("worker_a2")
    response = client.post("/cases", data={"national_number": "85.07.30-033.28", "subject_name": ""})
    assert response.headers["location"] == f"/cases/{world.case_a}"


def test_an_invalid_number_is_refused_without_being_repeated(world: World) -> None:
    client = world.client("worker_a")
    response = client.post("/cases", data={"national_number": "85073003329", "subject_name": "Quelqu'un"})
    assert response.status_code == 422
    assert "invalide" in response.text
    assert response.text.count("85073003329") == 1  # only in the form field given back to the worker


def test_recording_a_request_and_an_answer(world: World) -> None:
    client = world.client("worker_a")
    case = f"/cases/{world.case_a}"
    response = client.post(
        case + "/requests",
        data={"requester": "office_des_etrangers", "requested": ["address", "identity"], "legal_basis": "art. 74/14",
              "received_on": "2025-02-03"},
    )  # fmt: skip
    assert response.status_code == 303
    assert (
        client.post(
            case + "/answers", data={"received_on": "2025-02-10", "summary": "L'OE confirme."}
        ).status_code
        == 303
    )
    page = client.get(case).text
    assert "Demande reçue" in page and "Réponse reçue" in page and "art. 74/14" in page
    assert "L&#39;OE confirme." in page or "L'OE confirme." in page
    kinds = [entry.kind for entry in entries_for_case(world.register, world.case_a)]
    assert kinds == ["request_incoming", "answer_received"]
    assert (
        client.post(case + "/answers", data={"received_on": "2999-01-01", "summary": "x"}).status_code == 422
    )
    assert (
        client.post(case + "/answers", data={"received_on": "2025-01-01", "summary": " "}).status_code == 422
    )


def test_the_interview_decision_goes_into_the_case(world: World) -> None:
    client = world.client("worker_a")
    client.post("/interview/r1/restart")
    client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "true"})
    decision_page = client.get("/interview/r1/decision").text
    assert "Enregistrer au dossier" in decision_page and 'action="/cases/record/r1"' in decision_page
    response = client.post(
        "/cases/record/r1", data={"national_number": OTHER_NUMBER, "subject_name": NEW_PERSON[0]}
    )
    assert response.status_code == 303
    # Back to the case, which confirms the decision (``?done=decision&entry=<its id>``).
    case_id = response.headers["location"].split("?")[0].rsplit("/", 1)[1]
    assert (
        NEW_PERSON[0] not in response.headers["location"] and OTHER_NUMBER not in response.headers["location"]
    )
    entries = entries_for_case(world.register, case_id, decrypt=True)
    assert [entry.kind for entry in entries] == ["decision"]
    payload = entries[0].payload or {}
    assert payload["rule"] == "guarantor-inquiry" and payload["facts"]["in_asylum_procedure"] is True
    page = client.get(f"/cases/{case_id}").text
    assert "Décision" in page and NEW_PERSON[0] in page
    # Recording again for the same number lands in the same case.
    again = client.post("/cases/record/r1", data={"national_number": OTHER_NUMBER})
    assert again.headers["location"].startswith(f"/cases/{case_id}?done=decision&entry=")


def test_the_case_pdf(world: World) -> None:
    from pypdf import PdfReader

    client = world.client("supervisor_a")
    client.post(
        f"/cases/{world.case_a}/answers", data={"received_on": "2025-02-10", "summary": "Réponse de l'OE"}
    )
    response = client.get(f"/cases/{world.case_a}/export.pdf")
    assert response.headers["content-type"] == "application/pdf"
    disposition = response.headers["content-disposition"]
    assert world.case_a in disposition and PERSON_A[0] not in disposition
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert PERSON_A[0] in text and "Réponse reçue" in text and "Réponse de l" in text


def test_the_register_file_holds_no_identity_in_clear(world: World) -> None:
    """A case opened, a request, an answer and a decision recorded through the pages: the SQLite
    files (database and its write-ahead log) contain neither the names nor the numbers."""
    client = world.client("worker_a")
    response = client.post("/cases", data={"national_number": OTHER_NUMBER, "subject_name": NEW_PERSON[0]})
    case = response.headers["location"]
    client.post(
        case + "/answers",
        data={"received_on": "2025-02-10", "summary": f"Concerne {NEW_PERSON[0]} ({OTHER_NUMBER})"},
    )
    client.post("/interview/r1/restart")
    client.post("/interview/r1/answer", data={"fact": "in_asylum_procedure", "value": "true"})
    client.post("/cases/record/r1", data={"national_number": OTHER_NUMBER, "subject_name": NEW_PERSON[0]})
    assert NEW_PERSON[0] in client.get(case).text  # readable through the application…
    files = [world.db_file, world.db_file.with_name(world.db_file.name + "-wal")]
    blob = b"".join(path.read_bytes() for path in files if path.exists())
    assert len(blob) > 10_000
    for secret in (NEW_PERSON[0], OTHER_NUMBER, "78.11.15-100.01", PERSON_A[0], PERSON_A[1]):
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in blob, secret  # …but not in the files


def test_a_typed_legal_basis_is_encrypted_and_redacted_in_what_leaves(world: World) -> None:
    """The legal basis is free text: a worker may paste a name, an address, a phone number into it."""
    basis = "Demande pour Mme Fatima Elidrissi, rue Haute 5, 1000 Bruxelles, tel 0475 12 34 56, art. 74/14"
    worker = world.client("worker_a")
    recorded = worker.post(
        f"/cases/{world.case_a}/requests",
        data={
            "requester": "police",
            "requested": ["address"],
            "legal_basis": basis,
            "received_on": "2025-02-10",
        },
    )
    # The worker is warned of the kinds of personal data found (the URL names kinds, not the text).
    location = recorded.headers["location"]
    assert "typed=" in location and "Elidrissi" not in location and "Haute" not in location
    warned = worker.get(location).text
    assert 'role="alert"' in warned and "données personnelles" in warned
    files = [world.db_file, world.db_file.with_name(world.db_file.name + "-wal")]
    blob = b"".join(path.read_bytes() for path in files if path.exists())
    for secret in ("Elidrissi", "rue Haute", "0475 12 34 56"):
        assert secret.encode() not in blob, secret
    supervisor = world.client("supervisor_a")
    assert "Elidrissi" in supervisor.get(f"/cases/{world.case_a}").text  # the case page reads it back
    export = supervisor.get("/exports/register.csv").text
    assert "Elidrissi" not in export and "rue Haute" not in export
    from pypdf import PdfReader

    pdf = supervisor.get(f"/cases/{world.case_a}/export.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "74/14" in text  # the legal reference stays
    for secret in ("Elidrissi", "rue Haute", "0475 12 34 56"):
        assert secret not in text, secret


def test_a_clean_legal_basis_gives_no_warning(world: World) -> None:
    worker = world.client("worker_a")
    recorded = worker.post(
        f"/cases/{world.case_a}/requests",
        data={
            "requester": "police",
            "requested": ["address"],
            "legal_basis": "art. 46bis/1 CIC",
            "received_on": "2025-02-10",
        },
    )
    assert recorded.headers["location"].startswith(f"/cases/{world.case_a}?done=request&entry=")
    assert "typed=" not in recorded.headers["location"]
