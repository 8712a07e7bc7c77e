"""Reading on: related reading under every story and profile, the home page's lead story,
and "most read this week" counted by a beacon the page cache never keeps.

This module is also the URLconf of its tests: the reading package's addresses, then the
site's (`stories.reading.urls` until `guongsang.urls` includes it; harmless after).
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import include, path
from django.utils import timezone
from wagtail.models import PageViewRestriction

from stories.models import ColumnPage, Sector, SubjectType
from stories.reading.counting import flush
from stories.reading.models import ReadingCount
from tests.factories import (
    ColumnPageFactory,
    ExemplarPageFactory,
    MovementFactory,
    PhotoFactory,
    PlaceFactory,
    StoryPageFactory,
    link_exemplars,
)

urlpatterns = [path("", include("stories.reading.urls")), path("", include("guongsang.urls"))]
pytestmark = pytest.mark.urls(__name__)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def related(page_soup):
    """(reason, title) of each item under "Đọc tiếp", in order."""
    section = page_soup.find("section", class_="related-reading")
    if section is None:
        return []
    assert section.find("h2").get_text() == "Đọc tiếp"
    return [(item.find(class_="related-reading__why").get_text(strip=True),
             item.select_one(".card__title a").get_text(strip=True))
            for item in section.select(".related-reading__item")]


def linked_pages(page_soup, own_url, urls):
    """The story and profile URLs among ``urls`` that the main content links to."""
    hrefs = {a["href"] for a in page_soup.find("main").find_all("a", href=True)}
    return (hrefs & set(urls)) - {own_url}


@pytest.fixture
def newsroom(site_pages):
    """A story with a person, a place, a movement and a sector, and pages sharing each."""
    old_commune = PlaceFactory(name="Đăk Ring")
    commune = PlaceFactory(name="Đăk Kôi")
    old_commune.successor = commune
    old_commune.save()
    movement = MovementFactory(name="Dân vận khéo")
    sector = Sector.objects.get(slug="y-te")
    other_column = ColumnPageFactory(title="Gương sáng đời thường")
    person = ExemplarPageFactory(title="Y Hiền", subject_type=SubjectType.COLLECTIVE,
                                 place=commune)
    story = StoryPageFactory(title="Nữ hộ sinh của bản làng", places=[commune],
                             movements=[movement], sectors=[sector])
    link_exemplars(story, [person])
    same_column = StoryPageFactory(title="Chuyện trong chuyên mục")
    same_sector = StoryPageFactory(title="Trạm y tế trên núi", parent=other_column,
                                   sectors=[sector])
    same_movement = ExemplarPageFactory(title="Tổ dân vận thôn 3", movements=[movement])
    same_place = StoryPageFactory(title="Con đường ở Đăk Ring", parent=other_column,
                                  places=[old_commune])
    same_person = StoryPageFactory(title="Y Hiền mười năm sau", parent=other_column)
    link_exemplars(same_person, [person])
    StoryPageFactory(title="Bài nháp cùng xã", places=[commune], live=False)
    unrelated = StoryPageFactory(title="Chuyện ở nơi khác", parent=other_column)
    hidden_column = ColumnPageFactory(title="Nội bộ")
    StoryPageFactory(title="Bài nội bộ cùng xã", parent=hidden_column, places=[commune])
    PageViewRestriction.objects.create(page=hidden_column,
                                       restriction_type=PageViewRestriction.LOGIN)
    return {"story": story, "person": person, "same_column": same_column,
            "same_sector": same_sector, "same_movement": same_movement,
            "same_place": same_place, "same_person": same_person, "unrelated": unrelated,
            "commune": commune, **site_pages}


def test_a_story_ends_with_reading_chosen_by_person_place_movement_sector_then_column(
        newsroom, client):
    page = soup(client.get(newsroom["story"].url))
    assert related(page) == [
        ("Cùng nhân vật", "Y Hiền mười năm sau"),
        ("Cùng địa phương", "Con đường ở Đăk Ring"),
        ("Cùng phong trào", "Tổ dân vận thôn 3"),
        ("Cùng lĩnh vực", "Trạm y tế trên núi"),
        ("Cùng chuyên mục", "Chuyện trong chuyên mục"),
    ]
    # The person is shown above, in the story's own exemplars, not again below.
    assert [a.get_text() for a in page.select("#exemplars-heading ~ div .card__title a")] == [
        "Y Hiền"]


def test_related_reading_is_never_the_page_itself_a_draft_or_a_restricted_page(
        newsroom, client):
    text = soup(client.get(newsroom["story"].url)).find(class_="related-reading").get_text()
    assert "Nữ hộ sinh của bản làng" not in text
    assert "Bài nháp cùng xã" not in text
    assert "Bài nội bộ cùng xã" not in text
    assert "Chuyện ở nơi khác" not in text


def test_a_profile_ends_with_reading_of_its_own(newsroom, client):
    colleague = ExemplarPageFactory(title="Bà đỡ thôn Kon Rế")
    link_exemplars(newsroom["same_person"], [colleague])
    neighbour = ExemplarPageFactory(title="Hợp tác xã Đăk Kôi", place=newsroom["commune"])
    page = soup(client.get(newsroom["person"].url))
    items = related(page)
    assert items[:2] == [("Cùng trong một bài viết", "Bà đỡ thôn Kon Rế"),
                         ("Cùng địa phương", "Hợp tác xã Đăk Kôi")]
    titles = [title for _, title in items]
    assert "Y Hiền" not in titles
    # The stories about the person are listed above the related reading, once.
    shown = [a.get_text() for a in page.select("#stories-heading ~ div .card__title a")]
    assert set(shown) == {"Nữ hộ sinh của bản làng", "Y Hiền mười năm sau"}
    assert not set(shown) & set(titles)
    assert neighbour.url in {a["href"] for a in page.select(".related-reading a")}


def test_every_story_and_profile_links_to_at_least_three_others(site_pages, client):
    """On a site with a handful of pages and nothing in common but their column."""
    stories = [StoryPageFactory() for _ in range(4)]
    profiles = [ExemplarPageFactory() for _ in range(4)]
    urls = [page.url for page in stories + profiles]
    for page in stories + profiles:
        assert len(linked_pages(soup(client.get(page.url)), page.url, urls)) >= 3, page.title


def test_the_home_page_opens_with_the_newest_story_with_a_photo(site_pages, client):
    StoryPageFactory(title="Bài có ảnh cũ", hero_image=PhotoFactory())
    StoryPageFactory(title="Bài có ảnh mới", hero_image=PhotoFactory())
    StoryPageFactory(title="Bài mới nhất, không ảnh")
    page = soup(client.get("/"))
    lead = page.find("main").find(["article", "section"])
    assert "home-lead" in lead["class"]
    assert lead.find("h2").get_text(strip=True) == "Bài có ảnh mới"
    assert lead.find("img")["srcset"]
    # Then the latest by column, without the lead again.
    column = lead.find_next("section")
    titles = [a.get_text() for a in column.select(".card__title a")]
    assert titles == ["Bài mới nhất, không ảnh", "Bài có ảnh cũ"]


def test_the_home_page_has_no_lead_without_a_story_with_a_photo(site_pages, client):
    StoryPageFactory(title="Bài không ảnh")
    page = soup(client.get("/"))
    assert page.find(class_="home-lead") is None
    assert "Bài không ảnh" in page.get_text()


def beacon_of(page_soup):
    img = page_soup.select_one("img[hidden][src^='/luot-doc/']")
    assert img is not None and img["alt"] == ""
    return img["src"]


def test_views_are_counted_even_when_the_page_comes_from_the_page_cache(
        site_pages, client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    story = StoryPageFactory(title="Bài được đọc")
    first = client.get(story.url)
    again = client.get(story.url)
    assert "Age" in again  # served from the page cache, the view did not run
    beacon = beacon_of(soup(again))
    assert beacon == beacon_of(soup(first))
    for _ in range(3):
        response = client.get(beacon)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/gif"
        assert "no-store" in response["Cache-Control"]
        assert not response.cookies
    flush()
    assert ReadingCount.objects.get(page=story).views == 3


def test_counting_a_view_writes_nothing_to_the_database(site_pages, client):
    story = StoryPageFactory()
    beacon = beacon_of(soup(client.get(story.url)))
    client.get(beacon)  # the first view of the minute flushes
    with CaptureQueriesContext(connection) as queries:
        for _ in range(5):
            client.get(beacon)
    assert len(queries) == 0
    caches["default"].delete("reading:flush-gate")
    client.get(beacon)  # the next minute's first view flushes what waited
    assert ReadingCount.objects.get(page=story).views == 7


def test_a_preview_is_not_counted(site_pages, admin_client):
    story = StoryPageFactory()
    response = admin_client.get(f"/quan-tri/pages/{story.pk}/view_draft/")
    assert soup(response).select_one("img[src^='/luot-doc/']") is None


def test_most_read_this_week(site_pages, client):
    today = timezone.localdate()
    popular = StoryPageFactory(title="Bài đọc nhiều nhất")
    second = ExemplarPageFactory(title="Hồ sơ đọc nhiều")
    last_month = StoryPageFactory(title="Bài đọc nhiều tháng trước")
    withdrawn = StoryPageFactory(title="Bài đã gỡ")
    ReadingCount.objects.create(page=popular, day=today, views=30)
    ReadingCount.objects.create(page=popular, day=today - datetime.timedelta(days=6), views=5)
    ReadingCount.objects.create(page=second, day=today - datetime.timedelta(days=1), views=20)
    ReadingCount.objects.create(page=last_month, day=today - datetime.timedelta(days=7),
                                views=500)
    ReadingCount.objects.create(page=withdrawn, day=today, views=900)
    withdrawn.unpublish()
    page = soup(client.get("/"))
    heading = page.find("h2", string="Đọc nhiều trong tuần")
    items = heading.find_next("ol").find_all("a")
    assert [(a.get_text(), a["href"]) for a in items] == [
        ("Bài đọc nhiều nhất", popular.url), ("Hồ sơ đọc nhiều", second.url)]


def test_beacon_counts_reach_most_read(site_pages, client):
    quiet, read = StoryPageFactory(title="Bài ít đọc"), StoryPageFactory(title="Bài hay")
    for story, views in ((quiet, 1), (read, 4)):
        beacon = beacon_of(soup(client.get(story.url)))
        for _ in range(views):
            client.get(beacon)
    caches["default"].delete("reading:flush-gate")
    flush()
    items = soup(client.get("/")).find("h2", string="Đọc nhiều trong tuần").find_next("ol")
    assert [a.get_text() for a in items.find_all("a")] == ["Bài hay", "Bài ít đọc"]


@pytest.mark.parametrize("address", ["/luot-doc/abc.gif", "/luot-doc/12345678901.gif"])
def test_a_beacon_for_nothing_is_not_found(site_pages, client, address):
    assert client.get(address).status_code == 404


def test_counts_of_unknown_pages_are_never_stored(site_pages, client):
    client.get("/luot-doc/999999.gif")
    flush()
    assert not ReadingCount.objects.exists()


def test_column_pages_are_not_counted(site_pages, client):
    assert soup(client.get(ColumnPage.objects.first().url)).select_one(
        "img[src^='/luot-doc/']") is None
