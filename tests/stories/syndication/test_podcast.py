"""A column's podcast as podcast apps and directories find it: its cover, the owner's
email that the site refuses to run without, and the link on the column's page."""

import io
import unicodedata
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree
from PIL import Image, ImageFont

from stories.syndication import podcast
from tests.factories import (
    AudioClipFactory,
    ColumnPageFactory,
    PhotoFactory,
    StoryPageFactory,
    jpeg_file,
)

pytestmark = pytest.mark.django_db

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST_LINK = '<link rel="alternate" type="application/rss+xml" title="{title} (Podcast)" ' \
               'href="/nhan-tin/podcast/{slug}.rss">'


def column_with_episode(committed, **fields):
    column = committed(lambda: ColumnPageFactory(**fields))
    committed(lambda: StoryPageFactory(parent=column, audio=AudioClipFactory()))
    return column


def cover_address(client, column):
    """The path of the cover the column's podcast feed names, as an app reads it."""
    response = client.get(f"/nhan-tin/podcast/{column.slug}.rss")
    assert response.status_code == 200
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    channel = etree.fromstring(response.content, parser).find("channel")
    return urlsplit(channel.find(f"{ITUNES}image").get("href")).path


def fetched_image(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    return Image.open(io.BytesIO(response.content)), response


def assert_apple_accepts(image):
    assert image.format == "JPEG"
    assert image.mode == "RGB"
    assert image.width == image.height
    assert 1400 <= image.width <= 3000


# --- the cover ------------------------------------------------------------------------------

def test_a_column_without_artwork_gets_a_drawn_cover_of_its_own(client, site_pages, committed):
    first = column_with_episode(committed, title="Người tốt việc tốt ở bản Đăk Kôi")
    second = column_with_episode(committed, title="Sống đẹp")
    image, response = fetched_image(client, cover_address(client, first))
    assert_apple_accepts(image)
    assert "immutable" in response["Cache-Control"]
    other, _response = fetched_image(client, cover_address(client, second))
    assert cover_address(client, first) != cover_address(client, second)
    assert image.tobytes() != other.tobytes()  # each carries its own column's name


def test_renaming_a_column_gives_its_cover_a_new_address(client, site_pages, committed):
    column = column_with_episode(committed, title="Sống đẹp")
    before = cover_address(client, column)
    column.title = "Sống đẹp mỗi ngày"
    committed(lambda: column.save_revision().publish())
    after = cover_address(client, column)
    assert after != before
    # An app that kept the old address is led to the new cover.
    old = client.get(before)
    assert old.status_code == 302
    assert old["Location"] == after
    assert_apple_accepts(fetched_image(client, after)[0])


def test_a_repeated_request_for_the_cover_answers_304(client, site_pages, committed):
    path = cover_address(client, column_with_episode(committed))
    etag = client.get(path)["ETag"]
    assert client.get(path, headers={"if-none-match": etag}).status_code == 304


def test_no_cover_for_a_column_that_is_not_public(client, site_pages, committed):
    column = column_with_episode(committed)
    path = cover_address(client, column)
    committed(lambda: column.unpublish())
    assert client.get(path).status_code == 404
    assert client.get("/nhan-tin/podcast/khong-co/bia-0123456789.jpg").status_code == 404


def test_the_editors_artwork_is_used_as_a_1400_pixel_jpeg(client, site_pages, committed):
    photo = PhotoFactory(file=jpeg_file(size=(2000, 1600)))
    column = column_with_episode(committed, podcast_artwork=photo)
    photo.refresh_from_db()  # public now that a live page uses it
    rendition = photo.get_rendition(podcast.ARTWORK_FILTER)
    assert cover_address(client, column) == urlsplit(rendition.url).path
    with rendition.file.open("rb") as file:
        assert_apple_accepts(Image.open(file))


def test_artwork_too_small_for_podcast_apps_gives_way_to_the_drawn_cover(
        client, site_pages, committed):
    column = column_with_episode(
        committed, podcast_artwork=PhotoFactory(file=jpeg_file(size=(800, 800))))
    assert_apple_accepts(fetched_image(client, cover_address(client, column))[0])


def test_the_covers_font_has_every_vietnamese_letter():
    letters = set("đĐ")
    for vowel in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY":
        for mark in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
            letters.add(unicodedata.normalize("NFC", vowel + mark))
    for name in (podcast.TITLE_FONT, podcast.LABEL_FONT):
        font = podcast.cover_font(name, 40)
        assert font.getmask("一").getbbox() is None  # a letter it lacks draws nothing
        assert [letter for letter in sorted(letters) if font.getmask(letter).getbbox() is None] \
            == []
        assert isinstance(font, ImageFont.FreeTypeFont)


def test_a_very_long_name_still_fits_the_cover():
    data = podcast.draw_cover("Người tốt việc tốt " * 14, "Trung tâm Văn hóa - Thông tin " * 3)
    image = Image.open(io.BytesIO(data))
    assert_apple_accepts(image)


# --- the owner's email ----------------------------------------------------------------------

def podcast_problems():
    from django.core import checks

    return [message for message in checks.run_checks() if message.id.startswith(
        "stories.podcast.")]


def test_production_refuses_to_run_without_the_owners_email(settings):
    settings.DEBUG = False
    settings.PODCAST_OWNER_EMAIL = ""
    with pytest.raises(SystemCheckError, match="PODCAST_OWNER_EMAIL"):
        call_command("check")
    settings.PODCAST_OWNER_EMAIL = "khong-phai-email"
    assert [problem.id for problem in podcast_problems()] == ["stories.podcast.E002"]
    settings.PODCAST_OWNER_EMAIL = "podcast@trungtam.example.vn"
    assert podcast_problems() == []
    call_command("check")


def test_development_only_warns(settings):
    settings.DEBUG = True
    settings.PODCAST_OWNER_EMAIL = ""
    problems = podcast_problems()
    assert [problem.id for problem in problems] == ["stories.podcast.W001"]
    assert "PODCAST_OWNER_EMAIL" in problems[0].hint
    call_command("check")  # a warning does not stop the command


# --- podcast autodiscovery on the column's page ---------------------------------------------

def test_a_column_with_audio_names_its_podcast_and_one_without_does_not(
        client, site_pages, committed):
    with_audio = column_with_episode(committed, title="Phóng sự")
    without = committed(lambda: ColumnPageFactory(title="Chỉ có chữ"))
    committed(lambda: StoryPageFactory(parent=without))
    html = client.get(with_audio.url).content.decode()
    assert PODCAST_LINK.format(title=with_audio.title, slug=with_audio.slug) in html
    assert client.get(f"/nhan-tin/podcast/{with_audio.slug}.rss").status_code == 200
    html = client.get(without.url).content.decode()
    assert "/nhan-tin/podcast/" not in html
    assert client.get(f"/nhan-tin/podcast/{without.slug}.rss").status_code == 404


def test_audio_in_an_unpublished_story_names_no_podcast(client, site_pages, committed):
    column = committed(lambda: ColumnPageFactory())
    story = committed(lambda: StoryPageFactory(parent=column, audio=AudioClipFactory()))
    assert "/nhan-tin/podcast/" in client.get(column.url).content.decode()
    committed(lambda: story.unpublish())
    assert "/nhan-tin/podcast/" not in client.get(column.url).content.decode()


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_podcast_link_costs_one_query_whatever_the_number_of_episodes(
        client, site_pages, committed):
    plain = committed(lambda: ColumnPageFactory())
    committed(lambda: StoryPageFactory(parent=plain))
    column = column_with_episode(committed)
    few = queries_for(client, column.url)
    for _ in range(8):
        committed(lambda: StoryPageFactory(parent=column, audio=AudioClipFactory()))
    assert queries_for(client, column.url) == few
    assert queries_for(client, plain.url) == few
