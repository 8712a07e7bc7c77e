"""/sitemap.xml: search engines find every public page, the routed taxonomy pages too."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import MovementFactory, PlaceFactory, SectorFactory

pytestmark = pytest.mark.django_db


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return [loc.text for loc in BeautifulSoup(response.content, "xml").find_all("loc")]


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
