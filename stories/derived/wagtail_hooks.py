"""The derived data's place in Wagtail's admin: the page that rebuilds the search index
in the task worker and shows its progress (`rebuild_views`), in the Settings menu of
superusers.

Imported by `stories.wagtail_hooks`, the module Wagtail loads.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from stories.derived import rebuild_views


@hooks.register("register_admin_urls")
def search_rebuild_urls():
    return rebuild_views.admin_urls


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def search_rebuild_menu_item():
    return SuperuserMenuItem(_("Search index"), reverse("search_rebuild"),
                             name="search-index", icon_name="search", order=900)
