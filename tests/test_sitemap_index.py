"""The sitemap as a search engine reads it: /sitemap.xml is an index of pages of at most
SITEMAP_LIMIT addresses (a small limit here, so that a few pages make several), which
together list every public page once, the sector, movement and place pages included, and
nothing private or unpublished; each part answers 304 to a repeated conditional request;
an odd page number is not found, never a server error; the SQL of a part does not grow
with the archive."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from stories import sitemaps
from stories.models import Movement, Place, Sector
from tests.factories import (
    ExemplarPageFactory,
    MovementFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db

LIMIT = 4


@pytest.fixture
def small_limit(monkeypatch):
    for section in sitemaps.SECTIONS.values():
        monkeypatch.setattr(section, "limit", LIMIT)


def locations(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return [loc.text for loc in BeautifulSoup(response.content, "xml").find_all("loc")]


def parts(client):
    """The addresses of the sitemap's parts, as the index names them."""
    return locations(client.get("/sitemap.xml"))


def every_location(client):
    root = Site.objects.get(is_default_site=True).root_url
    found = []
    for part in parts(client):
        assert part.startswith(root + "/sitemap-")
        listed = locations(client.get(part.removeprefix(root)))
        assert 0 < len(listed) <= LIMIT, part
        found.extend(listed)
    return found


def test_the_index_names_parts_that_list_every_public_page_once(site_pages, client,
                                                                small_limit):
    stories = [StoryPageFactory() for _ in range(5)]
    exemplar = ExemplarPageFactory()
    draft = StoryPageFactory(live=False)
    private = StoryPageFactory()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    SectorFactory(name="Giáo dục vùng cao")
    MovementFactory(name="Xóa nhà tạm, nhà dột nát")
    PlaceFactory(name="Đăk Kôi")

    found = every_location(client)
    assert len(found) == len(set(found))
    root = Site.objects.get(is_default_site=True).root_url
    public = (Page.objects.live().public().descendant_of(site_pages["home"], inclusive=True))
    assert {root + page.url for page in public} <= set(found)
    for page in (*stories, exemplar, site_pages["column"], site_pages["directory"]):
        assert root + page.url in found
    assert root + draft.url not in found and root + private.url not in found
    home = root + "/"
    for prefix, model in (("linh-vuc", Sector), ("phong-trao", Movement),
                          ("dia-phuong", Place)):
        assert f"{home}{prefix}/" in found
        for slug in model.objects.values_list("slug", flat=True):
            assert f"{home}{prefix}/{slug}/" in found
    # Several parts for the pages, the second and later asked with ?p=.
    assert f"{root}/sitemap-trang.xml?p=2" in parts(client)


def test_every_address_listed_answers(site_pages, client, small_limit):
    StoryPageFactory()
    PlaceFactory(name="Đăk Tô")
    root = Site.objects.get(is_default_site=True).root_url
    for location in every_location(client):
        assert client.get(location.removeprefix(root)).status_code == 200, location


@pytest.mark.parametrize("part", ["/sitemap.xml", "/sitemap-trang.xml",
                                  "/sitemap-danh-muc.xml"])
def test_each_part_answers_304_until_a_page_is_published(site_pages, client, part):
    first = client.get(part)
    assert "public" in first["Cache-Control"]
    again = client.get(part, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    StoryPageFactory(title="Bài mới trong sơ đồ trang")
    SectorFactory(name="Lĩnh vực mới")
    assert client.get(part, headers={"If-None-Match": first["ETag"]}).status_code == (
        304 if part == "/sitemap.xml" else 200)


@pytest.mark.parametrize("query", ["?p=0", "?p=-1", "?p=abc", "?p=1.5", "?p=99",
                                   "?p=" + "9" * 5000, "?p=%00"])
def test_an_odd_page_number_is_not_found(site_pages, client, query):
    assert client.get("/sitemap-trang.xml" + query).status_code == 404


def test_an_unknown_part_is_not_found(site_pages, client):
    assert client.get("/sitemap-khong-co.xml").status_code == 404


def test_robots_txt_names_the_index(site_pages, client):
    root = Site.objects.get(is_default_site=True).root_url
    assert f"Sitemap: {root}/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_a_part_costs_the_same_queries_however_many_pages(site_pages, client, small_limit):
    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    StoryPageFactory()
    small = [queries(url) for url in ("/sitemap.xml", "/sitemap-trang.xml?p=2",
                                      "/sitemap-danh-muc.xml")]
    for number in range(12):
        StoryPageFactory()
        PlaceFactory(name=f"Thôn {number}")
    large = [queries(url) for url in ("/sitemap.xml", "/sitemap-trang.xml?p=2",
                                      "/sitemap-danh-muc.xml")]
    assert small == large
