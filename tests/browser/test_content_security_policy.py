"""The public pages under their Content-Security-Policy, in Chromium: nothing is refused
(no inline script or style left behind, nothing from other hosts), the share button still
copies, the widget preview shows, and a feed's page reads as a page.

Violations are caught as the browser reports them (`securitypolicyviolation` events,
recorded by a script Playwright adds before the page's own, which the policy does not
apply to) and as console errors.
"""

import pytest

from tests.browser.conftest import ConsoleWatch

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || document.location.href}:${event.lineNumber}`);
});
"""


def violations(page):
    return page.evaluate("window.cspViolations || []")


def test_public_pages_keep_to_their_policy(new_context, journey_content):
    from playwright.sync_api import expect

    context = new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    console = ConsoleWatch(page)
    pages = {
        "home": "/",
        "directory": journey_content["directory"].url,
        "profile": journey_content["exemplar"].url,
        "story": journey_content["story"].url,
        "search": "/tim-kiem/?q=y+hien",
        "nomination form": "/gioi-thieu-nguoi-tot/",
        "nomination lookup": "/gioi-thieu-nguoi-tot/tra-cuu/",
        "subscribe": "/nhan-tin/",
        "subscribe for technicians": "/nhan-tin/ky-thuat/",
        "feed page": "/nhan-tin/tat-ca/",
    }
    for name, url in pages.items():
        response = page.goto(url)
        assert "Content-Security-Policy" in {key.title() for key in response.headers}, name
        page.wait_for_load_state("load")
        assert violations(page) == [], name
        # The site's stylesheet applied: styles come from files, not from the page.
        assert page.evaluate(
            "getComputedStyle(document.querySelector('.site-header')).display") != "inline", \
            name
        console.assert_clean(name)

    # The "not found" page (the browser logs its 404 status as an error: not checked).
    page.goto("/khong-co-trang-nay/")
    assert violations(page) == []
    console.errors.clear()

    # The share button, now a file of its own, still copies the link.
    page.goto(journey_content["story"].url)
    page.get_by_role("button", name="Sao chép liên kết").click()
    expect(page.get_by_role("status").filter(has_text="Đã sao chép liên kết")).to_be_visible()
    assert violations(page) == []

    # The nomination form's own stylesheet applied.
    page.goto("/gioi-thieu-nguoi-tot/")
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.nomination')).maxWidth") != "none"

    # The widget preview on the technicians' page: framed by the site, under its own policy.
    page.goto("/nhan-tin/ky-thuat/")
    preview = page.locator("iframe.widget-preview")
    preview.scroll_into_view_if_needed()  # it loads lazily
    expect(preview.content_frame.locator("h1")).to_be_visible()
    assert violations(page) == []
    console.assert_clean("subscribe with the widget preview")


def test_a_feed_link_opens_a_page_a_person_can_read(new_context, journey_content):
    """A person who clicks a feed link lands on the feed's page (browsers show a feed's XML
    as raw text), with the address to copy and the latest items; readers get the XML."""
    from playwright.sync_api import expect

    context = new_context()
    page = context.new_page()
    console = ConsoleWatch(page)
    page.goto("/nhan-tin/")
    page.get_by_role("link", name="Tất cả bài mới").click()
    page.wait_for_url("**/nhan-tin/tat-ca/")
    expect(page.locator("h1")).to_contain_text("Nguồn tin")
    expect(page.get_by_label("Địa chỉ nguồn tin")).to_have_value(
        page.url.removesuffix("/") + ".rss")
    expect(page.get_by_role("link", name=journey_content["story"].title)).to_be_visible()
    assert violations(page) == []
    console.assert_clean("feed page")
    assert page.request.get("/nhan-tin/tat-ca.rss").headers["content-type"].startswith(
        "application/rss+xml")
