"""oEmbed as a portal's CMS uses it (https://oembed.com): a story's or a profile's page
announces its endpoint in <head>, and the endpoint answers a card for live public stories
and profiles of this site only, within the sizes asked, with no script in it."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction, Site

from tests.factories import ExemplarPageFactory, PhotoFactory, StoryPageFactory, jpeg_file

pytestmark = pytest.mark.django_db

REQUIRED = {"version", "type", "title", "author_name", "provider_name", "provider_url",
            "html", "width", "height"}


@pytest.fixture
def content(site_pages):
    story = StoryPageFactory(
        title="Người giữ rừng <script>alert(1)</script>", byline="Bài: Hà Phương",
        lead="Hơn hai mươi năm tuần tra rừng đầu nguồn.",
        hero_image=PhotoFactory(file=jpeg_file(size=(1600, 1000))))
    profile = ExemplarPageFactory(title="Tổ hộ sinh Đăk Kôi")
    return {"story": story, "profile": profile, **site_pages}


def discovery(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    links = BeautifulSoup(response.content, "html.parser").find_all(
        "link", rel="alternate", type="application/json+oembed")
    assert len(links) == 1
    return links[0]["href"]


def oembed(client, status=200, **params):
    response = client.get("/api/oembed/", params)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.parametrize("kind", ["story", "profile"])
def test_a_page_announces_its_card_and_the_card_describes_it(client, content, kind):
    page = content[kind]
    href = discovery(client, page)
    root = Site.objects.get(is_default_site=True).root_url
    parts = urlsplit(href)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{root}/api/oembed/"
    query = parse_qs(parts.query)
    assert query == {"url": [page.full_url], "format": ["json"]}
    response = client.get(href.removeprefix(root))
    assert response.status_code == 200
    card = response.json()
    assert set(card) >= REQUIRED
    assert card["version"] == "1.0"
    assert card["type"] == "rich"
    assert card["title"] == page.title
    assert card["provider_url"] == root + "/"
    html = BeautifulSoup(card["html"], "html.parser")
    assert html.find("blockquote").find("a")["href"] == page.full_url
    assert not html.find_all(["script", "style", "object", "embed"])
    assert not any(attr.startswith("on") for tag in html.find_all(True) for attr in tag.attrs)
    # WordPress keeps a discovered provider's card only with a frame after the blockquote
    # (wp_filter_oembed_result): the frame is the card page, which any site may frame.
    assert [tag.name for tag in html.find_all(["blockquote", "iframe"])] == [
        "blockquote", "iframe"]
    frame = html.find("iframe")["src"]
    assert frame.startswith(f"{root}/nhung/the/")
    framed = client.get(frame.removeprefix(root))
    assert framed.status_code == 200
    assert "frame-ancestors *" in framed["Content-Security-Policy"]
    assert "X-Frame-Options" not in framed
    shown = BeautifulSoup(framed.content, "html.parser")
    assert shown.find("h1").find("a")["href"] == page.full_url
    assert not shown.find_all("script")


def test_a_story_card_has_its_author_and_a_thumbnail_within_the_sizes_asked(client, content):
    story = content["story"]
    card = oembed(client, url=story.full_url, format="json")
    assert card["author_name"] == "Bài: Hà Phương"
    assert card["html"].count("<script>") == 0
    assert "&lt;script&gt;" in card["html"]
    assert card["thumbnail_url"].startswith(
        Site.objects.get(is_default_site=True).root_url + "/media/")
    assert (card["thumbnail_width"], card["thumbnail_height"]) == (480, 300)

    small = oembed(client, url=story.full_url, maxwidth="200", maxheight="100")
    assert small["width"] <= 200
    assert small["height"] <= 100
    assert small["thumbnail_width"] <= 200
    assert small["thumbnail_height"] <= 100
    # A profile without a portrait has no thumbnail: all three keys or none.
    card = oembed(client, url=content["profile"].full_url)
    assert not {"thumbnail_url", "thumbnail_width", "thumbnail_height"} & set(card)


def test_only_live_public_stories_and_profiles_of_this_site_have_a_card(client, content):
    story = content["story"]
    draft = StoryPageFactory(title="Bản nháp", live=False)
    closed = StoryPageFactory(title="Bài kín")
    PageViewRestriction.objects.create(page=closed, restriction_type="login")
    for page in (draft, closed, content["column"]):
        assert client.get(f"/nhung/the/{page.pk}/").status_code == 404
    for url in (content["column"].full_url, content["home"].full_url, draft.full_url,
                closed.full_url, "https://example.com" + story.url,
                story.full_url + "khong-co/", "ftp://127.0.0.1" + story.url,
                "khong-phai-dia-chi", story.full_url + "\x00", "http://" + "a" * 3000):
        assert oembed(client, 404, url=url)["message"]
    # The same page asked through the address the request came to.
    assert oembed(client, url="http://testserver" + story.url)["title"] == story.title
    assert BeautifulSoup(client.get(content["column"].url).content, "html.parser").find(
        "link", type="application/json+oembed") is None


@pytest.mark.parametrize(("params", "status", "named"), [
    ({}, 400, "url"),
    ({"url": ""}, 400, "url"),
    ({"format": "json"}, 400, "url"),
    ({"url": True, "format": "xml"}, 501, "format"),
    ({"url": True, "format": "yaml"}, 501, "format"),
    ({"url": True, "maxwidth": "rộng"}, 400, "maxwidth"),
    ({"url": True, "maxwidth": "0"}, 400, "maxwidth"),
    ({"url": True, "maxheight": "-5"}, 400, "maxheight"),
    ({"url": True, "maxheight": "9" * 40}, 400, "maxheight"),
])
def test_odd_requests_are_answered_as_the_specification_says(client, content, params, status,
                                                             named):
    if params.get("url") is True:
        params = {**params, "url": content["story"].full_url}
    assert named in oembed(client, status, **params)["message"]


def test_a_card_is_answered_304_to_a_repeated_conditional_request(client, content):
    url = content["story"].full_url
    first = client.get("/api/oembed/", {"url": url})
    assert "public" in first["Cache-Control"]
    again = client.get("/api/oembed/", {"url": url}, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.parametrize("url", ["http://[::1", "http://[zz]:80/", "https://[1:2"])
def test_an_address_that_cannot_be_read_is_not_found(client, content, url):
    oembed(client, 404, url=url, format="json")


def test_odd_sizes_make_no_new_picture(client, content):
    """A consumer's maxwidth and maxheight choose among a few fixed thumbnails: anonymous
    requests cannot make the site draw a new file for every size they name."""
    story = content["story"]
    sizes = set()
    for width, height in ((7, 13), (333, 251), (479, 359), (100, 50), (1000, 900)):
        card = oembed(client, url=story.full_url, format="json", maxwidth=width,
                      maxheight=height)
        if "thumbnail_url" in card:
            assert card["thumbnail_width"] <= width and card["thumbnail_height"] <= height
            sizes.add((card["thumbnail_width"], card["thumbnail_height"]))
    renditions = {rendition.filter_spec for rendition in story.hero_image.renditions.all()
                  if rendition.filter_spec.startswith("max-")}
    assert renditions <= {"max-480x360|format-jpeg", "max-320x240|format-jpeg",
                          "max-160x120|format-jpeg", "max-80x60|format-jpeg"}
    assert len(sizes) <= 3
