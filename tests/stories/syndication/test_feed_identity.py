"""What makes a feed item the same item for every reader: its guid, stored at first
publication; a request's query string kept out of every other reader's copy; dates as
Vietnamese readers read them; profiles' updates announced to RSS readers."""

import datetime
import importlib
import io
import json
from email.utils import parsedate_to_datetime

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from stories.models import SyndicationEntry
from stories.syndication.models import FeedIdentity
from tests.factories import ColumnPageFactory, ExemplarPageFactory, StoryPageFactory
from tests.feed_validation import (
    assert_valid_atom,
    assert_valid_json_feed,
    assert_valid_rss,
    parse_feed,
)

pytestmark = pytest.mark.django_db

VIETNAM = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture
def story(site_pages, committed):
    return committed(lambda: StoryPageFactory(title="Người giữ rừng Đăk Kôi",
                                              parent=site_pages["column"]))


def site_host():
    return Site.objects.get(is_default_site=True).hostname


def guids(client, path="tat-ca.rss", **headers):
    response = client.get(f"/nhan-tin/{path}", **headers)
    assert response.status_code == 200
    return {entry.link.rsplit("/", 2)[-2]: entry.id
            for entry in parse_feed(response.content).entries}


def test_an_item_has_the_same_guid_through_every_host(client, story, settings):
    # In development (DEBUG) links name the host asked: ids must not.
    settings.DEBUG = True
    through_localhost = guids(client, HTTP_HOST="localhost")
    through_address = guids(client, HTTP_HOST="127.0.0.1")
    assert through_localhost == through_address
    guid = through_localhost[story.slug]
    assert guid == FeedIdentity.objects.get(page=story).guid
    assert guid.startswith(f"tag:{site_host()},") and guid.endswith(f":trang-{story.pk}")
    for host in ("localhost", "127.0.0.1"):
        atom = parse_feed(client.get("/nhan-tin/tat-ca.atom", HTTP_HOST=host).content)
        data = json.loads(client.get("/nhan-tin/tat-ca.json", HTTP_HOST=host).content)
        assert guid in {entry.id for entry in atom.entries}
        assert guid in {item["id"] for item in data["items"]}


def test_guid_survives_a_new_slug_a_move_a_new_address_and_a_rebuild(
        client, story, committed, settings):
    guid = guids(client)[story.slug]
    story.slug = "nguoi-giu-rung"
    committed(lambda: story.save_revision().publish())
    other = committed(lambda: ColumnPageFactory(title="Sống đẹp"))
    committed(lambda: story.move(other, pos="last-child"))
    # The centre moves from its test address to its domain, the entries are rebuilt.
    Site.objects.filter(is_default_site=True).update(hostname="guongsang.kontum.gov.vn")
    SyndicationEntry.objects.all().delete()
    call_command("syndication", "rebuild", stdout=io.StringIO())
    assert guids(client)["nguoi-giu-rung"] == guid


def test_new_items_are_named_by_the_configured_authority(client, site_pages, committed,
                                                         settings):
    settings.FEED_TAG_AUTHORITY = "guongsang.kontum.gov.vn"
    story = committed(lambda: StoryPageFactory(parent=site_pages["column"]))
    day = story.first_published_at.astimezone(datetime.UTC)
    assert guids(client)[story.slug] == (
        f"tag:guongsang.kontum.gov.vn,{day:%Y-%m-%d}:trang-{story.pk}")


def test_the_migration_keeps_the_guids_readers_already_have(story, committed):
    """Today's guid on the configured host, dated in UTC as the feeds wrote it: a story
    first published at 06:30 in Vietnam (23:30 UTC the day before)."""
    first = datetime.datetime(2025, 3, 1, 23, 30, tzinfo=datetime.UTC)
    profile = committed(ExemplarPageFactory)
    type(story).objects.filter(pk=story.pk).update(first_published_at=first)
    SyndicationEntry.objects.filter(page=story).update(published_at=first)
    FeedIdentity.objects.all().delete()
    migration = importlib.import_module("stories.migrations.0012_feed_identities")
    migration.keep_published_guids(apps, None)
    host = site_host()
    assert FeedIdentity.objects.get(page=story).guid == (
        f"tag:{host},2025-03-01:trang-{story.pk}")
    profile_day = profile.first_published_at.astimezone(datetime.UTC)
    assert FeedIdentity.objects.get(page=profile).guid == (
        f"tag:{host},{profile_day:%Y-%m-%d}:trang-{profile.pk}")


def test_a_readers_query_string_reaches_no_other_reader(client, story):
    tracked = client.get("/nhan-tin/ho-so.atom?utm_source=zalo")
    for path in ("tat-ca.rss", "tat-ca.json"):
        client.get(f"/nhan-tin/{path}?utm_source=zalo&utm_medium=social")
    plain = client.get("/nhan-tin/ho-so.atom")
    assert tracked["ETag"] == plain["ETag"]
    assert b"utm_" not in tracked.content and b"utm_" not in plain.content
    rss = client.get("/nhan-tin/tat-ca.rss").content
    assert b"utm_" not in rss
    self_link = next(link.href for link in parse_feed(rss).feed.links if link.rel == "self")
    assert self_link.endswith("/nhan-tin/tat-ca.rss")
    data = json.loads(client.get("/nhan-tin/tat-ca.json").content)
    assert data["feed_url"].endswith("/nhan-tin/tat-ca.json")
    assert "utm_" not in json.dumps(data)


def test_dates_are_written_in_vietnam_time(client, story):
    published = story.first_published_at
    rss = client.get("/nhan-tin/tat-ca.rss").content
    assert_valid_rss(rss)
    item = next(entry for entry in parse_feed(rss).entries if entry.id.endswith(
        f":trang-{story.pk}"))
    assert item.published.endswith("+0700")
    assert parsedate_to_datetime(item.published) == published.replace(microsecond=0)
    assert parse_feed(rss).feed.updated.endswith("+0700")
    atom = client.get("/nhan-tin/tat-ca.atom").content
    assert_valid_atom(atom)
    entry = parse_feed(atom).entries[0]
    assert entry.published.endswith("+07:00") and entry.updated.endswith("+07:00")
    assert parse_feed(atom).feed.updated.endswith("+07:00")
    data = assert_valid_json_feed(client.get("/nhan-tin/tat-ca.json").content)
    date = data["items"][0]["date_published"]
    assert date.endswith("+07:00")
    assert datetime.datetime.fromisoformat(date) == published.astimezone(VIETNAM)


def test_an_empty_feed_is_dated_in_vietnam_time_too(client, site_pages):
    column = site_pages["column"]
    rss = client.get(f"/nhan-tin/chuyen-muc/{column.slug}.rss").content
    assert parse_feed(rss).feed.updated.endswith("+0700")


def test_profiles_feed_announces_an_update_to_rss_readers(client, committed, site_pages):
    profile = committed(lambda: ExemplarPageFactory(title="Tổ hộ sinh Đăk Kôi"))
    unchanged = committed(lambda: ExemplarPageFactory(title="Hợp tác xã Măng Đen"))
    before = {entry.id: entry for entry in parse_feed(
        client.get("/nhan-tin/ho-so.rss").content).entries}
    identity = FeedIdentity.objects.get(page=profile).guid
    assert identity in before

    later = timezone.now() + datetime.timedelta(hours=3)
    profile.achievement_summary = "Đỡ đẻ an toàn cho hơn 300 ca sinh."
    committed(lambda: profile.save_revision().publish())
    type(profile).objects.filter(pk=profile.pk).update(last_published_at=later)
    call_command("syndication", "rebuild", stdout=io.StringIO())
    rss = client.get("/nhan-tin/ho-so.rss").content
    assert_valid_rss(rss)
    after = parse_feed(rss).entries
    updated = next(entry for entry in after if entry.link.endswith(profile.url))
    # A new guid, so that RSS readers show it again, dated by the update; the feed is
    # ordered by updates, so it comes first.
    assert updated.id != identity and updated.id.startswith(identity)
    assert updated.id not in before
    assert parsedate_to_datetime(updated.published) == later.replace(microsecond=0)
    assert after[0].id == updated.id
    assert "Tổ hộ sinh Đăk Kôi" in updated.title
    # A profile not published again keeps its guid.
    assert FeedIdentity.objects.get(page=unchanged).guid in {entry.id for entry in after}
    # Atom and JSON Feed readers follow the modified date: the id stays.
    atom = parse_feed(client.get("/nhan-tin/ho-so.atom").content).entries
    entry = next(entry for entry in atom if entry.id == identity)
    assert datetime.datetime.fromisoformat(entry.updated) == later
    data = json.loads(client.get("/nhan-tin/ho-so.json").content)
    assert identity in {item["id"] for item in data["items"]}
