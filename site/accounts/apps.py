from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "guongsang.accounts"
    label = "guongsang_accounts"
    verbose_name = _("Sign-in and two-factor authentication")
