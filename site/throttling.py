"""Limits on how often one visitor, one contact or everyone may do a costly or abusable
thing (send a nomination, look a code up, ask for a password reset), counted by Django REST
framework's throttling: the one rate limiter of the site, which the portal API uses too.

DRF rather than django-ratelimit: it is already a dependency (the API), and its
`SimpleRateThrottle` keeps, per key, the times of the requests counted in a sliding
window, so a refused visitor is told exactly when the oldest of them stops counting.

Plain Django views use it here, not through a DRF view: a form checks several limits
before it counts any (a submission refused by one limit must not use up the others, and
some are counted only once the form is valid), so each limit is asked (`seconds_to_wait`)
and counted (`record`) separately rather than through `allow_request`, which does both.

Keys are digests made with the secret key: no phone number or email address can be read
back from the cache. A cache that fails lets requests through rather than refusing everyone.
"""

import logging
import math

from django.conf import settings
from django.utils.crypto import salted_hmac
from rest_framework.throttling import SimpleRateThrottle

logger = logging.getLogger(__name__)


class Limit(SimpleRateThrottle):
    """One named limit, ``rate`` = (how many, per how many seconds), counted for ``key``."""

    def __init__(self, namespace, name, key, rate):
        self.scope = f"{namespace}:{name}"
        self.rate = rate
        super().__init__()
        digest = salted_hmac(namespace, f"{name}:{key}").hexdigest()[:32]
        self.key = self.cache_format % {"scope": self.scope, "ident": digest}

    def parse_rate(self, rate):
        count, seconds = rate
        return count, seconds

    def get_cache_key(self, request, view):
        return self.key

    def load_history(self):
        """Read the times counted, dropping those the window has passed (as
        `allow_request` does)."""
        self.now = self.timer()
        self.history = self.cache.get(self.key, [])
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()

    def seconds_to_wait(self):
        """0 when one more is allowed now; otherwise the seconds until enough of those
        counted have left the window."""
        self.load_history()
        if len(self.history) < self.num_requests:
            return 0
        # Newest first: one more is allowed once the num_requests-th newest has left.
        oldest_that_counts = self.history[self.num_requests - 1]
        return max(1, math.ceil(self.duration - (self.now - oldest_that_counts)))

    def record(self):
        self.load_history()
        self.throttle_success()


class RateLimits:
    """Named limits, ``{name: (how many, per how many seconds)}``, each counted per key;
    the setting named ``setting`` overrides them by name."""

    def __init__(self, namespace, defaults, setting):
        self.namespace, self.defaults, self.setting = namespace, defaults, setting

    def limits(self):
        return {**self.defaults, **getattr(settings, self.setting, {})}

    def limit(self, name, key):
        return Limit(self.namespace, name, key, self.limits()[name])

    def reached(self, *checks):
        """(seconds until the last reached limit lets one more through, names of the limits
        reached) for these ``(name, key)`` checks; (0, []) when none is reached."""
        wait, reached = 0, []
        for name, key in checks:
            try:
                seconds = self.limit(name, key).seconds_to_wait()
            except Exception:
                logger.warning("%s unavailable: cache read failed", self.namespace,
                               exc_info=True)
                continue
            if seconds:
                reached.append(name)
                wait = max(wait, seconds)
        return wait, reached

    def record(self, *checks):
        for name, key in checks:
            try:
                self.limit(name, key).record()
            except Exception:
                logger.warning("%s unavailable: cache write failed", self.namespace,
                               exc_info=True)
