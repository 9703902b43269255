"""Django settings for RareMap: every setting is here, each deploy-time knob one environment
variable read through the typed readers of :mod:`raremap.web.env` (a malformed value stops
start-up with the variable's name). docs/deploy.md lists the variables.

Defaults give a working site on SQLite in the data directory ($RAREMAP_DATA_DIR or var/) with
DEBUG off. Importing this module writes no files: the secret key file is created by
``raremap serve``/``raremap manage`` at first use (:mod:`raremap.web.secret_key`), the
static folder by the static-files middleware. What must hold in production is checked by
Django's system checks (:mod:`raremap.web.checks`; ``raremap manage check --deploy``).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from raremap import paths
from raremap.web.env import envbool, envchoice, envint, envlist, envsecret, envstr, envurl
from raremap.web.ops.caches import DEFAULT as DEFAULT_CACHE_URL
from raremap.web.ops.caches import cache_from_url
from raremap.web.ops.database import database_from_url, sqlite_database
from raremap.web.secret_key import read_secret_key

WEB_DIR = Path(__file__).resolve().parent
DATA_DIR = paths.data_dir()

# --- Core -----------------------------------------------------------------------------------
DEBUG = envbool("RAREMAP_DEBUG", False)
# RAREMAP_SECRET_KEY, or a file: RAREMAP_SECRET_KEY_FILE, by default DATA_DIR/secret_key
# (generated there at first use; an empty key here is reported by check raremap.E001).
SECRET_KEY_FILE = Path(envstr("RAREMAP_SECRET_KEY_FILE", str(DATA_DIR / "secret_key")))
SECRET_KEY = envstr("RAREMAP_SECRET_KEY", "") or read_secret_key(SECRET_KEY_FILE)
ALLOWED_HOSTS = envlist("RAREMAP_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("RAREMAP_CSRF_TRUSTED_ORIGINS", [])
# gunicorn workers of `raremap serve` (its --workers flag sets this variable); more than
# one needs a cache they share (check raremap.E003).
WEB_WORKERS = envint("RAREMAP_WEB_WORKERS", 2)

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
    "axes",  # login throttling
    "raremap.web.accounts",
    "raremap.web.community",
    "raremap.web.inquiries",
    "ninja",  # the JSON API (/api/v1/)
    "raremap.web.ops",
]

MIDDLEWARE = [
    # Outermost: one access line per request, security headers on every response.
    "raremap.web.ops.logs.RequestLogMiddleware",
    "raremap.web.ops.security_headers.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "raremap.web.ops.static_files.StaticFilesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # axes inspects the outcome of authentication.
    "axes.middleware.AxesMiddleware",
    # After sessions (reads their cookie name): serves cached pages without touching the
    # database. Innermost: turns database outages into 503.
    "raremap.web.ops.page_cache.PageCacheMiddleware",
    "raremap.web.ops.db_unavailable.DatabaseUnavailableMiddleware",
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

# --- Database ---------------------------------------------------------------------------------
# DATABASE_URL: postgres://user:pw@host:5432/name or sqlite:////abs/path.sqlite3; unset, SQLite
# in the data directory (WAL, busy timeout, IMMEDIATE transactions: see ops/database.py).
# The PostgreSQL password may come from DATABASE_PASSWORD(_FILE) instead of the URL.
DATABASE_URL = envstr("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": database_from_url(
        DATABASE_URL,
        conn_max_age=envint("RAREMAP_DB_CONN_MAX_AGE", 60),
        connect_timeout=envint("RAREMAP_DB_CONNECT_TIMEOUT", 5),
        password=envsecret("DATABASE_PASSWORD"),
    )}
else:
    DATABASES = {"default": sqlite_database(DATA_DIR / "raremap.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Seconds in the Retry-After of the 503 answered while the database is unreachable.
RAREMAP_RETRY_AFTER = envint("RAREMAP_RETRY_AFTER", 5)

# --- Cache ------------------------------------------------------------------------------------
# Pages, their invalidation counter and every throttle live here, shared by all workers.
# RAREMAP_CACHE_URL: unset, a table in the database (db://raremap_cache, made by migrate);
# redis://host:6379/0 (Redis, for several app servers), file:///abs/dir (the workers of one
# machine) or locmem:// (one process only: check raremap.E003 refuses it with more workers).
CACHES = {"default": cache_from_url(envstr("RAREMAP_CACHE_URL", DEFAULT_CACHE_URL))}
# Anonymous disease, term and answer pages are cached this long (0 turns it off).
RAREMAP_PAGE_CACHE_SECONDS = envint("RAREMAP_PAGE_CACHE_SECONDS", 300)

# --- Accounts ---------------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # A client past its failed log-ins over all accounts logs in nowhere (site or admin).
    "raremap.web.accounts.backends.ClientLimitBackend",
    "raremap.web.accounts.backends.EmailBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts-login"
LOGIN_REDIRECT_URL = "community-dashboard"
LOGOUT_REDIRECT_URL = "pages-home"

# Login throttling (django-axes): after RAREMAP_LOGIN_FAILURES failures for one e-mail from
# one address the pair cools off for a minute. Locking the (username, ip) pair, not the
# account, means an attacker elsewhere never locks the owner out.
AXES_FAILURE_LIMIT = envint("RAREMAP_LOGIN_FAILURES", 6)
AXES_COOLOFF_TIME = timedelta(minutes=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Counted under the e-mail as log-in matches it (case-folded), not as typed.
AXES_USERNAME_CALLABLE = "raremap.web.accounts.throttle.login_username"
# The client as every rate limit sees it (behind RAREMAP_NUM_PROXIES proxies; IPv6 per /64).
AXES_CLIENT_IP_CALLABLE = "raremap.web.client_address.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # its log lines name the account and the address
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# No record of successful log-ins (axes kept each one's address, browser and path for ever);
# failures are kept only as long as the throttle counts them.
AXES_DISABLE_ACCESS_LOG = True

# --- E-mail -----------------------------------------------------------------------------------
# Never printed (messages hold addresses and confirmation/reset links). RAREMAP_EMAIL_BACKEND:
# "file" (default): each message is a file in RAREMAP_EMAIL_DIR (DATA_DIR/mail), created at
# the first message; "smtp": sent through RAREMAP_EMAIL_HOST/PORT/USER/PASSWORD(_FILE)/TLS.
EMAIL_BACKEND = {
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}[envchoice("RAREMAP_EMAIL_BACKEND", "file", ("file", "smtp"))]
EMAIL_FILE_PATH = Path(envstr("RAREMAP_EMAIL_DIR", str(DATA_DIR / "mail")))
EMAIL_HOST = envstr("RAREMAP_EMAIL_HOST", "localhost")
EMAIL_PORT = envint("RAREMAP_EMAIL_PORT", 587)
EMAIL_HOST_USER = envstr("RAREMAP_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = envsecret("RAREMAP_EMAIL_PASSWORD")
EMAIL_USE_TLS = envbool("RAREMAP_EMAIL_TLS", True)
EMAIL_TIMEOUT = envint("RAREMAP_EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = envstr("RAREMAP_DEFAULT_FROM_EMAIL", "RareMap <no-reply@localhost>")
# Where people write when a mail from the site does not come (named on the "check your
# e-mail" pages after sign-up and password reset); empty: those pages only say to wait.
RAREMAP_CONTACT_EMAIL = envstr("RAREMAP_CONTACT_EMAIL", "")
# Days a browser that logged in to an account (or confirmed it) keeps its own allowance of
# reset and sign-up mail for that account's address, which strangers' requests cannot use up
# (raremap.web.accounts.known_device); 0 turns it off.
RAREMAP_KNOWN_DEVICE_DAYS = envint("RAREMAP_KNOWN_DEVICE_DAYS", 365)
# The address people reach the site at, for the links in e-mails sent outside a request (the
# notifications to members). The default suits development; check raremap.W004 (--deploy)
# warns while it still points at this machine.
RAREMAP_SITE_URL = envurl("RAREMAP_SITE_URL", "http://127.0.0.1:8000")

# --- Community --------------------------------------------------------------------------------
# Counts of people (members, reporters, symptoms, countries): shown only with this many
# contributors other than the viewer, rounded to RAREMAP_AGGREGATE_ROUNDING, refreshed every
# RAREMAP_AGGREGATE_PERIOD seconds or after RAREMAP_AGGREGATE_BATCH changed contributors.
RAREMAP_MAP_MIN_COUNT = envint("RAREMAP_MAP_MIN_COUNT", 11)
RAREMAP_AGGREGATE_ROUNDING = envint("RAREMAP_AGGREGATE_ROUNDING", 5)
RAREMAP_AGGREGATE_PERIOD = envint("RAREMAP_AGGREGATE_PERIOD", 7 * 86400)  # a week
RAREMAP_AGGREGATE_BATCH = envint("RAREMAP_AGGREGATE_BATCH", 5)
# Noise drawn once per snapshot (raremap.web.community.noise): each count moves by the sum of
# two draws from -k..k before rounding and must reach the minimum plus the sum of three draws
# from 0..k to be shown (k = this; 0: no noise).
RAREMAP_AGGREGATE_NOISE = envint("RAREMAP_AGGREGATE_NOISE", 3)
RAREMAP_TRUSTED_AFTER = envint("RAREMAP_TRUSTED_AFTER", 2)  # approved posts before skipping moderation

# --- API --------------------------------------------------------------------------------------
RAREMAP_API_ANON_RATE = envstr("RAREMAP_API_ANON_RATE", "120/min")  # N/s, N/min, N/hour, N/day; 0: none
NINJA_NUM_PROXIES = envint("RAREMAP_NUM_PROXIES", 0)  # proxies in front (client from X-Forwarded-For)

# --- Internationalisation and static files ----------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Site-wide files (CSS, scripts, icons); apps keep their own in <app>/static/.
STATICFILES_DIRS = [WEB_DIR / "static"]
# Files are served from the apps' static/ folders directly (no collectstatic step needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# --- Security ---------------------------------------------------------------------------------
# RAREMAP_HTTPS=1 behind TLS: secure cookies, HSTS, redirect to HTTPS, trust X-Forwarded-Proto.
HTTPS = envbool("RAREMAP_HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_SSL_REDIRECT = envbool("RAREMAP_SSL_REDIRECT", HTTPS)
# Health probes from the load balancer come over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^api/v1/health$"]
SECURE_HSTS_SECONDS = envint("RAREMAP_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = envbool("RAREMAP_HSTS_PRELOAD", HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Logging ----------------------------------------------------------------------------------
# Queries (symptoms people type) are personal: logs carry no request lines or bodies, and the
# JSON formatter scrubs e-mail and IP addresses and query strings (ops/logs.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "raremap.web.ops.logs.JsonFormatter"}},
    # Django's refusals (a bad Host header, a CSRF failure…) without what the client sent.
    "filters": {"refused_request": {"()": "raremap.web.ops.logs.RefusedRequestFilter"}},
    "handlers": {"console": {
        "class": "logging.StreamHandler",
        "filters": ["refused_request"],
        **({"formatter": "json"} if envstr("RAREMAP_LOG_FORMAT", "json") == "json" else {}),
    }},
    "root": {"handlers": ["console"], "level": envstr("RAREMAP_LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django's request logger writes the path and query of failing requests.
        "django.request": {"level": "ERROR", "propagate": True},
        "axes": {"level": "ERROR", "propagate": True},
        # One line per request (method, route pattern, status, ms) when RAREMAP_ACCESS_LOG=1.
        "raremap.access": {"level": "INFO" if envbool("RAREMAP_ACCESS_LOG", False) else "WARNING",
                           "propagate": True},
    },
}
