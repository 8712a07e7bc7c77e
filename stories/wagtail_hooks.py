"""The stories app's admin registrations: the module Wagtail loads (`wagtail_hooks` of each
installed app). Each capability package keeps its own in its `wagtail_hooks.py`, imported
here in this order:

1. `stories.editorial`: the dashboard's queue, publishing through the review and the
   superuser's overrides, what choosers show, consent withdrawal, staff bulk actions;
2. `stories.media`: photos and documents a live page uses, who may open a document,
   private photos;
3. `stories.syndication`: the audio clips and their private files;
4. `stories.discovery`: the nominations' inbox, units' introductions, the import and the
   quota report, and its dashboard panel;
5. `stories.derived`: the search index rebuild page.

Nothing depends on this order at run time. Where Wagtail's own order matters, the
registration says so: URL overrides before Wagtail's patterns (`order=-1`), bulk actions
after Wagtail's (`order=1`); menus and dashboard panels are placed by their `menu_order`
and `order`.

Below the imports: the content model's taxonomies.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import stories.derived.wagtail_hooks
import stories.discovery.wagtail_hooks
import stories.editorial.wagtail_hooks
import stories.media.wagtail_hooks
import stories.syndication.wagtail_hooks  # noqa: F401
from stories.editorial.choosers import ChooserViewSet
from stories.models import Movement, Place, Sector, Unit

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
