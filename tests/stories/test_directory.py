"""The exemplar directory: filters combine, stay in the URL, and never break on bad input."""

import pytest
from bs4 import BeautifulSoup

from stories.models import Place, RecognitionLevel, Sector, SubjectType
from tests.factories import ExemplarPageFactory, MovementFactory, PlaceFactory


def names(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return {a.get_text() for a in page.select(".card--exemplar .card__title a")}


@pytest.fixture
def directory(site_pages):
    health = Sector.objects.get(slug="y-te")
    farming = Sector.objects.get(slug="nong-nghiep")
    housing = MovementFactory(name="Xóa nhà tạm")
    commune = PlaceFactory(name="Kon Braih")
    old_commune = PlaceFactory(name="Đăk Rve", kind=Place.Kind.TOWNSHIP,
                               valid_to="2025-06-30", successor=commune)
    other = PlaceFactory(name="Ba Tơ")
    ExemplarPageFactory(title="Trạm y tế Kon Braih", sectors=[health], place=commune,
                        recognition_year=2025, recognition_level=RecognitionLevel.PROVINCIAL)
    ExemplarPageFactory(title="Tổ hợp tác cà phê", sectors=[farming], movements=[housing],
                        place=old_commune, recognition_year=2023,
                        subject_type=SubjectType.MODEL)
    ExemplarPageFactory(title="Hộ ông A Thút", sectors=[farming], movements=[housing],
                        place=other, subject_type=SubjectType.HOUSEHOLD, with_consent=True,
                        recognition_year=2025)
    return site_pages["directory"].url


def test_no_filter_lists_everything(directory, client):
    assert names(client.get(directory)) == {"Trạm y tế Kon Braih", "Tổ hợp tác cà phê",
                                            "Hộ ông A Thút"}


def test_filters_combine(directory, client):
    assert names(client.get(directory, {"linh_vuc": "nong-nghiep", "nam": "2025"})) == {
        "Hộ ông A Thút"}
    assert names(client.get(directory, {"phong_trao": "xoa-nha-tam", "loai": "mo_hinh"})) == {
        "Tổ hợp tác cà phê"}
    assert names(client.get(directory, {"cap": "cap_tinh"})) == {"Trạm y tế Kon Braih"}


def test_todays_commune_finds_exemplars_recorded_under_its_former_name(directory, client):
    assert names(client.get(directory, {"dia_phuong": "xa-kon-braih"})) == {
        "Trạm y tế Kon Braih", "Tổ hợp tác cà phê"}


def test_former_name_finds_its_successors_exemplars(directory, client):
    assert names(client.get(directory, {"dia_phuong": "thi-tran-dak-rve"})) == {
        "Trạm y tế Kon Braih", "Tổ hợp tác cà phê"}


def test_filters_are_kept_in_the_form_and_pagination(directory, client):
    for number in range(13):
        ExemplarPageFactory(title=f"Chi đoàn {number:02d}", recognition_year=2022)
    response = client.get(directory, {"nam": "2022"})
    page = BeautifulSoup(response.content, "html.parser")
    year = page.find("select", attrs={"name": "nam"})
    assert year.find("option", selected=True)["value"] == "2022"
    assert page.find("a", rel="next")["href"] == "?nam=2022&trang=2"
    assert len(names(client.get(directory, {"nam": "2022", "trang": "2"}))) == 1


@pytest.mark.parametrize("query", [
    {"linh_vuc": "khong-ton-tai"},
    {"nam": "abc"},
    {"nam": "1800"},
    {"trang": "-1"},
    {"trang": "99999"},
    {"trang": "\x00"},
    {"dia_phuong": "<script>"},
    {"loai": "' OR 1=1 --"},
])
def test_bad_filter_values_give_a_page_not_an_error(directory, client, query):
    response = client.get(directory, query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_unknown_value_is_reported_and_other_filters_still_apply(directory, client):
    response = client.get(directory, {"linh_vuc": "nong-nghiep", "nam": "1800"})
    assert names(response) == {"Tổ hợp tác cà phê", "Hộ ông A Thút"}
    assert "không được nhận ra" in response.content.decode()
