"""What lists show of a story or an exemplar.

A card is built straight from a query row: constructing the Wagtail page itself costs
about 0.1 ms (its inheritance and cluster machinery), and a list shows dozens.
"""

from dataclasses import dataclass, field

from django.db import DEFAULT_DB_ALIAS
from django.utils.functional import cached_property
from wagtail.models import Site

from stories.models.images import Photo
from stories.models.kinds import SubjectType
from stories.models.taxonomy import Place

PHOTO_FIELDS = ("title", "description", "credit", "file", "file_hash", "width", "height",
                "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")


@dataclass(slots=True)
class StoryCard:
    pk: int
    title: str
    url: str
    first_published_at: object
    reading_minutes: int
    lead: str
    hero_image: object  # a Photo, or None
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class ExemplarCard:
    pk: int
    title: str
    url: str
    subject_type: str
    subject_type_label: str
    recognition_year: int | None
    achievement_summary: str
    place_name: str
    portrait: object  # a Photo, or None
    extra: dict = field(default_factory=dict)


def field_names(model, names):
    """Attribute names of the concrete fields to load, in the model's own order (as
    `Model.from_db` expects), primary keys always included."""
    wanted = {model._meta.get_field(name).attname for name in names}
    return [f.attname for f in model._meta.concrete_fields
            if f.attname in wanted or f.primary_key]


class _CardKind:
    """The columns of one kind of card and how a row becomes a card."""

    def __init__(self, columns, photo_relation):
        self.columns = columns
        self.photo_relation = photo_relation

    @cached_property
    def photo_names(self):
        return field_names(Photo, PHOTO_FIELDS)

    def all_columns(self):
        return [*self.columns, *(f"{self.photo_relation}__{name}" for name in self.photo_names)]

    def photo(self, values, using):
        if values[self.photo_names.index("id")] is None:
            return None
        return Photo.from_db(using, self.photo_names, values)


STORY = _CardKind(("pk", "title", "url_path", "first_published_at", "reading_minutes", "lead"),
                  "hero_image")
EXEMPLAR = _CardKind(("pk", "title", "url_path", "subject_type", "recognition_year",
                      "achievement_summary", "place__name", "place__kind"), "portrait")


def _story(row, url, photo):
    pk, title, url_path, published, minutes, lead = row[:6]
    return StoryCard(pk, title, url(url_path), published, minutes, lead, photo)


def _exemplar(row, url, photo):
    pk, title, url_path, subject_type, year, summary, place_name, place_kind = row[:8]
    label = str(SubjectType(subject_type).label) if subject_type in SubjectType.values else ""
    place = Place.describe(place_name, place_kind) if place_name else ""
    return ExemplarCard(pk, title, url(url_path), subject_type, label, year, summary, place,
                        photo)


def page_urls(request):
    """A function from a page's url_path to its URL as Wagtail's `pageurl` gives it:
    relative within the request's site, absolute for a page of another site."""
    entries = Site.get_site_root_paths()
    site = Site.find_for_request(request) if request is not None else None
    current = next((e.root_path for e in entries if site and e.site_id == site.pk), None)
    if current is None and len({e.root_path for e in entries}) == 1:
        current = entries[0].root_path

    def url(url_path):
        if current and url_path.startswith(current):
            return "/" + url_path[len(current):]
        for entry in entries:  # most specific root first
            if url_path.startswith(entry.root_path):
                return entry.root_url + "/" + url_path[len(entry.root_path):]
        return None

    return url


def _cards(kind, build_card, rows, request, extra, using=DEFAULT_DB_ALIAS):
    url = page_urls(request)
    width = len(kind.columns)
    photo_end = width + len(kind.photo_names)
    cards = []
    for row in rows:
        card = build_card(row, url, kind.photo(row[width:photo_end], using))
        card.extra = dict(zip(extra, row[photo_end:], strict=True))
        cards.append(card)
    return cards


def story_rows(stories, *extra):
    """A queryset of stories as the rows `story_cards` turns into cards (for Paginator);
    the annotations named in ``extra`` land in each card's ``extra``."""
    return stories.values_list(*STORY.all_columns(), *extra)


def exemplar_rows(exemplars, *extra):
    return exemplars.values_list(*EXEMPLAR.all_columns(), *extra)


def story_cards(rows, request, extra=()):
    return _cards(STORY, _story, rows, request, extra)


def exemplar_cards(rows, request, extra=()):
    return _cards(EXEMPLAR, _exemplar, rows, request, extra)
