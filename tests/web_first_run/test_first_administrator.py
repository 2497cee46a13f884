"""A fresh installation opens with one administrator whose password is shown once."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretpro.register.accounts import authenticate
from secretpro.register.store import Register
from secretpro.web.first_administrator import FIRST_USERNAME, announce, ensure_first_administrator


def test_first_start_creates_one_administrator_and_only_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SECRETPRO_KEY_FILE", str(tmp_path / "key"))
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    password = ensure_first_administrator(url)
    assert password is not None
    assert ensure_first_administrator(url) is None
    with Register.open(url) as register:
        account = authenticate(register, FIRST_USERNAME, password)
        assert account is not None
        assert account.role == "administrator"
    announce(password, "127.0.0.1", 8000)
    shown = capsys.readouterr().err
    assert password in shown
    assert "http://127.0.0.1:8000/login" in shown
    for stored in tmp_path.glob("register.sqlite3*"):
        assert password.encode() not in stored.read_bytes()
