"""The project's setup: migrations, settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from api.models import User

from .conftest import SCHEMA_STATEMENTS

PROJECT = Path(__file__).resolve().parent.parent


def test_models_match_the_migrations():
    # Exits (fails) if a model changed without a migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_first_migration_keeps_tables_that_exist():
    """A project switched from another framework: its tables and rows are kept."""
    call_command("migrate", "api", "zero", verbosity=0)
    with connection.cursor() as cursor:
        for statement in SCHEMA_STATEMENTS:
            cursor.execute(statement)
        cursor.execute("INSERT INTO users (name) VALUES ('Zed')")
    call_command("migrate", "api", verbosity=0)
    assert list(User.objects.values_list("id", "name")) == [(1, "Alice"), (2, "Zed")]
    assert User.objects.create(name="Next").id == 3


def test_secret_key_is_required_without_debug():
    env = {**os.environ, "DJANGO_SECRET_KEY": "", "DJANGO_DEBUG": "0"}
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
