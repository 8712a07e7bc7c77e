"""Limits on how often one visitor, one contact or everyone may do a costly or abusable
thing (send a nomination, look a code up, ask for a password reset).

Counts are kept in the default cache in fixed windows, so a refused visitor can be told
when the current window ends. Keys are made with the secret key: no phone number or email
address can be read back from the cache. A cache that fails lets requests through rather
than refusing everyone.

Written here rather than taken from a package: the limits must name the window's end in
the refusal, count hashed contacts as well as addresses, and be shared by a public form and
the admin's password reset; django-ratelimit answers none of the three.
"""

import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)


class RateLimits:
    """Named limits, ``{name: (how many, per how many seconds)}``, each counted per key;
    the setting named ``setting`` overrides them by name."""

    def __init__(self, namespace, defaults, setting):
        self.namespace, self.defaults, self.setting = namespace, defaults, setting

    def limits(self):
        return {**self.defaults, **getattr(settings, self.setting, {})}

    def _bucket(self, name, key, now):
        count, seconds = self.limits()[name]
        window = int(now // seconds)
        digest = salted_hmac(self.namespace, f"{name}:{key}").hexdigest()[:32]
        return f"{self.namespace}:{name}:{digest}:{window}", count, seconds

    def reached(self, *checks):
        """(seconds until the last reached limit opens again, names of the limits reached)
        for these ``(name, key)`` checks; (0, []) when none is reached."""
        now = time.time()
        wait, reached = 0, []
        for name, key in checks:
            cache_key, count, seconds = self._bucket(name, key, now)
            try:
                used = cache.get(cache_key, 0)
            except Exception:
                logger.warning("%s unavailable: cache read failed", self.namespace,
                               exc_info=True)
                continue
            if used >= count:
                reached.append(name)
                wait = max(wait, math.ceil(seconds - now % seconds))
        return wait, reached

    def record(self, *checks):
        now = time.time()
        for name, key in checks:
            cache_key, _count, seconds = self._bucket(name, key, now)
            try:
                if not cache.add(cache_key, 1, timeout=seconds + 1):
                    cache.incr(cache_key)
            except ValueError:
                # The window ended between add and incr: the next one starts empty.
                cache.add(cache_key, 1, timeout=seconds + 1)
            except Exception:
                logger.warning("%s unavailable: cache write failed", self.namespace,
                               exc_info=True)
