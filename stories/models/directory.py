"""The directory of exemplars (danh bạ điển hình): its page, its filters and its pages of
cards."""


from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)

from stories.cards import exemplar_cards, exemplar_rows
from stories.forms import DirectoryFilterForm
from stories.models.base import GuongSangPage, live_public
from stories.models.exemplars import ExemplarPage
from stories.models.kinds import RecognitionLevel, SubjectType
from stories.models.taxonomy import Movement, Place, PlaceGraph, Sector
from stories.paging import CountedPaginator, kept, requested_page

DIRECTORY_PAGE_SIZE = 12


class ExemplarIndexPage(GuongSangPage):
    """The public directory of exemplars, with filters kept in the URL."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*GuongSangPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["stories.HomePage"]
    subpage_types = ["stories.ExemplarPage"]
    max_count = 1
    is_creatable = True

    class Meta:
        verbose_name = _("exemplar directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sectors = SECTOR_CHOICES()
        movements = MOVEMENT_CHOICES()
        places = [(pk, slug, Place.describe(name, kind, current=valid_to is None
                                            and successor_id is None))
                  for pk, slug, name, kind, valid_to, successor_id in PLACE_CHOICES()]
        # Every exemplar is read to find them: kept until the next publication.
        years = [year for year in kept(
            live_public(ExemplarPage.objects).order_by("-recognition_year")
            .values_list("recognition_year", flat=True).distinct(), "years", list) if year]
        form = DirectoryFilterForm(
            request.GET,
            sectors=[(slug, name) for _pk, slug, name in sectors],
            movements=[(slug, name) for _pk, slug, name in movements],
            places=[(slug, label) for _pk, slug, label in places],
            subject_types=SubjectType.choices, levels=RecognitionLevel.choices, years=years,
        )
        filters = form.active_filters()
        page_obj = directory_cards(request, self,
                                   filter_values(filters, sectors, movements, places),
                                   requested_page(request.GET.get("trang")))
        query = request.GET.copy()
        query.pop("trang", None)
        context.update(
            form=form,
            filters=filters,
            page_obj=page_obj,
            exemplars=page_obj.object_list,
            filter_query=query.urlencode(),
            filter_errors=form.errors,
        )
        return context


# The directory's filter choices: (pk, slug, name) rows, in each model's own order.
def SECTOR_CHOICES():  # noqa: N802 (a fixed query, named as the constants it replaced)
    return list(Sector.objects.values_list("pk", "slug", "name"))


def MOVEMENT_CHOICES():  # noqa: N802
    return list(Movement.objects.values_list("pk", "slug", "name"))


def PLACE_CHOICES():  # noqa: N802
    return list(Place.objects.values_list("pk", "slug", "name", "kind", "valid_to",
                                          "successor_id"))


def filter_values(filters, sectors, movements, places):
    """The directory's active filters as the values its query compares: ids for sectors,
    movements and places (a place with every place it covers), the rest as given.
    ``sectors``, ``movements`` and ``places`` are (pk, slug, label) rows."""
    pk_by_slug = {
        "linh_vuc": {slug: pk for pk, slug, _label in sectors},
        "phong_trao": {slug: pk for pk, slug, _label in movements},
        "dia_phuong": {slug: pk for pk, slug, _label in places},
    }
    values = {}
    for key in sorted(filters):
        value = filters[key]
        if key == "dia_phuong":
            value = sorted(PlaceGraph.load().covered(pk_by_slug[key][value]))
        elif key in pk_by_slug:
            value = pk_by_slug[key][value]
        values[key] = value
    return values


DIRECTORY_LOOKUPS = {"linh_vuc": "sectors", "phong_trao": "movements",
                     "dia_phuong": "place__in", "loai": "subject_type",
                     "cap": "recognition_level", "nam": "recognition_year"}


def directory_exemplars(values):
    """The directory's exemplars filtered by ``values``, in its order: newest recognition
    first (unknown years last), then by title. The order starts with an indexed column,
    so a page is read in order and the reading stops at its end. Every exemplar is a
    child of the one directory (their parent type, its `max_count`): a condition on the
    tree path here would lead SQLite to read every page first."""
    return live_public(ExemplarPage.objects).filter(
        **{DIRECTORY_LOOKUPS[key]: value for key, value in values.items()}).order_by(
        F("recognition_year").desc(nulls_last=True), "title", "pk")


def directory_cards(request, directory, values, number, per_page=DIRECTORY_PAGE_SIZE):
    """Page ``number`` of the directory's cards filtered by ``values`` (from
    `filter_values`), as a Django paginator page; ``number`` is from `requested_page`,
    and past the end gives the last page. One row per exemplar even with the sector and
    movement joins: each compares a single id, and an exemplar is filed under a term
    only once."""
    page = CountedPaginator(exemplar_rows(directory_exemplars(values)),
                            per_page).get_page(number)
    page.object_list = exemplar_cards(page.object_list, request)
    return page
