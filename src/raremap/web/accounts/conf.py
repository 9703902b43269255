"""Settings for accounts, community, inquiries and moderation, applied to the settings module
by one line (``apply(globals())``) so the shared settings file stays small.

Environment variables: RAREMAP_EMAIL_BACKEND ("console" default, "smtp"), RAREMAP_EMAIL_HOST,
RAREMAP_EMAIL_PORT, RAREMAP_EMAIL_USER, RAREMAP_EMAIL_PASSWORD(_FILE), RAREMAP_EMAIL_TLS,
RAREMAP_DEFAULT_FROM_EMAIL, RAREMAP_LOGIN_FAILURES (6), RAREMAP_MAP_MIN_COUNT (11, the smallest
count of people shown anywhere), RAREMAP_AGGREGATE_ROUNDING (5), RAREMAP_AGGREGATE_PERIOD (86400
s between community count refreshes), RAREMAP_AGGREGATE_BATCH (5 changed contributors before a
refresh), RAREMAP_TRUSTED_AFTER (2 approved posts).
"""

from __future__ import annotations

from datetime import timedelta

from raremap.web.env import envbool, envint, envsecret, envstr

APPS = ["axes", "raremap.web.accounts", "raremap.web.community", "raremap.web.inquiries"]


def apply(s: dict) -> None:
    s["INSTALLED_APPS"] = [*s["INSTALLED_APPS"], *[a for a in APPS if a not in s["INSTALLED_APPS"]]]
    # axes must come last: it inspects the outcome of authentication.
    s["MIDDLEWARE"] = [*s["MIDDLEWARE"], "axes.middleware.AxesMiddleware"]
    s["AUTHENTICATION_BACKENDS"] = [
        "axes.backends.AxesStandaloneBackend",
        "raremap.web.accounts.backends.EmailBackend",
    ]
    s["PASSWORD_HASHERS"] = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    s["LOGIN_URL"] = "accounts-login"
    s["LOGIN_REDIRECT_URL"] = "community-dashboard"
    s["LOGOUT_REDIRECT_URL"] = "pages-home"
    s.setdefault("CACHES", {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})

    # Login throttling (django-axes): after 6 failures for one e-mail from one address the
    # pair cools off for a minute. Locking the (username, ip) pair, not the account, means
    # an attacker elsewhere never locks the owner out.
    s["AXES_FAILURE_LIMIT"] = envint("RAREMAP_LOGIN_FAILURES", 6)
    s["AXES_COOLOFF_TIME"] = timedelta(minutes=1)
    s["AXES_LOCKOUT_PARAMETERS"] = [["username", "ip_address"]]
    # Counted under the e-mail as log-in matches it (case-folded), not as typed.
    s["AXES_USERNAME_CALLABLE"] = "raremap.web.accounts.throttle.login_username"
    s["AXES_RESET_ON_SUCCESS"] = True
    s["AXES_VERBOSE"] = False  # its log lines name the account and the address
    s["AXES_LOCKOUT_TEMPLATE"] = "accounts/locked_out.html"
    s["AXES_ENABLE_ACCESS_FAILURE_LOG"] = False

    if envstr("RAREMAP_EMAIL_BACKEND", "console") == "smtp":
        s["EMAIL_BACKEND"] = "django.core.mail.backends.smtp.EmailBackend"
        s["EMAIL_HOST"] = envstr("RAREMAP_EMAIL_HOST", "localhost")
        s["EMAIL_PORT"] = envint("RAREMAP_EMAIL_PORT", 587)
        s["EMAIL_HOST_USER"] = envstr("RAREMAP_EMAIL_USER", "")
        s["EMAIL_HOST_PASSWORD"] = envsecret("RAREMAP_EMAIL_PASSWORD") or ""
        s["EMAIL_USE_TLS"] = envbool("RAREMAP_EMAIL_TLS", True)
    else:
        s["EMAIL_BACKEND"] = "django.core.mail.backends.console.EmailBackend"
    s["DEFAULT_FROM_EMAIL"] = envstr("RAREMAP_DEFAULT_FROM_EMAIL", "RareMap <no-reply@localhost>")

    s["RAREMAP_MAP_MIN_COUNT"] = envint("RAREMAP_MAP_MIN_COUNT", 11)
    s["RAREMAP_AGGREGATE_ROUNDING"] = envint("RAREMAP_AGGREGATE_ROUNDING", 5)
    s["RAREMAP_AGGREGATE_PERIOD"] = envint("RAREMAP_AGGREGATE_PERIOD", 86400)
    s["RAREMAP_AGGREGATE_BATCH"] = envint("RAREMAP_AGGREGATE_BATCH", 5)
    s["RAREMAP_TRUSTED_AFTER"] = envint("RAREMAP_TRUSTED_AFTER", 2)

    logging = s.get("LOGGING")
    if logging is not None:
        logging.setdefault("loggers", {})["axes"] = {"level": "ERROR", "propagate": True}
