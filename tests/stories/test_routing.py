"""Serving pages: the site from the cache, menu and breadcrumbs from one query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from stories.routing import site_for_request
from tests.factories import ExemplarPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def test_a_story_is_served_with_its_column_in_menu_and_breadcrumbs(site_pages, client):
    story = StoryPageFactory(title="Người giữ lửa nghề dệt", parent=site_pages["column"])
    html = client.get(story.url).content.decode()
    column = site_pages["column"]
    assert f'<a href="{column.url}">{column.title}</a>' in html  # breadcrumb and menu
    assert "Người giữ lửa nghề dệt" in html


def test_unknown_paths_and_drafts_are_404(site_pages, client):
    draft = StoryPageFactory(title="Bản nháp", parent=site_pages["column"], live=False)
    assert client.get("/khong-co-trang-nay/").status_code == 404
    assert client.get(site_pages["column"].url + "khong-co/").status_code == 404
    assert client.get("/" + site_pages["column"].slug + "/" + draft.slug + "/").status_code == 404


def test_taxonomy_pages_route_through_the_home_page(site_pages, client):
    assert client.get("/linh-vuc/").status_code == 200
    assert client.get("/linh-vuc/khong-co-linh-vuc-nay/").status_code == 404


def test_a_restricted_section_asks_for_login(site_pages, client):
    story = StoryPageFactory(parent=site_pages["column"])
    PageViewRestriction.objects.create(page=site_pages["column"],
                                       restriction_type=PageViewRestriction.LOGIN)
    response = client.get(story.url)
    assert response.status_code == 302
    assert "/quan-tri/login/" in response["Location"]


def test_query_count_of_a_page_does_not_include_site_or_menu(site_pages, client):
    profile = ExemplarPageFactory(parent=site_pages["directory"])
    client.get(profile.url)  # fills the caches of sites and renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(profile.url).status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "wagtailcore_site" not in tables


def test_an_edited_site_is_picked_up_at_once(site_pages, rf):
    site = Site.objects.get()
    assert site_for_request(rf.get("/", HTTP_HOST=site.hostname)).pk == site.pk
    other = Site.objects.create(hostname="xa-dak-ha.example", port=80,
                                root_page=site_pages["home"], site_name="Xã Đăk Hà")
    found = site_for_request(rf.get("/", HTTP_HOST="xa-dak-ha.example"))
    assert found.pk == other.pk
    other.hostname = "dakha.example"
    other.save()
    assert site_for_request(rf.get("/", HTTP_HOST="dakha.example")).pk == other.pk
    # An unknown host gets the default site, as in Wagtail.
    assert site_for_request(rf.get("/", HTTP_HOST="la.example")).pk == site.pk
