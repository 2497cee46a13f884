"""Engines, sessions and schema migrations for the register (SQLite or PostgreSQL)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import ConnectionPoolEntry

from .settings import database_url, sqlite_path

if TYPE_CHECKING:
    from .crypto import KeyRing
    from .seal import ChainState

# ``Config.attributes`` keys shared with the migrations: the key (or a function loading it) for a
# migration that must compute MACs, and the chain heads a migration wants sealed after its commit.
KEYRING_ATTRIBUTE = "secretpro_keyring"
SEAL_ATTRIBUTE = "secretpro_seal_heads"

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Execution option asking for a write transaction. On SQLite it becomes BEGIN IMMEDIATE: the write
# lock is taken at the start, so a transaction that has read the chain head cannot later fail to
# upgrade to a writer (SQLITE_BUSY_SNAPSHOT is not retried by busy_timeout), and writers queue.
WRITE_OPTION = "secretpro_write"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Arbitrary constant: the PostgreSQL advisory lock taken while migrating, so that several
# processes starting together on an empty database do not all create the tables.
_MIGRATION_LOCK_ID = 0x5EC12E7


def _sqlite_on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_on_begin); sqlite3's own legacy handling would
    # start transactions late and not at all for SELECT.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer, nor it them
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _create_private_file(path: Path) -> None:
    """Create the SQLite file 0600 (its folder 0700) before SQLite would create it with the umask's
    0644; SQLite gives its ``-wal`` and ``-shm`` files the mode of the database file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sqlite_on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def create_register_engine(url: str | None = None) -> Engine:
    """An engine on ``url`` (default: ``SECRETPRO_DATABASE_URL`` or the user's SQLite file)."""
    resolved = database_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite":
        db_file = sqlite_path(parsed)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        if db_file is not None:
            private_file = db_file

            def _before_connect(*_args: Any) -> None:
                if not private_file.exists():
                    _create_private_file(private_file)

            event.listen(engine, "do_connect", _before_connect)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions are write transactions (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic configuration without an ini file, so that it works from an installed package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _at_head(connection: Connection, script: ScriptDirectory) -> bool:
    current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(script.get_heads())


def upgrade_to_head(
    engine_or_url: Engine | str | None = None,
    *,
    keyring: KeyRing | Callable[[], KeyRing] | None = None,
) -> dict[int, ChainState] | None:
    """Bring the schema to the latest migration (a no-op when it is already there).

    ``keyring`` (or a function returning it) is needed only by a migration that rewrites the
    chain of a register holding entries (0004). Returns the chain heads such a migration asks
    the caller to seal once committed (``None`` when there is nothing to seal).
    """
    engine = engine_or_url if isinstance(engine_or_url, Engine) else create_register_engine(engine_or_url)
    script = ScriptDirectory.from_config(alembic_config())
    heads: dict[int, ChainState] | None = None
    try:
        with engine.connect() as probe:
            if _at_head(probe, script):
                return None
        with writer(engine).connect() as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_ID})
            # Another process may have migrated while this one waited for the lock.
            if not _at_head(conn, script):
                config = alembic_config(conn)
                config.attributes[KEYRING_ATTRIBUTE] = keyring
                command.upgrade(config, "head")
                heads = config.attributes.get(SEAL_ATTRIBUTE)
    finally:
        if engine is not engine_or_url:
            engine.dispose()
    return heads
