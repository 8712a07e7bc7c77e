"""Cached copies of what a change shows differently are purged through Wagtail's frontend
cache: here a backend that records the URLs it is asked to purge."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from tests.factories import PlaceFactory, StoryPageFactory
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db
PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def paths(urls):
    return {url.split("//", 1)[1].split("/", 1)[1] for url in urls}


def test_renaming_a_place_purges_its_page_its_feeds_and_the_stories_filed_under_it(
        site_pages, admin_client, committed, purged):
    place = PlaceFactory(name="Đăk Pxi")
    story = committed(lambda: StoryPageFactory(title="Cây cầu treo", places=[place],
                                               parent=site_pages["column"]))
    purged.clear()
    url = f"/quan-tri/snippets/stories/place/edit/{place.pk}/"
    data = form_data(admin_client.get(url), action=url)
    data["name"] = ["Đăk Long"]
    committed(lambda: admin_client.post(url, data))
    found = paths(purged)
    assert place.get_absolute_url().lstrip("/") in found
    assert f"nhan-tin/dia-phuong/{place.slug}.rss" in found
    assert story.url.lstrip("/") in found
    assert {"", "nhan-tin/tat-ca.rss", "api/v2/bai-viet/"} <= found


def test_a_view_restriction_purges_the_pages_under_it(site_pages, committed, purged):
    story = committed(lambda: StoryPageFactory(title="Lớp học", parent=site_pages["column"]))
    purged.clear()
    committed(lambda: PageViewRestriction.objects.create(
        page=site_pages["column"], restriction_type=PageViewRestriction.LOGIN))
    assert {site_pages["column"].url.lstrip("/"), story.url.lstrip("/")} <= paths(purged)
