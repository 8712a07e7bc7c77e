"""Odd input to the "Nhận tin" views (audio, radio, bulletins, widget) gets an ordinary
answer: the whole file, this week's bulletin, the default widget, or a 404 (issue #13)."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils import timezone

from stories.models import ColumnPage
from tests.factories import AudioClipFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def story(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("setup_site", stdout=io.StringIO())
            story = StoryPageFactory(parent=ColumnPage.objects.order_by("path").first(),
                                     audio=AudioClipFactory())
        yield story
        transaction.set_rollback(True)


@pytest.mark.parametrize("header", [
    "bytes=" + "9" * 5000 + "-",            # more digits than int() reads
    "bytes=99999999999999999999999-",       # more than a 64-bit number
    "bytes=١-٢",                             # digits, but not ASCII ones
    "bytes=0-1\n", "bytes=0-1,5-9", "items=0-1", "bytes=-", "garbage",
])
def test_a_range_header_that_is_not_one_range_gets_the_whole_file(client, story, header):
    response = client.get(story.audio.get_absolute_url(), headers={"Range": header})
    assert response.status_code == 200
    assert len(b"".join(response.streaming_content)) == story.audio.size


def test_a_range_past_the_end_is_refused_as_http_says(client, story):
    response = client.get(story.audio.get_absolute_url(),
                          headers={"Range": "bytes=99999999999999999-"})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{story.audio.size}"
    ranged = client.get(story.audio.get_absolute_url(), headers={"Range": "bytes=10-19"})
    assert ranged.status_code == 206 and len(b"".join(ranged.streaming_content)) == 10


@pytest.mark.parametrize("url", [
    "/nhan-tin/am-thanh/99999999999999999999999.mp3",
    "/nhan-tin/phat-thanh/99999999999999999999999.txt",
])
def test_an_id_past_any_table_is_not_found(client, story, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01", "2026-W00", "2026-W99",
                                  "2026-W47\n", "２０２６-W47", "abc"])
def test_an_odd_week_gives_this_weeks_bulletin(client, story, week):
    column = story.get_parent()
    response = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{column.slug}.txt", {"tuan": week})
    assert response.status_code == 200
    year, number, _day = timezone.localdate().isocalendar()
    assert f"-{year}-W{number:02d}.txt" in response["Content-Disposition"]


def test_a_real_past_week_gives_that_weeks_bulletin(client, story):
    column = story.get_parent()
    response = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{column.slug}.txt",
                          {"tuan": "2020-W10"})
    assert "-2020-W10.txt" in response["Content-Disposition"]
    assert "02/03/2020" in response.content.decode()


@pytest.mark.parametrize("size", ["9" * 5000, "99999999999999999999999", "٣", "0", "-3"])
def test_an_odd_widget_size_gives_the_default_widget(client, story, size):
    response = client.get("/nhung/tat-ca/", {"so": size, "mau": "b3171d\n"})
    assert response.status_code == 200
    assert response.content.decode().count(story.title) == 1


@pytest.mark.parametrize("params", [{"anh": "có"}, {"nen": "<b>"}, {"mau": "#b3171d"},
                                    {"so": "5.0"}, {"anh": ["0", "1"], "nen": "sang"}])
def test_an_odd_widget_look_gives_the_default_look(client, story, params):
    response = client.get("/nhung/tat-ca/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(story.title) == 1
    assert "#b3171d" in html and "#1b1b1d" not in html  # the accent, on the light background
