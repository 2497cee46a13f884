"""The command-line functions: verify, user add, purge, CSV export, and ``decide --record``."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest
from register_testdata import PERSON_NAME, PERSON_NN, populate
from sqlalchemy import Engine, text

from secretpro.register import Register, generate_key
from secretpro.register import accounts as A
from secretpro.register import entries as E
from secretpro.register.commands import (
    export_csv_command,
    purge_command,
    record_decision_for_cli,
    user_add_command,
    verify_command,
)
from secretpro.register.errors import InvalidInputError, NotFoundError, RegisterError

DECISION = {
    "rule": "guarantor-inquiry",
    "outcome": "allowed",
    "rules_version": "t",
    "reasons": [{"source": "CVTS"}],
}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, db_url: str, key: str) -> None:
    monkeypatch.setenv("SECRETPRO_DATABASE_URL", db_url)
    monkeypatch.setenv("SECRETPRO_KEY", key)


def test_verify_command(
    env: None, register: Register, raw_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    cpas_id, _, ids = populate(register)
    assert verify_command() == 0
    assert "10 entrées" in capsys.readouterr().out
    with raw_engine.begin() as conn:
        conn.execute(
            text("UPDATE entries SET payload = :p WHERE id = :i"),
            {"p": '{"x":"secret-content"}', "i": ids[4]},
        )
    assert verify_command() == 1
    captured = capsys.readouterr()
    message = captured.err
    assert f"CPAS {cpas_id}" in message and "position 7" in message and ids[4] in message
    assert "secret-content" not in captured.out + captured.err
    assert "Traceback" not in captured.err


def test_verify_command_in_english(env: None, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    populate(register)
    assert verify_command(lang="en") == 0
    assert "Register intact" in capsys.readouterr().out


def test_verify_command_on_unreachable_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SECRETPRO_DATABASE_URL", "postgresql+psycopg://u:hunter2@127.0.0.1:1/none")
    assert verify_command() == 2
    err = capsys.readouterr().err
    assert "hunter2" not in err and "Traceback" not in err and err.strip()


def test_user_add_command(
    env: None, register: Register, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert user_add_command("admin.one", "administrator", "CPAS de Fictiville", password_from_stdin=True) == 0
    assert "admin.one" in capsys.readouterr().out
    account = A.authenticate(register, "admin.one", "a long enough password")
    assert account is not None and account.role == "administrator"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert user_add_command("admin.one", "administrator", "CPAS de Fictiville", password_from_stdin=True) == 2
    assert "déjà pris" in capsys.readouterr().err
    assert user_add_command("x", "king", "CPAS", password_from_stdin=True) == 2


def test_purge_command(env: None, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    populate(register)
    assert purge_command(3650) == 0
    assert "0 dossier" in capsys.readouterr().out
    assert purge_command(0) == 2


def test_export_csv_command(env: None, register: Register, tmp_path: Path) -> None:
    _, (case_id, _), ids = populate(register)
    E.record_request(register, case_id, "incoming", {"requester": '=HYPERLINK("http://x")'})
    plain = tmp_path / "register.csv"
    assert export_csv_command("CPAS de Fictiville", plain) == 0
    text_plain = plain.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text_plain)))
    assert [r["entry_id"] for r in rows if r["kind"] != "case_opened"][:8] == ids
    assert "subject_name" not in rows[0]
    assert PERSON_NN not in text_plain and "Fictivenom" not in text_plain
    assert "[chiffré]" in text_plain

    with_identity = tmp_path / "register-identity.csv"
    assert export_csv_command("CPAS de Fictiville", with_identity, include_identity=True) == 0
    assert stat.S_IMODE(with_identity.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(with_identity.read_text(encoding="utf-8"))))
    assert rows[0]["subject_name"] == PERSON_NAME and rows[0]["national_number"] == PERSON_NN
    assert export_csv_command("CPAS inconnu", tmp_path / "none.csv") == 2


def test_record_decision_for_cli(env: None, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    facts = {"aid_type": "medical_costs", "national_number": PERSON_NN}
    first = record_decision_for_cli(DECISION, facts=facts)
    second = record_decision_for_cli(DECISION, national_number="85.07.30-033.28")
    case_id = E.get_entry(register, first).case_id
    assert E.get_entry(register, second).case_id == case_id
    third = record_decision_for_cli(DECISION, case_ref=case_id)
    assert E.get_entry(register, third).case_id == case_id
    anonymous = record_decision_for_cli(DECISION)
    assert E.get_entry(register, anonymous).case_id != case_id
    with pytest.raises(NotFoundError):
        record_decision_for_cli(DECISION, case_ref="guessed-id")
    with pytest.raises(InvalidInputError):
        record_decision_for_cli({"rule": "x", "outcome": "maybe"})
    other_case = E.get_entry(register, anonymous).case_id
    with pytest.raises(InvalidInputError):
        record_decision_for_cli(DECISION, case_ref=other_case, national_number=PERSON_NN)
    stored = E.get_entry(register, first, decrypt=True).payload
    assert stored is not None and stored["facts"]["national_number"] == PERSON_NN
    assert register.verify().ok
    # With two CPAS, the CLI must be told which one.
    E.ensure_cpas(register, "CPAS voisin")
    with pytest.raises(RegisterError):
        record_decision_for_cli(DECISION)
    monkeypatch.setenv("SECRETPRO_CPAS", "CPAS voisin")
    entry = record_decision_for_cli(DECISION, national_number=PERSON_NN)
    assert E.get_entry(register, entry).case_id != case_id


def test_record_decision_for_cli_wrong_key(
    env: None, register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_decision_for_cli(DECISION)
    monkeypatch.setenv("SECRETPRO_KEY", generate_key())
    with pytest.raises(RegisterError) as caught:
        record_decision_for_cli(DECISION)
    assert "clé" in caught.value.translated()


def test_register_messages_are_translated() -> None:
    """Every French message of the register has a Dutch and an English translation."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    source = Path(__file__).parents[2] / "src" / "secretpro"
    msgids = {m[2] for m in extract_from_dir(str(source / "register"), keywords={"_": None, "N_": None})}
    assert msgids
    for language in ("nl", "en"):
        with (source / "locale" / language / "LC_MESSAGES" / "register.po").open("rb") as handle:
            catalog = read_po(handle)
        translated = {m.id for m in catalog if m.id and m.string}
        assert msgids <= translated, (language, msgids - translated)


def test_opaque_ids_never_start_like_a_spreadsheet_formula() -> None:
    from secretpro.register.models import new_opaque_id

    assert all(new_opaque_id()[0] not in "-_" for _ in range(5000))
