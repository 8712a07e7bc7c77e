"""The search page as a reader sees it: how many results, for what, under which filters (in
words, each removable), and the facets folded behind one control."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from search import indexing
from search.models import Facet
from stories.models import Sector
from tests.factories import ExemplarPageFactory, PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def teachers(site_pages):
    education = Sector.objects.get(slug="giao-duc-va-dao-tao")
    health = Sector.objects.get(slug="y-te")
    places = [PlaceFactory(name=f"Đăk Giáo {n:02}") for n in range(1, 15)]
    for n, place in enumerate(places):
        ExemplarPageFactory(title=f"Cô giáo cắm bản số {n + 1}", place=place,
                            sectors=[education if n % 2 else health],
                            recognition_year=2024 if n < 4 else 2020)
    indexing.rebuild()
    return {"education": education, "health": health, "places": places}


def page(client, url="/tim-kiem/", **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def status(html):
    return " ".join(html.find(role="status").get_text(" ", strip=True).split())


def test_the_count_and_the_filters_in_use_are_said_in_words(teachers, client):
    html = page(client, q="co giao")
    assert status(html) == "14 kết quả cho “co giao”"

    html = page(client, q="co giao", linh_vuc=str(teachers["education"].pk), nam="2024",
                trang="2")
    assert status(html) == ("2 kết quả cho “co giao” · Lĩnh vực: Giáo dục và đào tạo"
                            " (bỏ bộ lọc này) ✕ · Năm: 2024 (bỏ bộ lọc này) ✕ · Xóa bộ lọc")


def test_each_filter_can_be_removed_on_its_own(teachers, client):
    education = str(teachers["education"].pk)
    html = page(client, q="co giao", linh_vuc=education, nam="2024", trang="2")
    remove = {a.get_text(" ", strip=True).split(" (")[0]: a["href"]
              for a in html.find(role="status").find_all("a", class_="search-filter")}
    assert set(remove) == {"Lĩnh vực: Giáo dục và đào tạo", "Năm: 2024"}

    # Without the year: the sector stays, the page starts again at the first.
    query = parse_qs(urlsplit(remove["Năm: 2024"]).query)
    assert query == {"q": ["co giao"], "linh_vuc": [education]}
    html = page(client, remove["Năm: 2024"])
    assert status(html) == ("7 kết quả cho “co giao” · Lĩnh vực: Giáo dục và đào tạo"
                            " (bỏ bộ lọc này) ✕")
    assert html.find("input", attrs={"name": Facet.SECTOR, "value": education}).has_attr(
        "checked")
    assert not html.find("input", attrs={"name": Facet.YEAR, "value": "2024"}).has_attr(
        "checked")

    # "Clear filters" keeps what was searched for.
    clear = html.find("a", string="Xóa bộ lọc")["href"]
    assert parse_qs(urlsplit(clear).query) == {"q": ["co giao"]}
    assert status(page(client, clear)) == "14 kết quả cho “co giao”"


def test_the_facets_fold_behind_one_control_that_counts_the_filters_in_use(teachers, client):
    html = page(client, q="co giao")
    folded = html.select("details.facets")
    assert len(folded) == 1 and not folded[0].has_attr("open")
    assert folded[0].summary.get_text(strip=True) == "Lọc kết quả"
    boxes = html.find_all("input", type="checkbox")
    assert boxes and all(box.find_parent("details") is folded[0] for box in boxes)
    assert folded[0].find("button", string="Áp dụng bộ lọc")

    html = page(client, q="co giao", linh_vuc=str(teachers["health"].pk), nam="2024")
    assert html.select_one("details.facets summary").get_text(strip=True) == "Lọc kết quả (2)"


def test_a_chosen_value_is_offered_even_past_the_most_frequent(teachers, client):
    def offered(html):
        return {box["value"]: box.has_attr("checked")
                for box in html.find_all("input", attrs={"name": Facet.PLACE})}

    places = {str(place.pk) for place in teachers["places"]}
    first = offered(page(client, q="co giao"))
    assert len(first) < len(places)  # not all of them fit
    left_out = sorted(places - set(first))[0]
    chosen = offered(page(client, q="co giao", dia_phuong=left_out))
    assert chosen[left_out] is True


def test_results_without_a_query_are_counted_with_their_filters(teachers, client):
    html = page(client, nam="2024")
    assert re.fullmatch(r"4 kết quả · Năm: 2024 \(bỏ bộ lọc này\) ✕", status(html))
