"""How search entries are stored, many at a time: the entry and facet rows, the vendor's
full-text structure (SQLite's FTS5 table, PostgreSQL's weighted vectors), and the
statistics and cache a bulk write needs. What goes into an entry is `search.indexing`'s.
"""

import contextlib
import functools
import re

from django.db import connection
from wagtail.models import Page, PageViewRestriction

from search.models import Kind, SearchEntry, SearchFacetValue
from search.tasks import mirror_after_commit
from stories.vietnamese import exact_token, fold, to_nfc

_WORD = re.compile(r"\w+")


def remove_entries(page_ids, mirror=True):
    entries = SearchEntry.objects.filter(
        object_id__in=page_ids, kind__in=[Kind.EXEMPLAR, Kind.STORY, Kind.COLUMN])
    removed = list(entries.values_list("pk", "kind", "object_id"))
    if not removed:
        return
    ids = [pk for pk, _kind, _object_id in removed]
    delete_fulltext(ids)
    SearchEntry.objects.filter(pk__in=ids).delete()
    for _pk, kind, object_id in removed if mirror else ():
        mirror_after_commit(kind, object_id)


def write_entries(documents, mirror=True):
    """Write entries, replacing those of the same kind and object: (kind, object id,
    title, summary, body, url, published at, version, facets, names, terms) each."""
    if not documents:
        return
    old = SearchEntry.objects.none()
    for kind in {document[0] for document in documents}:
        old = old | SearchEntry.objects.filter(kind=kind, object_id__in=[
            document[1] for document in documents if document[0] == kind])
    old_ids = list(old.values_list("pk", flat=True))
    if old_ids:
        delete_fulltext(old_ids)
        SearchEntry.objects.filter(pk__in=old_ids).delete()
    entries = []
    for (kind, object_id, title, summary, body, url, published_at, version, _facets,
         names, terms) in documents:
        title = to_nfc(title)
        entries.append(SearchEntry(
            kind=kind, object_id=object_id, title=title, title_folded=fold(title)[:255],
            summary=to_nfc(summary or ""), names=to_nfc(names), terms=to_nfc(terms),
            body=to_nfc(body or ""), url=url, published_at=published_at, version=version))
    if connection.vendor == "postgresql":
        _write_many_postgresql(entries, documents)
    else:
        _write_many_rows(entries, documents)
    for entry in entries if mirror else ():
        mirror_after_commit(entry.kind, entry.object_id)


_ENTRY_COLUMNS = ["kind", "object_id", "title", "title_folded", "summary", "names", "terms",
                  "body", "url", "published_at", "version"]


def _write_many_rows(entries, documents):
    """SQLite: plain INSERTs of many rows (Django's bulk_create composes a statement per
    few dozen rows, which costs more than the writing), then the full-text rows."""
    fields = [SearchEntry._meta.get_field(name) for name in _ENTRY_COLUMNS]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO public_search_searchentry ({', '.join(f.column for f in fields)})"  # noqa: S608
            f" VALUES ({', '.join(['%s'] * len(fields))})",
            [[field.get_db_prep_save(getattr(entry, field.attname), connection)
              for field in fields] for entry in entries])
        ids = {}
        for kind in {entry.kind for entry in entries}:
            ids.update({(kind, object_id): pk for object_id, pk in SearchEntry.objects.filter(
                kind=kind, object_id__in=[entry.object_id for entry in entries
                                          if entry.kind == kind]).values_list("object_id", "pk")})
        for entry in entries:
            entry.pk = ids[entry.kind, entry.object_id]
        cursor.executemany("INSERT INTO public_search_searchfacetvalue (entry_id, facet, value)"
                           " VALUES (%s, %s, %s)", _facet_rows(entries, documents))
        cursor.executemany(
            "INSERT INTO public_search_fts (rowid, title, title_folded, lead, lead_folded,"
            " text, text_folded) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [(entry.pk, *_fulltext_columns(entry)) for entry in entries])


def _facet_rows(entries, documents):
    return [(entry.pk, str(facet), str(value))
            for entry, document in zip(entries, documents, strict=True)
            for facet, value in dict.fromkeys(document[8])]


def _write_many_postgresql(entries, documents):
    """One statement for a batch's entries with their vectors (an INSERT then an UPDATE
    of every row writes each row twice), one for their facet values."""
    fields = [SearchEntry._meta.get_field(name) for name in _ENTRY_COLUMNS]
    texts = [f"t{number}" for number in range(8)]
    columns = [*(field.column for field in fields), *texts]
    arrays = [[field.get_db_prep_save(getattr(entry, field.attname), connection)
               for entry in entries] for field in fields]
    full = [(*_fulltext_columns(entry), _exact_words(entry.title), _fold(entry.title))
            for entry in entries]
    arrays += [[row[number] for row in full] for number in range(8)]
    types = [field.db_type(connection) for field in fields] + ["text"] * 8
    vector, title_vector = _postgresql_vectors(*texts)
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(field.column for field in fields)},"  # noqa: S608
            f" vector, title_vector) SELECT {', '.join(columns[:len(fields)])}, {vector},"
            f" {title_vector} FROM unnest({', '.join(f'%s::{kind}[]' for kind in types)})"
            f" AS rows ({', '.join(columns)}) RETURNING id, kind, object_id", arrays)
        ids = {(kind, object_id): pk for pk, kind, object_id in cursor.fetchall()}
        for entry in entries:
            entry.pk = ids[entry.kind, entry.object_id]
        facets = _facet_rows(entries, documents)
        cursor.execute(
            f"INSERT INTO {connection.ops.quote_name(SearchFacetValue._meta.db_table)}"  # noqa: S608
            " (entry_id, facet, value) SELECT * FROM unnest(%s::bigint[], %s::text[],"
            " %s::text[])", [[row[number] for row in facets] for number in range(3)])


def analyse():
    """Fresh planner statistics for the search tables and the page tables, after a bulk
    load or a rebuild: planned with stale ones, PostgreSQL joined 10,000 facet rows to
    2,000 hits by nested loop, and listings' restriction checks became nested loops."""
    from stories.models import ColumnPage, ExemplarPage, StoryPage
    from stories.syndication.models import FeedIdentity

    tables = [model._meta.db_table for model in (
        SearchEntry, SearchFacetValue, Page, PageViewRestriction, ExemplarPage, StoryPage,
        ColumnPage, FeedIdentity)]
    tables += [ExemplarPage._meta.get_field(name).remote_field.through._meta.db_table
               for name in ("sectors", "movements")]
    tables += [StoryPage._meta.get_field(name).remote_field.through._meta.db_table
               for name in ("sectors", "movements", "places")]
    # On PostgreSQL the search tables are vacuumed too (outside a transaction, where that
    # is allowed): the visibility map lets facet counts read the index alone after a load.
    vacuumed = {SearchEntry._meta.db_table, SearchFacetValue._meta.db_table}
    with connection.cursor() as cursor:
        for table in tables:
            command = ("VACUUM (ANALYZE)" if connection.vendor == "postgresql"
                       and not connection.in_atomic_block and table in vacuumed
                       else "ANALYZE")
            cursor.execute(f"{command} {connection.ops.quote_name(table)}")


@contextlib.contextmanager
def large_cache():
    """On SQLite, a page cache of 256 MB for a bulk write, the connection's own given
    back after: with the default 2 MB, the tables' and indexes' pages are read again from
    the file for every batch once they outgrow it, and a write of 200,000 pages slows
    down as it goes."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (size,) = cursor.fetchone()
        cursor.execute("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(size)}")




# --- the vendor's full-text structure ------------------------------------------------------

def _fulltext_columns(entry):
    """Title with the names, lead, and the rest of the text with the terms, each twice: as
    written (each word spelled by `exact_token`) and folded."""
    title = f"{entry.title} {entry.names}".strip()
    text = f"{entry.body} {entry.terms}".strip()
    return (_exact_words(title), _fold(title), _exact_words(entry.summary),
            _fold(entry.summary), _exact_words(text), _fold(text))


class _FoldedCharacters(dict):
    """Each character's `fold`, worked out the first time it is met."""

    def __missing__(self, code):
        self[code] = folded = fold(chr(code))
        return folded


_FOLDED = _FoldedCharacters()


def _fold(text):
    """``fold(text)``, character by character from a table: the same text (the marks
    `fold` strips belong to one character each), at a fraction of the cost on long
    bodies. Only a Greek capital sigma lowers differently at the end of a word."""
    return fold(text) if "Σ" in text else text.translate(_FOLDED)


# The same words come back on every page: each is spelled once.
_exact_token = functools.lru_cache(maxsize=100_000)(exact_token)


def _exact_words(text):
    return " ".join(_exact_token(word) for word in _WORD.findall(text))


def _postgresql_vectors(title, title_folded, lead, lead_folded, text, text_folded,
                        title_only, title_only_folded):
    """The SQL of the `vector` and `title_vector` columns from the SQL of the texts.
    Weight A: title and names, B: lead, C: the rest; each field's folded words follow
    its exact ones, so a phrase is found within one spelling."""
    return (f"setweight(to_tsvector('simple', {title}), 'A')"
            f" || setweight(to_tsvector('simple', {title_folded}), 'A')"
            f" || setweight(to_tsvector('simple', {lead}), 'B')"
            f" || setweight(to_tsvector('simple', {lead_folded}), 'B')"
            f" || setweight(to_tsvector('simple', {text}), 'C')"
            f" || setweight(to_tsvector('simple', {text_folded}), 'C')",
            f"setweight(to_tsvector('simple', {title_only}), 'A')"
            f" || setweight(to_tsvector('simple', {title_only_folded}), 'B')")


def delete_fulltext(ids):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(f"DELETE FROM public_search_fts WHERE rowid IN ({marks})", ids)  # noqa: S608
