"""The migrations on a database where the shared tables already exist."""

from pathlib import Path

from sqlalchemy import create_engine, text

from .conftest import SCHEMA_STATEMENTS, configured_url, migrate, throwaway_database


def test_first_migration_keeps_tables_that_exist(tmp_path: Path) -> None:
    """A project switched from another framework: its tables and rows are kept."""
    with throwaway_database(configured_url(), tmp_path) as url:
        engine = create_engine(url)
        with engine.begin() as connection:
            for statement in SCHEMA_STATEMENTS:
                connection.execute(text(statement))
            connection.execute(text("INSERT INTO users (name) VALUES ('Zed')"))
        migrate(url)
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, name FROM users ORDER BY id"))
            assert [tuple(row) for row in rows] == [(1, "Alice"), (2, "Zed")]
        engine.dispose()
