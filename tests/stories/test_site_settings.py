"""The site's name and menus come from the admin's settings (Cài đặt › Tên trang và menu)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from stories.models import SiteIdentity, StandardPage
from tests.factories import ColumnPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def links(html, selector):
    return [(a.get_text(strip=True), a["href"]) for a in html.select(selector)]


@pytest.fixture
def superuser_client(client, site_pages):
    client.force_login(UserFactory(username="quantri-cap-cao", is_superuser=True,
                                   is_staff=True))
    return client


def edit_url():
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=["stories", "siteidentity", site.pk])


def settings_form(site_name, header, footer):
    return nested_form_data({
        "site_name": site_name,
        "header_links": streamfield(header),
        "footer_links": streamfield(footer),
    })


def test_a_new_site_looks_as_it_always_has(client, site_pages):
    html = soup(client.get("/"))
    assert html.title.get_text().endswith("| Gương Sáng")
    assert html.select_one("meta[property='og:site_name']")["content"] == "Gương Sáng"
    assert html.select_one(".brand__name").get_text() == "Gương Sáng"
    assert html.select_one(".site-footer__about strong").get_text() == "Gương Sáng"
    assert html.select_one("link[type='application/rss+xml']")["title"].startswith(
        "Gương Sáng: tất cả bài mới")
    header = links(html, ".site-nav__list a")
    assert header[0] == ("Điển hình tiên tiến", "/dien-hinh/")
    assert ("Người tốt việc tốt", "/nguoi-tot-viec-tot/") in header
    assert header[-3:] == [("Lĩnh vực", "/linh-vuc/"), ("Phong trào thi đua", "/phong-trao/"),
                           ("Địa phương", "/dia-phuong/")]
    assert links(html, ".site-footer__links a") == [
        ("Giới thiệu", "/gioi-thieu/"), ("Liên hệ", "/lien-he/"),
        ("Giới thiệu người tốt việc tốt", reverse("nominate")),
        ("Nhận tin (RSS, phát thanh, API)", "/nhan-tin/"), ("Sơ đồ trang", "/sitemap.xml"),
    ]


def test_the_site_administrator_renames_the_site_and_changes_its_menus(superuser_client):
    about = StandardPage.objects.get(slug="gioi-thieu")
    response = superuser_client.post(edit_url(), settings_form(
        "Gương Sáng Kon Tum",
        [("link", {"title": "Lịch tiếp dân", "url": "/lich-tiep-dan/"}),
         ("section_pages", "")],
        [("page", {"page": about.pk, "title": ""}),
         ("link", {"title": "Cổng tỉnh", "url": "https://kontum.gov.vn/"})],
    ))
    assert response.status_code == 302

    html = soup(superuser_client.get("/gioi-thieu/"))
    assert html.title.get_text().endswith("| Gương Sáng Kon Tum")
    assert html.select_one(".brand__name").get_text() == "Gương Sáng Kon Tum"
    assert html.select_one("meta[property='og:site_name']")["content"] == "Gương Sáng Kon Tum"
    header = links(html, ".site-nav__list a")
    assert header[:2] == [("Lịch tiếp dân", "/lich-tiep-dan/"),
                          ("Điển hình tiên tiến", "/dien-hinh/")]
    assert ("Lĩnh vực", "/linh-vuc/") not in header
    assert links(html, ".site-footer__links a") == [
        ("Giới thiệu", "/gioi-thieu/"), ("Cổng tỉnh", "https://kontum.gov.vn/")]


def test_a_bad_address_is_refused_in_vietnamese(superuser_client):
    response = superuser_client.post(edit_url(), settings_form(
        "Gương Sáng", [("link", {"title": "Lạ", "url": "javascript:alert(1)"})], []))
    # The admin shows a block's errors from the data it hands its StreamField script.
    errors = json.dumps([json.loads(field["data-w-block-arguments-value"])
                         for field in soup(response).select("[data-w-block-arguments-value]")],
                        ensure_ascii=False)
    assert "Hãy nhập một đường dẫn trong trang bắt đầu bằng “/”" in errors
    assert "Lạ" not in [title for title, _ in links(soup(superuser_client.get("/")),
                                                      ".site-nav__list a")]


def test_menus_follow_publishing_without_a_query_of_their_own(client, site_pages):
    client.get("/")  # fills the cache
    with CaptureQueriesContext(connection) as queries:
        client.get("/gioi-thieu/")
    assert not [q for q in queries if "siteidentity" in q["sql"].lower()]

    ColumnPageFactory(title="Tuổi trẻ xung kích", slug="tuoi-tre-xung-kich", show_in_menus=True)
    assert ("Tuổi trẻ xung kích", "/tuoi-tre-xung-kich/") in links(
        soup(client.get("/gioi-thieu/")), ".site-nav__list a")

    about = StandardPage.objects.get(slug="gioi-thieu")
    about.unpublish()
    footer = links(soup(client.get("/lien-he/")), ".site-footer__links a")
    assert "/gioi-thieu/" not in [url for _, url in footer]


def test_the_about_link_follows_its_page(client, site_pages):
    about = StandardPage.objects.get(slug="gioi-thieu")
    about.slug = "ve-chung-toi"
    about.save_revision().publish()
    footer = links(soup(client.get("/")), ".site-footer__links a")
    assert footer[0] == ("Giới thiệu", "/ve-chung-toi/")


def test_the_not_found_page_names_the_site(client, site_pages):
    identity = SiteIdentity.objects.get()
    identity.site_name = "Gương Sáng Đăk Hà"
    identity.save()
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.title.get_text().endswith("| Gương Sáng Đăk Hà")
    assert html.select_one("main form[role='search']")["action"] == "/tim-kiem/"
    assert "/dien-hinh/" in [url for _, url in links(html, "main li a")]
