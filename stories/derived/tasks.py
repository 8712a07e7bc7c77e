"""The pipeline's tasks, run by the task worker (`manage.py db_worker`) after the change
that caused them is committed. A batch whose pages failed is enqueued again for those
pages, later, where the backend can defer; what still fails is logged, and
`manage.py derived_data repair` finds it."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from stories.derived import refresh

logger = logging.getLogger(__name__)

ATTEMPTS = 3
RETRY_SECONDS = 30
BATCH = 200
# A taxonomy change can touch every page: its batches yield to publications.
BACKGROUND_PRIORITY = -10


@task()
def refresh_pages_task(page_ids, attempt=1):
    """Refresh the search entry and the feed entry of each page."""
    failed = refresh.refresh_pages(page_ids)
    if not failed:
        return
    if attempt >= ATTEMPTS:
        logger.error("Pages %s failed %d times; `derived_data repair` will repair them",
                     failed, attempt)
        return
    if refresh_pages_task.get_backend().supports_defer:
        later = timezone.now() + datetime.timedelta(seconds=RETRY_SECONDS * attempt)
        refresh_pages_task.using(run_after=later).enqueue(failed, attempt + 1)
    else:  # run in the request (tests, a shell): no waiting, tried again at once
        refresh_pages_task.call(failed, attempt + 1)


@task()
def refresh_related_task(objects, page_ids=()):
    """Something pages show changed (``objects``: [label, pk] of taxonomy terms, photos,
    recordings): the terms' own entries, then the pages showing them, in batches."""
    touched = set(page_ids)
    for label, pk in objects:
        if label in refresh.TERMS:
            refresh.index_term(label, pk)
        touched.update(refresh.touched_pages(label, pk))
    enqueue_in_batches(sorted(touched), priority=BACKGROUND_PRIORITY)


def enqueue_in_batches(page_ids, priority=0):
    background = refresh_pages_task.using(priority=priority)
    for start in range(0, len(page_ids), BATCH):
        background.enqueue(page_ids[start:start + BATCH])


def refresh_after_commit(page_ids):
    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: enqueue_in_batches(page_ids))


def refresh_related_after_commit(objects, page_ids=()):
    objects, page_ids = [list(item) for item in objects], sorted(set(page_ids))
    transaction.on_commit(lambda: refresh_related_task.enqueue(objects, page_ids))
