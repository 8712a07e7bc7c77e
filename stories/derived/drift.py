"""What the derived data gets wrong, compared with the public pages, and its repair: one
report over the search index and the feed entries (and the Elasticsearch mirror)."""

import dataclasses

from django.conf import settings

from search import indexing
from stories.derived import refresh
from stories.derived.tasks import BATCH
from stories.syndication import entries


@dataclasses.dataclass
class Drift:
    """(missing, stale, extra) page ids of each derived copy."""

    search: tuple
    feeds: tuple

    def page_ids(self):
        return sorted({pk for ids in (*self.search, *self.feeds) for pk in ids})


def report():
    return Drift(search=indexing.drift(), feeds=entries.drift())


def repair(drift, progress=None):
    """Refresh every page either copy gets wrong, now (in the command, not the worker).
    Returns the ids that still failed."""
    from stories.models import PlaceGraph

    page_ids, failed = drift.page_ids(), []
    graph = PlaceGraph.load()
    for start in range(0, len(page_ids), BATCH):
        failed += refresh.refresh_pages(page_ids[start:start + BATCH], graph, bulk=True)
        if progress:
            progress(min(start + BATCH, len(page_ids)), len(page_ids))
    return failed


@dataclasses.dataclass
class MirrorState:
    documents: int | None
    entries: int
    waiting: int
    error: str = ""


def elasticsearch_state():
    """How the Elasticsearch mirror compares with the database index; None without one."""
    if not settings.ELASTICSEARCH_URL:
        return None
    from search import elastic
    from search.models import ElasticsearchBacklog, SearchEntry

    waiting, entries_count = ElasticsearchBacklog.objects.count(), SearchEntry.objects.count()
    try:
        documents = elastic.document_count()
    except Exception as error:  # noqa: BLE001 (the cluster is down or unreachable)
        return MirrorState(None, entries_count, waiting, str(error))
    return MirrorState(documents, entries_count, waiting)


def repair_elasticsearch(progress=None):
    """Send the backlog; if the counts still differ, write a new index behind the alias.
    Returns (updates sent, documents written by a rebuild or None)."""
    from search import elastic
    from search.models import SearchEntry
    from search.tasks import drain_backlog

    sent = drain_backlog()
    # Counted after a refresh: deletes just sent are not taken for missing documents.
    if elastic.document_count() != SearchEntry.objects.count():
        return sent, elastic.rebuild(progress=progress)
    return sent, None
