"""Every listing reads `?trang=` the same way (`stories.paging`): past the end, however
large the number, is the last page; anything that is not a page number is the first.
Never an error (issue #13: `/dien-hinh/?trang=99999999999999999999999` was a 500)."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from search import indexing
from stories.models import ColumnPage
from tests.factories import ExemplarPageFactory, SectorFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def listings(django_db_setup, django_db_blocker):
    """Two pages of each listing: 14 stories in a column and a sector (12 a page, 10 in
    search), 13 profiles in the directory. Made once, rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("setup_site", stdout=io.StringIO())
            sector = SectorFactory(name="Bảo vệ rừng")
            column = ColumnPage.objects.order_by("path").first()
            for number in range(14):
                StoryPageFactory(title=f"Người giữ rừng, kỳ {number}", parent=column,
                                 sectors=[sector])
            for number in range(13):
                ExemplarPageFactory(title=f"Tổ bảo vệ rừng số {number}")
        indexing.rebuild()
        yield {
            "cột": column.url,
            "lĩnh vực": f"/linh-vuc/{sector.slug}/",
            "danh bạ": "/dien-hinh/",
            "tìm kiếm": "/tim-kiem/?q=nguoi+giu+rung",
        }
        transaction.set_rollback(True)


PAST_THE_END = ["3", "99999999999999999999999", str(2**64), "9" * 5000]
NOT_A_PAGE = ["", "abc", "-1", "0", "-99999999999999999999999", "١", "²", "1.5", "1e3",
              " 2", "%00"]


def shown_page(client, url, number):
    joiner = "&" if "?" in url else "?"
    response = client.get(f"{url}{joiner}trang={number}")
    assert response.status_code == 200, (url, number)
    html = response.content.decode()
    return next(n for n in (1, 2) if f"Trang {n} / 2" in html)


@pytest.mark.parametrize("listing", ["cột", "lĩnh vực", "danh bạ", "tìm kiếm"])
def test_past_the_end_is_the_last_page_and_nonsense_the_first(client, listings, listing):
    url = listings[listing]
    assert shown_page(client, url, "2") == 2
    for number in PAST_THE_END:
        assert shown_page(client, url, number) == 2, number
    for number in NOT_A_PAGE:
        assert shown_page(client, url, number) == 1, number
