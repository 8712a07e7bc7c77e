"""Every public page type renders with its key content."""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from stories.models import HomeFeaturedExemplar, Place, Sector, SubjectType
from tests.factories import (
    AwardFactory,
    ExemplarPageFactory,
    MovementFactory,
    PhotoFactory,
    PlaceFactory,
    StoryPageFactory,
    UnitFactory,
    link_exemplars,
)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def json_ld(page_soup):
    return json.loads(page_soup.find("script", type="application/ld+json").string)


def assert_accessible_shell(page_soup):
    assert page_soup.html["lang"] == "vi"
    assert len(page_soup.find_all("h1")) == 1
    assert page_soup.find("main", id="noi-dung")
    assert page_soup.find("a", class_="skip-link")["href"] == "#noi-dung"
    search = page_soup.find("form", attrs={"role": "search"})
    assert search.find("input", attrs={"name": "q"})
    assert page_soup.find("label", attrs={"for": "site-search-q"})
    for img in page_soup.find_all("img"):
        assert img.has_attr("alt") and img.has_attr("width") and img.has_attr("height")


@pytest.fixture
def content(site_pages):
    place = PlaceFactory(name="Đăk Kôi")
    sector = Sector.objects.get(slug="y-te")
    movement = MovementFactory(name="Xóa nhà tạm, nhà dột nát năm 2025")
    exemplar = ExemplarPageFactory(
        title="Y Hiền", subject_type=SubjectType.INDIVIDUAL, with_consent=True,
        portrait=PhotoFactory(description="Chân dung cô Y Hiền"),
        unit=UnitFactory(name="Trạm Y tế xã Đăk Kôi"), place=place,
        sectors=[sector], movements=[movement],
        achievement_summary="Mười năm đỡ đẻ an toàn cho 300 sản phụ người Xơ Đăng.",
        profile=[{"type": "paragraph", "value": "<p>Cô về bản từ năm 2014.</p>"}],
    )
    AwardFactory(page=exemplar, name="Bằng khen", decision_number="123")
    story = StoryPageFactory(
        title="Nữ hộ sinh của bản làng", hero_image=PhotoFactory(description="Cô Y Hiền khám thai"),
        hero_caption="Cô Y Hiền thăm một sản phụ.", sectors=[sector], movements=[movement],
        places=[place], lead="Ở Đăk Kôi, ai cũng biết cô Y Hiền.",
    )
    story.tags.add("y tế cơ sở")
    story.save_revision().publish()
    link_exemplars(story, [exemplar])
    return {"place": place, "sector": sector, "movement": movement, "exemplar": exemplar,
            "story": story, **site_pages}


def test_home_shows_featured_exemplars_latest_stories_and_ways_to_browse(content, client):
    HomeFeaturedExemplar.objects.create(home=content["home"], exemplar=content["exemplar"],
                                        sort_order=0)
    page = soup(client.get("/"))
    assert_accessible_shell(page)
    text = page.get_text()
    featured = [a.get_text() for a in page.select(".card--exemplar .card__title a")]
    assert featured == ["Y Hiền"]
    assert "Nữ hộ sinh của bản làng" in text
    assert content["column"].title in text
    assert page.find("a", href="/linh-vuc/y-te/")
    assert page.find("a", href="/dia-phuong/")


def test_profile_shows_summary_awards_taxonomies_and_structured_data(content, client):
    page = soup(client.get(content["exemplar"].url))
    assert_accessible_shell(page)
    assert page.h1.get_text() == "Y Hiền"
    text = page.get_text()
    assert "300 sản phụ" in text
    assert "Quyết định số 123/QĐ-UBND ngày 01/02/2023 của Ủy ban nhân dân tỉnh Kon Tum" in text
    assert "Trạm Y tế xã Đăk Kôi" in text
    assert page.find("a", href="/dia-phuong/xa-dak-koi/")
    assert page.find("img", alt="Chân dung cô Y Hiền")
    assert "Nữ hộ sinh của bản làng" in text
    data = json_ld(page)
    assert data["@type"] == "Person"
    assert data["award"] == ["Bằng khen (Quyết định số 123/QĐ-UBND ngày 01/02/2023 của Ủy ban "
                             "nhân dân tỉnh Kon Tum)"]
    assert page.find("meta", property="og:type")["content"] == "profile"
    assert page.find("meta", property="og:image")["content"].startswith("http://")
    breadcrumbs = [a.get_text() for a in page.select("nav.breadcrumbs a")]
    assert breadcrumbs == ["Trang chủ", "Điển hình tiên tiến", "Y Hiền"]


def test_collective_profile_is_an_organization(site_pages, client):
    page = ExemplarPageFactory(title="Chi đoàn thôn 3", subject_type=SubjectType.COLLECTIVE)
    assert json_ld(soup(client.get(page.url)))["@type"] == "Organization"


def test_story_page(content, client):
    story = content["story"]
    page = soup(client.get(story.url))
    assert_accessible_shell(page)
    assert page.h1.get_text() == "Nữ hộ sinh của bản làng"
    text = page.get_text()
    assert "Ở Đăk Kôi, ai cũng biết cô Y Hiền." in text
    assert "Bài và ảnh: Hà Phương" in text
    assert "Cô Y Hiền thăm một sản phụ." in text and "Ảnh: Hà Phương" in text
    assert "Rừng còn thì làng còn." in text and "Ông A Thút" in text
    assert "#y tế cơ sở" in text
    assert "phút đọc" in text
    assert page.find("a", href=content["exemplar"].url)
    assert page.find("a", href="/linh-vuc/y-te/")
    data = json_ld(page)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Nữ hộ sinh của bản làng"
    assert data["datePublished"]
    assert re.match(r"\d\d/\d\d/\d{4}", page.find("time").get_text())
    assert page.find("img", alt="Cô Y Hiền khám thai")["src"].endswith(".webp")


def test_share_links_load_no_third_party_script(content, client):
    page = soup(client.get(content["story"].url))
    share = page.find("section", class_="share")
    hrefs = [a["href"] for a in share.find_all("a")]
    assert any(href.startswith("https://sp.zalo.me/share?url=http") for href in hrefs)
    assert any(href.startswith("https://www.facebook.com/sharer/sharer.php?u=") for href in hrefs)
    assert share.find("input", attrs={"readonly": True})["value"] == content["story"].full_url
    # Only the site's own scripts (search suggestions), never a third party's.
    assert all(script["src"].startswith("/static/") for script in page.find_all("script", src=True))


def test_column_lists_its_stories(content, client):
    page = soup(client.get(content["column"].url))
    assert_accessible_shell(page)
    assert page.find("a", string="Nữ hộ sinh của bản làng")


def test_column_pagination(site_pages, client):
    for number in range(14):
        StoryPageFactory(title=f"Tin số {number}")
    first = soup(client.get(site_pages["column"].url))
    assert len(first.select(".card--story")) == 12
    second = soup(client.get(site_pages["column"].url + "?trang=2"))
    assert len(second.select(".card--story")) == 2
    assert soup(client.get(site_pages["column"].url + "?trang=999")).select(".card--story")


@pytest.mark.parametrize("path", ["/linh-vuc/", "/phong-trao/", "/dia-phuong/"])
def test_taxonomy_indexes(content, client, path):
    assert_accessible_shell(soup(client.get(path)))


def test_sector_movement_and_place_pages_list_exemplars_and_stories(content, client):
    for term in (content["sector"], content["movement"], content["place"]):
        page = soup(client.get(term.get_absolute_url()))
        assert_accessible_shell(page)
        text = page.get_text()
        assert "Y Hiền" in text, term
        assert "Nữ hộ sinh của bản làng" in text, term
        assert [a.get_text() for a in page.select("nav.breadcrumbs a")][0] == "Trang chủ"


def test_former_place_page_leads_to_todays_commune(content, client):
    old = PlaceFactory(name="Tân Lập", valid_to="2025-06-30", successor=content["place"],
                       kind=Place.Kind.COMMUNE)
    page = soup(client.get(old.get_absolute_url()))
    assert page.find("a", href=content["place"].get_absolute_url())
    # Content filed under today's commune is found from the old name too.
    assert "Y Hiền" in page.get_text()
    today = soup(client.get(content["place"].get_absolute_url()))
    assert today.find("a", href=old.get_absolute_url())


def test_unknown_taxonomy_slug_is_404(site_pages, client):
    assert client.get("/linh-vuc/khong-co/").status_code == 404


def test_standard_page(site_pages, client):
    page = soup(client.get("/gioi-thieu/"))
    assert_accessible_shell(page)
    assert page.h1.get_text() == "Giới thiệu"


def test_draft_pages_are_not_public(site_pages, client):
    draft = ExemplarPageFactory(title="Bản nháp chưa duyệt", live=False)
    assert client.get(f"/dien-hinh/{draft.slug}/").status_code == 404
    assert "Bản nháp chưa duyệt" not in client.get("/dien-hinh/").content.decode()


def test_vietnamese_404(site_pages, client):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_sitemap_lists_live_pages_with_full_urls(content, client):
    response = client.get("/sitemap-trang.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert f"<loc>{content['story'].full_url}</loc>" in body
    assert f"<loc>{content['exemplar'].full_url}</loc>" in body


def test_robots_txt_points_to_sitemap(site_pages, client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in body
    assert "Disallow: /quan-tri/" in body


def test_search_page_is_noindex_and_survives_odd_input(content, client):
    response = client.get("/tim-kiem/", {"q": 'Y Hiền "\\*~:( \x00 😀'})
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_story_page_weighs_under_100_kb_with_its_css(content, client):
    from django.contrib.staticfiles import finders

    story = content["story"]
    story.body = [{"type": "paragraph", "value": "<p>" + "Người tốt việc tốt. " * 40 + "</p>"}
                  for _ in range(12)]
    story.save_revision().publish()
    html = client.get(story.url).content
    page = BeautifulSoup(html, "html.parser")
    css = sum(Path(finders.find(link["href"].removeprefix("/static/"))).stat().st_size
              for link in page.find_all("link", rel="stylesheet"))
    # Only the site's own scripts (search suggestions), never a third party's.
    assert all(script["src"].startswith("/static/") for script in page.find_all("script", src=True))
    assert len(html) + css < 100 * 1024


def test_server_error_page_is_vietnamese_and_self_contained():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Xin lỗi" in html
    assert "<link" not in html


def test_private_pages_stay_private(content, client):
    """Pages behind a view restriction (or under one) are neither shown nor listed."""
    from wagtail.models import PageViewRestriction

    column = content["column"]
    PageViewRestriction.objects.create(page=column, restriction_type=PageViewRestriction.LOGIN)
    story = content["story"]
    response = client.get(story.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/quan-tri/login/?next=")
    assert story.title not in client.get("/").content.decode()
    assert story.title not in client.get(content["sector"].get_absolute_url()).content.decode()


def test_dates_are_shown_in_vietnam_time(site_pages, client):
    """Published at 20:00 UTC on 31 March is 1 April in Vietnam, on the story and its card."""
    import datetime

    from stories.models import StoryPage

    story = StoryPageFactory(title="Đêm trực ở trạm y tế", parent=site_pages["column"])
    moment = datetime.datetime(2025, 3, 31, 20, 0, tzinfo=datetime.UTC)
    StoryPage.objects.filter(pk=story.pk).update(first_published_at=moment)
    for page in (soup(client.get(story.url)), soup(client.get(site_pages["column"].url))):
        time = page.find("time")
        assert time.get_text() == "01/04/2025"
        assert time["datetime"] == "2025-04-01T03:00:00+07:00"
