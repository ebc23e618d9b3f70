"""Alembic's environment for Flask-Migrate: the app's engine and models."""

import logging
from logging.config import fileConfig
from typing import Any

from alembic import context
from flask import current_app

from app import models  # noqa: F401  (registers the tables on the metadata)
from app.extensions import db

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)
logger = logging.getLogger("alembic.env")

target_metadata = db.metadata


def run_migrations_offline() -> None:
    """Write the SQL instead of running it (flask db upgrade --sql)."""
    context.configure(
        url=db.engine.url.render_as_string(hide_password=False),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    def skip_empty_autogenerate(context: Any, revision: Any, directives: Any) -> None:
        """`flask db migrate` with no model change writes no empty revision."""
        autogenerate = getattr(config.cmd_opts, "autogenerate", False)
        if autogenerate and directives[0].upgrade_ops.is_empty():
            directives[:] = []
            logger.info("No changes in schema detected.")

    configure_args = current_app.extensions["migrate"].configure_args
    configure_args.setdefault("process_revision_directives", skip_empty_autogenerate)
    with db.engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, **configure_args
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
