"""What each feed carries: its subject (a column, a term, an exemplar, everything), and
its newest prepared entries whose pages are public now, read in one query."""

import dataclasses

from django.db.models import Q
from django.db.models.functions import Substr
from django.db.models.lookups import Exact
from django.http import Http404
from django.utils.translation import gettext

from stories.derived.public_pages import public
from stories.models import (
    AudioClip,
    ColumnPage,
    ExemplarPage,
    Movement,
    Place,
    PlaceGraph,
    Sector,
    StoryExemplar,
    StoryPage,
    SyndicationEntry,
)

FEED_LENGTH = 50

ENTRY_FIELDS = ("page_id", "kind", "title", "url", "summary", "content_html", "author",
                "published_at", "updated_at", "categories", "image", "rights", "radio_text",
                "radio_seconds", "page__feed_identity__guid", "audio_id", "audio__title",
                "audio__size", "audio__mime_type", "audio__duration")


@dataclasses.dataclass(slots=True)
class FeedAudio:
    pk: int
    title: str
    size: int
    mime_type: str
    duration: float

    get_absolute_url = AudioClip.get_absolute_url
    extension = AudioClip.extension
    duration_text = AudioClip.duration_text


@dataclasses.dataclass(slots=True)
class FeedItem:
    """An entry as a feed reads it: built from a row, far cheaper than a model instance."""

    page_id: int
    kind: str
    title: str
    url: str
    summary: str
    content_html: str
    author: str
    published_at: object
    updated_at: object
    categories: list
    image: dict
    rights: str
    radio_text: str
    radio_seconds: int
    # The page's FeedIdentity (None only for an entry prepared before identities were).
    guid: str | None
    audio: FeedAudio | None

    @classmethod
    def from_row(cls, row):
        *fields, audio_id, audio_title, size, mime_type, duration = row
        audio = FeedAudio(audio_id, audio_title, size, mime_type, duration) if (
            audio_id) else None
        return cls(*fields, audio)


def shown_entries():
    """Entries whose pages are live and outside every view restriction now."""
    return public(SyndicationEntry.objects, page="page__")


def _shown(where, kinds, audio_only):
    entries = shown_entries().filter(where, kind__in=kinds)
    return entries.filter(audio__isnull=False) if audio_only else entries


# What each kind of feed draws from, as a condition on SyndicationEntry built from its
# arguments.
WHERE = {
    "all": lambda: Q(),
    "column": lambda length, path, depth: Q(
        Exact(Substr("page__path", 1, length), path), page__depth=depth),
    "exemplar": lambda exemplar_id: Q(page_id__in=StoryExemplar.objects.filter(
        exemplar_id=exemplar_id).values("story_id")),
    "sectors": lambda ids: _filed_under("sectors", ids),
    "movements": lambda ids: _filed_under("movements", ids),
    "places": lambda ids: _filed_under("places", ids),
}


@dataclasses.dataclass
class FeedSource:
    """One feed's subject: its key in URLs, its titles, and which entries it draws from:
    ``shape`` (a key of WHERE) with ``args``."""

    key: str
    title: str
    description: str
    link: str
    shape: str = "all"
    args: tuple = ()
    order: str = "-published_at"
    column: ColumnPage | None = None
    audio_only: bool = False
    kinds: tuple = ("story", "exemplar")
    # Whether an item published again is announced as new in RSS (a "new and updated"
    # feed): RSS readers know an item only by its guid.
    marks_updates: bool = False

    def entries(self, limit=FEED_LENGTH, since=None, until=None):
        """The newest entries (published in [since, until) when given) whose pages are
        live and outside every view restriction now: one query."""
        period = Q()
        if since is not None:
            period &= Q(published_at__gte=since)
        if until is not None:
            period &= Q(published_at__lt=until)
        rows = _shown(WHERE[self.shape](*self.args) & period, self.kinds, self.audio_only)
        rows = rows.order_by(self.order, "-page_id").values_list(*ENTRY_FIELDS)[:limit]
        return [FeedItem.from_row(row) for row in rows]

    def has_entries(self):
        return _shown(WHERE[self.shape](*self.args), self.kinds, self.audio_only).exists()


def _column(slug):
    column = public(ColumnPage.objects).filter(slug=slug).first()
    if column is None:
        raise Http404
    return column


def _filed_under(relation, ids):
    """Entries of stories and profiles filed under any of the terms ``ids``."""
    where = Q()
    for model in (StoryPage, ExemplarPage):
        field = model._meta.get_field(relation) if relation != "places" or (
            model is StoryPage) else None
        if field is None:  # a profile has one place, on the page itself
            where |= Q(page_id__in=ExemplarPage.objects.filter(place_id__in=ids).values("pk"))
            continue
        through = field.remote_field.through
        where |= Q(page_id__in=through.objects.filter(
            **{f"{field.m2m_reverse_field_name()}__in": ids}).values(field.m2m_field_name()))
    return where


def source(kind, slug=None):
    """The FeedSource for a feed URL's kind and slug; Http404 if there is none."""
    site = "Gương Sáng"
    if kind == "tat-ca" and slug is None:
        return FeedSource("tat-ca", site, gettext("New stories and exemplar profiles."), "/")
    if kind == "ho-so" and slug is None:
        return FeedSource(
            "ho-so", gettext("%(site)s: exemplar profiles") % {"site": site},
            gettext("Exemplar profiles, new and updated."), "/",
            order="-updated_at", kinds=("exemplar",), marks_updates=True)
    if slug is None:
        raise Http404
    if kind in ("chuyen-muc", "podcast"):
        column = _column(slug)
        feed = FeedSource(f"{kind}/{slug}", f"{column.title} — {site}",
                          column.intro or column.title, column.get_url(), "column",
                          (len(column.path), column.path, column.depth + 1),
                          column=column, audio_only=kind == "podcast", kinds=("story",))
        # A podcast with no episode is no podcast: apps would list an empty show.
        if feed.audio_only and not feed.has_entries():
            raise Http404
        return feed
    if kind == "dien-hinh":
        exemplar = public(ExemplarPage.objects).filter(slug=slug).first()
        if exemplar is None:
            raise Http404
        return FeedSource(
            f"dien-hinh/{slug}", f"{exemplar.title} — {site}",
            gettext("Stories about %(name)s.") % {"name": exemplar.title},
            exemplar.get_url(), "exemplar", (exemplar.pk,), kinds=("story",))
    model = {"linh-vuc": Sector, "phong-trao": Movement, "dia-phuong": Place}.get(kind)
    if model is None:
        raise Http404
    term = model.objects.filter(slug=slug).first()
    if term is None:
        raise Http404
    if model is Place:
        shape, ids = "places", sorted(PlaceGraph.load().covered(term.pk))
    else:
        shape, ids = ("sectors" if model is Sector else "movements"), [term.pk]
    return FeedSource(f"{kind}/{slug}", f"{term} — {site}",
                      gettext("Stories and exemplars filed under %(term)s.") % {"term": term},
                      term.get_absolute_url(), shape, (ids,))
