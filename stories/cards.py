"""What lists show of a story or an exemplar.

A card is built straight from a query row: constructing the Wagtail page itself costs
about 0.1 ms (its inheritance and cluster machinery), and a list shows dozens. The same
cards serve the prepared queries of fixed shape and the paginated listings built with
the ORM.
"""

from dataclasses import dataclass, field

from django.db import DEFAULT_DB_ALIAS
from django.utils.functional import cached_property

from stories.prepared import PreparedQuery, field_names

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


class _CardKind:
    """The columns of one kind of card and how a row becomes a card."""

    def __init__(self, columns, photo_relation):
        self.columns = columns
        self.photo_relation = photo_relation

    @cached_property
    def photo_names(self):
        from stories.models import Photo

        return field_names(Photo, PHOTO_FIELDS)

    def all_columns(self):
        return [*self.columns, *(f"{self.photo_relation}__{name}" for name in self.photo_names)]

    def photo(self, values, using):
        from stories.models import Photo

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
    from stories.models import Place, SubjectType

    pk, title, url_path, subject_type, year, summary, place_name, place_kind = row[:8]
    label = str(SubjectType(subject_type).label) if subject_type in SubjectType.values else ""
    place = Place.describe(place_name, place_kind) if place_name else ""
    return ExemplarCard(pk, title, url(url_path), subject_type, label, year, summary, place,
                        photo)


def _cards(kind, build_card, rows, request, extra, using=DEFAULT_DB_ALIAS):
    from stories.routing import page_urls  # it loads Wagtail's views, which need the models

    url = page_urls(request)
    width = len(kind.columns)
    photo_end = width + len(kind.photo_names)
    cards = []
    for row in rows:
        card = build_card(row, url, kind.photo(row[width:photo_end], using))
        card.extra = dict(zip(extra, row[photo_end:], strict=True))
        cards.append(card)
    return cards


class CardQuery:
    """Cards from a query of fixed shape, composed once (see `stories.prepared`):
    ``build(*args)`` returns a queryset of the pages (filters and order only); the
    annotations named in ``extra`` land in each card's ``extra``."""

    def __init__(self, kind, build, extra=()):
        self.kind = kind
        self.build = build
        self.extra = extra
        self.query = None

    def __call__(self, request, *args):
        kind = STORY if self.kind == "story" else EXEMPLAR
        if self.query is None:
            columns = kind.all_columns()
            build, extra = self.build, self.extra
            self.query = PreparedQuery(
                lambda *a: build(*a).values_list(*columns, *extra))
        builder = _story if kind is STORY else _exemplar
        return _cards(kind, builder, self.query(*args), request, self.extra)


def story_rows(stories):
    """A queryset of stories as the rows `story_cards` turns into cards (for Paginator)."""
    return stories.values_list(*STORY.all_columns())


def exemplar_rows(exemplars):
    return exemplars.values_list(*EXEMPLAR.all_columns())


def story_cards(rows, request):
    return _cards(STORY, _story, rows, request, ())


def exemplar_cards(rows, request):
    return _cards(EXEMPLAR, _exemplar, rows, request, ())
