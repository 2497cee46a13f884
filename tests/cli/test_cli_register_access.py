"""Key, permission and database problems: one line naming the file, exit 2, and nothing created
before the refusal (no key file, no folder, no database)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from secretpro import startup_checks
from secretpro.startup_checks import AccessError, explain, preflight


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secretpro.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def files_under(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SECRETPRO_")}
    return {**clean, "XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}


@pytest.fixture
def existing(env: dict[str, str], tmp_path: Path) -> Path:
    """A register with one user: the SQLite file and its key file in the data folder."""
    result = run(
        env, "user", "add", "bob", "--password-stdin", stdin="une phrase de passe vraiment longue 7\n"
    )
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "xdg" / "secretpro"
    assert (folder / "secretpro.key").exists()
    return folder


def assert_one_line(result: subprocess.CompletedProcess[str], where: str, words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"secretpro: error: {where}: "), lines[0]
    assert words in lines[0]
    assert "Traceback" not in result.stderr


COMMANDS = [("register", "verify"), ("register", "export", "CPAS", "-"), ("serve", "--port", "1")]


@pytest.mark.parametrize("command", [("register", "verify"), ("register", "purge", "--older-than", "30")])
def test_reading_a_missing_register_creates_nothing(
    env: dict[str, str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    before = files_under(tmp_path)
    result = run(env, *command)
    assert_one_line(result, str(tmp_path / "xdg" / "secretpro" / "secretpro.sqlite3"), "registre introuvable")
    assert files_under(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_key_file_is_not_created_for_an_existing_register(
    env: dict[str, str], existing: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    key_file = tmp_path / "elsewhere" / "deeper" / "secretpro.key"
    before = files_under(tmp_path)
    result = run({**env, "SECRETPRO_KEY_FILE": str(key_file)}, *command)
    assert_one_line(result, str(key_file), "fichier de clé introuvable")
    assert files_under(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_wrong_key(env: dict[str, str], existing: Path, command: tuple[str, ...]) -> None:
    other = base64.b64encode(os.urandom(32)).decode()
    assert_one_line(run({**env, "SECRETPRO_KEY": other}, *command), "SECRETPRO_KEY", "ne correspond pas")
    assert_one_line(run({**env, "SECRETPRO_KEY": "pas une clé"}, *command), "SECRETPRO_KEY", "base64")


def test_a_key_file_readable_by_others(env: dict[str, str], existing: Path) -> None:
    key_file = existing / "secretpro.key"
    key_file.chmod(0o644)
    assert_one_line(run(env, "serve", "--port", "1"), str(key_file), "chmod 600")


def test_a_database_that_is_not_one(env: dict[str, str], existing: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_text("pas une base\n")
    env = {
        **env,
        "SECRETPRO_DATABASE_URL": f"sqlite:///{garbage}",
        "SECRETPRO_KEY_FILE": str(existing / "secretpro.key"),
    }
    for command in COMMANDS:
        assert_one_line(run(env, *command), str(garbage), "SQLite")


def test_a_database_path_under_a_file(env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    env = {**env, "SECRETPRO_DATABASE_URL": f"sqlite:///{blocker / 'sub' / 'r.sqlite3'}"}
    before = files_under(tmp_path)
    assert_one_line(run(env, "serve", "--port", "1"), str(blocker), "n'est pas un dossier")
    assert files_under(tmp_path) == before


def test_an_unreachable_postgresql_names_it_without_its_password(env: dict[str, str]) -> None:
    url = "postgresql+psycopg://secretpro:motdepasse-secret@127.0.0.1:1/secretpro"
    result = run({**env, "SECRETPRO_DATABASE_URL": url}, "register", "verify")
    assert_one_line(result, "postgresql+psycopg://secretpro:***@127.0.0.1:1/secretpro", "inaccessible")
    assert "motdepasse-secret" not in result.stderr


def test_permissions_are_checked_before_anything_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(The tests run as root, for whom every file is writable: ``os.access`` stands in.)"""
    db_file = tmp_path / "r.sqlite3"
    db_file.write_bytes(b"")
    monkeypatch.setattr(startup_checks.os, "access", lambda path, mode: not (mode & os.W_OK))
    with pytest.raises(AccessError) as caught:
        preflight(f"sqlite:///{db_file}", need_key=False)
    assert caught.value.line("en") == f"{db_file}: write refused (file or folder permissions)"
    with pytest.raises(AccessError) as caught:
        preflight(f"sqlite:///{tmp_path / 'new' / 'r.sqlite3'}", need_key=False)
    assert caught.value.where == str(tmp_path)


def test_a_read_only_database_met_later_is_one_line() -> None:
    error = OperationalError(
        "INSERT INTO x VALUES (?)", ("Jeanne",), Exception("attempt to write a readonly database")
    )
    explained = explain(error, "sqlite:////srv/secretpro/r.sqlite3")
    assert explained is not None
    assert explained.line("en") == "/srv/secretpro/r.sqlite3: read-only database"
    assert explain(ValueError("x")) is None
