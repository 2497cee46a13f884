"""Migrations: an empty database reaches head, and the models have no pending change."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from secretpro.register import create_register_engine, upgrade_to_head
from secretpro.register.db import alembic_config
from secretpro.register.models import Base


def test_upgrade_on_empty_database_then_no_pending_diff(db_url: str) -> None:
    engine = create_register_engine(db_url)
    try:
        upgrade_to_head(engine)
        upgrade_to_head(engine)  # idempotent
        tables = set(inspect(engine).get_table_names())
        assert {"cpas", "users", "api_tokens", "case_files", "entries", "chain_heads"} <= tables
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert context.get_current_heads() == tuple(
                ScriptDirectory.from_config(alembic_config()).get_heads()
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_migrations_ship_inside_the_package() -> None:
    location = alembic_config().get_main_option("script_location")
    assert location is not None and location.endswith("secretpro/register/migrations")
