"""Pictures where portals' news modules look for them, and podcasts podcast apps accept:
an episode's only enclosure is its audio, and a column with no audio has no podcast."""

import re

import pytest
from wagtail.models import Site

from stories.syndication.entries import PICTURE_RENDITION
from stories.syndication.podcast import artwork_url
from tests.factories import (
    AudioClipFactory,
    ColumnPageFactory,
    PhotoFactory,
    StoryPageFactory,
    jpeg_file,
)
from tests.feed_validation import assert_valid_atom, assert_valid_rss, parse_feed

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(site_pages, committed):
    column = site_pages["column"]
    hero = PhotoFactory(file=jpeg_file(size=(1600, 1000)), description="Bà Y Hiên đỡ đẻ")
    told = committed(lambda: StoryPageFactory(
        title="Phóng sự: đỡ đẻ giữa rừng", parent=column, hero_image=hero,
        audio=AudioClipFactory(title="Phóng sự")))
    shown = committed(lambda: StoryPageFactory(
        title="Con đường bê tông", parent=column, hero_image=PhotoFactory()))
    return {"column": column, "told": told, "shown": shown, "hero": hero}


def rss_items(body):
    root = assert_valid_rss(body)
    return {item.findtext("title"): item for item in root.iter("item")}


def test_rss_carries_the_picture_as_an_enclosure_and_at_the_top_of_the_description(
        client, stories):
    root_url = Site.objects.get(is_default_site=True).root_url
    body = client.get(f"/nhan-tin/chuyen-muc/{stories['column'].slug}.rss").content
    items = rss_items(body)
    told = items["Phóng sự: đỡ đẻ giữa rừng"].findall("enclosure")
    hero = stories["hero"].get_rendition("width-1200|format-jpeg|jpegquality-80")
    # The audio first, the picture after it, with its real length.
    assert [enclosure.get("type") for enclosure in told] == ["audio/mpeg", "image/jpeg"]
    assert told[1].get("url") == root_url + hero.url
    assert int(told[1].get("length")) == hero.file.size > 0
    shown = items["Con đường bê tông"].findall("enclosure")
    assert [enclosure.get("type") for enclosure in shown] == ["image/jpeg"]

    description = items["Phóng sự: đỡ đẻ giữa rừng"].findtext("description")
    picture = stories["hero"].get_rendition(PICTURE_RENDITION)
    image = re.match(r'<p><a href="[^"]+"><img ([^>]+)></a></p>', description)
    assert image, description
    attributes = dict(re.findall(r'(\w+)="([^"]*)"', image[1]))
    assert attributes == {"src": root_url + picture.url, "alt": "Bà Y Hiên đỡ đẻ",
                          "width": str(picture.width), "height": str(picture.height)}
    assert picture.width == 480
    # The summary still follows, and feedparser finds the picture.
    entry = next(entry for entry in parse_feed(body).entries
                 if entry.title == "Phóng sự: đỡ đẻ giữa rừng")
    assert "<img" in entry.summary and stories["told"].lead in entry.summary
    assert entry.media_content[0]["url"] == root_url + hero.url


def test_the_channel_has_an_image_in_rss(client, stories):
    body = client.get("/nhan-tin/tat-ca.rss").content
    channel = assert_valid_rss(body).find("channel")
    image = channel.find("image")
    assert image is not None
    assert image.findtext("title") == channel.findtext("title")
    assert image.findtext("link") == channel.findtext("link")
    assert image.findtext("url").startswith("http") and image.findtext("url").endswith(".png")
    assert parse_feed(body).feed.image.href == image.findtext("url")


def test_atom_links_the_picture_as_an_enclosure(client, stories):
    root = assert_valid_atom(client.get("/nhan-tin/tat-ca.atom").content)
    atom = "{http://www.w3.org/2005/Atom}"
    assert root.findtext(f"{atom}icon").endswith(".png")
    for entry in root.iter(f"{atom}entry"):
        links = [link for link in entry.findall(f"{atom}link")
                 if link.get("rel") == "enclosure"]
        assert "image/jpeg" in {link.get("type") for link in links}
        image = next(link for link in links if link.get("type") == "image/jpeg")
        assert int(image.get("length")) > 0 and image.get("href").startswith("http")


def test_a_podcast_episode_has_its_audio_as_only_enclosure(client, stories):
    column = stories["column"]
    body = client.get(f"/nhan-tin/podcast/{column.slug}.rss").content
    items = rss_items(body)
    assert list(items) == ["Phóng sự: đỡ đẻ giữa rừng"]
    episode = items["Phóng sự: đỡ đẻ giữa rừng"]
    assert [enclosure.get("type") for enclosure in episode.findall("enclosure")] == [
        "audio/mpeg"]
    # SimplePie counts Media RSS content as an enclosure, before RSS's own.
    assert not episode.findall("{http://search.yahoo.com/mrss/}content")
    assert "<img" not in episode.findtext("description")
    parsed = parse_feed(body)
    assert [enclosure.type for enclosure in parsed.entries[0].enclosures] == ["audio/mpeg"]
    # The column's own cover in Apple's tag; RSS's channel image is the small square
    # icon RSS allows (at most 144 px wide).
    cover = artwork_url(column)
    assert parsed.feed.image.href.endswith(cover)
    image = assert_valid_rss(body).find("channel").find("image")
    assert image.findtext("url").endswith("/static/img/feed-icon.png")
    assert int(image.findtext("width")) <= 144


def test_a_column_without_audio_has_no_podcast(client, stories, committed):
    quiet = committed(lambda: ColumnPageFactory(title="Sống đẹp"))
    committed(lambda: StoryPageFactory(parent=quiet, hero_image=PhotoFactory()))
    assert client.get(f"/nhan-tin/podcast/{quiet.slug}.rss").status_code == 404
    assert client.get(f"/nhan-tin/podcast/{quiet.slug}/").status_code == 404
    assert client.get(f"/nhan-tin/chuyen-muc/{quiet.slug}.rss").status_code == 200
    # Its audio story unpublished, a column's podcast is gone too.
    column = stories["column"]
    assert client.get(f"/nhan-tin/podcast/{column.slug}.rss").status_code == 200
    committed(stories["told"].unpublish)
    assert client.get(f"/nhan-tin/podcast/{column.slug}.rss").status_code == 404
