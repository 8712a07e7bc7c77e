"""The read-only JSON API for portals (Wagtail API v2): published stories, profiles,
columns and taxonomies, filtered by column, sector, movement, place and date.

Only fields listed in each model's `api_fields` are exposed: consent records, units'
contacts and drafts never are, nor any page behind a view restriction (whoever asks: the
API knows no users). Anonymous clients are rate limited per address.

Whatever a client puts in the query string is answered 200, 400 with a message naming the
parameter, or 404: never a server error.
"""

import datetime

from django.core.exceptions import ValidationError
from django.http import Http404
from rest_framework.filters import BaseFilterBackend
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page

from stories.models import (
    ColumnPage,
    ExemplarPage,
    Movement,
    Place,
    PlaceGraph,
    Sector,
    StoryPage,
)
from stories.models.base import live_public

FILTERS = ("chuyen_muc", "linh_vuc", "phong_trao", "dia_phuong", "tu_ngay", "den_ngay")


class PortalThrottle(AnonRateThrottle):
    scope = "portal"


# Longer ids exist in no table, and would overflow a 64-bit integer column.
ID_MAX_DIGITS = 18


def _date(value, name):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise BadRequestError(f"{name}: expected a date as YYYY-MM-DD") from error


def whole_number(value):
    """``value`` as an int if it is written with at most 18 ASCII digits, else None
    (`int` would also take "٣", " 3", "+3" and "3_0")."""
    if value.isascii() and value.isdigit() and len(value) <= ID_MAX_DIGITS:
        return int(value)
    return None


class PortalPagination(WagtailPagination):
    """Wagtail's `limit` and `offset`, with an offset past the last item answered with no
    items instead of being sent to the database (where a huge one overflows)."""

    def paginate_queryset(self, queryset, request, view=None):
        items = super().paginate_queryset(queryset, request, view)
        # Wagtail has checked that offset is a whole number, not below 0.
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return items


class PortalFieldsFilter(FieldsFilter):
    """Wagtail's filters by field value (`?title=…`, `?recognition_year=…`), with a value
    the field cannot hold (a date that is not one) answered 400 too."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as error:
            raise BadRequestError(f"field filter error: {' '.join(error.messages)}") from error


class PortalSearchFilter(SearchFilter):
    """Wagtail's `search`, over the pages the other filters kept. The search backend
    understands only filters on indexed fields: the restriction check and the taxonomy
    filters reach it as the one thing it always understands, a list of ids."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if request.GET.get("order") == "random":
            raise BadRequestError("order: random cannot be combined with search")
        chosen = OrderingFilter().filter_queryset(
            request, queryset.model.objects.filter(pk__in=queryset.values("pk")), view)
        return super().filter_queryset(request, chosen, view)


class PortalFilter(BaseFilterBackend):
    """chuyen_muc, linh_vuc, phong_trao, dia_phuong (slugs), tu_ngay, den_ngay (dates).
    An unknown slug gives an empty list, as a filter that matches nothing would."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        model = queryset.model
        if slug := params.get("chuyen_muc"):
            if model is not StoryPage:
                raise BadRequestError("chuyen_muc: only stories belong to a column")
            column = live_public(ColumnPage.objects).filter(slug=slug).first()
            queryset = queryset.child_of(column) if column else queryset.none()
        tagged = model in (StoryPage, ExemplarPage)
        for param in ("linh_vuc", "phong_trao", "dia_phuong"):
            if params.get(param) and not tagged:
                raise BadRequestError(f"{param}: only stories and profiles are filed so")
        for param, relation in (("linh_vuc", "sectors"), ("phong_trao", "movements")):
            if slug := params.get(param):
                queryset = queryset.filter(**{f"{relation}__slug": slug})
        if slug := params.get("dia_phuong"):
            place = Place.objects.filter(slug=slug).first()
            covered = PlaceGraph.load().covered(place.pk) if place else set()
            lookup = "places__in" if model is StoryPage else "place__in"
            queryset = queryset.filter(**{lookup: covered}).distinct()
        if value := params.get("tu_ngay"):
            queryset = queryset.filter(first_published_at__date__gte=_date(value, "tu_ngay"))
        if value := params.get("den_ngay"):
            queryset = queryset.filter(first_published_at__date__lte=_date(value, "den_ngay"))
        return queryset


class PortalEndpoint:
    """What every endpoint shares: the rate limit, the paging, and query strings checked
    before anything reaches the database."""

    throttle_classes = [PortalThrottle]
    pagination_class = PortalPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            # PostgreSQL refuses NUL in text; no name, slug or date has one.
            if any("\x00" in value for value in values):
                raise BadRequestError(f"{name}: null characters are not allowed")

    def detail_view(self, request, pk):
        # `<int:pk>` takes any number of digits; the database compares at most 64 bits.
        if len(str(pk)) > ID_MAX_DIGITS:
            raise Http404("not found")
        return super().detail_view(request, pk)

    def find_object(self, queryset, request):
        if "id" in request.GET and whole_number(request.GET["id"]) is None:
            raise BadRequestError(
                f"id: expected a whole number of at most {ID_MAX_DIGITS} digits")
        return super().find_object(queryset, request)


class SiteHtmlUrlField(PageHtmlUrlField):
    """The page's address as the site links it (`stories.models.base.site_root_url`),
    the same as its canonical link, the sitemap and the feeds."""

    def to_representation(self, page):
        return page.get_full_url(self.context["request"])


class PortalPageSerializer(PageSerializer):
    html_url = SiteHtmlUrlField(read_only=True)


class PortalPagesViewSet(PortalEndpoint, PagesAPIViewSet):
    base_serializer_class = PortalPageSerializer
    filter_backends = [PortalFilter, PortalFieldsFilter,
                       *(backend for backend in PagesAPIViewSet.filter_backends
                         if backend not in (FieldsFilter, SearchFilter)),
                       PortalSearchFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(FILTERS)

    def get_base_queryset(self):
        # Wagtail asks each view restriction whether it lets the request's user in; the
        # API has no users, so a page behind any restriction is simply left out. Only
        # the pages of the site asked for (`?site=host[:port]`) or of the request's.
        try:
            site = SiteFilterValidator(site=self.request.GET.get("site"),
                                       request=self.request).site_obj
        except ValueError as error:
            raise BadRequestError(f"site: {error}") from error
        if site is None:
            return Page.objects.none()
        return live_public(Page.objects.descendant_of(site.root_page, inclusive=True))

    def get_queryset(self):
        # Pages of this endpoint's type only (no `type` switching), newest first unless
        # `order` says otherwise.
        pages = self.model.objects.filter(pk__in=self.get_base_queryset().values("pk"))
        return pages.order_by("-first_published_at", "-pk")


class StoriesViewSet(PortalPagesViewSet):
    model = StoryPage
    name = "stories"
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "lead",
                              "last_published_at"]


class ExemplarsViewSet(PortalPagesViewSet):
    model = ExemplarPage
    name = "exemplars"
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields,
                              "achievement_summary", "subject_type", "recognition_year"]


class ColumnsViewSet(PortalPagesViewSet):
    model = ColumnPage
    name = "columns"


class TermViewSet(PortalEndpoint, BaseAPIViewSet):
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug"]


class SectorsViewSet(TermViewSet):
    model = Sector
    name = "sectors"


class MovementsViewSet(TermViewSet):
    model = Movement
    name = "movements"


class PlacesViewSet(TermViewSet):
    model = Place
    name = "places"
    listing_default_fields = [*TermViewSet.listing_default_fields, "kind", "is_current"]


api_router = WagtailAPIRouter("portal_api")
api_router.register_endpoint("bai-viet", StoriesViewSet)
api_router.register_endpoint("dien-hinh", ExemplarsViewSet)
api_router.register_endpoint("chuyen-muc", ColumnsViewSet)
api_router.register_endpoint("linh-vuc", SectorsViewSet)
api_router.register_endpoint("phong-trao", MovementsViewSet)
api_router.register_endpoint("dia-phuong", PlacesViewSet)
