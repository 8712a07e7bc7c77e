"""/sitemap.xml and the parts it names: search engines find every public page, the routed
taxonomy pages too; the pages' part answers 304 to a repeated conditional request until a
page is published or unpublished;
the sitemap, the API, canonical links and oEmbed name the site's one root whatever host
is asked, and follow a change of that root without a restart."""

import gzip
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import override_settings
from wagtail.models import Site

from tests.factories import MovementFactory, PlaceFactory, SectorFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def _locations(response):
    assert response.status_code == 200
    return [loc.text for loc in BeautifulSoup(response.content, "xml").find_all("loc")]


def sitemap_locations(client, **headers):
    """Every address of every part the index /sitemap.xml names."""
    found = []
    for part in _locations(client.get("/sitemap.xml", **headers)):
        address = urlsplit(part)
        found.extend(_locations(client.get(
            address.path + (f"?{address.query}" if address.query else ""), **headers)))
    return found


def test_sitemap_lists_sector_movement_and_place_pages(site_pages, client):
    sector = SectorFactory(name="Giáo dục vùng cao")
    movement = MovementFactory(name="Xóa nhà tạm, nhà dột nát")
    place = PlaceFactory(name="Đăk Kôi")
    home = site_pages["home"].full_url
    locations = sitemap_locations(client)
    for index in ("linh-vuc/", "phong-trao/", "dia-phuong/"):
        assert home + index in locations
    for url in (f"{home}linh-vuc/{sector.slug}/", f"{home}phong-trao/{movement.slug}/",
                f"{home}dia-phuong/{place.slug}/"):
        assert url in locations
        assert client.get(url.removeprefix(home.rstrip("/"))).status_code == 200
    assert len(locations) == len(set(locations))


def test_every_sitemap_location_answers(site_pages, client):
    home = site_pages["home"].full_url.rstrip("/")
    for location in sitemap_locations(client):
        assert client.get(location.removeprefix(home)).status_code == 200, location


def test_a_repeated_conditional_request_is_answered_304_until_a_page_is_published(
        site_pages, client):
    part = "/sitemap-trang.xml"
    first = client.get(part)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert "public" in first["Cache-Control"]
    again = client.get(part, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(part, headers={"If-Modified-Since": modified}).status_code == 304

    story = StoryPageFactory(title="Bài mới trong sơ đồ trang")
    after = client.get(part, headers={"If-None-Match": etag})
    assert after.status_code == 200
    assert story.full_url in after.content.decode()
    assert client.get(part, headers={"If-Modified-Since": modified}).status_code == 200
    # Unpublished, it leaves the sitemap: the validators change again.
    latest = after["ETag"]
    story.unpublish()
    gone = client.get(part, headers={"If-None-Match": latest})
    assert gone.status_code == 200
    assert story.full_url not in gone.content.decode()


def test_the_sitemap_is_gzipped_for_a_client_that_asks(site_pages, client):
    # A part, not the index: the index of a small site is too short for gzip to shrink
    # it (with Django's random padding), and is then sent as it is.
    response = client.get("/sitemap-trang.xml", headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert b"<urlset" in gzip.decompress(response.content)


# --- one root, whatever host is asked ----------------------------------------------------------

HOSTS = ("127.0.0.1", "localhost")


def test_api_sitemap_canonical_and_oembed_name_one_root_through_any_host(site_pages, client):
    assert set(HOSTS) <= set(settings.ALLOWED_HOSTS)
    story = StoryPageFactory(title="Một địa chỉ cho mọi cổng")
    root = Site.objects.get(is_default_site=True).root_url
    for host in HOSTS:
        assert not root.endswith("//" + host)  # the root is not the host asked
        api = client.get(f"/api/v2/bai-viet/{story.pk}/", HTTP_HOST=host).json()
        assert api["meta"]["html_url"] == root + story.url
        assert api["meta"]["detail_url"] == f"{root}/api/v2/bai-viet/{story.pk}/"
        listed = client.get("/api/v2/", HTTP_HOST=host).json()["endpoints"]["bai-viet"]["url"]
        assert listed == f"{root}/api/v2/bai-viet/"
        locations = sitemap_locations(client, HTTP_HOST=host)
        assert root + story.url in locations
        assert all(location.startswith(root + "/") for location in locations)
        page = BeautifulSoup(client.get(story.url, HTTP_HOST=host).content, "html.parser")
        assert page.find("link", rel="canonical")["href"] == root + story.url
        oembed = page.find("link", type="application/json+oembed")["href"]
        assert oembed.startswith(f"{root}/api/oembed/?")
        card = client.get(oembed.removeprefix(root), HTTP_HOST=host).json()
        assert card["provider_url"] == root + "/"


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_new_site_address_reaches_cached_pages_without_a_restart(site_pages, client,
                                                                   committed):
    story = StoryPageFactory(title="Trang đã được lưu sẵn")
    old = Site.objects.get(is_default_site=True).root_url
    for url in (story.url, "/sitemap.xml", f"/api/v2/bai-viet/{story.pk}/"):
        assert old in client.get(url).content.decode()  # made, and kept by the page cache
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "guongsang.example.vn", 443
    committed(site.save)
    new = "https://guongsang.example.vn"
    page = BeautifulSoup(client.get(story.url).content, "html.parser")
    assert page.find("link", rel="canonical")["href"] == new + story.url
    assert new + story.url in sitemap_locations(client)
    api = client.get(f"/api/v2/bai-viet/{story.pk}/").json()
    assert api["meta"]["html_url"] == new + story.url
