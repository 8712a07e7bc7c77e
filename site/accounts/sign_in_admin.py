"""Signing in, for site administrators (Quản trị) in the admin: who is locked out now,
with a button to unlock, and a person's two-factor sign-in reset when a phone is lost.

Refused sign-ins tell people to ask a site administrator, who rarely has a shell: this
page is where they do it. The same is possible on the server with
`manage.py axes_reset_username <name>`, `axes_reset_ip <address>` and
`reset_two_factor <name>`. Only superusers reset a superuser's second factor.
"""

import logging
from dataclasses import dataclass

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django_otp.plugins.otp_totp.models import TOTPDevice
from guongsang.accounts.lockout import lock_end
from guongsang.accounts.retry import retry_time
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

logger = logging.getLogger(__name__)

PERMISSION = "auth.change_user"


@dataclass
class Lock:
    kind: str  # "username" or "ip_address"
    value: str
    until: str


def current_locks():
    now = timezone.now()
    recent = AccessAttempt.objects.filter(
        attempt_time__gt=now - settings.AXES_COOLOFF_TIME)
    locks = []
    for kind in ("username", "ip_address"):
        values = sorted({value for value in recent.values_list(kind, flat=True) if value})
        for value in values:
            end = lock_end(AccessAttempt.objects.filter(**{kind: value}), now)
            if end:
                locks.append(Lock(kind, value, retry_time(end)))
    return locks


def may_reset(admin, user):
    return admin.is_superuser or not user.is_superuser


class SignInAdminView(WagtailAdminTemplateMixin, View):
    template_name = "accounts/sign_in_admin.html"
    page_title = _("Sign-in locks and two-factor")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        devices = (TOTPDevice.objects.filter(confirmed=True).select_related("user")
                   .order_by("user__username"))
        return self.render_to_response(self.get_context_data(
            locks=current_locks(),
            devices=[(device, may_reset(request.user, device.user)) for device in devices]))

    def post(self, request):
        account, address = request.POST.get("account"), request.POST.get("address")
        if account:
            reset(username=account)
            logger.warning("%s unlocked signing in to the account %r", request.user, account)
            messages.success(request, gettext("The account %(name)s can sign in again.")
                             % {"name": account})
        elif address:
            reset(ip=address)
            logger.warning("%s unlocked signing in from %s", request.user, address)
            messages.success(request, gettext("Signing in from %(address)s is possible "
                                              "again.") % {"address": address})
        elif request.POST.get("two_factor_user", "").isdigit():
            user = get_user_model().objects.filter(pk=request.POST["two_factor_user"]).first()
            if user is None or not may_reset(request.user, user):
                return permission_denied(request)
            TOTPDevice.objects.filter(user=user).delete()
            logger.warning("%s reset the two-factor sign-in of %s", request.user, user)
            messages.success(request, gettext(
                "Two-factor sign-in of %(name)s is reset: at the next sign-in they set up the "
                "app on their phone again.") % {"name": user.get_username()})
        return redirect("sign_in_admin")


admin_urls = [
    path("dang-nhap/", SignInAdminView.as_view(), name="sign_in_admin"),
]
