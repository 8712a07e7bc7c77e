import datetime

import pytest

from stories.models import Place, PlaceGraph
from tests.factories import MovementFactory, PlaceFactory, SectorFactory

MERGER = datetime.date(2025, 6, 30)


@pytest.fixture
def places(db):
    """A 2025 reorganisation in miniature: the province of Kon Tum merged into Quảng Ngãi;
    the district of Kon Rẫy dissolved; its communes merged into two new communes."""
    new_province = PlaceFactory(name="Quảng Ngãi", kind=Place.Kind.PROVINCE)
    old_province = PlaceFactory(name="Kon Tum", kind=Place.Kind.PROVINCE, valid_to=MERGER,
                                successor=new_province)
    district = PlaceFactory(name="Kon Rẫy", kind=Place.Kind.DISTRICT, parent=old_province,
                            valid_to=MERGER)
    kon_braih = PlaceFactory(name="Kon Braih", parent=new_province)
    dak_koi = PlaceFactory(name="Đăk Kôi", parent=new_province)
    elsewhere = PlaceFactory(name="Ba Tơ", parent=new_province)
    old = {
        "dak_rve": PlaceFactory(name="Đăk Rve", kind=Place.Kind.TOWNSHIP, parent=district,
                                valid_to=MERGER, successor=kon_braih),
        "dak_to_lung": PlaceFactory(name="Đăk Tơ Lung", parent=district, valid_to=MERGER,
                                    successor=kon_braih),
        "dak_koi_old": PlaceFactory(name="Đăk Kôi cũ", parent=district, valid_to=MERGER,
                                    successor=dak_koi),
    }
    return {"new_province": new_province, "old_province": old_province,
            "district": district, "kon_braih": kon_braih, "dak_koi": dak_koi,
            "elsewhere": elsewhere, **old}


def test_old_commune_leads_to_the_commune_it_merged_into(places):
    graph = PlaceGraph.load()
    assert graph.today(places["dak_rve"].pk) == {places["kon_braih"].pk}


def test_old_district_leads_to_all_communes_its_communes_became(places):
    graph = PlaceGraph.load()
    assert graph.today(places["district"].pk) == {places["kon_braih"].pk, places["dak_koi"].pk}


def test_new_commune_covers_the_old_communes_merged_into_it_but_not_the_district(places):
    covered = PlaceGraph.load().covered(places["kon_braih"].pk)
    assert places["dak_rve"].pk in covered
    assert places["dak_to_lung"].pk in covered
    assert places["dak_koi_old"].pk not in covered
    # The district spread over two communes: its content is not all Kon Braih's.
    assert places["district"].pk not in covered


def test_old_district_covers_its_communes_and_their_successors_only(places):
    covered = PlaceGraph.load().covered(places["district"].pk)
    expected = {"district", "dak_rve", "dak_to_lung", "dak_koi_old", "kon_braih", "dak_koi"}
    assert covered == {places[key].pk for key in expected}


def test_province_covers_everything_inside_it_old_and_new(places):
    covered = PlaceGraph.load().covered(places["new_province"].pk)
    assert set(covered) == {place.pk for place in places.values()}


def test_place_names_and_slugs(places):
    assert places["district"].full_name == "huyện Kon Rẫy"
    assert str(places["district"]) == "huyện Kon Rẫy (trước đây)"
    assert places["district"].slug == "huyen-kon-ray"
    assert places["dak_rve"].label == "thị trấn Đăk Rve (trước đây, huyện Kon Rẫy)"
    assert places["dak_koi"].label == "xã Đăk Kôi"
    assert places["dak_koi"].get_absolute_url() == "/dia-phuong/xa-dak-koi/"


@pytest.mark.django_db
def test_slugs_stay_unique_when_names_repeat():
    first = SectorFactory(name="Môi trường")
    second = SectorFactory(name="Môi  trường")
    assert (first.slug, second.slug) == ("moi-truong", "moi-truong-2")


@pytest.mark.django_db
def test_seeded_sectors_and_movements():
    from stories.models import Movement, Sector

    assert Sector.objects.count() == 14
    assert Sector.objects.filter(name="Cải cách hành chính", slug="cai-cach-hanh-chinh").exists()
    movement = Movement.objects.get(slug="xoa-nha-tam-nha-dot-nat")
    assert movement.launched_on == datetime.date(2024, 4, 13)
    assert MovementFactory().get_absolute_url().startswith("/phong-trao/")


def test_a_former_unit_is_told_apart_from_todays_unit_of_the_same_name():
    assert Place.describe("Đăk Kôi", "xa") == "xã Đăk Kôi"
    assert Place.describe("Đăk Kôi", "xa", current=False) == "xã Đăk Kôi (trước đây)"
    assert (Place.describe("Đăk Kôi", "xa", current=False, within="huyện Kon Rẫy")
            == "xã Đăk Kôi (trước đây, huyện Kon Rẫy)")
