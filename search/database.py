"""The database search backend: SQLite FTS5 or PostgreSQL full-text search over the
entries of `search.models`, with folded and exact spellings, multi-select facets and
snippets. A search page costs two statements here whatever the filters: one for the
page of hits with their total, one for every facet's counts.

On PostgreSQL a broad query ("Đăk Hà") matches a large share of the archive, so neither
statement reads every match's text: the matches come from the GIN index alone and are
counted exactly, facets are counted through the facet table's index, and only the best
`CANDIDATES` matches by a cheap score on the title are ranked exactly.
"""

import datetime

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from search.models import Facet, Kind, SearchEntry
from search.query import (
    FACET_ORDER,
    PAGE_SIZE,
    FacetCount,
    Hit,
    SearchResults,
    highlight,
    snippet,
    sort_facet,
)
from stories.vietnamese import fold

SNIPPET_LENGTH = 220
ENTRY = SearchEntry._meta.db_table
FACET_VALUE = "public_search_searchfacetvalue"


FOLDED_COLUMNS = "title_folded lead_folded text_folded"
EXACT_COLUMNS = "title lead text"
# bm25 weights of the FTS5 columns: title (with names), lead, the rest; exact spellings
# above folded ones. PostgreSQL's ts_rank weighs A, B and C alike (see `indexing`).
BM25 = "bm25(public_search_fts, 10.0, 5.0, 4.0, 2.0, 1.0, 0.5)"
# Where the words are found together, best first: the field tiers of `tier_sql`.
PHRASE_FIELDS = (("title_folded", "A"), ("lead_folded", "B"), ("text_folded", "C"))


def _sqlite_match(words, prefix_last=True, title_only=False, any_word=False):
    folded_columns = "title_folded" if title_only else FOLDED_COLUMNS
    exact_columns = "title" if title_only else EXACT_COLUMNS
    parts = []
    for index, word in enumerate(words):
        star = "*" if prefix_last and index == len(words) - 1 else ""
        # The spelling as typed (diacritics or none) only adds to the rank.
        part = (f'{{{folded_columns}}} : "{word.folded}"{star}'
                f' OR {{{exact_columns}}} : "{word.exact}"')
        parts.append(f"({part})")
    return (" OR " if any_word else " AND ").join(parts)


def _postgres_query(words, prefix_last=True, any_word=False):
    parts = []
    for index, word in enumerate(words):
        star = ":*" if prefix_last and index == len(words) - 1 else ""
        parts.append(f"('{word.folded}'{star} | '{word.exact}')")
    return (" | " if any_word else " & ").join(parts)


def _phrase(words, column, weight, prefix_last=True):
    """The query's words next to each other, in that order, in one field (MATCH text for
    SQLite, tsquery text for PostgreSQL, where no ``weight`` means any field); the last
    word open at its end while typing."""
    if connection.vendor == "sqlite":
        star = "*" if prefix_last else ""
        return f'{{{column}}} : "{" ".join(word.folded for word in words)}"{star}'
    parts = [f"'{word.folded}'" + (f":{weight}" if weight else "") for word in words]
    if prefix_last:
        parts[-1] = f"'{words[-1].folded}':*{weight}"
    return " <-> ".join(parts)


def tier_sql(words, prefix_last=True):
    """An SQL expression over the entry ``e``, lower first: 0 the title is the query, 1 the
    title holds it, 2 the query's words stand together in a name, 3 in the lead, 4 in the
    rest, 5 they are found apart. "giao vien" puts "giáo viên" anywhere above "giao" in one
    place and "viên" in another; within a tier the field-weighted rank decides."""
    phrase = " ".join(word.folded for word in words)
    cases = ["WHEN e.title_folded = %s THEN 0",
             "WHEN ' ' || e.title_folded || ' ' LIKE %s THEN 1"]
    params = [phrase, f"% {phrase}{'%' if prefix_last else ' %'}"]
    apart = len(PHRASE_FIELDS) + 2
    if connection.vendor == "postgresql":
        # Most matches of a broad query hold the words apart: one phrase test in any
        # field settles them, instead of one per field.
        cases.append(f"WHEN NOT e.vector @@ to_tsquery('simple', %s) THEN {apart}")
        params.append(_phrase(words, "", "", prefix_last))
    for tier, (column, weight) in enumerate(PHRASE_FIELDS, start=2):
        if connection.vendor == "sqlite":
            cases.append(f"WHEN e.id IN (SELECT rowid FROM public_search_fts"  # noqa: S608
                         f" WHERE public_search_fts MATCH %s) THEN {tier}")
        else:
            cases.append(f"WHEN e.vector @@ to_tsquery('simple', %s) THEN {tier}")
        params.append(_phrase(words, column, weight, prefix_last))
    return f"CASE {' '.join(cases)} ELSE {apart} END", params


def hits_sql(words, *, prefix_last=True, title_only=False, any_word=False):
    """SQL selecting (id, rank) of the entries matching every word (or ``any_word``);
    lower rank first."""
    if not words:
        return f"SELECT id, 0 AS rank FROM {ENTRY}", []  # noqa: S608
    if connection.vendor == "sqlite":
        match = _sqlite_match(words, prefix_last, title_only, any_word)
        return (f"SELECT rowid AS id, {BM25} AS rank"  # noqa: S608
                " FROM public_search_fts WHERE public_search_fts MATCH %s", [match])
    vector = "title_vector" if title_only else "vector"
    return (f"SELECT id, -ts_rank({vector}, q) AS rank FROM {ENTRY},"  # noqa: S608
            f" to_tsquery('simple', %s) q WHERE {vector} @@ q",
            [_postgres_query(words, prefix_last, any_word)])


# As many as a citizen can page through (MAX_PAGE pages of PAGE_SIZE): every page shown is
# ranked among the same candidates.
CANDIDATES = 1000


def matches_sql(words):
    """PostgreSQL: SQL selecting the ids of the entries matching every word, answered by the
    GIN index without reading the entries' text (a plain tsquery needs no recheck)."""
    if not words:
        return f"SELECT e.id FROM {ENTRY} e", []  # noqa: S608
    return (f"SELECT e.id FROM {ENTRY} e"  # noqa: S608
            " WHERE e.vector @@ to_tsquery('simple', %s)", [_postgres_query(words)])


def cheap_tier_sql(words):
    """PostgreSQL: an expression over the entry ``e`` choosing the candidates to rank,
    lower first, before freshness: the title is the query, holds it, holds its words, or
    not. Only the row's short columns are read, never the text's vector (stored apart)."""
    phrase = " ".join(word.folded for word in words)
    return ("CASE WHEN e.title_folded = %s THEN 0"
            " WHEN ' ' || e.title_folded || ' ' LIKE %s THEN 1"
            " WHEN e.title_vector @@ to_tsquery('simple', %s) THEN 2 ELSE 3 END",
            [phrase, f"% {phrase}%", _postgres_query(words)])


def _aware(value):
    """A timestamp read by a raw cursor: SQLite gives UTC text, PostgreSQL a datetime."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def _filter_sql(filters, skip=None, column="e.id"):
    """Conditions on the entry's id ``column`` for the selected facet values, except those
    of ``skip``."""
    sql, params = [], []
    for facet, values in sorted(filters.items()):
        if facet == skip or not values:
            continue
        marks = ", ".join(["%s"] * len(values))
        sql.append(f"{column} IN (SELECT entry_id FROM {FACET_VALUE}"  # noqa: S608
                   f" WHERE facet = %s AND value IN ({marks}))")
        params += [facet, *sorted(values)]
    return sql, params


class DatabaseBackend:
    name = "database"

    def search(self, request, *, labels=None):
        """``labels(facet, values)`` names facet values for display."""
        words = request.words
        filters = {facet: values for facet, values in request.filters.items() if values}
        if connection.vendor == "postgresql":
            sql, params = self._postgres_page(words, filters, request.sort)
            hits, hits_params = matches_sql(words)
        else:
            sql, params = self._page(words, filters, request.sort)
            hits, hits_params = hits_sql(words)
        offset = (request.page - 1) * PAGE_SIZE
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, PAGE_SIZE, offset])
            rows = cursor.fetchall()
            facet_rows = self._facet_counts(cursor, hits, hits_params, filters)
        total = rows[0][-1] if rows else sum(
            count for facet, _value, count in facet_rows if facet == Facet.KIND)
        hits_out = []
        for kind, object_id, title, url, published, summary, body, _total in rows:
            published = _aware(published)
            hits_out.append(Hit(
                kind=kind, object_id=object_id, title=title, url=url, published_at=published,
                title_html=highlight(title, words),
                snippet_html=snippet(summary, body, words, SNIPPET_LENGTH)))
        return SearchResults(request=request, hits=hits_out, total=total,
                             facets=self._facets(facet_rows, request.filters, labels))

    def _page(self, words, filters, sort):
        """The page of hits with their total, every match ranked (SQLite's FTS5 ranks in
        its own index)."""
        hits, hits_params = hits_sql(words)
        where, where_params = _filter_sql(filters)
        order_params = []
        if sort == "date" or not words:
            order = "e.published_at DESC NULLS LAST, e.id DESC"
        else:
            # Where the words stand together, then the ranking; freshness only breaks ties.
            tier, order_params = tier_sql(words)
            order = f"{tier}, hits.rank, e.published_at DESC NULLS LAST, e.id DESC"
        sql = (
            f"WITH hits AS ({hits}) SELECT e.kind, e.object_id, e.title, e.url,"  # noqa: S608
            " e.published_at, e.summary, e.body, COUNT(*) OVER () AS total"
            f" FROM hits JOIN {ENTRY} e ON e.id = hits.id"
            f"{' WHERE ' + ' AND '.join(where) if where else ''}"
            f" ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return sql, [*hits_params, *where_params, *order_params]

    def _postgres_page(self, words, filters, sort):
        """The page of hits with their total on PostgreSQL. One pass over the index's
        matches reads only their rows' short columns (the vector, stored apart, is carried
        as a reference); they are counted exactly, the best `CANDIDATES` by
        `cheap_tier_sql` and freshness are ranked as SQLite ranks (where the words stand
        together, the weighted rank, freshness), and only the page's entries are read whole."""
        conditions, params = _filter_sql(filters)
        if words:
            conditions.insert(0, "e.vector @@ to_tsquery('simple', %s)")
            params.insert(0, _postgres_query(words))
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        vector = "vector || ''::tsvector"
        if sort == "date" or not words:
            cheap, cheap_params = "0", []
            tier, tier_params, rank, rank_params, vector = "0", [], "0", [], "NULL"
        else:
            cheap, cheap_params = cheap_tier_sql(words)
            tier, tier_params = tier_sql(words)
            rank, rank_params = "-ts_rank(e.vector, to_tsquery('simple', %s))", [
                _postgres_query(words)]
        newest = "published_at DESC NULLS LAST, id DESC"
        sql = (
            "WITH matched AS MATERIALIZED (SELECT e.id, e.title_folded, e.published_at,"  # noqa: S608
            f" e.vector, {cheap} AS cheap FROM {ENTRY} e{where}),"
            f" candidates AS MATERIALIZED (SELECT * FROM matched ORDER BY cheap, {newest}"
            f" LIMIT {CANDIDATES}),"
            # Each candidate's vector read once (OFFSET 0 keeps the subquery apart), not
            # once per test of `tier_sql`.
            f" page AS (SELECT e.id, {tier} AS tier, {rank} AS rank, e.published_at"
            f" FROM (SELECT id, title_folded, published_at, {vector} AS vector"
            f" FROM candidates OFFSET 0) e ORDER BY tier, rank, {newest} LIMIT %s OFFSET %s)"
            " SELECT e.kind, e.object_id, e.title, e.url, e.published_at, e.summary, e.body,"
            f" (SELECT COUNT(*) FROM matched) AS total FROM page p JOIN {ENTRY} e"
            " ON e.id = p.id ORDER BY p.tier, p.rank, p.published_at DESC NULLS LAST,"
            " p.id DESC"
        )
        return sql, [*cheap_params, *params, *tier_params, *rank_params]

    def _facet_counts(self, cursor, hits, hits_params, filters):
        """Each facet's counts under the other facets' filters (a facet's own selection
        leaves its other values countable, for multi-select), in one statement. Only the
        matches' ids are read, never an entry."""
        postgresql = connection.vendor == "postgresql"
        parts, params = [], []
        groups = [(None, [f for f in FACET_ORDER if f not in filters])]
        groups += [(facet, [facet]) for facet in FACET_ORDER if facet in filters]
        for skip, facets in groups:
            if not facets:
                continue
            marks = ", ".join(["%s"] * len(facets))
            if postgresql:
                # Written as a semi-join, PostgreSQL hashes the matches (a join, expecting
                # few, sorts every facet row of them); where it still sorts, the values,
                # codes, compare byte by byte rather than by the locale's rules.
                where, where_params = _filter_sql(filters, skip=skip, column="f.entry_id")
                where.insert(0, "f.entry_id IN (SELECT id FROM hits)")
                source = f"{FACET_VALUE} f"
            else:
                where, where_params = _filter_sql(filters, skip=skip)
                source = f"hits e JOIN {FACET_VALUE} f ON f.entry_id = e.id"
            where.append(f"f.facet IN ({marks})")
            key = 'f.facet COLLATE "C", f.value COLLATE "C"' if postgresql else "f.facet, f.value"
            parts.append(f"SELECT {key}, COUNT(*) FROM {source}"  # noqa: S608
                         f" WHERE {' AND '.join(where)} GROUP BY {key}")
            params += [*where_params, *facets]
        materialized = "MATERIALIZED " if postgresql else ""
        cursor.execute(f"WITH hits AS {materialized}({hits}) " + " UNION ALL ".join(parts),
                       [*hits_params, *params])
        return cursor.fetchall()

    def _facets(self, rows, selected, labels):
        by_facet = {facet: {} for facet in FACET_ORDER}
        for facet, value, count in rows:
            by_facet.setdefault(facet, {})[value] = count
        for facet, values in selected.items():
            for value in values:  # a selection that now matches nothing stays visible
                by_facet.setdefault(facet, {}).setdefault(value, 0)
        facets = {}
        for facet, counts in by_facet.items():
            if not counts:
                continue
            named = labels(facet, list(counts)) if labels else {}
            items = [FacetCount(value, named.get(value, value), count,
                                value in selected.get(facet, ()))
                     for value, count in counts.items() if value in named or not labels]
            facets[facet] = sort_facet(facet, items)
        return facets

    def suggest(self, text, words, limit=8):
        """Titles starting like the words typed, for autocomplete: (title, url) pairs."""
        if not words:
            return []
        hits, params = hits_sql(words, title_only=True)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH hits AS ({hits}) SELECT e.title, e.url FROM hits JOIN {ENTRY} e"  # noqa: S608
                f" ON e.id = hits.id ORDER BY hits.rank, e.title LIMIT %s", [*params, limit])
            return cursor.fetchall()

    def titles_sharing_a_word(self, words, limit=200):
        """Titles with at least one of the words, whole: candidates for "did you mean"."""
        hits, params = hits_sql(words, prefix_last=False, title_only=True, any_word=True)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH hits AS ({hits}) SELECT e.title FROM hits JOIN {ENTRY} e"  # noqa: S608
                f" ON e.id = hits.id ORDER BY hits.rank, e.title LIMIT %s", [*params, limit])
            return [title for (title,) in cursor.fetchall()]

    def phrase_count(self, words):
        """How many entries hold the words next to each other (prefix_last off): what a
        "did you mean" proposal would find."""
        if not words:
            return 0
        hits, params = hits_sql(words, prefix_last=False)
        tier, tier_params = tier_sql(words, prefix_last=False)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH hits AS ({hits}) SELECT COUNT(*) FROM hits JOIN {ENTRY} e"  # noqa: S608
                f" ON e.id = hits.id WHERE {tier} < {len(PHRASE_FIELDS) + 2}",
                [*params, *tier_params])
            return cursor.fetchone()[0]

    def vocabulary(self):
        """Folded title words with a spelling as written, for "did you mean"."""
        words = {}
        for title, in SearchEntry.objects.filter(
                kind__in=[Kind.EXEMPLAR, Kind.COLUMN, Kind.PLACE, Kind.SECTOR,
                          Kind.MOVEMENT]).order_by("title").values_list("title"):
            for written in title.split():
                written = written.strip("“”\"'(),.:;!?")
                words.setdefault(fold(written), written)
        return words

