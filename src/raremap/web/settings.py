"""Django settings for RareMap: one module, every deploy-time knob an environment variable.

Defaults give a working site on SQLite in the data directory ($RAREMAP_DATA_DIR or var/);
DEBUG is off unless RAREMAP_DEBUG=1. Variables (all optional):

RAREMAP_DEBUG, RAREMAP_SECRET_KEY (or RAREMAP_SECRET_KEY_FILE), RAREMAP_ALLOWED_HOSTS,
RAREMAP_CSRF_TRUSTED_ORIGINS, RAREMAP_HTTPS (secure cookies, HSTS), RAREMAP_DB
(sqlite|postgres), RAREMAP_DB_NAME/USER/PASSWORD(_FILE)/HOST/PORT, RAREMAP_LOG_LEVEL.
"""

from __future__ import annotations

from pathlib import Path

from raremap import paths
from raremap.web.env import envbool, envint, envlist, envsecret, envstr
from raremap.web.secret_key import load_or_create_secret_key

WEB_DIR = Path(__file__).resolve().parent
DATA_DIR = paths.data_dir()

DEBUG = envbool("RAREMAP_DEBUG", False)
SECRET_KEY = envsecret("RAREMAP_SECRET_KEY") or load_or_create_secret_key(DATA_DIR)
ALLOWED_HOSTS = envlist("RAREMAP_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("RAREMAP_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # whitenoise serves static files in development too, the same way as in production.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # RareMap's site sections, one app each.
    "raremap.web.pages",
    "raremap.web.answers",
    "raremap.web.tagging",
    "raremap.web.checker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "raremap.web.urls"
WSGI_APPLICATION = "raremap.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Site-wide templates (base.html, 404.html); each app keeps its own in <app>/templates/.
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "raremap.web.context.site",
            ],
        },
    },
]

if envstr("RAREMAP_DB", "sqlite") == "postgres":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": envstr("RAREMAP_DB_NAME", "raremap"),
            "USER": envstr("RAREMAP_DB_USER", "raremap"),
            "PASSWORD": envsecret("RAREMAP_DB_PASSWORD"),
            "HOST": envstr("RAREMAP_DB_HOST", "localhost"),
            "PORT": envint("RAREMAP_DB_PORT", 5432),
            "CONN_MAX_AGE": envint("RAREMAP_DB_CONN_MAX_AGE", 0),
        }
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "raremap.sqlite3",
            # WAL lets readers work while one writer commits (several gunicorn workers).
            "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL;", "transaction_mode": "IMMEDIATE"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Site-wide files (CSS, scripts, icons); apps keep their own in <app>/static/.
STATICFILES_DIRS = [WEB_DIR / "static"]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns when it is missing
# Files are served from the apps' static/ folders directly (no collectstatic step needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Security headers; RAREMAP_HTTPS=1 behind TLS turns on secure cookies and HSTS.
HTTPS = envbool("RAREMAP_HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Queries (symptoms people type) are personal: logs carry no request lines or bodies.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("RAREMAP_LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"level": "ERROR", "propagate": True}},
}

# Accounts, community, inquiries and moderation (issue 7): apps, login, e-mail, limits.
from raremap.web.accounts.conf import apply as apply_community_settings  # noqa: E402

apply_community_settings(globals())

# Production (issue 8): DATABASE_URL, shared cache, page cache, security headers, JSON logs,
# 503 during database outages, the API; variables listed in raremap/web/ops/conf.py.
from raremap.web.ops.conf import apply as apply_production_settings  # noqa: E402

apply_production_settings(globals())
