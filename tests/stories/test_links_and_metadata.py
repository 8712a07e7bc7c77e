"""Absolute links name the site's configured address (the Site record `setup_site` sets
from SITE_BASE_URL) whatever host a request came to, or in development the address
actually served; every public page describes itself to search engines and link previews.
"""

import datetime
import re

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import override_settings
from wagtail.models import Site

from stories.models import Place, Sector, StandardPage
from tests.factories import (
    ExemplarPageFactory,
    MovementFactory,
    PhotoFactory,
    PlaceFactory,
    StoryPageFactory,
)

ROOT = "https://guongsang.example.vn"
# A host the site answers on (ALLOWED_HOSTS) that is not its configured address.
OTHER_HOST = "localhost"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def meta(page, **attrs):
    tag = page.find("meta", attrs=attrs)
    return tag["content"] if tag else None


@pytest.fixture
def configured(site_pages):
    """The site moved to its domain: the Site record says https://guongsang.example.vn."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "guongsang.example.vn", 443
    site.save()
    return site_pages


@pytest.fixture
def content(configured, committed):
    place = PlaceFactory(name="Đăk Kôi")
    former = PlaceFactory(name="Đăk Cũ", valid_to=datetime.date(2025, 6, 30), successor=place)
    sector = Sector.objects.get(slug="y-te")
    movement = MovementFactory(name="Xóa nhà tạm", description="Cả tỉnh chung tay xóa nhà tạm.")
    exemplar = committed(lambda: ExemplarPageFactory(
        title="Y Hiền", portrait=PhotoFactory(description="Chân dung cô Y Hiền"),
        place=place, achievement_summary="Mười năm đỡ đẻ an toàn cho 300 sản phụ."))
    story = committed(lambda: StoryPageFactory(
        title="Nữ hộ sinh của bản làng", lead="Ở Đăk Kôi, ai cũng biết cô Y Hiền.",
        hero_image=PhotoFactory(description="Cô Y Hiền khám thai"),
        sectors=[sector], movements=[movement], places=[place]))
    plain = committed(lambda: StoryPageFactory(
        title="Bài không ảnh", lead="Một bài viết chưa có ảnh."))
    return {"place": place, "former": former, "sector": sector, "movement": movement,
            "exemplar": exemplar, "story": story, "plain": plain, **configured}


# --- one root for every absolute link -------------------------------------------------------

def test_feed_sitemap_canonical_and_api_name_the_configured_address(content, client):
    story = content["story"]
    feed = feedparser.parse(client.get("/nhan-tin/tat-ca.rss", HTTP_HOST=OTHER_HOST).content)
    item = next(entry for entry in feed.entries if entry.title == story.title)
    assert item.link == ROOT + story.url
    assert item.id.startswith("tag:guongsang.example.vn,")
    assert item.media_content[0]["url"].startswith(ROOT + "/")
    assert feed.feed.link == ROOT + "/"

    sitemap = "".join(client.get(part, HTTP_HOST=OTHER_HOST).content.decode() for part in (
        "/sitemap.xml", "/sitemap-trang.xml", "/sitemap-danh-muc.xml"))
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert ROOT + story.url in locations
    assert ROOT + "/linh-vuc/y-te/" in locations
    assert all(location.startswith(ROOT + "/") for location in locations)

    page = soup(client.get(story.url, HTTP_HOST=OTHER_HOST))
    assert page.find("link", rel="canonical")["href"] == ROOT + story.url
    assert meta(page, property="og:url") == ROOT + story.url
    assert meta(page, property="og:image").startswith(ROOT + "/media/")
    assert page.find("input", id="share-url")["value"] == ROOT + story.url

    api = client.get(f"/api/v2/bai-viet/{story.pk}/", HTTP_HOST=OTHER_HOST).json()
    assert api["meta"]["html_url"] == ROOT + story.url


def test_an_email_names_the_configured_address(configured, client, committed):
    from tests.stories.discovery.test_nominations import send, valid

    place = PlaceFactory(name="Kon Klor")
    assert committed(lambda: send(client, valid(place=str(place.pk)))).status_code == 302
    receipt = mail.outbox[-1]
    links = re.findall(r"https?://[^\s/]+", receipt.body)
    assert links and set(links) == {ROOT}


def test_a_move_of_the_site_is_followed_without_a_restart(content, client):
    story = content["story"]
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "gs.example.org", 8443
    site.save()
    page = soup(client.get(story.url))
    assert page.find("link", rel="canonical")["href"] == "http://gs.example.org:8443" + story.url
    feed = feedparser.parse(client.get("/nhan-tin/tat-ca.atom").content)
    assert feed.entries[0].link.startswith("http://gs.example.org:8443/")


def test_a_feed_never_keeps_a_readers_query_string(content, client):
    tracked = client.get("/nhan-tin/tat-ca.atom?utm_source=zalo").content.decode()
    assert "utm_source" not in tracked
    feed = feedparser.parse(client.get("/nhan-tin/tat-ca.atom").content)
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == ROOT + "/nhan-tin/tat-ca.atom"


@override_settings(DEBUG=True)
def test_in_development_links_name_the_address_served(content, client):
    story, served = content["story"], "http://localhost:8765"
    page = soup(client.get(story.url, HTTP_HOST="localhost:8765"))
    assert page.find("link", rel="canonical")["href"] == served + story.url
    assert meta(page, property="og:image").startswith(served + "/media/")
    feed = feedparser.parse(client.get("/nhan-tin/tat-ca.rss", HTTP_HOST="localhost:8765").content)
    assert {entry.link.split("/")[2] for entry in feed.entries} == {"localhost:8765"}
    sitemap = client.get("/sitemap.xml", HTTP_HOST="localhost:8765").content.decode()
    assert f"<loc>{served}/sitemap-trang.xml</loc>" in sitemap
    sitemap = client.get("/sitemap-trang.xml", HTTP_HOST="localhost:8765").content.decode()
    assert f"<loc>{served}{story.url}</loc>" in sitemap
    api = client.get(f"/api/v2/bai-viet/{story.pk}/", HTTP_HOST="localhost:8765").json()
    assert api["meta"]["html_url"] == served + story.url


def test_canonical_link_drops_tracking_but_keeps_the_list_page(content, client):
    column = content["column"]
    page = soup(client.get(column.url + "?utm_source=zalo&fbclid=abc"))
    assert page.find("link", rel="canonical")["href"] == ROOT + column.url
    second = soup(client.get(column.url + "?trang=2&utm_source=zalo"))
    assert second.find("link", rel="canonical")["href"] == ROOT + column.url + "?trang=2"


# --- every public page describes itself -----------------------------------------------------

def page_urls(content):
    return {
        "home": "/",
        "column": content["column"].url,
        "story": content["story"].url,
        "story without photo": content["plain"].url,
        "directory": content["directory"].url,
        "profile": content["exemplar"].url,
        "sector index": "/linh-vuc/",
        "sector": f"/linh-vuc/{content['sector'].slug}/",
        "movement index": "/phong-trao/",
        "movement": f"/phong-trao/{content['movement'].slug}/",
        "place index": "/dia-phuong/",
        "place": f"/dia-phuong/{content['place'].slug}/",
        "former place": f"/dia-phuong/{content['former'].slug}/",
        "about": "/gioi-thieu/",
        "contact": "/lien-he/",
        "search": "/tim-kiem/?q=y+hi%E1%BB%81n",
    }


def test_every_public_page_has_a_description_and_a_preview_card(content, client):
    missing = {}
    for name, url in page_urls(content).items():
        response = client.get(url)
        if response.status_code == 302:
            response = client.get(response["Location"])
        page = soup(response)
        title = page.title.get_text().split(" | ")[0].strip()
        canonical = page.find("link", rel="canonical")
        card = {
            "description": meta(page, name="description"),
            "og:title": meta(page, property="og:title") == title and title,
            "og:description": meta(page, property="og:description"),
            "og:url": canonical and meta(page, property="og:url") == canonical["href"]
            and canonical["href"].startswith(ROOT + "/"),
            "og:image": (meta(page, property="og:image") or "").startswith(ROOT + "/"),
            "twitter:card": meta(page, name="twitter:card") in {"summary", "summary_large_image"},
        }
        if absent := [key for key, value in card.items() if not value]:
            missing[name] = absent
    assert missing == {}


@pytest.mark.parametrize("url", ["/nhan-tin/", "/gioi-thieu-nguoi-tot/"])
def test_pages_with_a_description_of_their_own_have_a_preview_card(content, client, url):
    page = soup(client.get(url))
    description = meta(page, name="description")
    assert description and meta(page, property="og:description") == description
    assert meta(page, property="og:url") == ROOT + url


def test_a_page_with_a_photo_is_shared_as_a_large_card_with_that_photo(content, client):
    story = content["story"]
    page = soup(client.get(story.url))
    assert meta(page, name="twitter:card") == "summary_large_image"
    assert meta(page, property="og:type") == "article"
    assert meta(page, property="og:image:alt") == "Cô Y Hiền khám thai"
    # Cropped to the 1.91:1 shape link previews use (never enlarged).
    width, height = int(meta(page, property="og:image:width")), int(
        meta(page, property="og:image:height"))
    assert abs(width / height - 1200 / 630) < 0.02
    assert meta(page, name="description") == story.lead
    profile = soup(client.get(content["exemplar"].url))
    assert meta(profile, property="og:image:alt") == "Chân dung cô Y Hiền"
    plain = soup(client.get(content["plain"].url))
    assert meta(plain, name="twitter:card") == "summary"
    assert meta(plain, property="og:image").endswith(".png")


def test_descriptions_are_derived_when_an_editor_wrote_none(content, client):
    home = content["home"]
    home.intro = "Những tấm gương bình dị ở Kon Tum."
    home.save_revision().publish()
    assert meta(soup(client.get("/")), name="description") == home.intro
    about = StandardPage.objects.get(slug="gioi-thieu")
    about.search_description = ""
    about.body = [{"type": "paragraph",
                   "value": "<p>Trung tâm <b>Văn hóa</b> &amp; Thông tin.</p>"}]
    about.save_revision().publish()
    assert meta(soup(client.get(about.url)), name="description") == "Trung tâm Văn hóa & Thông tin."
    movement = soup(client.get(f"/phong-trao/{content['movement'].slug}/"))
    assert meta(movement, name="description") == "Cả tỉnh chung tay xóa nhà tạm."
    assert meta(movement, property="og:title") == "Xóa nhà tạm"
    place = soup(client.get(f"/dia-phuong/{content['place'].slug}/"))
    assert meta(place, name="description") == "Gương điển hình và bài viết: xã Đăk Kôi."
    assert meta(place, property="og:type") == "website"
    assert Place.objects.get(pk=content["former"].pk).successor_id == content["place"].pk


def test_a_password_protected_page_shows_nothing_of_itself(content, client):
    from wagtail.models import PageViewRestriction

    story = content["story"]
    PageViewRestriction.objects.create(page=story, restriction_type="password", password="x")
    body = client.get(story.url).content.decode()
    assert story.lead not in body and "og:image" not in body and story.title not in body
