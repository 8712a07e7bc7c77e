"""The read-only JSON API for portals (Wagtail API v2): published stories, profiles,
columns and taxonomies, filtered by column, sector, movement, place and date.

Only fields listed in each model's `api_fields` are exposed: consent records, units'
contacts and drafts never are. Anonymous clients are rate limited per address.
"""

import datetime

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from .models import (
    ColumnPage,
    ExemplarPage,
    Movement,
    Place,
    PlaceGraph,
    Sector,
    StoryPage,
)
from .models.base import live_public

FILTERS = ("chuyen_muc", "linh_vuc", "phong_trao", "dia_phuong", "tu_ngay", "den_ngay")


class PortalThrottle(AnonRateThrottle):
    scope = "portal"


def _date(value, name):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise BadRequestError(f"{name}: expected a date as YYYY-MM-DD") from error


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


class PortalPagesViewSet(PagesAPIViewSet):
    filter_backends = [PortalFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(FILTERS)
    throttle_classes = [PortalThrottle]

    def get_queryset(self):
        # Live, public pages of this endpoint's type only (no `type` switching), newest
        # first unless `order` says otherwise.
        pages = live_public(self.model.objects).filter(
            Q(pk__in=self.get_base_queryset().values("pk")))
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


class TermViewSet(BaseAPIViewSet):
    throttle_classes = [PortalThrottle]
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
