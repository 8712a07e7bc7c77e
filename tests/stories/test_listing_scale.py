"""Listings that do not grow with the archive, as a visitor sees them: the SQL of a listing
does not grow with its content; pages walked one after another show every item once, in
order; any `?trang=` answers; and with the page cache on (as in production), where totals
and the restricted paths are kept until the next purge, a publication, an unpublication
or a new restriction shows at once on every listing."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from stories.models import Movement, Sector
from tests.factories import (
    ColumnPageFactory,
    ExemplarPageFactory,
    PlaceFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db

page_cache_on = override_settings(PAGE_CACHE_SECONDS=600)


@pytest.fixture
def terms(db):
    return {"sector": Sector.objects.order_by("pk").first(),
            "movement": Movement.objects.order_by("pk").first(),
            "place": PlaceFactory(name="Xã Đăk Kôi")}


def add_content(terms, count):
    for number in range(count):
        StoryPageFactory(sectors=[terms["sector"]], movements=[terms["movement"]],
                         places=[terms["place"]])
        ExemplarPageFactory(sectors=[terms["sector"]], place=terms["place"],
                            recognition_year=2015 + number % 10)


def listing_urls(site_pages, terms):
    column = site_pages["column"]
    sector, movement, place = terms["sector"], terms["movement"], terms["place"]
    return ["/", column.url, column.url + "?trang=2", f"/linh-vuc/{sector.slug}/",
            f"/phong-trao/{movement.slug}/", f"/dia-phuong/{place.slug}/",
            "/dien-hinh/", f"/dien-hinh/?linh_vuc={sector.slug}&nam=2016", "/dien-hinh/?trang=2",
            "/api/v2/bai-viet/", f"/api/v2/bai-viet/?chuyen_muc={column.slug}",
            "/api/v2/bai-viet/?offset=12", f"/api/v2/dien-hinh/?linh_vuc={sector.slug}"]


def queries(client, url):
    client.get(url)  # renditions and first-use lookups
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("cache", [False, True], ids=["page cache off", "page cache on"])
def test_listing_queries_do_not_grow_with_content(site_pages, terms, client, cache):
    with override_settings(PAGE_CACHE_SECONDS=600 if cache else 0):
        add_content(terms, 14)
        urls = listing_urls(site_pages, terms)
        # With the page cache on, a fresh answer each time (a purge), as after a publication.
        from guongsang.page_cache import store

        def fresh(url):
            store.invalidate_all()
            return queries(client, url)

        small = {url: fresh(url) for url in urls}
        add_content(terms, 16)
        large = {url: fresh(url) for url in urls}
    assert small == large


def titles(response, pattern):
    return re.findall(pattern, response.content.decode())


def test_walking_a_column_page_by_page_shows_every_story_once_newest_first(site_pages, client):
    stories = [StoryPageFactory(title=f"Bài thứ {number:02d}") for number in range(30)]
    seen = []
    for number in (1, 2, 3):
        seen += titles(client.get(f"{site_pages['column'].url}?trang={number}"),
                       r"Bài thứ \d\d")
    assert seen == [story.title for story in reversed(stories)]


def test_walking_the_directory_page_by_page_shows_every_exemplar_once_in_order(
        site_pages, client):
    exemplars = [ExemplarPageFactory(title=f"Điển hình {number:02d}",
                                     recognition_year=2020 + number % 3)
                 for number in range(27)]
    seen = []
    for number in (1, 2, 3):
        seen += titles(client.get(f"/dien-hinh/?trang={number}"), r"Điển hình \d\d")
    expected = sorted(exemplars, key=lambda page: (-page.recognition_year, page.title))
    assert seen == [page.title for page in expected]


@pytest.mark.parametrize("raw", ["abc", "0", "-3", "1.5", "٣", "9" * 400, "%00", ""])
def test_any_page_number_answers(site_pages, terms, client, raw):
    add_content(terms, 13)
    for url in listing_urls(site_pages, terms)[:9]:
        base = url.split("?")[0] if "trang" in url else url
        joiner = "&" if "?" in base else "?"
        assert client.get(f"{base}{joiner}trang={raw}").status_code == 200, url


@page_cache_on
def test_a_publication_reaches_kept_totals_at_once(site_pages, client, committed):
    column = site_pages["column"]
    for _ in range(12):
        StoryPageFactory()
    assert "trang=2" not in client.get(column.url).content.decode()
    assert client.get("/api/v2/bai-viet/").json()["meta"]["total_count"] == 12
    story = committed(lambda: StoryPageFactory(title="Bài thứ mười ba"))
    assert "trang=2" in client.get(column.url).content.decode()
    assert client.get("/api/v2/bai-viet/").json()["meta"]["total_count"] == 13
    committed(story.unpublish)
    assert "trang=2" not in client.get(column.url).content.decode()
    assert client.get("/api/v2/bai-viet/").json()["meta"]["total_count"] == 12


@page_cache_on
def test_a_new_restriction_takes_a_story_off_every_listing_at_once(
        site_pages, terms, client, committed):
    story = StoryPageFactory(title="Bài chỉ dành cho cán bộ", sectors=[terms["sector"]])
    other_column = ColumnPageFactory(title="Chuyên mục thử")
    hidden_column_story = StoryPageFactory(title="Bài của chuyên mục riêng",
                                           parent=other_column)
    shown = {"/": (story, hidden_column_story), site_pages["column"].url: (story,),
             f"/linh-vuc/{terms['sector'].slug}/": (story,),
             "/api/v2/bai-viet/": (story, hidden_column_story),
             f"/api/v2/bai-viet/?chuyen_muc={other_column.slug}": (hidden_column_story,)}
    for url, pages in shown.items():
        body = client.get(url).content.decode()
        assert all(page.title in body for page in pages), url
    committed(lambda: PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.LOGIN))
    committed(lambda: PageViewRestriction.objects.create(
        page=other_column, restriction_type=PageViewRestriction.LOGIN))
    for url in shown:
        body = client.get(url).content.decode()
        assert story.title not in body, url
        assert hidden_column_story.title not in body, url
    assert client.get("/api/v2/bai-viet/").json()["meta"]["total_count"] == 0
    committed(lambda: PageViewRestriction.objects.filter(page=story).delete())
    assert story.title in client.get("/").content.decode()


def test_home_shows_each_columns_three_newest_but_the_lead(site_pages, client):
    second = ColumnPageFactory(title="Chuyên mục thử")
    first_column = [StoryPageFactory(title=f"Người tốt {n}") for n in range(5)]
    second_column = [StoryPageFactory(title=f"Sống đẹp {n}", parent=second) for n in range(5)]
    body = client.get("/").content.decode()
    # The lead (the newest with a photo) is none here: no story has one.
    assert titles(client.get("/"), r"Người tốt \d") == [f"Người tốt {n}" for n in (4, 3, 2)]
    assert titles(client.get("/"), r"Sống đẹp \d") == [f"Sống đẹp {n}" for n in (4, 3, 2)]
    for story in (*first_column[:2], *second_column[:2]):
        assert story.title not in body
