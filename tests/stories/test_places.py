"""/dia-phuong/: today's communes in Vietnamese order, a filter that works without
JavaScript, former units grouped and pointing to today's."""

import datetime

import pytest
from bs4 import BeautifulSoup

from stories.models import Place
from tests.factories import PlaceFactory

MERGER = datetime.date(2025, 6, 30)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def places(site_pages):
    """Today's province and communes, and the former district whose communes were merged
    into them, one of them under the same name as today's commune."""
    province = PlaceFactory(name="Quảng Ngãi", kind=Place.Kind.PROVINCE)
    old_province = PlaceFactory(name="Kon Tum", kind=Place.Kind.PROVINCE, valid_to=MERGER,
                                successor=province)
    district = PlaceFactory(name="Kon Rẫy", kind=Place.Kind.DISTRICT, parent=old_province,
                            valid_to=MERGER)
    today = {name: PlaceFactory(name=name, parent=province)
             for name in ["Quyết Thắng", "Đăk Kôi", "Ba Tơ", "Dương Minh", "Gia Vực", "Ân Nghĩa",
                          "An Phú", "Ngọk Réo"]}
    former = {
        "dak_koi": PlaceFactory(name="Đăk Kôi", parent=district, valid_to=MERGER,
                                successor=today["Đăk Kôi"]),
        "dak_pne": PlaceFactory(name="Đăk Pne", parent=district, valid_to=MERGER,
                                successor=today["Đăk Kôi"]),
        "tan_lap": PlaceFactory(name="Tân Lập", parent=district, valid_to=MERGER,
                                successor=today["Quyết Thắng"]),
    }
    return {"province": province, "district": district, "today": today, **former}


def today_names(page):
    return [a.get_text() for a in page.select(".place-list:not(.place-list--former) a")]


def former_items(page):
    return [" ".join(li.get_text(" ", strip=True).split()).replace(" ,", ",")
            for li in page.select(".place-list--former li")]


def test_todays_communes_come_first_in_vietnamese_alphabetical_order(places, client):
    page = soup(client.get("/dia-phuong/"))
    assert today_names(page) == [
        "xã An Phú", "xã Ân Nghĩa", "xã Ba Tơ", "xã Dương Minh", "xã Đăk Kôi", "xã Gia Vực",
        "xã Ngọk Réo", "xã Quyết Thắng"]
    headings = [h.get_text() for h in page.select("h2")]
    assert headings.index("Xã, phường hiện nay") < headings.index("Đơn vị hành chính cũ")
    assert page.select_one("h3.place-group a")["href"] == places["province"].get_absolute_url()


def test_former_units_are_grouped_told_apart_and_say_where_they_are_now(places, client):
    page = soup(client.get("/dia-phuong/"))
    items = former_items(page)
    assert "xã Đăk Kôi (trước đây, huyện Kon Rẫy) nay thuộc xã Đăk Kôi" in items
    assert "tỉnh Kon Tum (trước đây) nay thuộc tỉnh Quảng Ngãi" in items
    # The old district's area is today's communes its communes were merged into.
    assert ("huyện Kon Rẫy (trước đây, tỉnh Kon Tum) nay thuộc xã Đăk Kôi, xã Quyết Thắng"
            in items)
    # No label is shown twice on the page.
    labels = [a.get_text() for a in page.select(".place-list > li > a")]
    assert len(labels) == len(set(labels))
    former = page.select_one(".place-list--former")
    dak_koi_old = former.find("a", href=places["dak_koi"].get_absolute_url())
    assert dak_koi_old.find_next("a")["href"] == places["today"]["Đăk Kôi"].get_absolute_url()


def test_filter_works_on_the_server_without_diacritics(places, client):
    page = soup(client.get("/dia-phuong/", {"q": "  DAK   koi "}))
    assert today_names(page) == ["xã Đăk Kôi"]
    assert former_items(page) == ["xã Đăk Kôi (trước đây, huyện Kon Rẫy) nay thuộc xã Đăk Kôi"]
    assert page.find("input", id="place-q")["value"] == "DAK koi"
    assert "2 địa phương khớp với “DAK koi”." in page.get_text()
    form = page.find("input", id="place-q").find_parent("form")
    assert form["method"] == "get" and form["action"] == "/dia-phuong/"


def test_searching_an_old_name_leads_to_todays_commune(places, client):
    page = soup(client.get("/dia-phuong/", {"q": "tan lap"}))
    assert today_names(page) == []
    assert former_items(page) == ["xã Tân Lập (trước đây, huyện Kon Rẫy) nay thuộc xã Quyết Thắng"]
    old_page = soup(client.get(places["tan_lap"].get_absolute_url()))
    notice = old_page.select_one(".notice")
    assert "Nay thuộc xã Quyết Thắng" in notice.get_text()
    assert notice.find("a", href=places["today"]["Quyết Thắng"].get_absolute_url())
    assert old_page.h1.get_text() == "xã Tân Lập (trước đây, huyện Kon Rẫy)"


def test_the_old_district_matches_by_name_and_lists_its_old_communes(places, client):
    page = soup(client.get("/dia-phuong/", {"q": "Kon Rẫy"}))
    assert [item.split(" nay ")[0] for item in former_items(page)] == [
        "xã Đăk Kôi (trước đây, huyện Kon Rẫy)", "xã Đăk Pne (trước đây, huyện Kon Rẫy)",
        "huyện Kon Rẫy (trước đây, tỉnh Kon Tum)", "xã Tân Lập (trước đây, huyện Kon Rẫy)"]


def test_a_filter_that_matches_nothing_says_so(places, client):
    page = soup(client.get("/dia-phuong/", {"q": "<script>xyz"}))
    text = page.get_text()
    assert "Không có địa phương nào khớp với “<script>xyz”." in text
    assert not page.select(".place-list")
    assert page.find("a", string="Xem tất cả địa phương")["href"] == "/dia-phuong/"


@pytest.mark.parametrize("query", ["x" * 5000, "\x00", "%", "đ̀"])
def test_odd_filters_are_answered_not_failed(places, client, query):
    assert client.get("/dia-phuong/", {"q": query}).status_code == 200


def test_todays_commune_names_the_former_units_it_was_formed_from(places, client):
    page = soup(client.get(places["today"]["Đăk Kôi"].get_absolute_url()))
    assert page.h1.get_text() == "xã Đăk Kôi"
    formed = page.find(string=lambda s: s and s.startswith("Hình thành từ")).parent
    assert [a.get_text() for a in formed.find_all("a")] == [
        "xã Đăk Kôi (trước đây, huyện Kon Rẫy)", "xã Đăk Pne (trước đây, huyện Kon Rẫy)"]


def test_the_place_list_costs_the_same_queries_however_many_places(places, client,
                                                                   django_assert_max_num_queries):
    client.get("/dia-phuong/")
    with django_assert_max_num_queries(12) as few:
        client.get("/dia-phuong/")
    for number in range(30):
        PlaceFactory(name=f"Thử {number}", parent=places["district"], valid_to=MERGER,
                     successor=places["today"]["Ba Tơ"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/dia-phuong/")


def test_a_story_filed_under_a_commune_and_its_former_namesake_tells_them_apart(
        places, client, site_pages):
    from tests.factories import StoryPageFactory

    story = StoryPageFactory(parent=site_pages["column"],
                             places=[places["today"]["Đăk Kôi"], places["dak_koi"]])
    chips = [a.get_text(" ", strip=True) for a in soup(client.get(story.url)).select("a")
             if a.get("href") in {places["dak_koi"].get_absolute_url(),
                                  places["today"]["Đăk Kôi"].get_absolute_url()}]
    assert sorted(set(chips)) == ["xã Đăk Kôi", "xã Đăk Kôi (trước đây)"], chips
