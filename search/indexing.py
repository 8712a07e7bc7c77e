"""What the public search index holds for each page and taxonomy term, and writing it.

Only public pages (`stories.derived.public_pages`) are indexed; everything else is
removed, so drafts, unpublished and private content can never be found, quoted or
suggested. When to write is decided by `stories.derived`; this module only writes.
"""

import html
import re
from collections.abc import Sequence

from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from search.models import Facet, Kind, SearchEntry, SearchFacetValue
from search.tasks import mirror_after_commit
from stories.derived.public_pages import SEARCHED, is_public, public_page_ids, public_versions
from stories.vietnamese import exact_token, fold, to_nfc

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


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
        sectors, movements = list(page.sectors.all()), list(page.movements.all())
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
        sectors, movements = list(page.sectors.all()), list(page.movements.all())
        places = list(page.places.all())
        exemplars = [link.exemplar.title for link in page.exemplar_links.select_related(
            "exemplar") if link.exemplar.live]
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
            _delete_fulltext(ids)
            SearchEntry.objects.filter(pk__in=ids).delete()
        for removed_kind, removed_id in removed:
            mirror_after_commit(removed_kind, removed_id)


@transaction.atomic
def _write(kind, object_id, title, summary, body, url, published_at, version, facets,
           names="", terms=""):
    title, summary, body = to_nfc(title), to_nfc(summary or ""), to_nfc(body or "")
    entry, _created = SearchEntry.objects.update_or_create(
        kind=kind, object_id=object_id,
        defaults={"title": title, "title_folded": fold(title)[:255], "summary": summary,
                  "names": to_nfc(names), "terms": to_nfc(terms),
                  "body": body, "url": url, "published_at": published_at,
                  "version": version})
    SearchFacetValue.objects.filter(entry=entry).delete()
    SearchFacetValue.objects.bulk_create(
        [SearchFacetValue(entry=entry, facet=facet, value=str(value))
         for facet, value in dict.fromkeys(facets)])
    _write_fulltext(entry)
    mirror_after_commit(kind, object_id)


# --- the vendor's full-text structure ------------------------------------------------------

def _fulltext_columns(entry):
    """Title with the names, lead, and the rest of the text with the terms, each twice: as
    written (each word spelled by `exact_token`) and folded."""
    title = f"{entry.title} {entry.names}".strip()
    text = f"{entry.body} {entry.terms}".strip()
    return (_exact_words(title), fold(title), _exact_words(entry.summary),
            fold(entry.summary), _exact_words(text), fold(text))


def _exact_words(text):
    return " ".join(exact_token(word) for word in _WORD.findall(text))


def _write_fulltext(entry):
    columns = _fulltext_columns(entry)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM public_search_fts WHERE rowid = %s", [entry.pk])
            cursor.execute(
                "INSERT INTO public_search_fts (rowid, title, title_folded, lead, lead_folded,"
                " text, text_folded) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                [entry.pk, *columns])
        elif connection.vendor == "postgresql":
            # Weight A: title and names, B: lead, C: the rest; each field's folded words
            # follow its exact ones, so a phrase is found within one spelling.
            title, title_folded, lead, lead_folded, text, text_folded = columns
            cursor.execute(
                "UPDATE public_search_searchentry SET vector ="
                " setweight(to_tsvector('simple', %s), 'A')"
                " || setweight(to_tsvector('simple', %s), 'A')"
                " || setweight(to_tsvector('simple', %s), 'B')"
                " || setweight(to_tsvector('simple', %s), 'B')"
                " || setweight(to_tsvector('simple', %s), 'C')"
                " || setweight(to_tsvector('simple', %s), 'C'),"
                " title_vector = setweight(to_tsvector('simple', %s), 'A')"
                " || setweight(to_tsvector('simple', %s), 'B') WHERE id = %s",
                [title, title_folded, lead, lead_folded, text, text_folded,
                 _exact_words(entry.title), fold(entry.title), entry.pk])


def _delete_fulltext(ids):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(f"DELETE FROM public_search_fts WHERE rowid IN ({marks})", ids)  # noqa: S608


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


def rebuild(progress=None):
    """Empty the database index and write every searchable page and term again."""
    with transaction.atomic():
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM public_search_fts")
        SearchEntry.objects.all().delete()
    from stories.models import PlaceGraph

    page_ids = searchable_page_ids()
    terms = [term for model in _term_models().values() for term in model.objects.all()]
    total, done = len(page_ids) + len(terms), 0
    graph = PlaceGraph.load()
    for page_id in page_ids:
        index_page(page_id, graph)
        done += 1
        if progress and (done % 200 == 0 or done == total):
            progress(done, total)
    for term in terms:
        index_term(term)
        done += 1
        if progress and (done % 200 == 0 or done == total):
            progress(done, total)
    # Fresh statistics: planned with stale ones, PostgreSQL joined 10,000 facet rows to
    # 2,000 hits by nested loop (1.5 s instead of 0.1 s).
    with connection.cursor() as cursor:
        for model in (SearchEntry, SearchFacetValue):
            cursor.execute(f"ANALYZE {model._meta.db_table}")
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
