"""The review page: a supervisor sees the held message with its findings marked and decides; the
relay's outbox sends what was decided. Real SMTP for the message, the web app in process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from mail_messages import FORBIDDEN_NL, message
from relay_testkit import CPAS, OE, RelayRunner, Smarthost_, send, wait_until

from accounts_testing import logged_in_client
from secretpro.mail_relay import holding
from secretpro.mail_relay.server import MailRelay
from secretpro.register import Role, entries_for_case
from secretpro.web.app import create_app
from secretpro.web.settings import WebSettings


@pytest.fixture
def relay(relays: RelayRunner) -> MailRelay:
    return relays.start()


@pytest.fixture
def app(relay: MailRelay) -> FastAPI:
    application = create_app(WebSettings(secret_key="test-secret"))
    application.state.register = relay.register
    return application


@pytest.fixture
def chief(app: FastAPI) -> Iterator[TestClient]:
    with logged_in_client(app, "chef", role=Role.SUPERVISOR, cpas=CPAS) as client:
        yield client


def _hold_one(relay: MailRelay, smarthost: Smarthost_) -> str:
    send(relay.settings.port, message(FORBIDDEN_NL, subject="Uw brief").as_bytes())
    smarthost.handler.wait_for(1)  # the notice
    [held] = holding.list_held(relay.register, relay.cpas_id)
    return held.id


def test_a_supervisor_sees_the_findings_and_releases_with_a_reason(
    relay: MailRelay, smarthost: Smarthost_, chief: TestClient
) -> None:
    held_id = _hold_one(relay, smarthost)
    listing = chief.get("/mail/held")
    assert listing.status_code == 200 and f"/mail/held/{held_id}" in listing.text
    page = chief.get(f"/mail/held/{held_id}")
    assert page.status_code == 200
    assert '<mark class="blocked" title="Adresse">Kerkstraat 5, 9000 Gent' in page.text
    assert "zwanger" in page.text and OE in page.text

    no_reason = chief.post(f"/mail/held/{held_id}/release", data={"reason": "  "}, follow_redirects=False)
    assert no_reason.status_code == 422
    done = chief.post(
        f"/mail/held/{held_id}/release",
        data={"reason": "Consentement écrit de la personne au dossier"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    released = smarthost.handler.wait_for(2)[1]
    assert released.rcpt_tos == [OE] and b"Kerkstraat" in released.data
    wait_until(lambda: holding.list_held(relay.register, relay.cpas_id)[0].delivered_at is not None)
    again = chief.post(f"/mail/held/{held_id}/return", follow_redirects=False)
    assert again.status_code == 409
    entries = entries_for_case(relay.register, holding.mail_case(relay.register, relay.cpas_id))
    assert [e.kind for e in entries] == ["mail_held", "mail_released"]
    assert entries[1].author_id is not None


def test_the_page_is_in_dutch_for_a_dutch_speaking_supervisor(
    relay: MailRelay, smarthost: Smarthost_, chief: TestClient
) -> None:
    held_id = _hold_one(relay, smarthost)
    chief.cookies.set("lang", "nl")
    page = chief.get(f"/mail/held/{held_id}")
    assert "Tegengehouden bericht" in page.text and "Het bericht ongewijzigd vrijgeven" in page.text
    assert 'title="Adres">Kerkstraat 5, 9000 Gent' in page.text


def test_only_supervisors_of_the_cpas_see_held_messages(
    relay: MailRelay, smarthost: Smarthost_, app: FastAPI
) -> None:
    held_id = _hold_one(relay, smarthost)
    with logged_in_client(app, "werker", role=Role.SOCIAL_WORKER, cpas=CPAS) as worker:
        assert worker.get(f"/mail/held/{held_id}").status_code == 403
        assert worker.post(f"/mail/held/{held_id}/return").status_code == 403
    with logged_in_client(app, "autre", role=Role.SUPERVISOR, cpas="CPAS d'Ailleurs") as other:
        assert other.get(f"/mail/held/{held_id}").status_code == 404
        assert other.post(f"/mail/held/{held_id}/return").status_code == 404
    with logged_in_client(app, "chef2", role=Role.SUPERVISOR, cpas=CPAS) as chief:
        chief.headers.pop("x-csrf-token")
        assert chief.post(f"/mail/held/{held_id}/return").status_code == 403  # no CSRF token
    assert holding.list_held(relay.register, relay.cpas_id)[0].status == "held"
