"""Real SMTP on 127.0.0.1: a smarthost (aiosmtpd) that records what it receives, and the relay in
front of it, on free ports; both always stopped. The register is a SQLite file per test (and a
PostgreSQL database with ``scripts/with-postgres.sh``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from relay_testkit import RelayRunner, SinkHandler, Smarthost_, free_port

from secretpro.register import Register, generate_key


@pytest.fixture
def smarthost() -> Iterator[Smarthost_]:
    handler = SinkHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield Smarthost_(handler, port)
    finally:
        controller.stop()


@pytest.fixture
def key() -> str:
    return generate_key()


@pytest.fixture
def open_register(db_url: str, key: str, tmp_path: Path) -> Iterator[Callable[[], Register]]:
    opened: list[Register] = []

    def make() -> Register:
        register = Register.open(db_url, key=key, seal_path=tmp_path / "secretpro.seal")
        opened.append(register)
        return register

    yield make
    for register in opened:
        register.close()


@pytest.fixture
def relays(smarthost: Smarthost_, open_register: Callable[[], Register]) -> Iterator[RelayRunner]:
    runner = RelayRunner(smarthost, open_register)
    try:
        yield runner
    finally:
        runner.stop_all()
