"""Lockout after repeated wrong passwords, with django-axes.

Axes counts failures per account and per address (AXES_LOCKOUT_PARAMETERS), each locking on
its own, and while either is locked its authentication backend refuses even the right
password. Axes on its own answers with a bare English sentence; here the Wagtail login page
is shown again, with what was typed, HTTP 429 and a Vietnamese message that says what is
locked, until when (Vietnam time) and whom to ask.
"""

import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from guongsang.accounts.retry import retry_after, retry_time
from guongsang.middleware import visitor_address
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

ACCOUNT_LOCKED = _(
    "This account is locked after too many wrong passwords, until %(when)s (Vietnam time); "
    "until then even the right password is refused. If you cannot wait, ask a site "
    "administrator (Quản trị) to unlock it.")
ADDRESS_LOCKED = _(
    "Signing in from your network address is locked after too many wrong passwords, until "
    "%(when)s (Vietnam time); until then even the right password is refused. If you cannot "
    "wait, ask a site administrator (Quản trị) to unlock it.")


def lock_end(attempts, now):
    """When these failures stop adding up to the limit: failures older than the cool-off
    no longer count, so the lock ends when the oldest failure it still needs drops out.
    None if they do not reach the limit."""
    cool_off = settings.AXES_COOLOFF_TIME
    counted = 0
    for attempt_time, failures in (attempts.filter(attempt_time__gt=now - cool_off)
                                   .order_by("-attempt_time")
                                   .values_list("attempt_time", "failures_since_start")):
        counted += failures
        if counted >= settings.AXES_FAILURE_LIMIT:
            return attempt_time + cool_off
    return None


def current_lock(request, username):
    """(message, end) of the lock that refuses this sign-in, or None."""
    now = timezone.now()
    locks = []
    address = visitor_address(request)
    if username:
        end = lock_end(AccessAttempt.objects.filter(username=username), now)
        if end:
            locks.append((end, ACCOUNT_LOCKED))
    if address:
        end = lock_end(AccessAttempt.objects.filter(ip_address=address), now)
        if end:
            locks.append((end, ADDRESS_LOCKED))
    if not locks:
        return None
    end, message = max(locks, key=lambda lock: lock[0])
    return message % {"when": retry_time(end)}, end


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, telling a locked-out person why they are refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail leaves the label to the field name, which no catalogue translates.
        self.fields["password"].label = _("Password")

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            if not getattr(self.request, "axes_locked_out", False):
                raise
            lock = current_lock(self.request, self.cleaned_data.get("username"))
            message, end = lock or (gettext(
                "Signing in is locked for a while after too many wrong passwords; please "
                "try again later, or ask a site administrator (Quản trị)."),
                timezone.now() + settings.AXES_COOLOFF_TIME)
            self.locked_until = end
            raise ValidationError(message, code="locked") from None


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login page as the form above rendered it, as a 429."""
    context = getattr(original_response, "context_data", None) or {}
    end = getattr(context.get("form"), "locked_until", None)
    if original_response is None or end is None:
        # A sign-in elsewhere than the Wagtail login page: a plain answer.
        lock = current_lock(request, (credentials or {}).get("username"))
        end = lock[1] if lock else timezone.now() + datetime.timedelta(minutes=1)
        response = HttpResponse(lock[0] if lock else gettext("Too many wrong passwords."),
                                content_type="text/plain; charset=utf-8", status=429)
    else:
        response = original_response
        response.status_code = 429
    response["Retry-After"] = retry_after(end)
    return response
