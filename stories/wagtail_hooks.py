from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from stories.discovery import introduction_sheets, introductions, nomination_inbox, tracking
from stories.editorial.choosers import ChooserViewSet
from stories.editorial.dashboard import DiscoveryPanel, EditorialQueuePanel
from stories.media import photo_privacy
from stories.models import AudioClip, Movement, Place, Sector, Unit
from stories.syndication import audio_admin

# No `search_fields` on these: naming fields makes Wagtail's SQLite backend ask FTS5 for
# columns it does not have (an error page); the models' own search index (with folded
# names, so "dak ha" finds "Đăk Hà") is used instead.


class SectorViewSet(SnippetViewSet):
    model = Sector
    chooser_viewset_class = ChooserViewSet
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class MovementViewSet(SnippetViewSet):
    model = Movement
    chooser_viewset_class = ChooserViewSet
    icon = "flag"
    list_display = ["name", "launched_by", "scope", "launched_on", "in_focus"]
    list_filter = ["scope", "in_focus"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    chooser_viewset_class = ChooserViewSet
    icon = "site"
    list_display = ["name", "kind", "parent", "code", "valid_to", "successor"]
    list_filter = ["kind"]


class UnitViewSet(SnippetViewSet):
    model = Unit
    chooser_viewset_class = ChooserViewSet
    icon = "group"
    list_display = ["name", "kind", "place"]
    list_filter = ["kind"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (SectorViewSet, MovementViewSet, PlaceViewSet, UnitViewSet)


register_snippet(TaxonomyGroup)


class AudioClipViewSet(SnippetViewSet):
    model = AudioClip
    chooser_viewset_class = ChooserViewSet
    icon = "media"
    menu_label = _("Audio")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "kind", Column("duration_text", label=_("duration")),
                    "created_at"]
    list_filter = ["kind"]
    # The file is private: its input links to the admin's audio view
    # (stories.syndication.audio_admin).
    panels = [FieldPanel("title"), FieldPanel("kind"),
              FieldPanel("file", widget=audio_admin.PrivateAudioInput), FieldPanel("credit")]


register_snippet(AudioClipViewSet)


@hooks.register("construct_homepage_panels")
def add_editorial_queue(request, panels):
    panels.append(EditorialQueuePanel())
    panels.append(DiscoveryPanel())


class DiscoveryGroup(SnippetViewSetGroup):
    """Phát hiện: what citizens and units send in, and the tracking of units' quotas."""

    menu_label = _("Discovery")
    menu_icon = "search"
    menu_order = 260
    # The import page and the tracking report join the group through this hook.
    submenu_hook = "register_discovery_menu_item"
    items = (nomination_inbox.NominationViewSet, introductions.IntroductionViewSet,
             introductions.FocalPersonViewSet)


register_snippet(DiscoveryGroup)


@hooks.register("register_admin_urls")
def discovery_admin_urls():
    return [*nomination_inbox.admin_urls, *introduction_sheets.admin_urls,
            *tracking.admin_urls]


@hooks.register("register_admin_urls")
def private_media_admin_urls():
    return [*photo_privacy.admin_urls, *audio_admin.admin_urls]


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


# Staff accounts, media used by live pages and the choosers register their own hooks.
from stories.editorial import choosers as chooser_access, staff_admin  # noqa: E402, F401, I001


# Pages reach the public through their review; the superuser's overrides need a reason.
from stories.editorial import publishing  # noqa: E402, F401 (registers its own hooks)
