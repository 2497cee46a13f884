"""Where the register lives: the database URL, the key file and the seal file, from the environment."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

DATABASE_URL_ENV = "SECRETPRO_DATABASE_URL"
KEY_ENV = "SECRETPRO_KEY"
KEY_FILE_ENV = "SECRETPRO_KEY_FILE"
SEAL_FILE_ENV = "SECRETPRO_SEAL_FILE"
DEFAULT_DB_NAME = "secretpro.sqlite3"
DEFAULT_KEY_NAME = "secretpro.key"
DEFAULT_SEAL_NAME = "secretpro.seal"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("secretpro"))


def database_url(url: str | None = None) -> str:
    """``url``, else ``SECRETPRO_DATABASE_URL``, else the SQLite file in the user's data directory."""
    if url:
        return url
    from_env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if from_env:
        return from_env
    return f"sqlite+pysqlite:///{data_dir() / DEFAULT_DB_NAME}"


def sqlite_path(url: str | URL) -> Path | None:
    """The file of a SQLite URL (``None`` for another database or an in-memory one)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def default_key_file(url: str | URL) -> Path:
    """Next to the SQLite file when there is one (they are backed up together), else the data dir."""
    db_file = sqlite_path(url)
    folder = db_file.parent if db_file is not None else data_dir()
    return folder / DEFAULT_KEY_NAME


def seal_file(url: str | URL) -> Path:
    """``SECRETPRO_SEAL_FILE``, else ``secretpro.seal`` beside the key file (``SECRETPRO_KEY_FILE``
    or the default key file, even when the key itself comes from ``SECRETPRO_KEY``).

    The seal must live outside the database, and should not be restored together with it: put it
    on another disk or machine with ``SECRETPRO_SEAL_FILE`` when the database is backed up whole.
    """
    from_env = os.environ.get(SEAL_FILE_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    key_file = os.environ.get(KEY_FILE_ENV, "").strip()
    folder = Path(key_file).expanduser().parent if key_file else default_key_file(url).parent
    return folder / DEFAULT_SEAL_NAME
