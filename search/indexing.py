"""What the public search index holds for each page and taxonomy term, and writing it.

Only public pages (`stories.derived.public_pages`) are indexed; everything else is
removed, so drafts, unpublished and private content can never be found, quoted or
suggested. When to write is decided by `stories.derived`; this module only writes.
"""

import html
import re
from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from search import entry_storage
from search.models import Facet, Kind, SearchEntry
from search.tasks import mirror_after_commit
from stories.derived.public_pages import (
    SEARCHED,
    is_public,
    public,
    public_page_ids,
    public_versions,
)

_SPACES = re.compile(r"\s+")


def plain_text(value):
    """The words of a StreamField's raw data (or any nest of dicts, lists and strings),
    without markup."""
    parts = []

    def walk(item):
        if isinstance(item, str):
            parts.append(html.unescape(strip_tags(item)) if "<" in item or "&" in item else item)
        elif isinstance(item, dict):
            for key, child in item.items():
                if key not in ("type", "id", "image", "photo", "url", "alignment", "credit"):
                    walk(child)
        elif isinstance(item, Sequence):  # a list, or StreamField's RawDataView
            for child in item:
                walk(child)

    walk(value)
    return _SPACES.sub(" ", " ".join(parts)).strip()


def _document_for_page(page, graph):
    """(entry fields, facet pairs) for a specific page, or None if it is not searchable."""
    from stories.models import ColumnPage, ExemplarPage, StoryPage

    if isinstance(page, ExemplarPage):
        sectors, movements = _related(page, "sectors"), _related(page, "movements")
        awards = [award.display_name for award in page.public_awards]
        terms = " ".join(filter(None, [
            *awards, page.unit.name if page.unit_id else "",
            page.place.full_name if page.place_id else "",
            *(s.name for s in sectors), *(m.name for m in movements)]))
        facets = [(Facet.KIND, Kind.EXEMPLAR), (Facet.SUBJECT, page.subject_type),
                  *((Facet.SECTOR, s.pk) for s in sectors),
                  *((Facet.MOVEMENT, m.pk) for m in movements),
                  *_place_facets([page.place_id] if page.place_id else [], graph)]
        if page.recognition_level:
            facets.append((Facet.LEVEL, page.recognition_level))
        if page.recognition_year:
            facets.append((Facet.YEAR, page.recognition_year))
        return {"kind": Kind.EXEMPLAR, "summary": page.achievement_summary,
                "body": plain_text(page.profile.raw_data), "names": "", "terms": terms}, facets
    if isinstance(page, StoryPage):
        sectors, movements = _related(page, "sectors"), _related(page, "movements")
        places = _related(page, "places")
        exemplars = [link.exemplar.title for link in _related(page, "exemplar_links")
                     if link.exemplar.live]
        # Not the byline nor the tags: a page is not about its reporter or its keywords.
        terms = " ".join(filter(None, [
            *(s.name for s in sectors), *(m.name for m in movements),
            *(p.full_name for p in places)]))
        facets = [(Facet.KIND, Kind.STORY), *((Facet.SECTOR, s.pk) for s in sectors),
                  *((Facet.MOVEMENT, m.pk) for m in movements),
                  *_place_facets([p.pk for p in places], graph)]
        if page.first_published_at:
            facets.append((Facet.YEAR, timezone.localtime(page.first_published_at).year))
        return {"kind": Kind.STORY, "summary": page.lead,
                "body": plain_text(page.body.raw_data), "names": " ".join(exemplars),
                "terms": terms}, facets
    if isinstance(page, ColumnPage):
        return {"kind": Kind.COLUMN, "summary": page.intro, "body": "", "names": "",
                "terms": ""}, [
            (Facet.KIND, Kind.COLUMN)]
    return None


def _related(page, name):
    """The page's sectors, movements, places or exemplar links: as read for a whole batch
    by `specific_pages`, else from the database."""
    loaded = getattr(page, "bulk_related", None)
    if loaded is not None:
        return loaded[name]
    related = getattr(page, name).all()
    return list(related.select_related("exemplar") if name == "exemplar_links" else related)


def _place_facets(place_ids, graph):
    """A page is found under its places and under every place covering them (the old
    district, the communes merged into a new one), so that a place's count is what
    filtering by it finds. ``graph`` is a PlaceGraph loaded once for a whole batch, or
    None to load it here."""
    from stories.models import PlaceGraph

    if not place_ids:
        return []
    graph = graph or PlaceGraph.load()
    return [(Facet.PLACE, pk) for place in place_ids for pk in sorted(
        {place} | graph.covering(place))]


def index_page(page_id, graph=None):
    """Bring the page's entry up to date: written if it is searchable, removed if not."""
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page else None
    return write_page(page_id, page, public=bool(page and is_public(page)), graph=graph)


def write_page(page_id, page, *, public, graph=None):
    """Write the entry of ``page`` (specific, or None when it is gone) if it is public and
    of a searchable kind; remove it otherwise."""
    document = _document_for_page(page, graph) if page is not None and public else None
    if document is None:
        remove(_kind_of(page) if page else None, page_id)
        return False
    fields, facets = document
    _write(fields["kind"], page.pk, page.title, fields["summary"], fields["body"],
           page.url or page.url_path, page.first_published_at,
           (page.last_published_at or page.first_published_at).isoformat(), facets,
           names=fields["names"], terms=fields["terms"])
    return True


def _kind_of(page):
    document_kinds = {"exemplarpage": Kind.EXEMPLAR, "storypage": Kind.STORY,
                      "columnpage": Kind.COLUMN}
    return document_kinds.get(page._meta.model_name)


def index_term(term):
    """Index a sector, movement or place: its page lists what is filed under it."""
    from stories.models import Movement, Place, PlaceGraph, Sector

    if isinstance(term, Sector):
        kind, title, summary = Kind.SECTOR, term.name, term.description
    elif isinstance(term, Movement):
        kind, title = Kind.MOVEMENT, term.name
        summary = " ".join(filter(None, [term.description, term.launched_by]))
    elif isinstance(term, Place):
        kind, title = Kind.PLACE, term.label
        summary = term.parent.full_name if term.parent_id else ""
        if not term.is_current:
            # A search for an old name leads on to today's unit.
            today = Place.objects.filter(pk__in=PlaceGraph.load().today(term.pk) - {term.pk})
            summary = " ".join(filter(None, [summary, "nay thuộc", ", ".join(
                place.full_name for place in today)]))
    else:
        raise TypeError(term)
    _write(kind, term.pk, title, summary, "", term.get_absolute_url(), None, "",
           [(Facet.KIND, kind)])


def remove(kind, object_id):
    entries = SearchEntry.objects.filter(object_id=object_id)
    if kind:
        entries = entries.filter(kind=kind)
    else:
        entries = entries.filter(kind__in=[Kind.EXEMPLAR, Kind.STORY, Kind.COLUMN])
    ids = list(entries.values_list("pk", flat=True))
    if ids:
        removed = list(entries.values_list("kind", "object_id"))
        with transaction.atomic():
            entry_storage.delete_fulltext(ids)
            SearchEntry.objects.filter(pk__in=ids).delete()
        for removed_kind, removed_id in removed:
            mirror_after_commit(removed_kind, removed_id)


@transaction.atomic
def _write(kind, object_id, title, summary, body, url, published_at, version, facets,
           names="", terms=""):
    """One entry, written as a batch's are (the same rows, whichever the path)."""
    entry_storage.write_entries([(kind, object_id, title, summary, body, url, published_at,
                                  version, facets, names, terms)])


# --- whole sets: subtrees, terms, the full rebuild and drift --------------------------------

def _term_models():
    from stories.models import Movement, Place, Sector

    return {Kind.SECTOR: Sector, Kind.MOVEMENT: Movement, Kind.PLACE: Place}


def remove_term(term):
    kind = {model: kind for kind, model in _term_models().items()}.get(type(term))
    if kind:
        remove(kind, term.pk)


def searchable_page_ids():
    return public_page_ids(SEARCHED)


# --- in batches: rebuild, sync, repair ------------------------------------------------------

BATCH = 500


def specific_pages(page_ids):
    """The specific pages of ``page_ids`` with what their entries show, read in a fixed
    number of queries whatever the number of pages. Sectors, movements and places are
    read once each for the batch and shared between its pages (in their models' order,
    as ``page.sectors.all()`` gives them): a copy of each per page costs more than the
    rest of the indexing."""
    from stories.models import ColumnPage, ExemplarPage, StoryPage

    pages, terms = {}, {}
    for model, related, prefetched, relations in (
            (ExemplarPage, ("unit", "place"), ("awards",), ("sectors", "movements")),
            (StoryPage, (), ("exemplar_links__exemplar",),
             ("sectors", "movements", "places")),
            (ColumnPage, (), (), ())):
        found = {page.pk: page for page in model.objects.filter(pk__in=page_ids)
                 .select_related(*related).prefetch_related(*prefetched)}
        for name in relations:
            field = model._meta.get_field(name)
            target = field.related_model
            if target not in terms:
                terms[target] = {term.pk: (position, term)
                                 for position, term in enumerate(target.objects.all())}
            chosen = {pk: [] for pk in found}
            for page_id, term_id in field.remote_field.through.objects.filter(**{
                    f"{field.m2m_field_name()}_id__in": list(found)}).values_list(
                    f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"):
                chosen[page_id].append(terms[target][term_id])
            for pk, page in found.items():
                page.bulk_related = getattr(page, "bulk_related", {})
                page.bulk_related[name] = [term for _position, term in sorted(
                    chosen[pk], key=lambda item: item[0])]
        if model is StoryPage:
            for page in found.values():
                page.bulk_related["exemplar_links"] = list(page.exemplar_links.all())
        pages.update(found)
    return pages


def write_pages(page_ids, graph=None, pages=None, public_ids=None, mirror=True):
    """Bring the entries of ``page_ids`` up to date together: each written if the page is
    public and searchable, removed if not. The same entries as `write_page` one by one,
    with a constant number of queries per batch. ``pages`` ({id: specific page}) and
    ``public_ids`` may be given by a caller that has read them already; without
    ``mirror``, Elasticsearch is left to a rebuild of its own."""
    from stories.models import PlaceGraph

    page_ids = list(page_ids)
    if pages is None:
        pages = specific_pages(page_ids)
    if public_ids is None:
        public_ids = set(public(Page.objects.filter(pk__in=page_ids)).values_list(
            "pk", flat=True))
    graph = graph or PlaceGraph.load()
    rows = []
    for page_id in page_ids:
        page = pages.get(page_id)
        document = _document_for_page(page, graph) if (
            page is not None and page_id in public_ids) else None
        if document is None:
            continue
        fields, facets = document
        rows.append((page, fields, facets))
    written = {page.pk for page, _fields, _facets in rows}
    with transaction.atomic():
        entry_storage.remove_entries([pk for pk in page_ids if pk not in written], mirror)
        entry_storage.write_entries([
            (fields["kind"], page.pk, page.title, fields["summary"], fields["body"],
             page.url or page.url_path, page.first_published_at,
             (page.last_published_at or page.first_published_at).isoformat(), facets,
             fields["names"], fields["terms"]) for page, fields, facets in rows], mirror)
    return written


@entry_storage.large_cache()
def rebuild(progress=None, batch=None, after=0, checkpoint=None):
    """Write every searchable page's and term's entry again, in batches of pages taken in
    id order, then remove the entries of pages and terms no longer searchable. Returns
    how many entries were written.

    Rebuilt in place rather than beside and swapped: each batch replaces its pages'
    entries in one transaction, so the public search always finds every page (its old
    entry or its new one), never a half-empty index, and needs no second copy of the
    tables. ``checkpoint(last page id, done, total)`` is called after each batch is
    committed; a rebuild started again with ``after`` set to the last id recorded
    continues there. Elasticsearch is not sent each change: `elastic.rebuild` writes
    its new index in bulk afterwards."""
    from stories.models import PlaceGraph

    page_ids = searchable_page_ids()
    pending = sorted(pk for pk in page_ids if pk > after)
    terms = [term for model in _term_models().values() for term in model.objects.all()]
    total = len(page_ids) + len(terms)
    done = len(page_ids) - len(pending)
    graph = PlaceGraph.load()
    batch = batch or BATCH
    for start in range(0, len(pending), batch):
        ids = pending[start:start + batch]
        write_pages(ids, graph, mirror=False)
        done += len(ids)
        if checkpoint:
            checkpoint(ids[-1], done, total)
        if progress:
            progress(done, total)
    for term in terms:
        index_term(term)
    # Read again: a page published while the rebuild ran has its entry from the worker.
    expected = set(searchable_page_ids())
    with transaction.atomic():
        entry_storage.remove_entries(sorted(set(SearchEntry.objects.filter(
            kind__in=[Kind.EXEMPLAR, Kind.STORY, Kind.COLUMN]).values_list(
            "object_id", flat=True)) - expected), mirror=False)
        for kind, model in _term_models().items():
            gone = set(SearchEntry.objects.filter(kind=kind).values_list(
                "object_id", flat=True)) - set(model.objects.values_list("pk", flat=True))
            for object_id in sorted(gone):
                remove(kind, object_id)
    entry_storage.analyse()
    if progress:
        progress(total, total)
    return total


def drift():
    """What the index gets wrong: (missing page ids, stale page ids, extra entry ids)."""
    expected = public_versions(SEARCHED)
    indexed = dict(SearchEntry.objects.filter(
        kind__in=[Kind.EXEMPLAR, Kind.STORY, Kind.COLUMN]).values_list("object_id", "version"))
    missing = sorted(set(expected) - set(indexed))
    stale = sorted(pk for pk in set(expected) & set(indexed) if expected[pk] != indexed[pk])
    extra = sorted(set(indexed) - set(expected))
    return missing, stale, extra
