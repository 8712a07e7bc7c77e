"""Page numbers as visitors type them (`?trang=`), read the same way by every listing:
columns, taxonomy pages, the exemplar directory and search.

Anything that is not a whole number written in ASCII digits, or is below 1, is the first
page; a number past the end, however long, is the last page (never an error: `int()`
refuses numbers of thousands of digits, and databases numbers beyond 64 bits).
"""

import hashlib

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from guongsang.page_cache import store

# How long a list's total is kept at most, whatever the purges.
KEPT_SECONDS = 24 * 60 * 60
# Past the end of any listing; a larger number is read as this one.
MAX_PAGE_NUMBER = 10**6


def requested_page(raw):
    """The page number ``raw`` (a query string value, or None) asks for, from 1 to
    MAX_PAGE_NUMBER."""
    if not raw or not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw) > len(str(MAX_PAGE_NUMBER)):
        return MAX_PAGE_NUMBER
    return min(max(int(raw), 1), MAX_PAGE_NUMBER)


class CountedPaginator(Paginator):
    """Django's paginator with the total counted once per publication rather than on
    every view: a count reads every row of the list, and a column or a sector holds
    thousands. The total is kept with the page cache's generation, which every
    publication, unpublication, move or restriction moves on (`stories.derived.purges`),
    so it is never older than the pages the page cache would serve."""

    @cached_property
    def count(self):
        if isinstance(self.object_list, ByIds):
            return counted(self.object_list.ids)
        return counted(self.object_list)


class ByIds:
    """A list for `CountedPaginator` read in two steps inside one query: the ids of one
    page from ``ids`` (ordered; on the page table alone, so that the database walks the
    index of the order and stops), then ``rows`` (in the same order) of those ids. With the
    row's other tables joined in, SQLite reads and sorts every row of the list instead."""

    def __init__(self, rows, ids):
        self.rows, self.ids = rows, ids

    def __getitem__(self, window):
        return self.rows.filter(pk__in=self.ids[window])


def counted(queryset):
    """``queryset.count()``, kept until the page cache's next purge."""
    return kept(queryset, "count", lambda rows: rows.count())


def kept(queryset, name, read):
    """``read(queryset)`` (``name`` says what it reads), kept in the page cache with its
    generation, so until the next purge; read every time when the page cache is off
    (nothing then moves the generation on)."""
    if not settings.PAGE_CACHE_SECONDS:
        return read(queryset)
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a list known to be empty (`.none()`): read without a query
        return read(queryset)
    key = f"listing-{name}:" + hashlib.sha256(repr((sql, params)).encode()).hexdigest()
    found = store.cache().get_many([key, store.GENERATION_KEY])
    generation = found.get(store.GENERATION_KEY)
    if generation is None:
        generation = store.start_generation()
    if key in found and found[key][0] == generation:
        return found[key][1]
    value = read(queryset)
    store.cache().set(key, (generation, value), KEPT_SECONDS)
    return value
