"""Counting views without a write per view.

Each view adds one to a counter in the default cache (one per page and day); at most once
a minute per cache, the view that finds the minute over moves the counters into
`ReadingCount` with two statements. With a cache shared by every process (Redis) that is
one flush a minute for the site; with local memory each process flushes its own counts.
A count waits in the cache until the next view after its minute, never longer than
`COUNTER_SECONDS`.
"""

import contextlib
import datetime
import logging

from django.apps import apps
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from wagtail.models import Page

from stories.models.base import live_public
from stories.reading.models import ReadingCount

logger = logging.getLogger(__name__)

FLUSH_GATE = "reading:flush-gate"
FLUSH_SECONDS = 60
# Long enough for yesterday's counts to be flushed after midnight.
COUNTER_SECONDS = 2 * 24 * 60 * 60
# Counts older than this are no use to "most read this week".
KEEP_DAYS = 28


def counter_key(page_id, day):
    return f"reading:{day.isoformat()}:{page_id}"


def count_view(page_id):
    key = counter_key(page_id, timezone.localdate())
    cache.add(key, 0, COUNTER_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # evicted since the line above
        cache.set(key, 1, COUNTER_SECONDS)
    if cache.add(FLUSH_GATE, 1, FLUSH_SECONDS):
        try:
            flush()
        except DatabaseError:
            # The counts stay in the cache for the next flush; the reader's page is fine.
            logger.exception("Reading counts not flushed")


def counted_pages():
    """The pages whose views are counted: live, public stories and profiles."""
    types = (apps.get_model("stories", "StoryPage"), apps.get_model("stories", "ExemplarPage"))
    return live_public(Page.objects.type(*types))


def flush():
    """Move the counters of today and yesterday into the database."""
    today = timezone.localdate()
    days = (today - datetime.timedelta(days=1), today)
    keys = {counter_key(pk, day): (pk, day)
            for pk in counted_pages().values_list("pk", flat=True) for day in days}
    found = {key: views for key, views in cache.get_many(list(keys)).items() if views}
    if found:
        counts = [(*keys[key], views) for key, views in found.items()]
        with transaction.atomic():
            ReadingCount.objects.bulk_create(
                [ReadingCount(page_id=pk, day=day) for pk, day, _views in counts],
                ignore_conflicts=True)
            # One statement adds to every row, whatever another process adds meanwhile.
            ReadingCount.objects.filter(
                Q.create([Q(page_id=pk, day=day) for pk, day, _views in counts],
                         connector=Q.OR),
            ).update(views=F("views") + Case(
                *(When(page_id=pk, day=day, then=Value(views)) for pk, day, views in counts),
                default=Value(0)))
        for key, views in found.items():
            # A counter expired meanwhile has nothing left to take away.
            with contextlib.suppress(ValueError):
                cache.decr(key, views)
    ReadingCount.objects.filter(day__lt=today - datetime.timedelta(days=KEEP_DAYS)).delete()
