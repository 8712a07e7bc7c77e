"""Wagtail's "forgotten password" page, throttled per address and per email address.

Every request sends an email: without a limit the page can flood someone's mailbox, or the
site's mail server. Counts are kept in the default cache in fixed windows (keyed with the
secret, so no email address can be read back from the cache); a refused request gets the
form again with what was typed, HTTP 429, Retry-After and the time to come back. The answer
is the same whether or not an account has that email address. A cache that fails lets
requests through rather than refusing them.
"""

import datetime
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from guongsang.middleware import visitor_address
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from .retry import retry_after, retry_time

logger = logging.getLogger(__name__)

# name: (how many, per how many seconds). PASSWORD_RESET_LIMITS overrides them by name.
DEFAULT_LIMITS = {
    "address": (5, 60 * 60),
    "email": (3, 60 * 60),
}
TOO_MANY = _(
    "There have been too many password reset requests from your connection or for this "
    "email address; please try again after %(when)s (Vietnam time). If you cannot wait, ask "
    "a site administrator (Quản trị) to set a new password for you.")


def _limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "PASSWORD_RESET_LIMITS", {})}


def _key(name, value, now):
    count, seconds = _limits()[name]
    window = int(now // seconds)
    digest = salted_hmac("password-reset-limit", f"{name}:{value}").hexdigest()[:32]
    return f"password-reset-limit:{name}:{digest}:{window}", count, seconds, window


def refused_until(checks):
    """The moment the last of the reached limits opens again, or None."""
    now = time.time()
    until = None
    for name, value in checks:
        key, count, seconds, window = _key(name, value, now)
        try:
            used = cache.get(key, 0)
        except Exception:
            logger.warning("Password reset limits unavailable: cache read failed", exc_info=True)
            continue
        if used >= count:
            ends = (window + 1) * seconds
            until = max(until or ends, ends)
    if until is None:
        return None
    return datetime.datetime.fromtimestamp(until, tz=datetime.UTC)


def count(checks):
    now = time.time()
    for name, value in checks:
        key, _count, seconds, _window = _key(name, value, now)
        try:
            if not cache.add(key, 1, timeout=seconds + 1):
                cache.incr(key)
        except ValueError:
            # The window ended between add and incr: the next one starts empty.
            cache.add(key, 1, timeout=seconds + 1)
        except Exception:
            logger.warning("Password reset limits unavailable: cache write failed", exc_info=True)


class PasswordResetView(WagtailPasswordResetView):
    def form_valid(self, form):
        checks = [("address", visitor_address(self.request) or "unknown"),
                  ("email", form.cleaned_data["email"].strip().lower())]
        until = refused_until(checks)
        if until is not None:
            form.add_error(None, TOO_MANY % {"when": retry_time(until)})
            response = self.form_invalid(form)
            response.status_code = 429
            response["Retry-After"] = retry_after(until)
            return response
        count(checks)
        return super().form_valid(form)
