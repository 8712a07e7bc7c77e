"""Wagtail's "forgotten password" page, throttled per address and per email address.

Every request sends an email: without a limit the page can flood someone's mailbox, or the
site's mail server (`guongsang.throttling`). A refused request gets the form again with
what was typed, HTTP 429, Retry-After and the time to come back. The answer is the same
whether or not an account has that email address.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guongsang.accounts.retry import retry_after, retry_time
from guongsang.middleware import visitor_address
from guongsang.throttling import RateLimits
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

# name: (how many, per how many seconds). PASSWORD_RESET_LIMITS overrides them by name.
DEFAULT_LIMITS = {
    "address": (5, 60 * 60),
    "email": (3, 60 * 60),
}
TOO_MANY = _(
    "There have been too many password reset requests from your connection or for this "
    "email address; please try again after %(when)s (Vietnam time). If you cannot wait, ask "
    "a site administrator (Quản trị) to set a new password for you.")


LIMITS = RateLimits("password-reset-limit", DEFAULT_LIMITS, "PASSWORD_RESET_LIMITS")


class PasswordResetView(WagtailPasswordResetView):
    def form_valid(self, form):
        checks = [("address", visitor_address(self.request) or "unknown"),
                  ("email", form.cleaned_data["email"].strip().lower())]
        wait, _reached = LIMITS.reached(*checks)
        if wait:
            until = timezone.now() + datetime.timedelta(seconds=wait)
            form.add_error(None, TOO_MANY % {"when": retry_time(until)})
            response = self.form_invalid(form)
            response.status_code = 429
            response["Retry-After"] = retry_after(until)
            return response
        LIMITS.record(*checks)
        return super().form_valid(form)
