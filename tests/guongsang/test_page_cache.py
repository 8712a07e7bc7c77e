"""The page cache: anonymous visitors get pages from it, nobody ever gets a stale or another
person's page, and every change an editor makes in the admin reaches visitors at once."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from stories.models import Sector, StoryPage
from tests.admin_forms import story_form
from tests.factories import ColumnPageFactory, StoryPageFactory, UserFactory

pytestmark = pytest.mark.django_db

REASON = "Đính chính gấp theo yêu cầu của lãnh đạo trung tâm."


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    caches["pages"].clear()


@pytest.fixture
def superuser():
    client = Client()
    client.force_login(UserFactory(username="quantri-cap-cao", is_superuser=True,
                                   is_staff=True))
    return client


@pytest.fixture
def story(site_pages):
    return StoryPageFactory(parent=site_pages["column"], title="Người gác rừng Đăk Kôi",
                            lead="Ba mươi năm giữ rừng đầu nguồn.")


def queries_to_view(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def stale_change(story, title):
    """Change the story behind the admin's back: no signal, no purge. A visitor who still
    sees the old title got the page from the cache."""
    StoryPage.objects.filter(pk=story.pk).update(title=title)


# --- what is served from the cache -------------------------------------------------------

def test_a_second_anonymous_view_comes_from_the_cache(story, client):
    first, first_queries = queries_to_view(client, story.url)
    again, again_queries = queries_to_view(client, story.url)
    assert first.status_code == again.status_code == 200
    assert first_queries > 0
    assert again_queries == 0
    assert again.content == first.content
    assert "Age" in again
    # The security headers made with the page come with it.
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/dien-hinh/", "/linh-vuc/", "/nhan-tin/tat-ca.rss",
                                 "/api/v2/bai-viet/"])
def test_home_listings_feeds_and_the_api_are_cached(story, client, url):
    assert client.get(url).status_code == 200
    stale_change(story, "Tiêu đề chưa ai thấy")
    response, queries = queries_to_view(client, url)
    assert response.status_code == 200
    assert queries == 0


def test_a_feed_reader_still_gets_304_from_the_cache(story, client):
    url = "/nhan-tin/tat-ca.rss"
    etag = client.get(url)["ETag"]
    response, queries = queries_to_view(client, url)
    assert queries == 0
    not_modified = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""


def test_the_api_answers_browsers_and_programs_each_in_their_format(story, client):
    url = "/api/v2/bai-viet/"
    assert client.get(url, HTTP_ACCEPT="application/json")["Content-Type"].startswith(
        "application/json")
    assert client.get(url, HTTP_ACCEPT="text/html")["Content-Type"].startswith("text/html")
    assert client.get(url, HTTP_ACCEPT="application/json")["Content-Type"].startswith(
        "application/json")


# --- what is never served from it -----------------------------------------------------------

def test_editors_never_get_a_cached_page(story, client, superuser):
    client.get(story.url)
    stale_change(story, "Người gác rừng Đăk Kôi (đã sửa)")
    assert "(đã sửa)" not in client.get(story.url).content.decode()  # the visitor: cached
    assert "(đã sửa)" in superuser.get(story.url).content.decode()


def test_a_page_an_editor_saw_is_not_kept_for_visitors(story, client, superuser):
    superuser.get(story.url)
    stale_change(story, "Người gác rừng Đăk Kôi (đã sửa)")
    assert "(đã sửa)" in client.get(story.url).content.decode()


def test_search_results_are_not_cached(story, client):
    client.get("/tim-kiem/", {"q": "gác rừng"})
    _response, queries = queries_to_view(client, "/tim-kiem/?q=g%C3%A1c+r%E1%BB%ABng")
    assert queries > 0


def test_errors_and_forms_are_not_cached(site_pages, client):
    assert client.get("/khong-co-trang-nay/").status_code == 404
    _response, queries = queries_to_view(client, "/khong-co-trang-nay/")
    assert queries > 0
    # A form holds its visitor's CSRF token: a second view by the same visitor (who has the
    # cookie now, so nothing is set) must not be kept and shown to someone else.
    assert client.get("/gioi-thieu-nguoi-tot/").status_code == 200
    assert client.get("/gioi-thieu-nguoi-tot/").status_code == 200
    other = Client().get("/gioi-thieu-nguoi-tot/")
    assert other.cookies["csrftoken"].value


def test_view_restricted_pages_are_never_cached(story, client):
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(story.url)
        assert response.status_code == 302
        assert "/quan-tri/login/" in response["Location"]


def test_a_password_protected_page_opens_with_the_right_password(story, client):
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-rung")
    form_page = client.get(story.url)
    assert form_page.status_code == 200
    assert story.lead not in form_page.content.decode()
    # In the site's frame, naming nothing of the page: not even its title.
    assert 'class="brand__name"' in form_page.content.decode()
    assert story.title not in form_page.content.decode()
    assert "Mật khẩu" in form_page.content.decode()
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, story.pk])
    assert f'action="{action}"' in form_page.content.decode()
    wrong = client.post(action, {"password": "sai", "return_url": story.url})
    assert wrong.status_code == 200
    assert story.lead not in wrong.content.decode()
    assert story.title not in wrong.content.decode()
    right = client.post(action, {"password": "mat-khau-rung", "return_url": story.url})
    assert right.status_code == 302
    opened = client.get(right["Location"])
    assert opened.status_code == 200
    assert story.lead in opened.content.decode()
    # Another visitor without the password still gets the form.
    assert story.lead not in Client().get(story.url).content.decode()


# --- changes made in the admin reach visitors at once ---------------------------------------

def test_a_story_published_from_the_admin_is_served_fresh(story, client, superuser):
    assert "Sapo mới" not in client.get(story.url).content.decode()
    assert "Sapo mới" not in client.get("/").content.decode()
    response = superuser.post(reverse("wagtailadmin_pages:edit", args=[story.pk]),
                              story_form(story, lead="Sapo mới sau đính chính.",
                                         **{"action-publish": "action-publish",
                                            "override_reason": REASON}))
    assert response.status_code == 302
    assert "Sapo mới sau đính chính." in client.get(story.url).content.decode()
    assert "Sapo mới sau đính chính." in client.get(story.get_parent().url).content.decode()


def test_an_unpublished_story_leaves_the_cache(story, client, superuser):
    assert client.get(story.url).status_code == 200
    assert story.title in client.get("/").content.decode()
    superuser.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]),
                   {"override_reason": REASON})
    assert not Page.objects.get(pk=story.pk).live
    assert client.get(story.url).status_code == 404
    assert story.title not in client.get("/").content.decode()


def test_a_moved_story_is_found_at_its_new_address(story, client, superuser):
    """Depends on the derived-data pipeline purging on move."""
    old_url = story.url
    destination = ColumnPageFactory(title="Sống đẹp")
    assert client.get(old_url).status_code == 200
    assert story.title not in client.get(destination.url).content.decode()
    superuser.post(reverse("wagtailadmin_pages:move_confirm", args=[story.pk, destination.pk]),
                   {"override_reason": REASON})
    moved = Page.objects.get(pk=story.pk)
    assert moved.get_parent().pk == destination.pk
    # Wagtail's redirects send the old address on to the new one.
    redirected = client.get(old_url)
    assert redirected.status_code == 301
    assert redirected["Location"] == moved.url
    assert story.title in client.get(moved.url).content.decode()
    assert story.title in client.get(destination.url).content.decode()


def test_a_page_made_private_leaves_the_cache(story, client, superuser):
    """Depends on the derived-data pipeline purging on a view restriction."""
    assert client.get(story.url).status_code == 200
    superuser.post(reverse("wagtailadmin_pages:set_privacy", args=[story.pk]),
                   {"restriction_type": "login", "override_reason": REASON})
    assert PageViewRestriction.objects.filter(page_id=story.pk).exists()
    response = client.get(story.url)
    assert response.status_code == 302
    assert story.title not in client.get("/").content.decode()


def test_a_renamed_sector_shows_its_new_name(site_pages, client, superuser):
    """Depends on the derived-data pipeline purging on a taxonomy change."""
    sector = Sector.objects.get(slug="y-te")
    story = StoryPageFactory(parent=site_pages["column"], sectors=[sector])
    url = sector.get_absolute_url()
    assert client.get(url).status_code == 200
    assert client.get(story.url).status_code == 200
    response = superuser.post(reverse("wagtailsnippets_stories_sector:edit", args=[sector.pk]),
                              {"name": "Y tế cộng đồng", "slug": sector.slug,
                               "description": sector.description,
                               "sort_order": sector.sort_order})
    assert response.status_code == 302
    assert "Y tế cộng đồng" in client.get(url).content.decode()
    assert "Y tế cộng đồng" in client.get(story.url).content.decode()


def test_a_renamed_site_shows_its_new_name_to_visitors_at_once(site_pages, client, superuser):
    site = Site.objects.get(is_default_site=True)
    assert "Gương Sáng Kon Tum" not in client.get("/").content.decode()
    response = superuser.post(
        reverse("wagtailsettings:edit", args=["stories", "siteidentity", site.pk]),
        nested_form_data({"site_name": "Gương Sáng Kon Tum",
                          "header_links": streamfield([("section_pages", "")]),
                          "footer_links": streamfield([])}))
    assert response.status_code == 302
    assert "Gương Sáng Kon Tum" in client.get("/").content.decode()
