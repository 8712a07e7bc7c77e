"""Mirroring the database index to Elasticsearch, in the task worker after the change is
committed. A push that fails keeps its entry in the backlog and is tried again later by
the worker (the task enqueued again, deferred); `search_index sync` (or `derived_data
repair`) sends whatever is still waiting. Nothing here waits or sleeps."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)
ATTEMPTS = 3
RETRY_SECONDS = 30


def mirror_after_commit(kind, object_id):
    """Send the change on to Elasticsearch, when there is one, once it is committed."""
    if settings.ELASTICSEARCH_URL:
        transaction.on_commit(lambda: push_to_elasticsearch_task.enqueue(kind, object_id))


@task()
def push_to_elasticsearch_task(kind, object_id, attempt=1):
    if push_to_elasticsearch(kind, object_id) or attempt >= ATTEMPTS:
        return
    backend = push_to_elasticsearch_task.get_backend()
    if backend.supports_defer:
        later = timezone.now() + datetime.timedelta(seconds=RETRY_SECONDS * attempt)
        push_to_elasticsearch_task.using(run_after=later).enqueue(kind, object_id, attempt + 1)


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
    from search.elastic import client, push
    from search.models import ElasticsearchBacklog

    sent, connection = 0, client()
    for backlog in ElasticsearchBacklog.objects.order_by("updated_at")[:limit]:
        try:
            push(backlog.kind, backlog.object_id, connection)
        except Exception as error:  # noqa: BLE001
            backlog.attempts += 1
            backlog.last_error = repr(error)[:2000]
            backlog.save()
            break
        backlog.delete()
        sent += 1
    return sent
