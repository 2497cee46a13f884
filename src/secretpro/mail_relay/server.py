"""``secretpro mail-relay``: the SMTP relay between the CPAS's mail server and its smarthost.

For each message (aiosmtpd, one asyncio loop in its own thread):

* no recipient in a watched domain → forwarded as received, unread;
* otherwise the guard reads every part (``scanning``): clean → forwarded unchanged (the bytes as
  received, in one transaction to the smarthost; any recipient refused there refuses the whole
  message with the smarthost's code, so nothing is half-delivered in silence); forbidden data or a
  part it cannot read, or the guard failing → **held**: stored encrypted in the register with its
  ``mail_held`` entry (``holding``), and answered 250; the sender's notice follows from the outbox.

Failures are safe: the smarthost unreachable or answering 4xx → ``451`` (the sender's server
retries later); the register unreachable while holding → ``451``; a malformed MIME structure →
``554 5.6.0``; a message over the size limit → ``552 5.3.4``. Nothing is ever dropped in silence.

The outbox (a thread) sends what is due from the register: the notice to the sender of each held
message, then what a supervisor decided on the review page (the original bytes released to their
recipients, the message returned to its sender, the R3 refusal letter in place of the reply). It
marks each once the smarthost accepted it, so it survives restarts (a crash between the smarthost's
acceptance and the mark sends it again: at least once, never lost).

SMTP replies are protocol text, in English and ASCII as the protocol expects; what people read (the
notice, the review page) is translated.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import threading
from collections.abc import Sequence
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from types import TracebackType
from typing import Any, AnyStr

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from secretpro.register import Register, ensure_cpas

from . import holding, notices
from .config import RelaySettings, Smarthost, is_watched
from .scanning import (
    SCAN_FAILED,
    STRICT,
    MalformedMessage,
    MessageScan,
    PartReport,
    parse_message,
    scan_message,
)

_log = logging.getLogger(__name__)

REPLY_HELD = "250 2.0.0 Held for review by the CPAS (forbidden data found); the sender is notified"
REPLY_MALFORMED = "554 5.6.0 Malformed message: its MIME structure cannot be read reliably; not relayed"
REPLY_TOO_BIG = "552 5.3.4 Message too big for the CPAS mail relay (maximum {limit} bytes); not relayed"
REPLY_SMARTHOST_DOWN = "451 4.4.1 Smarthost unreachable; message not relayed, try again later"
REPLY_REGISTER_DOWN = "451 4.3.0 Message could not be held safely; try again later"


class DeliveryError(Exception):
    """The smarthost did not take the message: ``code`` is its reply code, 0 when unreachable."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(code, text)
        self.code = code
        self.text = text

    @property
    def temporary(self) -> bool:
        return not 500 <= self.code < 600


def deliver(smarthost: Smarthost, mail_from: str, rcpt_tos: Sequence[str], data: bytes) -> None:
    """One SMTP transaction on the smarthost: every recipient accepted, or none (``RSET``)."""
    try:
        with smtplib.SMTP(smarthost.host, smarthost.port, timeout=smarthost.timeout) as client:
            client.ehlo_or_helo_if_needed()
            if smarthost.starttls:
                client.starttls(context=smarthost.tls_context)
                client.ehlo()
            if smarthost.username:
                client.login(smarthost.username, smarthost.password or "")
            code, reply = client.mail(mail_from)
            if code != 250:
                raise DeliveryError(code, reply.decode("utf-8", "replace"))
            for recipient in rcpt_tos:
                code, reply = client.rcpt(recipient)
                if code not in (250, 251):
                    client.rset()
                    raise DeliveryError(code, reply.decode("utf-8", "replace"))
            code, reply = client.data(data)
            if code != 250:
                raise DeliveryError(code, reply.decode("utf-8", "replace"))
    except DeliveryError:
        raise
    except smtplib.SMTPResponseException as error:
        raise DeliveryError(error.smtp_code, str(error.smtp_error)) from None
    except (OSError, smtplib.SMTPException) as error:
        raise DeliveryError(0, type(error).__name__) from None


def _reply_for(error: DeliveryError) -> str:
    if error.code == 0:
        return REPLY_SMARTHOST_DOWN
    text = " ".join(error.text.split())[:200].encode("ascii", "replace").decode("ascii")
    if error.temporary:
        return f"451 4.4.0 Smarthost answered {error.code}: {text}"
    return f"{error.code} 5.0.0 Smarthost refused the message: {text}"


def crashed_scan() -> MessageScan:
    return MessageScan(STRICT, "fr", (PartReport("body", 0, "", STRICT, "", (), SCAN_FAILED),))


class RelayHandler:
    """The aiosmtpd handler: decides, for each message, forward or hold."""

    def __init__(self, settings: RelaySettings, register: Register, cpas_id: int, outbox: Outbox) -> None:
        self.settings = settings
        self.register = register
        self.cpas_id = cpas_id
        self.outbox = outbox

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        mail_from = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        rcpt_tos = tuple(envelope.rcpt_tos)
        if not any(is_watched(r, self.settings.watched_domains) for r in rcpt_tos):
            return await self._forward(mail_from, rcpt_tos, data)
        try:
            message = parse_message(data)
        except MalformedMessage:
            return REPLY_MALFORMED
        try:
            scan = await asyncio.to_thread(scan_message, message, self.settings.max_scan_chars)
        except Exception:  # the guard failing on a message holds it: it never leaves unread
            _log.exception("mail relay: the scan failed; the message is held")
            scan = crashed_scan()
        if not scan.held:
            return await self._forward(mail_from, rcpt_tos, data)
        envelope_kept = holding.Envelope(mail_from, rcpt_tos)
        try:
            held_id = await asyncio.to_thread(
                holding.hold, self.register, self.cpas_id, envelope_kept, data, scan
            )
        except Exception:
            _log.exception("mail relay: a message could not be stored; answered 451")
            return REPLY_REGISTER_DOWN
        _log.info("mail relay: held %s (%s, %d bytes)", held_id, ",".join(scan.categories), len(data))
        self.outbox.wake()
        return REPLY_HELD

    async def _forward(self, mail_from: str, rcpt_tos: tuple[str, ...], data: bytes) -> str:
        try:
            await asyncio.to_thread(deliver, self.settings.smarthost, mail_from, rcpt_tos, data)
        except DeliveryError as error:
            _log.warning("mail relay: smarthost did not take a message (code %s)", error.code or "none")
            return _reply_for(error)
        return "250 2.0.0 Relayed"

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        users = self.settings.auth_users or {}
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        from argon2 import PasswordHasher
        from argon2.exceptions import Argon2Error, InvalidHashError

        user = auth_data.login.decode("utf-8", "replace")
        hashed = users.get(user)
        if hashed is None:
            return AuthResult(success=False, handled=False)
        try:
            PasswordHasher().verify(hashed, auth_data.password.decode("utf-8", "replace"))
        except (Argon2Error, InvalidHashError):
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True)


class _RelaySMTP(SMTP):
    """aiosmtpd's server with a clearer size refusal."""

    relay_limit = 0

    async def push(self, status: AnyStr) -> None:
        if isinstance(status, str) and status.startswith("552 Error"):
            await super().push(REPLY_TOO_BIG.format(limit=self.relay_limit))
            return
        await super().push(status)


class _RelayController(Controller):
    def factory(self) -> SMTP:
        server = _RelaySMTP(self.handler, **self.SMTP_kwargs)
        server.relay_limit = int(self.SMTP_kwargs.get("data_size_limit") or 0)
        return server


class Outbox(threading.Thread):
    """Sends what the register says is due (notices, decisions); see the module's docstring."""

    def __init__(self, settings: RelaySettings, register: Register, cpas_id: int) -> None:
        super().__init__(name="secretpro-mail-outbox", daemon=True)
        self.settings = settings
        self.register = register
        self.cpas_id = cpas_id
        self._stop_event = threading.Event()
        self._wake = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop_event.set()
        self._wake.set()

    def run(self) -> None:
        while not self._stop_event.is_set():
            try:
                self.run_once()
            except Exception:  # the register or the smarthost away: try again at the next turn
                _log.exception("mail relay outbox: a turn failed")
            self._wake.wait(self.settings.outbox_interval)
            self._wake.clear()

    def run_once(self) -> int:
        """Send what is due; returns how many items were sent."""
        sent = 0
        for detail in holding.notices_due(self.register, self.cpas_id):
            if self._send_notice(detail):
                sent += 1
        for detail in holding.deliveries_due(self.register, self.cpas_id):
            if self._send_decision(detail):
                sent += 1
        return sent

    def _send(self, message: EmailMessage, mail_from: str, rcpt_tos: Sequence[str]) -> bool:
        try:
            deliver(self.settings.smarthost, mail_from, rcpt_tos, message.as_bytes(policy=SMTP_POLICY))
        except DeliveryError as error:
            _log.warning(
                "mail relay outbox: smarthost did not take a message (code %s)", error.code or "none"
            )
            return False
        return True

    def _send_notice(self, detail: holding.HeldDetail) -> bool:
        summary = detail.summary
        if not detail.envelope.mail_from:
            holding.mark(self.register, summary.id, "notice_sent_at")  # a bounce: nobody to tell
            return False
        notice = notices.held_notice(
            notice_from=self.settings.notice_from,
            mail_from=detail.envelope.mail_from,
            rcpt_tos=detail.envelope.rcpt_tos,
            held_id=summary.id,
            received=summary.received_at.date(),
            scan=detail.scan,
            review_url=self.settings.review_url,
        )
        # Null reverse-path: a notice that cannot be delivered must not bounce back and forth.
        if not self._send(notice, "", [detail.envelope.mail_from]):
            return False
        holding.mark(self.register, summary.id, "notice_sent_at")
        return True

    def _send_decision(self, detail: holding.HeldDetail) -> bool:
        summary, envelope = detail.summary, detail.envelope
        status = summary.status
        if status == "released":
            try:
                deliver(self.settings.smarthost, envelope.mail_from, envelope.rcpt_tos, detail.data)
            except DeliveryError as error:
                if error.temporary:
                    return False
                _log.warning("mail relay outbox: a released message was refused (code %s)", error.code)
        elif status == "returned" and envelope.mail_from:
            message = notices.returned_notice(
                notice_from=self.settings.notice_from,
                mail_from=envelope.mail_from,
                original=detail.data,
                language_code=summary.language,
            )
            if not self._send(message, "", [envelope.mail_from]):
                return False
        elif status == "replaced":
            original = parse_message(detail.data)
            reply = notices.refusal_reply(
                mail_from=envelope.mail_from,
                rcpt_tos=envelope.rcpt_tos,
                in_reply_to=_header(original, "In-Reply-To"),
                references=_header(original, "References"),
                language_code=summary.language,
                cpas=holding.cpas_name(self.register, self.cpas_id),
                day=date.today(),
            )
            if not self._send(reply, envelope.mail_from, envelope.rcpt_tos):
                return False
            if envelope.mail_from:
                self._send(
                    notices.replaced_notice(
                        notice_from=self.settings.notice_from,
                        mail_from=envelope.mail_from,
                        language_code=summary.language,
                    ),
                    "",
                    [envelope.mail_from],
                )
        holding.mark(self.register, summary.id, "delivered_at")
        return True


def _header(message: EmailMessage, name: str) -> str | None:
    value = message.get(name)
    return " ".join(str(value).split()) if value else None


class MailRelay:
    """The relay and its outbox; ``start()``/``stop()`` or a ``with`` block."""

    def __init__(self, settings: RelaySettings, register: Register) -> None:
        self.settings = settings
        self.register = register
        self.cpas_id = ensure_cpas(register, settings.cpas)
        self.outbox = Outbox(settings, register, self.cpas_id)
        self.handler = RelayHandler(settings, register, self.cpas_id, self.outbox)
        kwargs: dict[str, Any] = {
            "data_size_limit": settings.max_message_bytes,
            "enable_SMTPUTF8": True,
            "ident": "secretpro mail relay",
        }
        if settings.tls_context is not None:
            kwargs["tls_context"] = settings.tls_context
            kwargs["require_starttls"] = settings.require_starttls
        if settings.auth_users is not None:
            kwargs["authenticator"] = self.handler.authenticate
            kwargs["auth_required"] = True
            kwargs["auth_require_tls"] = settings.tls_context is not None
        self.controller = _RelayController(self.handler, hostname=settings.host, port=settings.port, **kwargs)

    def start(self) -> None:
        self.controller.start()
        self.outbox.start()

    def stop(self) -> None:
        self.outbox.stop()
        self.controller.stop()
        self.outbox.join(timeout=10)

    def __enter__(self) -> MailRelay:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
