"""Two-factor sign-in in the account menu, for anyone who wants it; the sign-in page for
site administrators under Settings."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from guongsang.accounts import sign_in_admin
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_enrol"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Set up an authenticator app on your phone, or move it to a new "
                       "phone: after your password you then type the code it shows."),
    }


@hooks.register("register_admin_urls")
def sign_in_admin_urls():
    return sign_in_admin.admin_urls


class SignInMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(sign_in_admin.PERMISSION)


@hooks.register("register_settings_menu_item")
def sign_in_menu_item():
    return SignInMenuItem(_("Sign-in locks"), reverse("sign_in_admin"), icon_name="lock",
                          order=610)
