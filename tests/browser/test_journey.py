"""A reader's journey in a real browser, on a phone and on a desktop screen:
home → directory, filtered by sector and year → profile → story → share link.

Every page is checked for console errors and, with axe-core, for serious or critical
WCAG 2.1 A/AA violations. See conftest.py for what has to be installed.
"""

import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.browser.conftest import AXE, AXE_MISSING, VIEWPORTS, ConsoleWatch, run_axe

pytestmark = pytest.mark.browser

CARD_TITLES = ".card--exemplar .card__title a"


def path_of(url):
    return urlsplit(url).path


def filter_directory(page, content):
    """Choose a sector and a year by their labels, submit, and check what is listed."""
    from playwright.sync_api import expect

    filters = page.locator("form.filters")
    filters.get_by_label("Lĩnh vực", exact=True).select_option(label=content["sector"].name)
    filters.get_by_label("Năm", exact=True).select_option(label=str(content["year"]))
    filters.get_by_role("button", name="Áp dụng bộ lọc").click()
    page.wait_for_url(re.compile(r"[?&]nam="))
    query = parse_qs(urlsplit(page.url).query)
    assert query["linh_vuc"] == [content["sector"].slug], page.url
    assert query["nam"] == [str(content["year"])], page.url
    expect(page.locator(CARD_TITLES)).to_have_text(content["expected"])
    return filters


def search_exemplar(page, exemplar):
    from playwright.sync_api import expect

    from stories.vietnamese import fold

    box = page.locator("#site-search-q")
    box.fill(fold(exemplar.title))
    box.press("Enter")
    page.wait_for_url("**/tim-kiem/**")
    expect(page.locator("meta[name=robots]")).to_have_attribute("content", "noindex")
    expect(page.locator(".result__title a").first).to_have_text(exemplar.title)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_reader_journey(new_context, journey_content, viewport):
    from playwright.sync_api import expect

    content = journey_content
    exemplar, story = content["exemplar"], content["story"]
    check_axe = AXE.is_file()
    context = new_context(**VIEWPORTS[viewport])
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    console = ConsoleWatch(page)

    def checkpoint(where):
        console.assert_clean(f"{where} ({viewport})")
        if check_axe:
            run_axe(page, f"{where} ({viewport}, {page.url})")

    # Home.
    page.goto("/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator(CARD_TITLES).first).to_be_visible()
    checkpoint("home")

    # The main menu leads to the directory, which lists every exemplar.
    menu = page.get_by_role("navigation", name="Menu chính")
    menu.get_by_role("link", name=content["directory"].title, exact=True).click()
    page.wait_for_url(f"**{content['directory'].url}")
    expect(page.locator("h1")).to_have_text(content["directory"].title)
    expect(page.locator(CARD_TITLES)).to_have_count(len(content["all"]))
    console.assert_clean(f"directory ({viewport})")

    # Two filters, chosen by their labels, then the form's own button.
    filters = filter_directory(page, content)
    # The chosen values stay selected after the round trip.
    expect(filters.get_by_label("Lĩnh vực", exact=True)).to_have_value(content["sector"].slug)
    expect(filters.get_by_label("Năm", exact=True)).to_have_value(str(content["year"]))
    checkpoint("directory, filtered")

    # The profile, from its card.
    page.locator(CARD_TITLES).filter(has_text=exemplar.title).click()
    page.wait_for_url(f"**{exemplar.url}")
    expect(page.locator("h1")).to_have_text(exemplar.title)
    expect(page.locator(".awards")).to_contain_text(
        "Quyết định số 123/QĐ-UBND ngày 01/02/2023 của Ủy ban nhân dân tỉnh Kon Tum")
    checkpoint("profile")

    # A story about this exemplar, linked from the profile.
    page.get_by_role("link", name=story.title, exact=True).click()
    page.wait_for_url(f"**{story.url}")
    expect(page.locator("h1")).to_have_text(story.title)
    expect(page.get_by_role("link", name=exemplar.title, exact=True)).to_be_visible()
    checkpoint("story")

    # Share: Zalo and Facebook get this page's address; the link can be copied.
    assert path_of(page.url) == story.url
    encoded = quote(page.url, safe="")
    share = page.locator("section.share")
    expect(share.get_by_role("link", name=re.compile(r"^Zalo"))).to_have_attribute(
        "href", f"https://sp.zalo.me/share?url={encoded}")
    expect(share.get_by_role("link", name=re.compile(r"^Facebook"))).to_have_attribute(
        "href", f"https://www.facebook.com/sharer/sharer.php?u={encoded}")
    field = share.get_by_label("Liên kết đến trang này")
    expect(field).to_have_value(page.url)
    expect(field).not_to_be_editable()
    status = share.get_by_role("status")
    expect(status).to_be_empty()
    share.get_by_role("button", name="Sao chép liên kết").click()
    expect(status).to_have_text("Đã sao chép liên kết")
    assert page.evaluate("() => navigator.clipboard.readText()") == page.url
    console.assert_clean(f"story, after copying the link ({viewport})")

    # Search from the header, typed without diacritics as on many phone keyboards.
    search_exemplar(page, exemplar)
    checkpoint("search results")

    # The footer's "Nhận tin" page for people: sharing and feeds to follow; every feed,
    # the API and the widget with its preview on the technicians' page it links to.
    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Nhận tin (RSS, phát thanh, API)").click()
    page.wait_for_url("**/nhan-tin/")
    expect(page.locator("h1")).to_have_text("Nhận tin")
    expect(page.locator('a[href="/nhan-tin/chuyen-muc/nguoi-tot-viec-tot/"]')).to_have_count(1)
    checkpoint("get the news")
    page.get_by_role("link", name="Nguồn tin mọi chủ đề, podcast, bản tin phát thanh, API và "
                     "khung nhúng").click()
    page.wait_for_url("**/nhan-tin/ky-thuat/")
    expect(page.get_by_title("Xem trước khung nhúng", exact=True)).to_be_visible()
    checkpoint("get the news: technicians")
    page.goto("/nhan-tin/chuyen-muc/nguoi-tot-viec-tot/")
    expect(page.get_by_label("Địa chỉ nguồn tin")).to_have_value(
        page.url.removesuffix("/") + ".rss")
    checkpoint("a feed's page")

    # The footer's nomination form: a wrong submission keeps what was typed and says
    # what is missing; then the nominator gets a reference code.
    page.get_by_role("contentinfo").get_by_role(
        "link", name="Giới thiệu người tốt việc tốt").click()
    page.wait_for_url("**/gioi-thieu-nguoi-tot/")
    expect(page.locator("h1")).to_have_text("Giới thiệu người tốt việc tốt")
    form = page.locator("main form")
    form.get_by_label("Họ và tên", exact=True).fill("Bà Y Hoa")
    form.get_by_role("button", name="Gửi lời giới thiệu").click()
    expect(page.get_by_role("alert")).to_contain_text("Họ đã làm gì")
    expect(form.get_by_label("Họ và tên", exact=True)).to_have_value("Bà Y Hoa")
    checkpoint("nomination form with errors")
    form.get_by_label("Họ đã làm gì?").fill(
        "Bà nhặt được chiếc ví có 12 triệu đồng và đã tìm trả lại cho người đánh rơi.")
    form.get_by_label("Họ tên của bạn").fill("Trần Thị Lan")
    form.get_by_label("Số điện thoại của bạn").fill("0905 123 456")
    form.get_by_label("Tôi đồng ý để ban biên tập liên hệ với tôi").check()
    form.get_by_role("button", name="Gửi lời giới thiệu").click()
    expect(page.locator("main")).to_contain_text("GT-")
    checkpoint("nomination sent")

    if not check_axe:
        pytest.skip(f"The journey passed at the {viewport} viewport, but {AXE_MISSING}")


def test_directory_and_story_work_without_javascript(new_context, journey_content):
    from playwright.sync_api import expect

    content = journey_content
    exemplar, story = content["exemplar"], content["story"]
    page = new_context(java_script_enabled=False, **VIEWPORTS["phone"]).new_page()
    console = ConsoleWatch(page)

    page.goto(content["directory"].url)
    filter_directory(page, content)

    page.locator(CARD_TITLES).filter(has_text=exemplar.title).click()
    page.wait_for_url(f"**{exemplar.url}")
    page.get_by_role("link", name=story.title, exact=True).click()
    page.wait_for_url(f"**{story.url}")
    expect(page.locator("h1")).to_have_text(story.title)
    expect(page.locator(".story .lead")).to_have_text("Ở Đăk Kôi, ai cũng biết cô Y Hiền.")
    expect(page.locator(".prose")).to_contain_text("Mỗi sáng, ông dậy từ 5 giờ để đi tuần.")
    # Without JavaScript the copy button stays hidden; the address is still there to copy.
    share = page.locator("section.share")
    expect(share.get_by_label("Liên kết đến trang này")).to_have_value(page.url)
    expect(share.get_by_role("button", name="Sao chép liên kết")).to_be_hidden()
    console.assert_clean("directory and story without JavaScript")
    search_exemplar(page, exemplar)
    console.assert_clean("search without JavaScript")
