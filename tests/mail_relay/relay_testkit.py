"""Helpers of the mail relay tests (imported by ``conftest.py`` and the tests)."""

from __future__ import annotations

import smtplib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from secretpro.mail_relay.config import RelaySettings, Smarthost
from secretpro.mail_relay.server import MailRelay
from secretpro.register import Register

CPAS = "CPAS de Testville"
SENDER = "assistante@cpas-testville.be"
OE = "enquetes@ibz.fgov.be"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class SinkHandler:
    """Records every message; ``refuse`` makes it answer that code to RCPT instead."""

    received: list[Received] = field(default_factory=list)
    refuse: str | None = None
    arrived: threading.Condition = field(default_factory=threading.Condition)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.refuse:
            return self.refuse
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self.arrived:
            self.received.append(
                Received(envelope.mail_from or "", list(envelope.rcpt_tos), envelope.original_content or b"")
            )
            self.arrived.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.received)} messages at the smarthost, {count} expected")
                self.arrived.wait(left)
            return list(self.received)


@dataclass
class Smarthost_:
    handler: SinkHandler
    port: int


@dataclass
class RelayRunner:
    """Starts relays on free ports and stops every one of them at the end."""

    smarthost: Smarthost_
    open_register: Callable[[], Register]
    relays: list[MailRelay] = field(default_factory=list)

    def start(self, **overrides: Any) -> MailRelay:
        options: dict[str, Any] = {
            "cpas": CPAS,
            "smarthost": Smarthost("127.0.0.1", self.smarthost.port, timeout=5),
            "port": free_port(),
            "review_url": "https://secretpro.cpas-testville.be",
            "notice_from": "relais@cpas-testville.be",
            "outbox_interval": 0.2,
        }
        options.update(overrides)
        relay = MailRelay(RelaySettings(**options), self.open_register())
        relay.start()
        self.relays.append(relay)
        return relay

    def stop(self, relay: MailRelay) -> None:
        if relay in self.relays:
            self.relays.remove(relay)
            relay.stop()

    def stop_all(self) -> None:
        for relay in list(self.relays):
            self.stop(relay)


def send(port: int, data: bytes, *, mail_from: str = SENDER, rcpt_tos: list[str] | None = None) -> None:
    """Send raw bytes through the relay with smtplib; raises what smtplib raises."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail(mail_from, rcpt_tos or [OE], data)


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.05)
