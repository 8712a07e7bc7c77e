"""The second step of signing in: the code page, and setting up an authenticator app.

Both are plain forms (no JavaScript) in the style of Wagtail's login page. Codes are TOTP
(RFC 6238: 6 digits, a new one every 30 seconds) from any authenticator app (Google
Authenticator, Microsoft Authenticator, FreeOTP, …), checked by django-otp, which also
refuses a code used once already and makes each wrong code wait longer (1, 2, 4, 8, …
seconds) before the next is checked. The QR code is drawn here as an SVG image; the
secret also appears as text for typing in by hand. Nothing goes to another service.
"""

import base64
import re
import unicodedata

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import devices_for_user, verify_token
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from guongsang.accounts.retry import retry_after, retry_time
from guongsang.accounts.two_factor import required_by_role, with_next

DEVICE_NAME = "Ứng dụng xác thực"
# Long waits are told as a time of day; short ones in seconds.
SECONDS_SHOWN = 120


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("6-digit code"), max_length=32,
        help_text=_("The code your authenticator app shows for Gương Sáng now; it changes "
                    "every 30 seconds."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code",
                                      "autofocus": True, "size": 8}))

    def clean_code(self):
        # Full-width digits and spaces ("123 456") as some phones type them.
        code = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", self.cleaned_data["code"]))
        if not re.fullmatch(r"[0-9]{6}", code):
            raise forms.ValidationError(
                _("Type the 6 digits the app shows, for example 123456."), code="format")
        return code


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _wait_message(until):
    seconds = max(1, int((until - timezone.now()).total_seconds()) + 1)
    if seconds <= SECONDS_SHOWN:
        return ngettext(
            "Too many wrong codes: wait %(seconds)d second, then type the code the app shows "
            "at that moment.",
            "Too many wrong codes: wait %(seconds)d seconds, then type the code the app shows "
            "at that moment.", seconds) % {"seconds": seconds}
    return gettext(
        "Too many wrong codes: try again after %(when)s (Vietnam time). If the codes keep "
        "failing, check that the phone's clock is set automatically, or ask a site "
        "administrator (Quản trị).") % {"when": retry_time(until)}


WRONG_CODE = _("That code is not right, or it has already been used. Type the code the app "
               "shows now; if codes keep failing, check that the phone's clock is set "
               "automatically.")


def _signed_in(request, device, next_url):
    otp_login(request, device)
    # A new session key for the session that now carries the second factor.
    request.session.cycle_key()
    return redirect(next_url)


def _refused(request, template, context, form, message, until=None):
    form.add_error("code", message)
    response = TemplateResponse(request, template, {**context, "form": form},
                                status=429 if until else 200)
    if until:
        response["Retry-After"] = retry_after(until)
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    """The code, after the password, from an app already set up."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    next_url = _next_url(request)
    if user.is_verified():
        return redirect(next_url)
    devices = list(devices_for_user(user))
    if not devices:
        return redirect(with_next("two_factor_enrol", next_url))
    template = "accounts/two_factor_verify.html"
    context = {"next": next_url}
    if request.method != "POST":
        return TemplateResponse(request, template, {**context, "form": CodeForm()})
    form = CodeForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, template, {**context, "form": form})
    waits = []
    for device in devices:
        allowed, details = device.verify_is_allowed()
        if not allowed:
            waits.append((details or {}).get("locked_until") or timezone.now())
            continue
        verified = verify_token(user, device.persistent_id, form.cleaned_data["code"])
        if verified is not None:
            return _signed_in(request, verified, next_url)
    if len(waits) == len(devices):
        until = min(waits)
        return _refused(request, template, context, form, _wait_message(until), until)
    return _refused(request, template, context, form, WRONG_CODE)


def _qr_image(device):
    svg = qrcode.make(device.config_url,
                      image_factory=qrcode.image.svg.SvgPathFillImage).to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _secret_text(device):
    """The key as authenticator apps take it typed in: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def enrol(request):
    """Setting up an authenticator app: the first time, or a new phone once signed in
    with the old one. With an app already set up and no code given yet, the code page
    comes first: a password alone never adds a phone to an account that has one."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    next_url = _next_url(request)
    confirmed = list(devices_for_user(user))
    if confirmed and not user.is_verified():
        return redirect(with_next("two_factor_verify", next_url))
    # The same secret until it is confirmed: reloading the page keeps the QR code scanned.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first() \
        or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    template = "accounts/two_factor_enrol.html"
    context = {"next": next_url, "qr_image": _qr_image(device),
               "secret": _secret_text(device), "replacing": bool(confirmed),
               "required": required_by_role(user)}
    if request.method != "POST":
        return TemplateResponse(request, template, {**context, "form": CodeForm()})
    form = CodeForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, template, {**context, "form": form})
    allowed, details = device.verify_is_allowed()
    if not allowed:
        until = (details or {}).get("locked_until") or timezone.now()
        return _refused(request, template, context, form, _wait_message(until), until)
    with transaction.atomic():
        if verify_token(user, device.persistent_id, form.cleaned_data["code"]) is None:
            return _refused(request, template, context, form, WRONG_CODE)
        device.refresh_from_db()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # One phone per person: the new one replaces any other.
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    messages.success(request, gettext(
        "Two-factor sign-in is on: from now on, after your password, type the code the app "
        "shows."))
    return _signed_in(request, device, next_url)
