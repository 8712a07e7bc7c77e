"""Discovery's admin registrations: the menu group *Phát hiện điển hình* (the nominations'
inbox, units' introductions and their focal people, the import page and the quota
tracking report), discovery's admin URLs, and the introductions' bulk delete.

Wagtail loads only `stories/wagtail_hooks.py`, which imports this module."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from stories.discovery import introduction_import_views, quota_report_views
from stories.discovery.dashboard_panel import DiscoveryPanel
from stories.discovery.inbox import admin as inbox_admin
from stories.discovery.introduction_admin import (
    FocalPersonViewSet,
    IntroductionDeleteBulkAction,
    IntroductionViewSet,
)


@hooks.register("construct_homepage_panels")
def add_discovery_panel(request, panels):
    panels.append(DiscoveryPanel())


class DiscoveryGroup(SnippetViewSetGroup):
    """Phát hiện: what citizens and units send in, and the tracking of units' quotas."""

    menu_label = _("Discovery")
    menu_icon = "search"
    menu_order = 260
    # The import page and the tracking report join the group through this hook.
    submenu_hook = "register_discovery_menu_item"
    items = (inbox_admin.NominationViewSet, IntroductionViewSet, FocalPersonViewSet)


register_snippet(DiscoveryGroup)

# After the snippets' own bulk delete (order 0), so that this one is the introductions'.
hooks.register("register_bulk_action", IntroductionDeleteBulkAction, order=1)


@hooks.register("register_admin_urls")
def discovery_admin_urls():
    return [*inbox_admin.admin_urls, *introduction_import_views.admin_urls,
            *quota_report_views.admin_urls]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_discovery_menu_item")
def import_introductions_menu_item():
    return PermissionMenuItem(_("Import introductions"), reverse("introductions_import"),
                              icon_name="upload", order=10,
                              permission="stories.add_introduction")


@hooks.register("register_discovery_menu_item")
def tracking_report_menu_item():
    return PermissionMenuItem(_("Quota tracking"), reverse("tracking_report"),
                              icon_name="table", order=20,
                              permission="stories.view_introduction")
