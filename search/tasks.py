"""Index updates, run through Wagtail's task framework (django-tasks) after the change
that caused them is committed. A failed update is tried again (later, where the task
backend can defer; at once, a few times, where it runs tasks in the request); what still
fails is logged, and `search_index sync` finds and repairs whatever the index missed."""

import datetime
import logging
import time

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from search import indexing

logger = logging.getLogger(__name__)
ATTEMPTS = 3


def _retrying(task_function, work, args, attempt):
    try:
        work(*args)
    except Exception:
        if attempt >= ATTEMPTS:
            logger.exception("Search index update %s%r failed %d times; "
                             "`search_index sync` will repair it",
                             task_function.name, args, attempt)
            return
        backend = task_function.get_backend()
        if backend.supports_defer:
            later_at = timezone.now() + datetime.timedelta(seconds=30 * attempt)
            task_function.using(run_after=later_at).enqueue(*args, attempt + 1)
            return
        time.sleep(0.2 * attempt)  # a locked database often frees within moments
        _retrying(task_function, work, args, attempt + 1)


@task()
def index_page_task(page_id, attempt=1):
    _retrying(index_page_task, indexing.index_page, (page_id,), attempt)


@task()
def index_subtree_task(path, attempt=1):
    _retrying(index_subtree_task, indexing.index_subtree, (path,), attempt)


@task()
def index_term_task(model_label, term_id, attempt=1):
    _retrying(index_term_task, indexing.index_term_by_id, (model_label, term_id), attempt)


@task()
def push_to_elasticsearch_task(kind, object_id):
    push_to_elasticsearch(kind, object_id)


def push_to_elasticsearch(kind, object_id):
    """Send one entry to Elasticsearch; on failure keep it in the backlog, to be sent
    again with the next update that gets through, or by `search_index sync`."""
    from search.elastic import push
    from search.models import ElasticsearchBacklog

    try:
        push(kind, object_id)
    except Exception as error:  # noqa: BLE001 (any failure of the cluster or the network)
        backlog, _created = ElasticsearchBacklog.objects.get_or_create(
            kind=kind, object_id=object_id)
        backlog.attempts += 1
        backlog.last_error = repr(error)[:2000]
        backlog.save()
        return False
    ElasticsearchBacklog.objects.filter(kind=kind, object_id=object_id).delete()
    drain_backlog(limit=50)
    return True


def drain_backlog(limit=None):
    """Send the missed updates, oldest first; stop at the first failure (still down)."""
    from search.elastic import push
    from search.models import ElasticsearchBacklog

    sent = 0
    for backlog in ElasticsearchBacklog.objects.order_by("updated_at")[:limit]:
        try:
            push(backlog.kind, backlog.object_id)
        except Exception as error:  # noqa: BLE001
            backlog.attempts += 1
            backlog.last_error = repr(error)[:2000]
            backlog.save()
            break
        backlog.delete()
        sent += 1
    return sent


def later(task_function, *args):
    transaction.on_commit(lambda: task_function.enqueue(*args))
