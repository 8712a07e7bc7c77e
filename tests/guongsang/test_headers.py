"""Security headers as a reader's browser receives them: a Content-Security-Policy that
runs nothing but the site's own files on every public page (the admin has none, the widget
its own), a Permissions-Policy, and pages that need nothing inline to be read."""


import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    ExemplarPageFactory,
    PhotoFactory,
    StoryPageFactory,
    UserFactory,
    link_exemplars,
)


@pytest.fixture
def content(site_pages, committed):
    exemplar = committed(lambda: ExemplarPageFactory(
        title="Cô giáo Đặng Thị Hoa", portrait=PhotoFactory(description="Cô Hoa")))
    story = committed(lambda: StoryPageFactory(
        title="Cô giáo cắm bản", parent=site_pages["column"],
        hero_image=PhotoFactory(description="Cô Hoa trên lớp")))
    link_exemplars(story, [exemplar])
    return {**site_pages, "exemplar": exemplar, "story": story}


def public_pages(content):
    return {
        "home": "/",
        "directory": content["directory"].url,
        "exemplar": content["exemplar"].url,
        "column": content["column"].url,
        "story": content["story"].url,
        "search": "/tim-kiem/?q=hoa",
        "nomination form": "/gioi-thieu-nguoi-tot/",
        "nomination lookup": "/gioi-thieu-nguoi-tot/tra-cuu/",
        "subscribe": "/nhan-tin/",
        "sectors": "/linh-vuc/",
        "not found": "/khong-co-trang-nay/",
    }


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def test_public_pages_run_only_the_sites_own_files(client, content):
    for name, url in public_pages(content).items():
        response = client.get(url)
        assert response.status_code in (200, 404), name
        csp = policy(response)
        assert csp["default-src"] == ["'self'"], name
        assert csp["script-src"] == ["'self'"], name
        assert csp["style-src"] == ["'self'"], name
        assert csp["img-src"] == ["'self'", "data:"], name
        assert csp["frame-ancestors"] == ["'none'"], name
        assert csp["form-action"] == ["'self'"], name
        assert csp["base-uri"] == ["'self'"], name
        assert csp["object-src"] == ["'none'"], name
        assert response["X-Frame-Options"] == "DENY", name
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", name


def test_public_pages_need_nothing_inline(client, content):
    """What the policy would block: <style>, style="", inline <script> and on… handlers.
    Structured data (JSON-LD) is data, which the policy does not block."""
    for name, url in public_pages(content).items():
        page = BeautifulSoup(client.get(url).content, "html.parser")
        assert not page.find_all("style"), name
        assert not page.find_all(style=True), name
        for script in page.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", \
                (name, str(script)[:200])
        handlers = [(tag.name, attribute) for tag in page.find_all(True)
                    for attribute in tag.attrs if attribute.startswith("on")]
        assert not handlers, (name, handlers)


def test_the_server_error_page_has_its_own_policy(rf):
    """Self-contained, so that it shows whatever failed: its inline styles are allowed,
    and nothing else is, not even from the site."""
    from django.urls import get_resolver

    response = get_resolver().resolve_error_handler(500)(rf.get("/bat-ky/"))
    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("style") and not page.find("script") and not page.find("link")
    assert "Xin lỗi" in page.get_text()
    csp = policy(response)
    assert csp["default-src"] == ["'none'"]
    assert csp["style-src"] == ["'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "script-src" not in csp


def test_the_share_button_reads_its_words_from_the_page(client, content):
    page = BeautifulSoup(client.get(content["story"].url).content, "html.parser")
    status = page.find(attrs={"data-copy-status": True})
    assert status["data-copied-text"] == "Đã sao chép liên kết"
    assert page.find("script", src=lambda src: src and src.endswith("js/share.js"))


def test_browser_features_no_page_uses_are_denied(client, content):
    for url in ("/", content["story"].url, "/gioi-thieu-nguoi-tot/", "/quan-tri/login/"):
        features = dict(item.strip().split("=", 1)
                        for item in client.get(url)["Permissions-Policy"].split(","))
        for feature in ("camera", "microphone", "geolocation", "payment", "usb",
                        "browsing-topics"):
            assert features[feature] == "()", (url, feature)
        # The share button copies the link.
        assert "clipboard-write" not in features


def test_the_admin_has_no_content_security_policy(client, db):
    assert "Content-Security-Policy" not in client.get("/quan-tri/login/")
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/quan-tri/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] == "DENY"


def test_the_widget_keeps_its_own_stricter_policy_and_may_be_framed(client, content):
    response = client.get(f"/nhung/chuyen-muc/{content['column'].slug}/")
    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in response


def test_feeds_carry_the_policy_and_no_stylesheet(client, content):
    """People are sent to the feed's HTML page: the feed relies on no XSLT."""
    response = client.get("/nhan-tin/tat-ca.rss")
    assert response.status_code == 200
    assert policy(response)["style-src"] == ["'self'"]
    assert "xml-stylesheet" not in response.content.decode()

