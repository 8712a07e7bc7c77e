"""Who signs in with a second factor, and the middleware that holds them to it.

Approvers (Lãnh đạo), verifiers (Thẩm định), site administrators (Quản trị) and superusers
publish, vouch for awards or hold the keys: with TWO_FACTOR_REQUIRED on (the production
default) their password alone is not enough. Anyone else who set up an authenticator app
of their own accord is asked for its code too, whatever the setting.

The password step is Wagtail's own login. Until the code is given, the session is signed in
but not verified: every admin page sends the person to the code page (or, with no app set
up yet, to the set-up page), and everywhere else they are an anonymous visitor, so that no
restricted page, document or preview opens on the password alone.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from stories.editorial.roles import APPROVER, SITE_ADMIN, VERIFIER

TWO_FACTOR_GROUPS = (APPROVER, VERIFIER, SITE_ADMIN)
# What an admin page needs before the code: signing in (again) or out, the code and set-up
# pages, and the files Wagtail's login-style pages load.
OPEN_ADMIN_VIEWS = {
    "wagtailadmin_logout", "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog", "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done", "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete", "two_factor_verify", "two_factor_enrol",
}


def required_by_role(user):
    """Whether this user's role makes a second factor compulsory (TWO_FACTOR_REQUIRED)."""
    if not settings.TWO_FACTOR_REQUIRED:
        return False
    return user.is_superuser or user.groups.filter(name__in=TWO_FACTOR_GROUPS).exists()


def needs_second_factor(user):
    return user.is_authenticated and (user_has_device(user) or required_by_role(user))


def with_next(url_name, next_url):
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


class TwoFactorMiddleware:
    """After django_otp's OTPMiddleware, which tells whether the session gave a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified() or not needs_second_factor(user):
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            request.user = AnonymousUser()
            return None
        view_name = request.resolver_match.url_name
        if view_name in OPEN_ADMIN_VIEWS:
            return None
        if view_name == "wagtailadmin_login":
            if request.method == "POST":
                return None  # signing in as someone else
            # Wagtail's login page sends a signed-in person on to "next" at once; a page
            # restricted to signed-in people would send them back here, and so on.
            next_url = request.GET.get("next") or reverse("wagtailadmin_home")
        elif request.method in ("GET", "HEAD"):
            next_url = request.get_full_path()
        else:
            next_url = reverse("wagtailadmin_home")
        step = "two_factor_verify" if user_has_device(user) else "two_factor_enrol"
        return redirect(with_next(step, next_url))
