"""Alembic environment of the register: runs on the connection handed over by ``db.py``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from secretpro.register.db import create_register_engine
from secretpro.register.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things, Alembic then copies the table instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Run from the `alembic` command line: the database named by SECRETPRO_DATABASE_URL.
    engine = create_register_engine(config.get_main_option("sqlalchemy.url") or None)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
