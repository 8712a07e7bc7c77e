""""Nhận tin" for people first (issue #15): one short page to subscribe by email, share and
follow in a feed reader; every feed, the API and the widget on a page for technicians; and a
feed link a person clicks opens a readable page for that feed, while readers keep the feed's
own address and get XML."""

import re
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from stories.models.base import site_root_url
from tests.factories import (
    AudioClipFactory,
    ExemplarPageFactory,
    MovementFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    link_exemplars,
)
from tests.feed_validation import assert_valid_rss, parse_feed

pytestmark = pytest.mark.django_db

FEED_FILE = re.compile(r"\.(rss|atom|json)$")


@pytest.fixture
def content(site_pages, committed):
    sector, movement = SectorFactory(name="Y tế"), MovementFactory(name="Dân vận khéo")
    place = PlaceFactory(name="Đăk Kôi")
    exemplar = committed(lambda: ExemplarPageFactory(
        title="Cô Y Hoa", place=place, sectors=[sector]))
    story = committed(lambda: StoryPageFactory(
        title="Cô giáo cắm bản", parent=site_pages["column"], audio=AudioClipFactory(),
        lead="Mười năm gieo chữ ở Đăk Kôi.", sectors=[sector], movements=[movement],
        places=[place]))
    committed(lambda: link_exemplars(story, [exemplar]))
    committed(lambda: story.save_revision().publish())
    return {"story": story, "exemplar": exemplar, "sector": sector, "movement": movement,
            "place": place, "column": site_pages["column"]}


def feed_paths(content):
    return ["tat-ca", "ho-so", f"chuyen-muc/{content['column'].slug}",
            f"linh-vuc/{content['sector'].slug}", f"phong-trao/{content['movement'].slug}",
            f"dia-phuong/{content['place'].slug}", f"dien-hinh/{content['exemplar'].slug}",
            f"podcast/{content['column'].slug}"]


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/html"), url
    return BeautifulSoup(response.content, "html.parser")


def visible_links(page):
    return [link["href"] for link in page.body.find_all("a", href=True)]


def test_the_page_for_people_is_short_and_has_no_technical_lists(client, content):
    page = html(client, "/nhan-tin/")
    main = page.find("main")
    assert main.h1.get_text(strip=True) == "Nhận tin"
    text = main.get_text(" ", strip=True)
    assert "Trong trình đọc tin" in text
    assert not main.find("iframe") and not main.find("table")
    assert "/api/v2/" not in str(main)
    # Far shorter than the technicians' page it links to.
    assert main.find("a", href="/nhan-tin/ky-thuat/")
    assert len(main.find_all("a")) < 20
    assert len(str(main)) * 2 < len(str(html(client, "/nhan-tin/ky-thuat/").find("main")))


def test_the_page_for_people_shares_the_site_by_plain_links(client, content):
    page = html(client, "/nhan-tin/")
    root = site_root_url() + "/"
    home = quote(root, safe="")
    share = page.find("section", class_="share")
    assert share.find("h2").get_text(strip=True) == "Chia sẻ với gia đình, bạn bè"
    assert share.find("a", href=f"https://sp.zalo.me/share?url={home}").get_text(
        strip=True).startswith("Zalo")
    assert share.find("a", href=f"https://www.facebook.com/sharer/sharer.php?u={home}")
    assert page.find("input", id="share-url")["value"] == root
    # No script from Zalo, Facebook or anywhere else.
    assert all(script["src"].startswith("/") for script in page.find_all("script", src=True))


def test_the_page_for_people_links_email_subscription_once_it_exists(client, content):
    try:
        email_url = reverse("email_subscribe")
    except NoReverseMatch:
        email_url = None
    page = html(client, "/nhan-tin/")
    link = page.find("a", string="Đăng ký nhận tin qua thư điện tử")
    if email_url is None:
        assert link is None
    else:
        assert link["href"] == email_url


def test_the_page_for_people_lists_the_main_feeds_to_follow(client, content):
    links = visible_links(html(client, "/nhan-tin/"))
    column = content["column"].slug
    assert {"/nhan-tin/tat-ca/", "/nhan-tin/ho-so/", f"/nhan-tin/chuyen-muc/{column}/"} <= set(
        links)


@pytest.mark.parametrize("name", ["people", "technicians", "feed pages", "site pages"])
def test_no_feed_link_a_person_sees_leads_to_raw_xml(client, content, name):
    urls = {"people": ["/nhan-tin/"], "technicians": ["/nhan-tin/ky-thuat/"],
            "feed pages": [f"/nhan-tin/{path}/" for path in feed_paths(content)],
            "site pages": [content["story"].url, content["column"].url,
                           content["exemplar"].url]}[name]
    for url in urls:
        page = html(client, url)
        assert [link for link in visible_links(page) if FEED_FILE.search(link)] == [], url
        # Readers still find the XML feeds from the page's head (oEmbed's link is for
        # portals' editors, not a feed).
        alternates = [link for link in page.head.find_all("link", rel="alternate")
                      if link.get("type") != "application/json+oembed"]
        assert alternates and all(FEED_FILE.search(link["href"]) for link in alternates), url


def test_the_technicians_page_links_every_feed_to_its_page(client, content):
    page = html(client, "/nhan-tin/ky-thuat/")
    links = set(visible_links(page))
    assert {f"/nhan-tin/{path}/" for path in feed_paths(content)} <= links
    assert page.find("iframe", class_="widget-preview")
    assert "/api/v2/bai-viet/" in page.get_text()
    assert page.find("a", href="/nhan-tin/")


@pytest.mark.parametrize("index", range(8))
def test_a_feeds_page_says_what_it_carries_how_to_follow_it_and_shows_its_latest(
        client, content, index):
    path = feed_paths(content)[index]
    response = client.get(f"/nhan-tin/{path}/")
    assert response.status_code == 200
    # Out of the page cache: entries are prepared after the publish that empties it.
    assert "no-cache" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text(strip=True).startswith(("Nguồn tin:", "Podcast:"))
    address = page.find("input", id="dia-chi-1")
    assert page.find("label", attrs={"for": "dia-chi-1"}).get_text(strip=True) == (
        "Địa chỉ nguồn tin")
    assert address["value"] == f"{site_root_url()}/nhan-tin/{path}.rss"
    assert page.find(string=re.compile("Cách thêm"))
    expected = content["exemplar"] if path == "ho-so" else content["story"]
    latest = page.find("ul", class_="feed-page__items")
    assert latest.find("a", href=expected.url).get_text(strip=True) == expected.title
    # The address on the page is the feed itself, in XML, as readers get it.
    feed = client.get(f"/nhan-tin/{path}.rss")
    assert feed["Content-Type"].startswith("application/rss+xml")
    assert_valid_rss(feed.content)
    assert b"xml-stylesheet" not in feed.content
    assert parse_feed(feed.content).entries[0].title == expected.title


def test_a_feeds_page_offers_the_other_formats_and_the_radio_bulletin(client, content):
    column = content["column"].slug
    page = html(client, f"/nhan-tin/chuyen-muc/{column}/")
    values = [field["value"] for field in page.find_all("input", id=re.compile("^dia-chi-"))]
    assert values == [f"{site_root_url()}/nhan-tin/chuyen-muc/{column}.{fmt}"
                      for fmt in ("rss", "atom", "json")]
    assert page.find("a", href=f"/nhan-tin/ban-tin/chuyen-muc/{column}.txt")
    podcast = html(client, f"/nhan-tin/podcast/{column}/")
    assert len(podcast.find_all("input", id=re.compile("^dia-chi-"))) == 1


def test_a_feed_with_nothing_yet_says_so(client, site_pages):
    page = html(client, f"/nhan-tin/chuyen-muc/{site_pages['column'].slug}/")
    assert "Chưa có bài nào ở đây" in page.get_text()


@pytest.mark.parametrize("url", [
    "/nhan-tin/chuyen-muc/khong-co/", "/nhan-tin/dia-phuong/khong-co/",
    "/nhan-tin/dien-hinh/khong-co/", "/nhan-tin/linh-vuc/" + "a" * 5000 + "/",
    "/nhan-tin/chuyen-muc/Hoa-Binh/", "/nhan-tin/tat-ca/khong-co/", "/nhan-tin/khong-co/",
])
def test_a_feed_page_that_does_not_exist_is_not_found(client, content, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "<html" in response.content.decode() and "Không tìm thấy" in response.content.decode()


def test_a_feeds_page_costs_the_same_queries_however_much_it_carries(
        client, content, committed):
    column = content["column"]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/nhan-tin/chuyen-muc/{column.slug}/").status_code == 200
        return len(captured)

    before = queries()
    for number in range(6):
        committed(lambda number=number: StoryPageFactory(
            title=f"Bài {number}", parent=column, sectors=[content["sector"]]))
    assert queries() == before
