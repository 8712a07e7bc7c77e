"""Feeds as portals, radio stations and feed readers receive them."""

import gzip
import json
import unicodedata
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from stories.models import SyndicationEntry
from stories.syndication import feeds
from stories.syndication.entries import forget_feed_state
from tests.factories import (
    AudioClipFactory,
    ColumnPageFactory,
    ExemplarPageFactory,
    MovementFactory,
    PhotoFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    link_exemplars,
)
from tests.feed_validation import (
    assert_valid_atom,
    assert_valid_json_feed,
    assert_valid_rss,
    parse_feed,
)

pytestmark = pytest.mark.django_db

TRICKY_TITLE = 'Ông <Y> & bà "Hờ" 🌾 ' + unicodedata.normalize("NFD", "giữ rừng Đăk Kôi")


@pytest.fixture
def content(site_pages, committed):
    sector, movement = SectorFactory(name="Y tế"), MovementFactory(name="Dân vận khéo")
    place = PlaceFactory(name="Đăk Kôi")
    exemplar = committed(lambda: ExemplarPageFactory(
        title="Tổ hộ sinh Đăk Kôi", place=place, sectors=[sector]))
    audio = AudioClipFactory(title="Phóng sự: đỡ đẻ giữa rừng")
    story = committed(lambda: StoryPageFactory(
        title=TRICKY_TITLE, parent=site_pages["column"], hero_image=PhotoFactory(),
        audio=audio, sectors=[sector], movements=[movement], places=[place],
        lead="Theo QĐ số 45/QĐ-UBND ngày 15/3/2025, trạm được khen.",
        body=[{"type": "paragraph",
               "value": '<p>Trạm có <b>3</b> nữ hộ sinh. <a href="/gioi-thieu/">Xem</a></p>'},
              {"type": "image", "value": {"image": PhotoFactory(description="Sản phụ và con").pk,
                                          "caption": "Ca sinh thứ 100", "credit": ""}}]))
    committed(lambda: link_exemplars(story, [exemplar]))
    committed(lambda: story.save_revision().publish())
    return {"story": story, "exemplar": exemplar, "sector": sector, "movement": movement,
            "place": place, "audio": audio, "column": site_pages["column"]}


def feed_paths(content):
    column, sector = content["column"].slug, content["sector"].slug
    return ["tat-ca", "ho-so", f"chuyen-muc/{column}", f"linh-vuc/{sector}",
            f"phong-trao/{content['movement'].slug}", f"dia-phuong/{content['place'].slug}",
            f"dien-hinh/{content['exemplar'].slug}"]


def get_feed(client, path, fmt):
    response = client.get(f"/nhan-tin/{path}.{fmt}")
    assert response.status_code == 200, path
    return response


def test_every_feed_is_valid_in_every_format(client, content):
    for path in feed_paths(content):
        rss = get_feed(client, path, "rss").content
        assert_valid_rss(rss)
        assert parse_feed(rss).entries, path
        atom = get_feed(client, path, "atom").content
        assert_valid_atom(atom)
        assert parse_feed(atom).entries, path
        data = assert_valid_json_feed(get_feed(client, path, "json").content)
        assert data["items"], path
    podcast = client.get(f"/nhan-tin/podcast/{content['column'].slug}.rss").content
    assert_valid_rss(podcast)
    assert parse_feed(podcast).entries


def test_an_item_carries_what_a_newspaper_needs(client, content):
    story = content["story"]
    parsed = parse_feed(get_feed(client, f"chuyen-muc/{content['column'].slug}", "rss").content)
    item = parsed.entries[0]
    # Links on the site's configured address (its Site record), not the host asked.
    root = Site.objects.get(is_default_site=True).root_url
    assert item.title == unicodedata.normalize("NFC", TRICKY_TITLE)
    assert item.link == root + story.url
    assert item.author == "Bài và ảnh: Hà Phương"
    assert {tag.term for tag in item.tags} >= {"Y tế", "Dân vận khéo", "xã Đăk Kôi"}
    html = item.content[0].value
    assert f'href="{root}/gioi-thieu/"' in html
    assert 'alt="Sản phụ và con"' in html and f'src="{root}/media/' in html
    assert "<script" not in html
    assert item.media_content[0]["url"].startswith(f"{root}/media/")
    assert item.media_credit[0]["content"] == "Ảnh: Hà Phương"
    assert item.rights == story.reuse_note
    # The audio first, then the hero picture for portals that look for an image enclosure.
    assert [enclosure.type for enclosure in item.enclosures] == ["audio/mpeg", "image/jpeg"]
    assert int(item.enclosures[0].length) == content["audio"].file.size
    assert item.id.startswith(f"tag:{urlsplit(root).hostname},")
    assert item.id.endswith(f":trang-{story.pk}")


def test_guid_stays_when_the_story_is_renamed_and_moved(client, content, committed):
    story = content["story"]
    before = parse_feed(get_feed(client, "tat-ca", "rss").content).entries
    guid = next(entry.id for entry in before if entry.link.endswith(story.url))
    other = ColumnPageFactory(title="Sống đẹp")
    story.title = "Tên mới"
    committed(lambda: story.save_revision().publish())
    committed(lambda: story.move(other, pos="last-child"))
    story.refresh_from_db()
    after = parse_feed(get_feed(client, "tat-ca", "rss").content).entries
    moved = next(entry for entry in after if entry.title == "Tên mới")
    assert moved.id == guid and moved.link.endswith(story.url)


def test_text_is_escaped_in_every_format(client, content):
    expected = unicodedata.normalize("NFC", TRICKY_TITLE)
    rss = get_feed(client, "tat-ca", "rss").content
    assert b"<Y>" not in rss
    assert expected in {entry.title for entry in parse_feed(rss).entries}
    atom = get_feed(client, "tat-ca", "atom").content
    assert expected in {entry.title for entry in parse_feed(atom).entries}
    data = json.loads(get_feed(client, "tat-ca", "json").content)
    assert expected in {item["title"] for item in data["items"]}


def test_drafts_scheduled_unpublished_and_private_content_never_appear(
        client, content, committed, site_pages):
    draft = StoryPageFactory(title="Bản nháp chưa duyệt", parent=site_pages["column"],
                             live=False)
    scheduled = StoryPageFactory(title="Bài hẹn giờ đăng", parent=site_pages["column"],
                                 live=False)
    scheduled.go_live_at = timezone.now() + timezone.timedelta(days=2)
    committed(lambda: scheduled.save_revision().publish())
    scheduled.refresh_from_db()
    assert not scheduled.live
    private_column = ColumnPageFactory(title="Nội bộ")
    committed(lambda: StoryPageFactory(title="Bài nội bộ", parent=private_column))
    committed(lambda: PageViewRestriction.objects.create(
        page=private_column, restriction_type=PageViewRestriction.LOGIN))
    committed(content["story"].unpublish)
    hidden = {"Bản nháp chưa duyệt", "Bài hẹn giờ đăng", "Bài nội bộ",
              unicodedata.normalize("NFC", TRICKY_TITLE)}
    for path in feed_paths(content):
        titles = {entry.title for entry in parse_feed(
            get_feed(client, path, "rss").content).entries}
        assert not titles & hidden, path
        items = json.loads(get_feed(client, path, "json").content)["items"]
        assert not {item["title"] for item in items} & hidden
    assert client.get("/nhan-tin/chuyen-muc/noi-bo.rss").status_code == 404
    assert client.get(f"/nhan-tin/phat-thanh/{draft.pk}.txt").status_code == 404
    assert client.get(content["audio"].get_absolute_url()).status_code == 404


def test_publishing_shows_up_and_unpublishing_disappears_at_once(client, content, committed):
    path = f"chuyen-muc/{content['column'].slug}"
    first = get_feed(client, path, "rss")
    story = committed(lambda: StoryPageFactory(title="Tin mới nóng hổi",
                                                parent=content["column"]))
    second = get_feed(client, path, "rss")
    assert second["ETag"] != first["ETag"]
    assert "Tin mới nóng hổi" in {e.title for e in parse_feed(second.content).entries}
    committed(story.unpublish)
    third = get_feed(client, path, "rss")
    assert "Tin mới nóng hổi" not in {e.title for e in parse_feed(third.content).entries}


def test_conditional_get_answers_304_without_building_the_feed(
        client, content, monkeypatch, django_assert_num_queries):
    first = get_feed(client, "tat-ca", "rss")

    def no_building(*args, **kwargs):
        raise AssertionError("the feed was built")

    monkeypatch.setattr(feeds, "source", no_building)
    forget_feed_state()
    with django_assert_num_queries(1):  # the feed state, read at most every 2 seconds
        by_etag = client.get("/nhan-tin/tat-ca.rss", HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304 and by_etag["ETag"] == first["ETag"]
    by_date = client.get("/nhan-tin/tat-ca.rss",
                         HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304
    # Unchanged and asked again without validators: served from the cache, not rebuilt.
    with django_assert_num_queries(0):
        again = client.get("/nhan-tin/tat-ca.rss")
    assert again.content == first.content
    assert "max-age" in again["Cache-Control"]


def test_feeds_are_gzipped_for_readers_that_accept_it(client, content):
    plain = get_feed(client, "tat-ca", "atom")
    zipped = client.get("/nhan-tin/tat-ca.atom", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["ETag"] != plain["ETag"]
    assert "Accept-Encoding" in zipped["Vary"]


def test_queries_per_feed_do_not_grow_with_items(client, content, django_assert_num_queries,
                                                  committed):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        cache.clear()
        forget_feed_state()
        with CaptureQueriesContext(connection) as queries:
            get_feed(client, f"linh-vuc/{content['sector'].slug}", "rss")
        return len(queries)

    few = count()
    for number in range(8):
        committed(lambda n=number: StoryPageFactory(
            title=f"Bài số {n}", parent=content["column"], sectors=[content["sector"]]))
    assert count() == few


def test_podcast_feed_has_what_podcast_apps_require(client, content):
    body = client.get(f"/nhan-tin/podcast/{content['column'].slug}.rss").content
    parsed = parse_feed(body)
    # Apple's current specification: "true" or "false" (feedparser only knows "yes/clean").
    assert b"<itunes:explicit>false</itunes:explicit>" in body
    assert parsed.feed.image.href.endswith(".png") or parsed.feed.image.href.endswith(".jpg")
    episode = parsed.entries[0]
    assert int(episode.itunes_duration) == round(content["audio"].duration)
    assert episode.enclosures[0].href.endswith(f"/nhan-tin/am-thanh/{content['audio'].pk}.mp3")
    assert b"<itunes:category text=\"Society &amp; Culture\">" in body
    assert client.get(f"/nhan-tin/podcast/{content['column'].slug}.atom").status_code == 404


def test_enclosure_serves_exactly_its_length_and_byte_ranges(client, content):
    audio = content["audio"]
    whole = client.get(audio.get_absolute_url())
    body = b"".join(whole.streaming_content)
    assert len(body) == audio.size == int(whole["Content-Length"])
    assert whole["Content-Type"] == "audio/mpeg" and whole["Accept-Ranges"] == "bytes"
    part = client.get(audio.get_absolute_url(), HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert b"".join(part.streaming_content) == body[100:200]
    assert part["Content-Range"] == f"bytes 100-199/{audio.size}"
    assert client.get(audio.get_absolute_url(),
                      HTTP_RANGE=f"bytes={audio.size + 5}-").status_code == 416


def test_feeds_are_discoverable_from_pages_and_the_footer(client, content):
    html = client.get(content["story"].url).content.decode()
    assert f'href="/nhan-tin/chuyen-muc/{content["column"].slug}.rss"' in html
    assert 'type="application/atom+xml"' in html and 'href="/nhan-tin/tat-ca.rss"' in html
    assert 'href="/nhan-tin/"' in html
    # The technicians' page links each feed's page for people, which gives its address.
    listing = client.get("/nhan-tin/ky-thuat/").content.decode()
    for path in feed_paths(content)[2:]:
        assert f'href="/nhan-tin/{path}/"' in listing, path
    assert f'href="/nhan-tin/podcast/{content["column"].slug}/"' in listing


def test_rebuild_and_check_commands(content, capsys):
    SyndicationEntry.objects.all().delete()
    with pytest.raises(SystemExit):
        call_command("syndication", "check")
    call_command("syndication", "check", "--repair")
    call_command("syndication", "check")
    assert "Thiếu: 0; đã cũ: 0" in capsys.readouterr().out
