"""Django settings.

Everything that differs between environments is read from environment
variables (and from .env, for local runs), so the same code runs in
development, tests and production.
"""

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

# Lets classes such as admin.ModelAdmin[User] take type parameters at run time.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent

# Values already in the environment win over .env.
load_dotenv(BASE_DIR / ".env")


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    items = os.environ.get(name, default).split(",")
    return [item.strip() for item in items if item.strip()]


def database_from_url(url: str) -> dict[str, Any]:
    """DATABASES["default"] from a DATABASE_URL.

    sqlite:///data/app.db is a file inside the project (its folder is created
    here); sqlite:////abs/path an absolute one. postgresql://user:pw@host:port/db
    is PostgreSQL through psycopg 3; query parameters (sslmode=...) are passed on.
    """
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = Path(unquote(parts.path[1:]))
        if not path.is_absolute():
            path = BASE_DIR / path
        path.parent.mkdir(parents=True, exist_ok=True)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path,
            "OPTIONS": {
                # WAL: reads go on beside a write. IMMEDIATE: a transaction takes
                # the write lock when it starts, and timeout is how long a writer
                # waits for it instead of failing with "database is locked".
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
            },
        }
    if parts.scheme in {"postgres", "postgresql", "postgresql+psycopg"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path[1:]),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "OPTIONS": dict(parse_qsl(parts.query)),
            # Keep connections open between requests, checked before reuse.
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ImproperlyConfigured(f"DATABASE_URL: unsupported scheme {parts.scheme!r}")


# Off unless DJANGO_DEBUG is 1/true/yes/on. With DEBUG on, Django shows its
# HTML debug pages instead of the JSON error handlers in api/views.py.
DEBUG = env_flag("DJANGO_DEBUG")

# Required unless DEBUG is on: signed cookies and admin sessions depend on it.
# The install command writes a random one into .env for local runs.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it in the environment (production) "
            "or run `python -m config.make_env` to write a .env with a random one."
        )
    SECRET_KEY = "django-insecure-development-only"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,0.0.0.0,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "api.apps.ApiConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves the admin's CSS and JavaScript under gunicorn too.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", "") or "sqlite:///data/app.db"
    )
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

STATIC_URL = "static/"
# WhiteNoise serves static files straight from the apps, so there is no
# collectstatic step (and no STATIC_ROOT) to run before start.
WHITENOISE_USE_FINDERS = True

# Request bodies over 1 MiB are refused with a JSON 413 (api/views.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024

# The API's URLs have no trailing slash; don't redirect to one.
APPEND_SLASH = False

# API views are csrf_exempt (JSON clients send no cookies); the admin's forms
# are protected, and a failed check still gets a JSON body.
CSRF_FAILURE_VIEW = "api.views.csrf_failure"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "config.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
