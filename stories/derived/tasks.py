"""The pipeline's tasks, run by the task worker (`manage.py db_worker`) after the change
that caused them is committed. A batch whose pages failed is enqueued again for those
pages, later, where the backend can defer; what still fails is logged, and
`manage.py derived_data repair` finds it."""

import datetime
import hashlib
import json
import logging
import os

from django.conf import settings
from django.db import connection, transaction
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


# --- the search index written anew, resumable ---------------------------------------------

# The state of the last rebuild of the search index, kept in private storage where the
# worker, the admin and the command (separate processes) all read it, as imports do; one
# file per database, so that installations sharing a folder never continue each other's.
REBUILD_STATE = "rebuilds/search-index-{}.json"
WAITING, RUNNING, INTERRUPTED, DONE, FAILED = (
    "waiting", "running", "interrupted", "done", "failed")
# A rebuild writes its state after every batch: one silent this long has stopped (its
# worker was killed) and may be started again.
STALE_SECONDS = 600


def rebuild_state():
    """{"status", "done", "total", "after" (the last page id written), "started",
    "updated", "finished", "error"} of the last rebuild, or None before the first."""
    from stories.discovery.models.nominations import private_storage

    try:
        with open(private_storage().path(_state_name()), encoding="utf-8") as handle:
            return json.load(handle)
    except (FileNotFoundError, ValueError):
        return None


def _state_name():
    database = str(connection.settings_dict["NAME"])
    return REBUILD_STATE.format(hashlib.sha256(database.encode()).hexdigest()[:12])


def _write_rebuild_state(state):
    from stories.discovery.models.nominations import private_storage

    path = private_storage().path(_state_name())
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # Written whole, then renamed: a reader never sees half a state.
    partial = f"{path}.{os.getpid()}.partial"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(state, handle)
    os.replace(partial, path)
    return state


def rebuild_active(state):
    """Whether ``state`` is of a rebuild waiting for the worker or running now (not one
    whose worker was killed)."""
    if not state or state["status"] not in (WAITING, RUNNING):
        return False
    updated = datetime.datetime.fromisoformat(state["updated"])
    return (timezone.now() - updated).total_seconds() <= STALE_SECONDS


def unfinished_rebuild():
    """The state of a rebuild that stopped before the end (interrupted, killed with its
    worker, or failed; perhaps queued again since), which the next rebuild continues;
    None otherwise."""
    state = rebuild_state()
    if state and state["status"] != DONE and state.get("after"):
        return state
    return None


def rebuild_search_index(progress=None, resume=True):
    """Write the search index anew in batches, recording after each batch how far it
    got; with ``resume``, an unfinished rebuild continues after the last page written.
    Returns how many entries were written."""
    from search import indexing

    unfinished = unfinished_rebuild() if resume else None
    now = timezone.now().isoformat()
    state = {"status": RUNNING, "done": unfinished["done"] if unfinished else 0,
             "total": unfinished["total"] if unfinished else 0,
             "after": unfinished["after"] if unfinished else 0,
             "started": unfinished["started"] if unfinished else now,
             "updated": now, "finished": "", "error": ""}
    _write_rebuild_state(state)

    def checkpoint(after, done, total):
        state.update(after=after, done=done, total=total,
                     updated=timezone.now().isoformat())
        _write_rebuild_state(state)

    try:
        total = indexing.rebuild(progress=progress, after=state["after"],
                                 checkpoint=checkpoint)
    except BaseException as error:  # Ctrl-C included: the next rebuild continues
        state.update(status=INTERRUPTED if isinstance(error, KeyboardInterrupt) else FAILED,
                     error=repr(error)[:500], updated=timezone.now().isoformat())
        _write_rebuild_state(state)
        raise
    state.update(status=DONE, done=total, total=total, after=0,
                 finished=timezone.now().isoformat())
    _write_rebuild_state(state)
    return total


def request_search_rebuild():
    """Queue a rebuild for the worker, unless one is already waiting or running; returns
    whether one was queued."""
    state = rebuild_state()
    if rebuild_active(state):
        return False
    _write_rebuild_state({**(state or {}), "status": WAITING, "error": "",
                          "updated": timezone.now().isoformat()})
    transaction.on_commit(rebuild_search_index_task.enqueue)
    return True


@task(priority=BACKGROUND_PRIORITY)
def rebuild_search_index_task():
    """Started from the admin: the database index, then Elasticsearch's (in bulk, to a
    new index behind the alias) when there is one."""
    rebuild_search_index()
    if settings.ELASTICSEARCH_URL:
        from search import elastic

        elastic.rebuild()
