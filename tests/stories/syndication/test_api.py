"""The portal API as a portal's developer meets it: pages behind a view restriction never
appear (and their presence breaks nothing), search works with the filters, and odd
parameters are answered 400 with a message naming them, never 500 (issue #13)."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import PageViewRestriction

from stories.models import ColumnPage
from tests.factories import (
    ColumnPageFactory,
    ExemplarPageFactory,
    SectorFactory,
    StoryPageFactory,
    UserFactory,
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
