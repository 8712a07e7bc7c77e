"""The home page, with the taxonomy pages it routes, and plain pages."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import F, Q, Subquery
from django.db.models.functions import Substr
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from stories.blocks import StoryStreamBlock
from stories.cards import exemplar_cards, exemplar_rows, page_urls, story_cards, story_rows
from stories.models.base import GuongSangPage, live_public
from stories.models.columns import ColumnPage, StoryPage
from stories.models.exemplars import ExemplarPage
from stories.models.taxonomy import Movement, Place, PlaceGraph, PlaceIndex, Sector
from stories.paging import CountedPaginator, requested_page
from stories.reading.most_read import most_read
from stories.vietnamese import collation_key

STORIES_PER_COLUMN_ON_HOME = 3
TAXONOMY_PAGE_SIZE = 12
PLACE_QUERY_LENGTH = 100


class HomePage(RoutablePageMixin, GuongSangPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *GuongSangPage.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_exemplars", label=_("Featured exemplars"), max_num=6),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["stories.ExemplarIndexPage", "stories.ColumnPage", "stories.StandardPage"]
    max_count = 1
    is_creatable = True

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lead = lead_story(request, self)
        context["lead"] = lead
        context["featured"] = exemplar_cards(exemplar_rows(
            live_public(ExemplarPage.objects).filter(home_features__home_id=self.pk)
            .order_by("home_features__sort_order")), request)
        context["columns"] = latest_by_column(request, self, exclude=lead.pk if lead else None)
        context["most_read"] = most_read(request)
        context["movements"] = list(Movement.objects.filter(in_focus=True)[:6])
        context["sectors"] = list(Sector.objects.all())
        return context

    # --- taxonomy pages: one per sector, movement and place ---------------------------------

    def _render_route(self, request, template, context):
        # Not `self.render`: that would gather the home page's own context (featured
        # exemplars, latest stories) for pages that show none of it.
        return TemplateResponse(request, template,
                                {**GuongSangPage.get_context(self, request), **context})

    def _taxonomy_page(self, request, term, exemplars, stories, template, extra=None):
        page_obj = CountedPaginator(
            story_rows(stories.order_by("-first_published_at", "-pk")),
            TAXONOMY_PAGE_SIZE).get_page(requested_page(request.GET.get("trang")))
        page_obj.object_list = story_cards(page_obj.object_list, request)
        context = {
            "term": term,
            "exemplars": exemplar_cards(exemplar_rows(
                exemplars.order_by("-recognition_year", "title")[:12]), request),
            "page_obj": page_obj,
            "stories": page_obj.object_list,
            **(extra or {}),
        }
        return self._render_route(request, template, context)

    @path("linh-vuc/", name="sector_index")
    def sector_index(self, request):
        return self._render_route(request, "stories/sector_index.html",
                                  {"terms": list(Sector.objects.all())})

    @path("linh-vuc/<slug:slug>/", name="sector_detail")
    def sector_detail(self, request, slug):
        sector = get_object_or_404(Sector, slug=slug)
        return self._taxonomy_page(
            request, sector,
            live_public(ExemplarPage.objects).filter(sectors=sector),
            live_public(StoryPage.objects).filter(sectors=sector),
            "stories/sector_detail.html",
        )

    @path("phong-trao/", name="movement_index")
    def movement_index(self, request):
        return self._render_route(request, "stories/movement_index.html",
                                  {"terms": list(Movement.objects.order_by(
                                      F("launched_on").desc(nulls_last=True), "name"))})

    @path("phong-trao/<slug:slug>/", name="movement_detail")
    def movement_detail(self, request, slug):
        movement = get_object_or_404(Movement, slug=slug)
        return self._taxonomy_page(
            request, movement,
            live_public(ExemplarPage.objects).filter(movements=movement),
            live_public(StoryPage.objects).filter(movements=movement),
            "stories/movement_detail.html",
        )

    @path("dia-phuong/", name="place_index")
    def place_index(self, request):
        # ?q= narrows the list on the server, so the filter works without JavaScript.
        query = request.GET.get("q", "")[:PLACE_QUERY_LENGTH]
        return self._render_route(request, "stories/place_index.html",
                                  {"index": PlaceIndex.load(query)})

    @path("dia-phuong/<slug:slug>/", name="place_detail")
    def place_detail(self, request, slug):
        place = get_object_or_404(Place.objects.select_related("parent", "successor"),
                                  slug=slug)
        graph = PlaceGraph.load()
        covered = graph.covered(place.pk)
        today = [] if place.is_current else sorted(
            Place.objects.filter(pk__in=graph.today(place.pk) - {place.pk}),
            key=lambda unit: collation_key(unit.name))
        return self._taxonomy_page(
            request, place,
            live_public(ExemplarPage.objects).filter(place__in=covered),
            live_public(StoryPage.objects).filter(places__in=covered).distinct(),
            "stories/place_detail.html",
            extra={"today": today, "predecessors": sorted(
                place.predecessors.select_related("parent"),
                key=lambda unit: collation_key(unit.name))},
        )


@dataclass(frozen=True, slots=True)
class ColumnLink:
    pk: int
    title: str
    url: str


def lead_story(request, home):
    """The story ``home`` opens with: its newest with a photo, or None."""
    # `descendant_of` (a LIKE), not a range of the path, which would lead SQLite to read
    # every story rather than the newest first.
    stories = (live_public(StoryPage.objects).descendant_of(home)
               .filter(hero_image__isnull=False)
               .order_by("-first_published_at", "-pk")[:1])
    return next(iter(story_cards(story_rows(stories), request)), None)


def latest_by_column(request, home, exclude=None):
    """The live, unrestricted columns under ``home`` with the newest stories of each (but
    the story ``exclude``, the home page's lead), in two queries however many columns
    there are: [(ColumnLink, [StoryCard])]."""
    url = page_urls(request)
    by_path = {path: ColumnLink(pk, title, url(url_path)) for pk, title, url_path, path in
               # Led from the columns' own short table (the ids' IN): otherwise SQLite reads
               # every page to find the few columns.
               live_public(ColumnPage.objects).filter(pk__in=ColumnPage.objects.values("pk"))
               .child_of(home).order_by("path")
               .values_list("pk", "title", "url_path", "path")}
    if not by_path:
        return []
    grouped = {column_path: [] for column_path in by_path}
    # Each column's few newest, read through the first_published_at index and stopped
    # there (numbering every story of every column meant reading and sorting them all).
    # On the page table alone, and the column by LIKE rather than a range of the path: a
    # join to the stories' own table, a filter on the content type or a path range leads
    # SQLite to read a column's every story first. A column holds only stories.
    stories = live_public(Page.objects).filter(depth=home.depth + 2).exclude(pk=exclude)
    # One scalar subquery per place (the newest of a column, its second, ...): each is run
    # once, and the stories are then read by their ids. Subqueries returning sets, OR'd,
    # led PostgreSQL to read every story instead.
    newest = [Subquery(stories.filter(path__startswith=column_path)
                       .order_by("-first_published_at", "-pk").values("pk")[rank:rank + 1])
              for column_path in by_path for rank in range(STORIES_PER_COLUMN_ON_HOME)]
    latest = (
        StoryPage.objects.filter(reduce(or_, (Q(pk=story) for story in newest)))
        .annotate(column_path=Substr("path", 1, len(home.path) + home.steplen))
        # Newest first within each column (pages otherwise come in tree order, oldest first).
        .order_by("-first_published_at", "-pk")
    )
    for story in story_cards(story_rows(latest, "column_path"), request, ("column_path",)):
        grouped[story.extra["column_path"]].append(story)
    return [(by_path[key], grouped[key]) for key in by_path if grouped[key]]


class HomeFeaturedExemplar(Orderable):
    home = ParentalKey(HomePage, related_name="featured_exemplars", on_delete=models.CASCADE)
    exemplar = models.ForeignKey("stories.ExemplarPage", verbose_name=_("exemplar"),
                                 on_delete=models.CASCADE, related_name="home_features")

    panels = [PageChooserPanel("exemplar", "stories.ExemplarPage")]


class StandardPage(GuongSangPage):
    """A plain page: about us, contact, terms of re-use."""

    body = StreamField(StoryStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*GuongSangPage.content_panels, FieldPanel("body")]
    search_fields = [*GuongSangPage.search_fields, index.SearchField("body")]
    parent_page_types = ["stories.HomePage", "stories.StandardPage"]
    subpage_types = ["stories.StandardPage"]
    is_creatable = True

    class Meta:
        verbose_name = _("standard page")
