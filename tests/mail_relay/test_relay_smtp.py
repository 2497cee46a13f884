"""End to end with real SMTP: smtplib → the relay → an aiosmtpd smarthost, on 127.0.0.1."""

from __future__ import annotations

import smtplib
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from mail_messages import (
    CLEAN_FR,
    CLEAN_NL,
    FORBIDDEN_FR,
    FORBIDDEN_NL,
    R1_FR,
    R1_SUBJECT_FR,
    docx_bytes,
    message,
    pdf_bytes,
    with_attachment,
)
from relay_testkit import OE, SENDER, RelayRunner, Smarthost_, send, wait_until

from secretpro.mail_relay import holding, scanning
from secretpro.mail_relay.server import MailRelay
from secretpro.register import entries_for_case


def _held(relay: MailRelay) -> list[holding.HeldSummary]:
    return holding.list_held(relay.register, relay.cpas_id)


def _parsed(data: bytes) -> EmailMessage:
    parsed = message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _notice_text(smarthost: Smarthost_, index: int = 0) -> str:
    received = smarthost.handler.wait_for(index + 1)[index]
    assert received.rcpt_tos == [SENDER]
    assert received.mail_from == "<>"  # a notice never bounces back
    body = _parsed(received.data).get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_clean_french_message_is_forwarded_byte_for_byte(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start()
    data = message(CLEAN_FR, html=f"<p>{CLEAN_FR}</p>").as_bytes()
    send(relay.settings.port, data)
    [received] = smarthost.handler.wait_for(1)
    assert received.data == data
    assert received.rcpt_tos == [OE] and received.mail_from == SENDER
    assert _held(relay) == []


def test_a_clean_dutch_message_with_a_clean_pdf_and_docx_is_forwarded_unchanged(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start()
    msg = message(CLEAN_NL, subject="Uw brief van 3 maart")
    with_attachment(msg, pdf_bytes(CLEAN_NL), "application", "pdf", "antwoord.pdf")
    with_attachment(
        msg,
        docx_bytes(CLEAN_NL),
        "application",
        "vnd.openxmlformats-officedocument.wordprocessingml.document",
        "antwoord.docx",
    )
    data = msg.as_bytes()
    send(relay.settings.port, data)
    assert smarthost.handler.wait_for(1)[0].data == data


def test_the_guarantor_inquiry_e_mail_passes_under_its_profile(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start()
    data = message(R1_FR, subject=R1_SUBJECT_FR).as_bytes()
    send(relay.settings.port, data)
    assert smarthost.handler.wait_for(1)[0].data == data
    # The same four fields in any other message are forbidden (strict profile).
    send(relay.settings.port, message(R1_FR, subject="Question").as_bytes())
    wait_until(lambda: len(_held(relay)) == 1)
    assert "NATIONAL_NUMBER" in _held(relay)[0].categories


def test_a_dutch_message_with_forbidden_data_is_held_and_the_sender_told_in_dutch(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start()
    send(relay.settings.port, message(FORBIDDEN_NL, subject="Uw brief").as_bytes())
    [held] = _held(relay)
    assert held.status == "held" and held.language == "nl"
    assert {"ADDRESS", "HEALTH", "ADMIN_STATUS"} <= set(held.categories)
    text = _notice_text(smarthost)
    assert "Adres" in text and "de tekst van het bericht" in text
    assert f"https://secretpro.cpas-testville.be/mail/held/{held.id}" in text
    assert "Kerkstraat" not in text  # the notice names categories, never the values
    # Nothing reached the OE; the register holds the entry, and the chain verifies.
    assert all(r.rcpt_tos == [SENDER] for r in smarthost.handler.received)
    case_id = holding.mail_case(relay.register, relay.cpas_id)
    kinds = [e.kind for e in entries_for_case(relay.register, case_id)]
    assert kinds == ["mail_held"]
    assert relay.register.verify().ok


def test_multipart_alternative_is_held_for_data_only_in_its_html(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start()
    html = "<p>Madame,</p><p>Elle habite <b>rue Haute 123, 1000 Bruxelles</b>.</p><img alt='dossier' src='x'>"
    send(relay.settings.port, message(CLEAN_FR, html=html).as_bytes())
    [held] = _held(relay)
    detail = holding.get_held(relay.register, held.id, cpas_id=relay.cpas_id)
    [part] = [p for p in detail.scan.parts if p.holds]
    assert part.location == "html" and part.blocked[0].category == "ADDRESS"
    assert "le texte du message (HTML)" in _notice_text(smarthost)


def test_an_rfc_2047_encoded_subject_is_decoded_and_read(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start()
    data = message(CLEAN_FR, subject="Suivi : personne diabétique, séjour irrégulier").as_bytes()
    assert b"=?utf-8?" in data  # the subject travels encoded
    send(relay.settings.port, data)
    [held] = _held(relay)
    detail = holding.get_held(relay.register, held.id, cpas_id=relay.cpas_id)
    assert [p.location for p in detail.scan.parts if p.holds] == ["subject"]
    assert {"HEALTH", "ADMIN_STATUS"} <= set(held.categories)
    assert "l'objet du message" in _notice_text(smarthost)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_forbidden_data_in_an_attachment_holds_the_message(
    relays: RelayRunner, smarthost: Smarthost_, kind: str
) -> None:
    relay = relays.start()
    msg = message(CLEAN_FR)
    if kind == "pdf":
        with_attachment(msg, pdf_bytes(FORBIDDEN_FR), "application", "pdf", "rapport.pdf")
    else:
        subtype = "vnd.openxmlformats-officedocument.wordprocessingml.document"
        with_attachment(msg, docx_bytes(FORBIDDEN_FR), "application", subtype, "rapport.docx")
    send(relay.settings.port, msg.as_bytes())
    [held] = _held(relay)
    assert held.categories == ("HEALTH",)
    assert "la pièce jointe n° 1" in _notice_text(smarthost)


def test_an_attachment_the_relay_cannot_read_is_held(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start()
    msg = message(CLEAN_FR)
    with_attachment(msg, b"\x89PNG\r\n\x1a\n" + bytes(200), "image", "png", "scan.png")
    with_attachment(msg, b"%PDF-1.4 broken", "application", "pdf", "casse.pdf")
    send(relay.settings.port, msg.as_bytes())
    [held] = _held(relay)
    assert held.categories == ("UNREADABLE",)
    text = _notice_text(smarthost)
    assert "format que le relais ne sait pas lire" in text and "PDF illisible" in text


def test_a_guard_crash_holds_the_message(
    relays: RelayRunner, smarthost: Smarthost_, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, profile: str = "strict") -> None:
        raise RuntimeError("guard failure")

    monkeypatch.setattr(scanning, "scan", broken)
    relay = relays.start()
    send(relay.settings.port, message(CLEAN_FR).as_bytes())
    [held] = _held(relay)
    assert held.categories == ("UNREADABLE",)
    assert "l'analyse a échoué" in _notice_text(smarthost)


def test_mail_to_unwatched_domains_is_not_read(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start()
    data = message(FORBIDDEN_FR, to="collegue@cpas-testville.be").as_bytes()
    send(relay.settings.port, data, rcpt_tos=["collegue@cpas-testville.be"])
    assert smarthost.handler.wait_for(1)[0].data == data
    # A subdomain of a watched domain is watched.
    send(relay.settings.port, message(FORBIDDEN_FR).as_bytes(), rcpt_tos=["x@dofi.ibz.fgov.be"])
    wait_until(lambda: len(_held(relay)) == 1)


def test_a_refusing_smarthost_refuses_the_message(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start()
    smarthost.handler.refuse = "550 5.1.1 No such user"
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(relay.settings.port, message(CLEAN_FR).as_bytes())
    assert refused.value.smtp_code == 550 and b"No such user" in refused.value.smtp_error
    smarthost.handler.refuse = "450 4.2.1 Mailbox busy"
    with pytest.raises(smtplib.SMTPDataError) as later:
        send(relay.settings.port, message(CLEAN_FR).as_bytes())
    assert later.value.smtp_code == 451


def test_a_smarthost_down_is_a_temporary_failure(relays: RelayRunner) -> None:
    from relay_testkit import free_port

    from secretpro.mail_relay.config import Smarthost

    relay = relays.start(smarthost=Smarthost("127.0.0.1", free_port(), timeout=2))
    with pytest.raises(smtplib.SMTPDataError) as failed:
        send(relay.settings.port, message(CLEAN_FR).as_bytes())
    assert failed.value.smtp_code == 451 and b"try again later" in failed.value.smtp_error


def test_malformed_and_oversized_messages_get_a_clear_5xx(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start(max_message_bytes=50_000)
    broken = (
        b"From: " + SENDER.encode() + b"\r\nTo: " + OE.encode() + b"\r\nSubject: x\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n'
        b"no boundary ever starts here\r\n"
    )
    with pytest.raises(smtplib.SMTPDataError) as malformed:
        send(relay.settings.port, broken)
    assert malformed.value.smtp_code == 554 and b"Malformed" in malformed.value.smtp_error
    big = message(CLEAN_FR * 400).as_bytes()
    assert len(big) > 50_000
    with pytest.raises(smtplib.SMTPException) as too_big:
        send(relay.settings.port, big)
    assert isinstance(too_big.value, smtplib.SMTPResponseException)
    assert too_big.value.smtp_code == 552 and b"too big" in too_big.value.smtp_error
    assert smarthost.handler.received == []


def test_held_messages_survive_a_restart_and_a_release_sends_the_original_bytes(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start()
    data = message(FORBIDDEN_FR).as_bytes()
    send(relay.settings.port, data)
    smarthost.handler.wait_for(1)  # the notice
    relays.stop(relay)

    restarted = relays.start()
    [held] = _held(restarted)
    detail = holding.get_held(restarted.register, held.id, cpas_id=restarted.cpas_id)
    assert detail.data == data and detail.envelope.rcpt_tos == (OE,)
    holding.decide_held(
        restarted.register,
        held.id,
        "release",
        cpas_id=restarted.cpas_id,
        author_id=None,
        reason="Accord écrit de la personne (invented)",
    )
    restarted.outbox.wake()
    released = smarthost.handler.wait_for(2)[1]
    assert released.data == data and released.rcpt_tos == [OE] and released.mail_from == SENDER
    wait_until(lambda: _held(restarted)[0].delivered_at is not None)
    case_id = holding.mail_case(restarted.register, restarted.cpas_id)
    entries = entries_for_case(restarted.register, case_id, decrypt=True)
    assert [e.kind for e in entries] == ["mail_held", "mail_released"]
    assert entries[1].payload is not None and entries[1].payload["note"].startswith("Accord écrit")
    assert restarted.register.verify().ok


def test_return_and_replace(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start()
    send(relay.settings.port, message(FORBIDDEN_FR).as_bytes())
    send(relay.settings.port, message(FORBIDDEN_NL, subject="Uw brief").as_bytes())
    smarthost.handler.wait_for(2)
    first, second = sorted(_held(relay), key=lambda h: h.language)  # fr, nl
    holding.decide_held(relay.register, first.id, "return", cpas_id=relay.cpas_id, author_id=None)
    holding.decide_held(relay.register, second.id, "replace", cpas_id=relay.cpas_id, author_id=None)
    relay.outbox.wake()
    received = smarthost.handler.wait_for(5)
    returned = [r for r in received[2:] if r.rcpt_tos == [SENDER] and b"message/rfc822" in r.data]
    assert len(returned) == 1
    [refusal] = [r for r in received[2:] if r.rcpt_tos == [OE]]
    reply = _parsed(refusal.data)
    assert reply["In-Reply-To"] == "<demande-42@ibz.fgov.be>"
    assert reply["Content-Language"] == "nl"
    body = reply.get_body(("plain",))
    assert body is not None and "beroepsgeheim" in str(body.get_content())
    assert b"Kerkstraat" not in refusal.data
    with pytest.raises(holding.ConflictError):
        holding.decide_held(relay.register, first.id, "release", cpas_id=relay.cpas_id, author_id=None)
