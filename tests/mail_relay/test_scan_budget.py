"""The relay reads at most ``max_scan_chars`` characters of text in one message: a part beyond that
budget is not read, and the message is held for review, never passed half-read. A hostile text made
to be slow (one health phrase repeated over megabytes) can then hold a relay worker for seconds, not
minutes."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mail_messages import CLEAN_FR, FORBIDDEN_FR, message, with_attachment
from relay_testkit import RelayRunner, Smarthost_, send
from typer.testing import CliRunner

from secretpro.cli import app
from secretpro.mail_relay import holding, scanning
from secretpro.mail_relay.config import DEFAULT_MAX_SCAN_CHARS, RelaySettings, Smarthost
from secretpro.mail_relay.scanning import TOO_LONG, _Piece, _within_budget, scan_message


def _long_clean(size: int) -> str:
    return (CLEAN_FR * (size // len(CLEAN_FR) + 1))[:size]


def _with_text_attachment(body: str, attachment: str) -> EmailMessage:
    return with_attachment(message(body), attachment.encode("utf-8"), "text", "plain", "note.txt")


def test_the_default_budget_is_the_settings_default() -> None:
    settings = RelaySettings(cpas="CPAS de Testville", smarthost=Smarthost("127.0.0.1"))
    assert settings.max_scan_chars == DEFAULT_MAX_SCAN_CHARS == 1_000_000


def test_a_part_beyond_the_budget_is_not_read_and_holds_the_message() -> None:
    msg = _with_text_attachment(FORBIDDEN_FR, _long_clean(5_000))
    scan = scan_message(msg, max_chars=3_000)
    attachment = next(p for p in scan.parts if p.location == "attachment")
    body = next(p for p in scan.parts if p.location == "body")
    assert attachment.problem == TOO_LONG and attachment.text == "" and attachment.findings == ()
    # what fits is still read: the reviewer sees the body's health findings
    assert body.problem is None and any(f.category == "HEALTH" for f in body.blocked)
    assert scan.held and "UNREADABLE" in scan.categories


def test_the_same_message_within_the_budget_is_read_whole() -> None:
    msg = _with_text_attachment(CLEAN_FR, _long_clean(5_000))
    scan = scan_message(msg, max_chars=20_000)
    assert all(part.problem is None for part in scan.parts)
    assert not scan.held


def test_the_guard_never_reads_more_than_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    real_scan = scanning.scan

    def counting(text: str, profile: str = "strict") -> object:
        read.append(len(text))
        return real_scan(text, profile)

    monkeypatch.setattr(scanning, "scan", counting)
    hostile = "il a mal " * 150_000  # 1.35 million characters, every clause a health finding
    scan = scan_message(_with_text_attachment(CLEAN_FR, hostile))
    assert sum(read) <= DEFAULT_MAX_SCAN_CHARS
    assert max(read) < 10_000  # the subject, the body and the file name, not the hostile text
    assert scan.held


@given(
    st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=60)), max_size=12),
    st.integers(min_value=0, max_value=200),
)
def test_the_budget_over_any_parts(lengths: list[int | None], budget: int) -> None:
    pieces = [
        _Piece("attachment", i, "", None if n is None else "x" * n, None if n is not None else "format")
        for i, n in enumerate(lengths)
    ]
    kept = list(_within_budget(pieces, budget))
    assert [p.index for p in kept] == [p.index for p in pieces]  # every part reported, in order
    assert sum(len(p.text or "") for p in kept) <= budget
    remaining = budget
    for before, after in zip(pieces, kept, strict=True):
        if before.text is None:
            assert after == before  # an unreadable part keeps its own problem
        elif len(before.text) <= remaining:
            assert after == before
            remaining -= len(before.text)
        else:
            assert after.text is None and after.problem == TOO_LONG


def test_over_smtp_a_message_beyond_the_budget_is_held_and_the_sender_told(
    relays: RelayRunner, smarthost: Smarthost_
) -> None:
    relay = relays.start(max_scan_chars=3_000)
    send(relay.settings.port, _with_text_attachment(CLEAN_FR, _long_clean(5_000)).as_bytes())
    [held] = holding.list_held(relay.register, relay.cpas_id)
    assert held.categories == ("UNREADABLE",)
    [notice] = smarthost.handler.wait_for(1)
    body = message_from_bytes(notice.data, policy=policy.default).get_body(("plain",))
    assert body is not None and "trop de texte pour que le relais le lise en entier" in body.get_content()


def test_over_smtp_a_message_within_the_budget_passes(relays: RelayRunner, smarthost: Smarthost_) -> None:
    relay = relays.start(max_scan_chars=20_000)
    data = _with_text_attachment(CLEAN_FR, _long_clean(5_000)).as_bytes()
    send(relay.settings.port, data)
    [received] = smarthost.handler.wait_for(1)
    assert received.data == data
    assert holding.list_held(relay.register, relay.cpas_id) == []


def test_the_cli_refuses_a_budget_too_small_with_a_message_naming_the_option() -> None:
    result = CliRunner().invoke(
        app,
        ["mail-relay", "--cpas", "CPAS de Testville", "--smarthost", "127.0.0.1", "--max-scan-chars", "10"],
    )
    assert result.exit_code == 2
    assert "--max-scan-chars" in result.output
    assert "Traceback" not in result.output
