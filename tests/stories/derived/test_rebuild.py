"""Rebuilding the search index from the admin: the page answers at once, the task worker
(`manage.py db_worker`) does the work, and the page shows its progress, then its result."""

import pytest
from django_tasks_db.models import DBTaskResult

from stories.derived import tasks
from stories.editorial.roles import EDITOR
from tests.factories import StoryPageFactory, UserFactory
from tests.stories.derived.worker import found, run_worker

# Real commits (the worker reads what the request committed); the skeleton comes back
# from the serialized database after each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

URL = "/quan-tri/chi-muc-tim-kiem/"


def test_a_rebuild_started_in_the_admin_runs_in_the_worker(worker_backend, site_pages,
                                                           admin_client):
    story = StoryPageFactory(title="Nhà văn hóa thôn Kon Rờ Bàng", parent=site_pages["column"])
    run_worker()
    # Changed behind the pipeline's back: only a rebuild brings the index in line.
    type(story).objects.filter(pk=story.pk).update(title="Nhà rông thôn Kon Rờ Bàng")

    page = admin_client.get(URL)
    assert page.status_code == 200
    assert 'type="submit"' in page.content.decode()

    response = admin_client.post(URL)
    assert response.status_code == 302 and response.url == URL
    waiting = admin_client.get(URL)
    assert waiting["Refresh"]  # the page looks again by itself, without JavaScript
    assert 'type="submit"' not in waiting.content.decode()
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert not found("nha rong kon ro bang")
    # A second click while it waits queues nothing more.
    admin_client.post(URL)
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    run_worker()
    assert found("nha rong kon ro bang") == {"Nhà rông thôn Kon Rờ Bàng"}
    done = admin_client.get(URL)
    assert "Refresh" not in done
    state = tasks.rebuild_state()
    assert state["status"] == tasks.DONE
    assert f": {state['total']} " in done.content.decode()
    assert 'type="submit"' in done.content.decode()
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_only_a_superuser_may_rebuild(worker_backend, site_pages, client):
    client.force_login(UserFactory(groups=[EDITOR]))
    before = tasks.rebuild_state()
    # Wagtail's admin turns a refusal into a way back to the dashboard, with a message.
    for response in (client.get(URL), client.post(URL)):
        assert response.status_code == 302 and response.url == "/quan-tri/"
    assert not DBTaskResult.objects.exists()
    assert tasks.rebuild_state() == before
