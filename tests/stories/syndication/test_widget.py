"""The widget portals embed (issue #16): thumbnails made for their slot and light enough
for a commune portal's sidebar, a frame height that shows every item whole down to 240 px,
and a builder that offers every widget the site serves and says so when a choice is wrong."""

import io
import json
import random
import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from PIL import ImageDraw

from stories.models import ColumnPage, SyndicationEntry
from stories.models.site_settings import site_name
from stories.syndication.views.widget import WidgetBuilderForm
from tests.factories import (
    ExemplarPageFactory,
    MovementFactory,
    PhotoFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    link_exemplars,
)

pytestmark = pytest.mark.django_db

THUMBNAIL_BYTES = 15 * 1024
KINDS = {"tat-ca", "ho-so", "chuyen-muc", "linh-vuc", "phong-trao", "dia-phuong", "dien-hinh"}


def photograph(seed, size=(1800, 1200)):
    """A JPEG with what makes photos heavy: smooth light, sharp edges and grain; its
    1200-px rendition weighs far more than a thumbnail may."""
    rng = random.Random(seed)
    light = PILImage.linear_gradient("L").resize(size)
    grain = PILImage.effect_noise(size, 30)
    image = PILImage.merge("RGB", (light, light.rotate(90).resize(size), grain))
    draw = ImageDraw.Draw(image)
    for _shape in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        box = (x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300))
        colour = tuple(rng.randrange(256) for _channel in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return ImageFile(buffer, name=f"anh-{seed}.jpg")


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """Stories with photos in a column, under a sector, a movement, today's commune (and so
    its former namesake) and about an exemplar with a portrait: built once."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("setup_site", stdout=io.StringIO())
            column = ColumnPage.objects.order_by("path").first()
            sector = SectorFactory(name="Giáo dục thử")
            movement = MovementFactory(name="Dân vận khéo thử")
            commune = PlaceFactory(name="Đăk Kôi Mới")
            former = PlaceFactory(name="Đăk Kôi Cũ", successor=commune)
            exemplar = ExemplarPageFactory(title="Cô Y Hoa", place=commune,
                                           portrait=PhotoFactory(file=photograph(0)))
            stories = [StoryPageFactory(
                title=f"Người giữ rừng đầu nguồn ở thôn Kon Klor, kỳ {number}",
                parent=column, hero_image=PhotoFactory(file=photograph(number)),
                sectors=[sector], movements=[movement], places=[commune])
                for number in range(1, 5)]
            link_exemplars(stories[0], [exemplar])
            stories[0].save_revision().publish()
        yield {"column": column, "sector": sector, "movement": movement,
               "commune": commune, "former": former, "exemplar": exemplar,
               "stories": stories}
        transaction.set_rollback(True)


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def stored_bytes(url):
    """The file a media address names, as the web server that serves MEDIA_URL would find
    it (Django does not serve media outside development)."""
    path = urlsplit(url).path
    assert path.startswith(settings.MEDIA_URL), url
    storage = storages["default"]
    name = path[len(settings.MEDIA_URL):]
    assert storage.exists(name), url
    with storage.open(name) as handle:
        return handle.read()


def candidates(image):
    """(address, width descriptor) of each source an <img> offers."""
    return [(url, int(width.rstrip("w"))) for url, width in
            (candidate.split() for candidate in image["srcset"].split(","))]


# --- thumbnails -------------------------------------------------------------------------------

def test_thumbnails_are_renditions_for_their_slot_each_under_15_kb(client, content):
    response = client.get("/nhung/tat-ca/", {"so": 5})
    images = page(response).find_all("img")
    assert len(images) == 5  # four stories and the profile
    heavy = {image["url"] for image in SyndicationEntry.objects.values_list("image", flat=True)
             if image}
    for image in images:
        assert (image["width"], image["height"]) == ("96", "64")
        sources = candidates(image)
        assert [width for _url, width in sources] == [96, 192]  # 1× and 2×
        assert image["src"] == sources[0][0]
        for url, width in sources:
            assert url not in heavy
            body = stored_bytes(url)
            assert len(body) <= THUMBNAIL_BYTES, (url, len(body))
            assert PILImage.open(io.BytesIO(body)).size == (width, width * 2 // 3)
    # What the widget showed before: the feeds' photo, much heavier than a thumbnail may be.
    assert all(len(stored_bytes(url)) > THUMBNAIL_BYTES for url in heavy)


def test_a_photo_whose_file_is_gone_costs_its_thumbnail_not_the_widget(
        client, content, committed):
    photo = PhotoFactory(file=photograph(9))
    story = committed(lambda: StoryPageFactory(
        title="Bài có ảnh đã mất tệp", parent=content["column"], hero_image=photo))
    photo.refresh_from_db()  # published: moved to the public media
    photo.file.storage.delete(photo.file.name)
    response = client.get("/nhung/tat-ca/", {"so": 10})
    assert response.status_code == 200
    assert page(response).find("a", string=story.title)
    assert len(page(response).find_all("img")) == 5  # the others keep theirs


def test_the_widget_keeps_its_promise_no_cookies_scripts_or_other_sites(client, content):
    response = client.get(f"/nhung/chuyen-muc/{content['column'].slug}/")
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    # Its footer names the site it links to.
    with translation.override(settings.LANGUAGE_CODE):
        more = gettext("More on %(site_name)s") % {"site_name": site_name()}
    assert page(response).find("p").get_text(strip=True) == more
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert "url(" not in html
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "img-src 'self'" in policy
    for image in page(response).find_all("img"):
        # Addressed on the widget's own origin, whatever host the portal's code names.
        assert all(url.startswith("/") and not url.startswith("//")
                   for url, _width in candidates(image))


def test_titles_only_has_no_thumbnails(client, content):
    response = client.get("/nhung/tat-ca/", {"anh": "0"})
    assert response.status_code == 200
    assert not page(response).find_all("img")
    assert page(response).find("a", string=content["stories"][3].title)


# --- the frame's height -------------------------------------------------------------------

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def declarations(css):
    """{selector: {property: value}} of a flat style sheet (no nesting)."""
    found = {}
    for selectors, body in RULE.findall(css):
        for selector in selectors.split(","):
            rules = found.setdefault(selector.strip(), {})
            for declaration in body.split(";"):
                name, _sep, value = declaration.partition(":")
                if value:
                    rules[name.strip()] = value.strip()
    return found


def pixels(value, index=0):
    """The ``index``-th length of a declaration's value ("0 0 6px" → 0, 0, 6)."""
    return int(re.findall(r"(?<![\w.#])(\d+)(?:px)?(?![\w.])", value)[index])


def tallest_at(css, width):
    """The tallest the widget's heading, items and footer can be in a frame ``width`` px
    wide, read from its style sheet: every height there must be bounded."""
    style = css.split("@media", 1)
    rules = declarations(style[0])
    query = re.match(r"\s*\(max-width:(\d+)px\)\{(.*)\}\s*$", style[1], re.S)
    if width <= int(query.group(1)):
        for selector, values in declarations(query.group(2)).items():
            rules.setdefault(selector, {}).update(values)
    heading = rules["h1"]
    assert rules["h1 a"]["-webkit-line-clamp"] == str(pixels(heading["max-height"]) //
                                                     pixels(heading["line-height"]))
    heading_height = (pixels(heading["max-height"]) + pixels(heading["padding"], 2)
                      + pixels(heading["border-bottom"]) + pixels(heading["margin"], 2))
    item, title = rules["li"], rules[".title"]
    lines = int(title["-webkit-line-clamp"])
    assert pixels(title["max-height"]) == lines * pixels(item["line-height"])
    text = pixels(title["max-height"]) + pixels(rules["time"]["line-height"])
    item_height = (2 * pixels(item["padding"]) + pixels(item["border-bottom"])
                   + max(text, pixels(rules["li img"]["height"])))
    footer = rules["p"]
    assert footer["white-space"] == "nowrap"
    return heading_height, item_height, pixels(footer["margin"]) + pixels(
        footer["line-height"])


@pytest.mark.parametrize("size", [1, 5, 10])
def test_the_embed_code_height_shows_every_item_whole_in_a_240_px_sidebar(
        client, content, size):
    builder = page(client.get("/nhan-tin/ky-thuat/", {"loai": "tat-ca", "so": size}))
    code = BeautifulSoup(builder.find("textarea", id="w-code").string, "html.parser").iframe
    height = int(code["height"])
    # The builder's text says which height to give, and its previews use it.
    assert f"{height} px" in builder.find("section", id="nhung").get_text()
    assert {int(frame["height"]) for frame in builder.find_all("iframe")} == {height}
    assert builder.find("iframe", width="240")
    widget = client.get(urlsplit(code["src"]).path + "?" + urlsplit(code["src"]).query)
    css = page(widget).style.string
    heading, item, footer = tallest_at(css, 240)
    assert height >= heading + size * item + footer
    # No wasted space either: a frame for one more item would be taller.
    assert height < heading + (size + 1) * item + footer
    wide_heading, wide_item, wide_footer = tallest_at(css, 800)
    assert height >= wide_heading + size * wide_item + wide_footer
    # Every title is clamped, so no item is taller than the sum says.
    links = page(widget).find("ol").find_all("a")
    assert links and all(link["class"] == ["title"] for link in links)


# --- the builder ------------------------------------------------------------------------------

def offered(client):
    select = page(client.get("/nhan-tin/ky-thuat/")).find("select", id="w-loai")
    return [option["value"] for option in select.find_all("option")]


def test_the_builder_offers_every_kind_of_widget(client, content):
    values = offered(client)
    assert {value.partition(":")[0] for value in values} == KINDS
    assert {"tat-ca", "ho-so", f"chuyen-muc:{content['column'].slug}",
            f"linh-vuc:{content['sector'].slug}", f"phong-trao:{content['movement'].slug}",
            f"dia-phuong:{content['commune'].slug}", f"dia-phuong:{content['former'].slug}",
            f"dien-hinh:{content['exemplar'].slug}"} <= set(values)
    assert len(values) == len(set(values))


def test_every_offered_widget_answers_with_its_items(client, content):
    titles = {story.title for story in content["stories"]}
    filled = 0
    for value in offered(client):
        builder = client.get("/nhan-tin/ky-thuat/", {"loai": value, "so": 10})
        assert builder.status_code == 200, value
        src = page(builder).find("iframe", class_="widget-preview")["src"]
        kind, _sep, slug = value.partition(":")
        assert urlsplit(src).path == (f"/nhung/{kind}/{slug}/" if slug else f"/nhung/{kind}/")
        widget = client.get(src)
        assert widget.status_code == 200, value
        shown = [link.get_text() for link in page(widget).find("ol").find_all("a")]
        feed = client.get(f"/nhan-tin/{kind}/{slug}.json" if slug else f"/nhan-tin/{kind}.json")
        assert len(shown) == min(10, len(json.loads(feed.content)["items"])), value
        if value != "ho-so" and set(shown) & titles:
            filled += 1
    # The column, the sector, the movement, today's commune and its former namesake, the
    # exemplar and the whole site all show the stories.
    assert filled >= 7


@pytest.mark.parametrize(("params", "field"), [
    ({"loai": "linh-vuc:khong-co-linh-vuc-nay"}, "w-loai"),
    ({"loai": "chuyen-muc:\"><script>alert(1)</script>"}, "w-loai"),
    ({"loai": "podcast:nguoi-tot-viec-tot"}, "w-loai"),
    ({"loai": "tat-ca", "so": "11"}, "w-so"),
    ({"loai": "tat-ca", "so": "năm"}, "w-so"),
    ({"loai": "tat-ca", "mau": "red;x"}, "w-mau"),
    ({"loai": "tat-ca", "anh": "2"}, "w-anh"),
    ({"loai": "tat-ca", "nen": "xanh"}, "w-nen"),
])
def test_a_wrong_choice_is_said_on_the_form_and_kept_out_of_the_code(
        client, content, params, field):
    response = client.get("/nhan-tin/ky-thuat/", params)
    assert response.status_code == 400
    builder = page(response)
    alert = builder.find(id="nhung-loi")
    assert alert["role"] == "alert"
    assert alert.find("a", href=f"#{field}")
    # The page speaks the site's language (Vietnamese, from the catalogue).
    with translation.override(settings.LANGUAGE_CODE):
        form = WidgetBuilderForm(params, [("tat-ca", "")])
        message = str(form.errors[field.removeprefix("w-")][0])
        error = gettext("Error:")
    assert message in builder.find(id=f"{field}_error").get_text()
    assert builder.title.get_text().strip().startswith(error)
    assert "<script>" not in response.content.decode()
    # The code offered meanwhile is the default widget's.
    code = builder.find("textarea", id="w-code").string
    assert 'src="http' in code and '/nhung/tat-ca/?so=5&mau=b3171d"' in code


def test_a_widget_that_does_not_exist_is_not_found(client, content):
    for path in ("/nhung/linh-vuc/khong-co/", "/nhung/dien-hinh/khong-co/",
                 "/nhung/dia-phuong/khong-co/"):
        assert client.get(path).status_code == 404
