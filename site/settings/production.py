"""Production: refuses to start half-configured or with a guessable secret key.

The key signs sessions, password-reset links and CSRF tokens: with a weak one, anyone could
forge a staff member's session. The rules are those of Django's own security.W009 check,
made fatal here rather than a warning that `check --deploy` alone would show.
"""

from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured
from guongsang.settings.base import *  # noqa: F403
from guongsang.settings.base import ALLOWED_HOSTS, SECRET_KEY

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable (50+ random characters).")
if (len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH
        or len(set(SECRET_KEY)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or SECRET_KEY.startswith(SECRET_KEY_INSECURE_PREFIX)):
    raise ImproperlyConfigured(
        f"SECRET_KEY is too weak: use at least {SECRET_KEY_MIN_LENGTH} random characters, "
        f"{SECRET_KEY_MIN_UNIQUE_CHARACTERS} or more of them different, not starting with "
        f"'{SECRET_KEY_INSECURE_PREFIX}'. For example: python -c \"import secrets; "
        "print(secrets.token_urlsafe(50))\""
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names) to serve the site.")

DEBUG = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
