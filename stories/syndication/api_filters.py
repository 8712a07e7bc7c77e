"""The portal API's filters: by column, sector, movement, place and date for stories and
profiles; search and kinds for the taxonomies; Wagtail's own filters with every value they
cannot use answered 400 naming the parameter, never a server error."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError

from stories.models import ColumnPage, ExemplarPage, Place, PlaceGraph, StoryPage
from stories.models.base import live_public
from stories.vietnamese import fold, to_nfc

PAGE_FILTERS = ("chuyen_muc", "linh_vuc", "phong_trao", "dia_phuong", "tu_ngay", "den_ngay")
# A search longer than any name is a mistake or an attack, not a name.
SEARCH_MAX_LENGTH = 200


def _date(value, name):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise BadRequestError(
            _("%(name)s: expected a date as YYYY-MM-DD") % {"name": name}) from error


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
        if request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError(_("search_operator: expected “and” or “or”"))
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


class TermSearchFilter(BaseFilterBackend):
    """`?search=` on sectors, movements and places: every word of the query in the name
    (or a place's official code), folded as the site's search folds them, so that "dak koi"
    finds "Đăk Kôi". The tables are short lists of names, read whole."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        query = request.GET["search"]
        if len(query) > SEARCH_MAX_LENGTH:
            raise BadRequestError(_("search: at most %(count)d characters") % {
                "count": SEARCH_MAX_LENGTH})
        if "search_operator" in request.GET:
            raise BadRequestError(_("search_operator: names are searched word by word "
                                    "(every word must match)"))
        words = fold(to_nfc(query)).split()
        if not words:
            return queryset
        names = ("name", "code") if queryset.model is Place else ("name",)
        found = [row[0] for row in queryset.values_list("pk", *names)
                 if all(any(word in fold(text or "") for text in row[1:]) for word in words)]
        return queryset.filter(pk__in=found)


class PlaceKindFilter(BaseFilterBackend):
    """`?kind=xa` on places: one of the kinds the model knows (province, commune, ward,
    district…); any other value is answered 400 listing them."""

    def filter_queryset(self, request, queryset, view):
        if "kind" not in request.GET:
            return queryset
        kind = request.GET["kind"]
        if kind not in Place.Kind.values:
            raise BadRequestError(_("kind: expected one of %(kinds)s") % {
                "kinds": ", ".join(Place.Kind.values)})
        return queryset.filter(kind=kind)
