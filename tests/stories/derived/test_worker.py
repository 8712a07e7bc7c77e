"""The deferred path: the admin only enqueues; the task worker (`manage.py db_worker`)
brings search and feeds up to date afterwards."""

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.factories import PlaceFactory, StoryPageFactory
from tests.html_forms import form_data
from tests.stories.derived.worker import found, run_worker

# Real commits (the worker reads what the request committed); the skeleton comes back
# from the serialized database after each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def feed_text(client):
    response = client.get("/nhan-tin/tat-ca.json")
    assert response.status_code == 200
    return response.content.decode()


def test_publishing_is_searchable_and_in_the_feeds_once_the_worker_has_run(
        worker_backend, site_pages, client):
    story = StoryPageFactory(title="Giếng nước giữa làng Kon Rờ", parent=site_pages["column"])
    story.save_revision().publish()
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert not found("gieng nuoc kon ro")
    assert "Giếng nước giữa làng Kon Rờ" not in feed_text(client)

    run_worker()
    assert found("gieng nuoc kon ro") == {"Giếng nước giữa làng Kon Rờ"}
    assert "Giếng nước giữa làng Kon Rờ" in feed_text(client)
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_saving_a_place_answers_at_once_and_the_worker_reindexes(
        worker_backend, site_pages, admin_client, client):
    place = PlaceFactory(name="Đăk Pxi")
    StoryPageFactory(title="Cây cầu treo của bản", places=[place], parent=site_pages["column"])
    run_worker()
    assert found("dak pxi") >= {"Cây cầu treo của bản"}
    assert "Đăk Pxi" in feed_text(client)

    url = f"/quan-tri/snippets/stories/place/edit/{place.pk}/"
    data = form_data(admin_client.get(url), action=url)
    data["name"] = ["Đăk Long Mới"]
    response = admin_client.post(url, data)
    assert response.status_code == 302
    # The request only enqueued the work: search and feeds still show the old name.
    assert "Cây cầu treo của bản" not in found("dak long moi")
    assert "Đăk Long Mới" not in feed_text(client)

    run_worker()
    assert "Cây cầu treo của bản" in found("dak long moi")
    feed = feed_text(client)
    assert "Đăk Long Mới" in feed and "Đăk Pxi" not in feed
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_a_failed_refresh_is_tried_again_later_by_the_worker(
        worker_backend, site_pages, monkeypatch):
    from search import indexing

    real = indexing.write_page
    monkeypatch.setattr(indexing, "write_page", lambda *a, **k: 1 / 0)
    story = StoryPageFactory(title="Lớp học dưới tán rừng", parent=site_pages["column"])
    story.save_revision().publish()
    run_worker()
    retries = DBTaskResult.objects.filter(status="READY")
    assert retries and all(retry.run_after and retry.args_kwargs["args"] == [[story.pk], 2]
                           for retry in retries)
    assert not found("lop hoc duoi tan rung")

    monkeypatch.setattr(indexing, "write_page", real)
    retries.update(run_after=timezone.now())  # as if their time had come
    run_worker()
    assert found("lop hoc duoi tan rung") == {"Lớp học dưới tán rừng"}
