"""Django settings.

Everything that differs between environments is read from environment
variables, so the same code runs in development, tests and production.
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_list(name, default):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


# Set DJANGO_SECRET_KEY in production; the fallback is only for local runs.
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "django-insecure-local-development-key-change-me"
)

# Off unless DJANGO_DEBUG is 1/true/yes/on. With DEBUG on, Django shows its
# HTML debug pages instead of the JSON error handlers in api/views.py.
DEBUG = os.environ.get("DJANGO_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,0.0.0.0,[::1]")

INSTALLED_APPS = [
    "api.apps.ApiConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

# The sample API keeps its data in memory (api/store.py), so no database is
# configured. Add one here (and django.contrib apps above) when you need models.
DATABASES = {}

TEMPLATES = []

# The API's URLs have no trailing slash; don't redirect to one.
APPEND_SLASH = False

# API views are csrf_exempt (no cookies or sessions); anything else that fails
# the CSRF check still gets a JSON body.
CSRF_FAILURE_VIEW = "api.views.csrf_failure"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
