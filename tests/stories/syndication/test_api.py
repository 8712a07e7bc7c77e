"""The portal API as a portal's developer meets it: pages behind a view restriction never
appear (and their presence breaks nothing), search works with the filters, and odd
parameters are answered 400 with a message naming them, never 500 (issue #13); a poll
answered 304 until something is published, gzip, an index of the endpoints, photos with
addresses and renditions, taxonomies searched and filtered (issue #16)."""

import gzip
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction, Site

from stories.models import ColumnPage, Place
from stories.vietnamese import fold
from tests.factories import (
    ColumnPageFactory,
    ExemplarPageFactory,
    PhotoFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    UserFactory,
    jpeg_file,
)

pytestmark = pytest.mark.django_db

RESTRICTIONS = ("login", "groups", "password")


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """Two public stories and a public profile; for each kind of view restriction, a
    column with a story and a profile of its own behind one. Made once, rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("setup_site", stdout=io.StringIO())
            sector = SectorFactory(name="Giáo dục")
            column = ColumnPage.objects.order_by("path").first()
            public = [
                StoryPageFactory(title="Cô giáo cắm bản ở Đăk Kôi", parent=column,
                                 sectors=[sector]),
                StoryPageFactory(title="Bếp ăn tình thương", parent=column),
            ]
            profile = ExemplarPageFactory(title="Tổ hộ sinh Đăk Kôi")
            hidden = {}
            for kind in RESTRICTIONS:
                closed = ColumnPageFactory(title=f"Chuyên mục kín ({kind})")
                story = StoryPageFactory(title=f"Bài kín ({kind})", parent=closed,
                                         sectors=[sector])
                private = ExemplarPageFactory(title=f"Hồ sơ kín ({kind})")
                for page in (closed, private):
                    restriction = PageViewRestriction.objects.create(
                        page=page, restriction_type=kind, password="mat-khau")
                    if kind == "groups":
                        restriction.groups.set(Group.objects.all())
                hidden[kind] = {"column": closed, "story": story, "profile": private}
        yield {"sector": sector, "column": column, "public": public, "profile": profile,
               "hidden": hidden}
        transaction.set_rollback(True)


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:500])
    return response.json()


def titles(client, url):
    return {item["title"] for item in get(client, url)["items"]}


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_a_restricted_page_is_in_no_endpoint(client, content, kind):
    hidden = content["hidden"][kind]
    story, profile, column = hidden["story"], hidden["profile"], hidden["column"]
    assert titles(client, "/api/v2/bai-viet/") == {p.title for p in content["public"]}
    assert titles(client, "/api/v2/dien-hinh/") == {content["profile"].title}
    assert column.title not in titles(client, "/api/v2/chuyen-muc/")
    assert titles(client, f"/api/v2/bai-viet/?linh_vuc={content['sector'].slug}") == {
        "Cô giáo cắm bản ở Đăk Kôi"}
    assert titles(client, "/api/v2/bai-viet/?search=kín") == set()
    get(client, f"/api/v2/bai-viet/{story.pk}/", 404)
    get(client, f"/api/v2/dien-hinh/{profile.pk}/", 404)
    get(client, f"/api/v2/chuyen-muc/{column.pk}/", 404)
    assert get(client, f"/api/v2/bai-viet/find/?html_path={story.url}", 404)
    assert get(client, f"/api/v2/bai-viet/?child_of={column.pk}", 400)["message"]


def test_signed_in_staff_see_no_more_than_anyone(client, content):
    """The API has no users: a session cookie of the admin changes nothing."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert titles(client, "/api/v2/bai-viet/") == {p.title for p in content["public"]}
    get(client, f"/api/v2/bai-viet/{content['hidden']['login']['story'].pk}/", 404)


def test_search_finds_stories_with_or_without_marks_and_with_filters(client, content):
    assert titles(client, "/api/v2/bai-viet/?search=cắm bản") == {"Cô giáo cắm bản ở Đăk Kôi"}
    assert titles(client, "/api/v2/bai-viet/?search=abc") == set()
    sector = content["sector"].slug
    assert titles(client, f"/api/v2/bai-viet/?search=bản&linh_vuc={sector}") == {
        "Cô giáo cắm bản ở Đăk Kôi"}
    assert titles(client, "/api/v2/bai-viet/?search=bếp&linh_vuc=khong-co") == set()
    assert titles(client, "/api/v2/bai-viet/?search=Đăk&order=title") == {
        "Cô giáo cắm bản ở Đăk Kôi"}
    assert "random" in get(client, "/api/v2/bai-viet/?search=bản&order=random", 400)[
        "message"]


def test_find_by_id_leads_to_the_detail(client, content):
    story = content["public"][0]
    response = client.get(f"/api/v2/bai-viet/find/?id={story.pk}")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/bai-viet/{story.pk}/?")
    sector = content["sector"]
    assert client.get(f"/api/v2/linh-vuc/find/?id={sector.pk}").status_code == 302


@pytest.mark.parametrize(("url", "named"), [
    ("/api/v2/bai-viet/find/?id=abc", "id"),
    ("/api/v2/bai-viet/find/?id=-1", "id"),
    ("/api/v2/dien-hinh/find/?id=99999999999999999999999", "id"),
    ("/api/v2/linh-vuc/find/?id=abc", "id"),
    ("/api/v2/bai-viet/?offset=-1", "offset"),
    ("/api/v2/bai-viet/?limit=nhieu", "limit"),
    ("/api/v2/bai-viet/?first_published_at=hom-qua", "field filter"),
    ("/api/v2/dien-hinh/?recognition_year=abc", "recognition_year"),
    ("/api/v2/bai-viet/?chuyen_muc=a%00b", "chuyen_muc"),
    ("/api/v2/linh-vuc/?slug=%00", "slug"),
    ("/api/v2/bai-viet/?tu_ngay=2026-02-30", "tu_ngay"),
    ("/api/v2/bai-viet/?child_of=99999999999999999999999", "parent"),
    ("/api/v2/bai-viet/?site=a:b", "site"),
    ("/api/v2/bai-viet/?fields=title(", "fields"),
    ("/api/v2/bai-viet/?khong_co=1", "khong_co"),
    ("/api/v2/bai-viet/?search=a&search_operator=xx", "search_operator"),
    ("/api/v2/dien-hinh/?search=a&search_operator=xx", "search_operator"),
    ("/api/v2/chuyen-muc/?search=a&search_operator=xx", "search_operator"),
])
def test_an_odd_parameter_is_answered_400_naming_it(client, content, url, named):
    assert named in get(client, url, 400)["message"]


def test_an_offset_past_the_end_gives_no_items(client, content):
    data = get(client, "/api/v2/bai-viet/?offset=99999999999999999999999")
    assert data == {"meta": {"total_count": 2}, "items": []}
    assert get(client, "/api/v2/linh-vuc/?offset=99999999999999999999999")["items"] == []


def test_an_id_past_any_table_is_not_found(client, content):
    for endpoint in ("bai-viet", "dien-hinh", "chuyen-muc", "linh-vuc", "phong-trao",
                     "dia-phuong"):
        get(client, f"/api/v2/{endpoint}/99999999999999999999999/", 404)


@pytest.mark.parametrize(("url", "named"), [
    ("/api/v2/dia-phuong/?kind=lang", "kind"),
    ("/api/v2/dia-phuong/?kind=", "kind"),
    ("/api/v2/linh-vuc/?kind=xa", "kind"),
    ("/api/v2/phong-trao/?kind=xa", "kind"),
    ("/api/v2/linh-vuc/?search=" + "a" * 201, "search"),
    ("/api/v2/dia-phuong/?search=dak&search_operator=or", "search_operator"),
    ("/api/v2/linh-vuc/?order=khong_co", "khong_co"),
])
def test_an_odd_taxonomy_parameter_is_answered_400_naming_it(client, content, url, named):
    assert named in get(client, url, 400)["message"]


# --- polling ---------------------------------------------------------------------------------

def test_a_repeated_conditional_request_is_answered_304_until_a_story_is_published(
        client, content):
    first = client.get("/api/v2/bai-viet/")
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    again = client.get("/api/v2/bai-viet/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get("/api/v2/bai-viet/",
                      headers={"If-Modified-Since": modified}).status_code == 304

    StoryPageFactory(title="Bài mới cho cổng thông tin", parent=content["column"])
    after = client.get("/api/v2/bai-viet/", headers={"If-None-Match": etag})
    assert after.status_code == 200
    assert "Bài mới cho cổng thông tin" in {item["title"] for item in after.json()["items"]}
    assert after["ETag"] != etag
    # A poller that sends only the date sees the change too.
    assert client.get("/api/v2/bai-viet/",
                      headers={"If-Modified-Since": modified}).status_code == 200


@override_settings(PAGE_CACHE_SECONDS=600)
@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_the_page_cache_never_answers_a_stale_304_after_a_publication(client, content,
                                                                       committed, encoding):
    """With the site's page cache on, as in production: whatever it keeps of the API is
    purged by a publication, so the ETag a portal holds no longer matches."""
    headers = {"Accept-Encoding": encoding} if encoding else {}
    first = client.get("/api/v2/bai-viet/", headers=headers)
    assert client.get("/api/v2/bai-viet/", headers={
        **headers, "If-None-Match": first["ETag"]}).status_code == 304
    committed(lambda: StoryPageFactory(title="Đăng sau lần hỏi trước",
                                       parent=content["column"]))
    after = client.get("/api/v2/bai-viet/", headers={**headers, "If-None-Match": first["ETag"]})
    assert after.status_code == 200
    body = gzip.decompress(after.content) if encoding else after.content
    assert "Đăng sau lần hỏi trước" in body.decode()


def test_answers_are_public_for_a_short_while_and_gzipped_when_asked(client, content):
    response = client.get("/api/v2/bai-viet/?fields=*", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    data = json.loads(gzip.decompress(response.content))
    assert {item["title"] for item in data["items"]} == {p.title for p in content["public"]}
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in directives
    assert "max-age=60" in directives
    # The conditional request works on the gzipped answer's (weak) ETag as well.
    assert client.get("/api/v2/bai-viet/?fields=*", headers={
        "Accept-Encoding": "gzip", "If-None-Match": response["ETag"]}).status_code == 304
    plain = client.get("/api/v2/bai-viet/?fields=*")
    assert "Content-Encoding" not in plain
    # Errors are not made cacheable.
    assert "public" not in client.get("/api/v2/bai-viet/?khong_co=1").get("Cache-Control", "")


def test_the_api_root_lists_every_endpoint_with_absolute_addresses(client, content):
    data = get(client, "/api/v2/")
    root = Site.objects.get(is_default_site=True).root_url
    assert set(data["endpoints"]) == {"bai-viet", "dien-hinh", "chuyen-muc", "linh-vuc",
                                      "phong-trao", "dia-phuong"}
    for name, endpoint in data["endpoints"].items():
        assert endpoint["url"] == f"{root}/api/v2/{name}/"
        assert endpoint["description"]
        get(client, endpoint["url"].removeprefix(root))
    assert data["oembed"] == f"{root}/api/oembed/"


# --- photos in bodies --------------------------------------------------------------------------

def test_body_images_come_with_absolute_addresses_and_renditions(client, content):
    photo = PhotoFactory(file=jpeg_file(size=(1600, 1000)))
    story = StoryPageFactory(parent=content["column"], hero_image=photo, body=[
        {"type": "image", "value": {"image": photo.pk, "caption": "Buổi tuần tra",
                                    "credit": ""}},
        {"type": "gallery", "value": {"title": "Ảnh", "images": [
            {"image": photo.pk, "caption": "", "credit": ""},
            {"image": photo.pk, "caption": "", "credit": "Ảnh: Thu Hà"}]}},
    ])
    root = Site.objects.get(is_default_site=True).root_url
    data = get(client, f"/api/v2/bai-viet/{story.pk}/")
    image, gallery = data["body"][0]["value"], data["body"][1]["value"]
    shown = [image["image"], *(item["image"] for item in gallery["images"]),
             data["hero_image_url"]]
    for picture in shown:
        assert picture["alt"] == photo.description
        assert picture["credit"] == photo.credit
        assert picture["url"].startswith(f"{root}/media/")
        assert [size["width"] for size in picture["renditions"]] == [480, 800, 1200]
        for size in picture["renditions"]:
            assert size["url"].startswith(f"{root}/media/")
            assert size["height"] == size["width"] * 1000 // 1600
        assert picture["width"] == 1200
    assert image["caption"] == "Buổi tuần tra"
    assert gallery["images"][1]["credit"] == "Ảnh: Thu Hà"


# --- taxonomies ------------------------------------------------------------------------------

def test_places_are_searched_without_diacritics_and_filtered_by_kind(client, content):
    commune = PlaceFactory(name="Đăk Kôi", kind=Place.Kind.COMMUNE)
    district = PlaceFactory(name="Kon Rẫy", kind=Place.Kind.DISTRICT)
    PlaceFactory(name="Đăk Tờ Re", kind=Place.Kind.COMMUNE)
    names = lambda url: {item["name"] for item in get(client, url)["items"]}  # noqa: E731
    assert names("/api/v2/dia-phuong/?search=dak koi") == {commune.name}
    assert names("/api/v2/dia-phuong/?search=Đăk") == {"Đăk Kôi", "Đăk Tờ Re"}
    assert names("/api/v2/dia-phuong/?search=ĐĂK KÔI") == {commune.name}
    assert names("/api/v2/dia-phuong/?search=dak&kind=xa") == {"Đăk Kôi", "Đăk Tờ Re"}
    assert names("/api/v2/dia-phuong/?kind=huyen") == {district.name}
    assert names("/api/v2/dia-phuong/?search=khong co") == set()


def test_sectors_are_searched_without_diacritics(client, content):
    names = {item["name"] for item in get(client, "/api/v2/linh-vuc/?search=giao duc")["items"]}
    assert content["sector"].name in names
    assert all("giao duc" in fold(name) for name in names)
    everything = get(client, "/api/v2/linh-vuc/")["meta"]["total_count"]
    assert len(names) < everything


def test_a_shared_links_tracking_parameters_change_nothing(client, content):
    plain = titles(client, "/api/v2/bai-viet/")
    assert titles(client, "/api/v2/bai-viet/?utm_source=zalo&utm_medium=chat&fbclid=x") == plain


def test_the_radio_version_is_named_by_a_whole_address(client, content):
    root = Site.objects.get(is_default_site=True).root_url
    story = content["public"][0]
    detail = get(client, f"/api/v2/bai-viet/{story.pk}/")
    assert detail["radio_version_url"] == f"{root}/nhan-tin/phat-thanh/{story.pk}.txt"
    assert client.get(detail["radio_version_url"].removeprefix(root)).status_code == 200
