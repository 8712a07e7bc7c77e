"""Index updates, run through Wagtail's task framework (django-tasks) after the change
that caused them is committed. A failed update is logged by the task backend; the
`search_index sync` command finds and repairs whatever the index missed."""

from django.db import transaction
from django_tasks import task

from . import indexing


@task()
def index_page_task(page_id):
    indexing.index_page(page_id)


@task()
def index_subtree_task(path):
    indexing.index_subtree(path)


@task()
def index_term_task(model_label, term_id):
    indexing.index_term_by_id(model_label, term_id)


@task()
def push_to_elasticsearch_task(kind, object_id):
    push_to_elasticsearch(kind, object_id)


def push_to_elasticsearch(kind, object_id):
    """Send one entry to Elasticsearch; on failure keep it in the backlog, to be sent
    again with the next update that gets through, or by `search_index sync`."""
    from .elastic import push
    from .models import ElasticsearchBacklog

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
    from .elastic import push
    from .models import ElasticsearchBacklog

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
