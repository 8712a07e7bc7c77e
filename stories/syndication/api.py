"""The read-only JSON API for portals (Wagtail API v2): published stories, profiles,
columns and taxonomies, filtered by column, sector, movement, place and date.

Only fields listed in each model's `api_fields` are exposed: consent records, units'
contacts and drafts never are, nor any page behind a view restriction (whoever asks: the
API knows no users). Anonymous clients are rate limited per address.

Whatever a client puts in the query string is answered 200, 400 with a message naming the
parameter, or 404: never a server error. Every answer carries validators for polling, a
short public Cache-Control and gzip (`stories.syndication.polling`); photos come with
absolute addresses and renditions (`api_images`); `/api/v2/` lists the endpoints.
"""

import re

from django.db.models import QuerySet
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from rest_framework.throttling import AnonRateThrottle
from wagtail import fields as wagtail_fields
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import (
    BaseSerializer,
    DetailUrlField,
    PageHtmlUrlField,
    PageSerializer,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

from stories.models import ColumnPage, ExemplarPage, Movement, Place, Sector, StoryPage
from stories.models.base import live_public, site_url
from stories.models.site_settings import site_name
from stories.paging import counted
from stories.syndication.api_filters import (
    PAGE_FILTERS,
    PlaceKindFilter,
    PortalFieldsFilter,
    PortalFilter,
    PortalSearchFilter,
    TermSearchFilter,
)
from stories.syndication.api_images import PortalImageField, PortalStreamField
from stories.syndication.polling import polled


class PortalThrottle(AnonRateThrottle):
    scope = "portal"


# Parameters of link tracking (campaigns, Facebook, Zalo, Google), ignored.
TRACKING = re.compile(r"utm_[a-z_]+|fbclid|gclid|zarsrc|zaloid", re.ASCII)

# Longer ids exist in no table, and would overflow a 64-bit integer column.
ID_MAX_DIGITS = 18


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
        if isinstance(queryset, QuerySet):
            # Wagtail's checks of offset and limit, on no rows and so without a query; the
            # total is then kept until the next publication (`stories.paging.counted`).
            window = super().paginate_queryset(queryset.none(), request, view).query
            self.total_count = counted(queryset)
            items = queryset[window.low_mark:window.high_mark]
        else:  # search results, counted by the search backend
            items = super().paginate_queryset(queryset, request, view)
        # Wagtail has checked that offset is a whole number, not below 0.
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return items


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

    def check_query_parameters(self, queryset):
        """Wagtail's check, in Vietnamese, letting through the tracking parameters a shared
        link carries (``?utm_source=zalo``), which change nothing."""
        asked = {name for name in self.request.GET if not TRACKING.fullmatch(name)}
        allowed = set(self.get_available_fields(queryset.model, db_fields_only=True))
        unknown = asked - allowed - set(self.known_query_parameters)
        if unknown:
            raise BadRequestError(
                _("Not a filter, an operation or a field of this list: %(names)s")
                % {"names": ", ".join(sorted(unknown))})

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


class SiteDetailUrlField(DetailUrlField):
    """The item's API address on the site's root too, whatever host was asked."""

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            return super().get_attribute(instance)  # no endpoint: Wagtail leaves it out
        return site_url(path, self.context["request"])


class PortalSerializer(BaseSerializer):
    detail_url = SiteDetailUrlField(read_only=True)


class PortalPageSerializer(PageSerializer):
    detail_url = SiteDetailUrlField(read_only=True)
    html_url = SiteHtmlUrlField(read_only=True)
    # Bodies with each photo's addresses and renditions instead of its id.
    serializer_field_mapping = {**PageSerializer.serializer_field_mapping,
                                wagtail_fields.StreamField: PortalStreamField}


class PortalPagesViewSet(PortalEndpoint, PagesAPIViewSet):
    base_serializer_class = PortalPageSerializer
    filter_backends = [PortalFilter, PortalFieldsFilter,
                       *(backend for backend in PagesAPIViewSet.filter_backends
                         if backend not in (FieldsFilter, SearchFilter)),
                       PortalSearchFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PAGE_FILTERS)

    @classmethod
    def get_field_serializer_overrides(cls, model):
        # A photo the model names with Wagtail's one-rendition field gets the portal's.
        return {name: PortalImageField(source=field.source)
                if isinstance(field, ImageRenditionField) else field
                for name, field in super().get_field_serializer_overrides(model).items()}

    def get_base_queryset(self):
        # Wagtail asks each view restriction whether it lets the request's user in; the
        # API has no users, so a page behind any restriction is simply left out. Only
        # the pages of the site asked for (`?site=host[:port]`) or of the request's.
        site = self.requested_site()
        if site is None:
            return Page.objects.none()
        return live_public(Page.objects.descendant_of(site.root_page, inclusive=True))

    def requested_site(self):
        try:
            return SiteFilterValidator(site=self.request.GET.get("site"),
                                       request=self.request).site_obj
        except ValueError as error:
            raise BadRequestError(f"site: {error}") from error

    def get_queryset(self):
        # Pages of this endpoint's type only (no `type` switching), newest first unless
        # `order` says otherwise: the site's pages on the endpoint's own table (an IN of
        # every page of the site made the database read them all).
        site = self.requested_site()
        if site is None:
            return self.model.objects.none()
        pages = live_public(self.model.objects.descendant_of(site.root_page, inclusive=True))
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
    """Sectors, movements and places: filtered by field value, searched by name with or
    without diacritics (`?search=`), ordered (`?order=name`)."""

    base_serializer_class = PortalSerializer
    filter_backends = [PortalFieldsFilter, TermSearchFilter, OrderingFilter]
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug"]

    def get_queryset(self):
        return self.model.objects.order_by("name", "pk")


class SectorsViewSet(TermViewSet):
    model = Sector
    name = "sectors"


class MovementsViewSet(TermViewSet):
    model = Movement
    name = "movements"


class PlacesViewSet(TermViewSet):
    """Also `?kind=xa` (commune), `tinh` (province), `huyen` (former district)…"""

    model = Place
    name = "places"
    filter_backends = [PlaceKindFilter, *TermViewSet.filter_backends]
    listing_default_fields = [*TermViewSet.listing_default_fields, "kind", "is_current"]


# The endpoints, in the order the index lists them, with what each holds.
ENDPOINTS = (
    ("bai-viet", StoriesViewSet, gettext_noop("Stories of the columns, newest first")),
    ("dien-hinh", ExemplarsViewSet,
     gettext_noop("Profiles of exemplary people and collectives")),
    ("chuyen-muc", ColumnsViewSet, gettext_noop("Columns")),
    ("linh-vuc", SectorsViewSet, gettext_noop("Sectors")),
    ("phong-trao", MovementsViewSet, gettext_noop("Emulation movements")),
    ("dia-phuong", PlacesViewSet,
     gettext_noop("Places: provinces, communes and wards, former districts")),
)


class PortalRouter(WagtailAPIRouter):
    """Wagtail's router, with every answer made for polling (`stories.syndication.polling`)
    and an index at its root listing the endpoints."""

    def wrap_view(self, func):
        return polled(super().wrap_view(func))

    def get_urlpatterns(self):
        return [path("", polled(self.index_view), name="index"), *super().get_urlpatterns()]

    def index_view(self, request):
        if request.method not in ("GET", "HEAD"):
            return JsonResponse({"message": _("Only GET is answered here.")}, status=405,
                                headers={"Allow": "GET, HEAD"})
        endpoints = {
            name: {"url": site_url(reverse(f"{self.url_namespace}:{name}:listing"), request),
                   "description": _(description)}
            for name, _view, description in ENDPOINTS
        }
        return JsonResponse({
            "name": site_name(request),
            "endpoints": endpoints,
            "oembed": site_url(reverse("oembed"), request),
            "documentation": site_url(reverse("subscribe_technicians"), request),
        }, json_dumps_params={"ensure_ascii": False, "indent": 2})


api_router = PortalRouter("portal_api")
for endpoint_name, endpoint_view, _description in ENDPOINTS:
    api_router.register_endpoint(endpoint_name, endpoint_view)
