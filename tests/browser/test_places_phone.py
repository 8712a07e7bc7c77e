"""/dia-phuong/ on a 375-px phone and on a desktop: no sideways scrolling, the filter
finds a former commune without JavaScript and leads to today's, axe clean."""

import datetime
import os

import pytest

from tests.browser.conftest import AXE, VIEWPORTS, ConsoleWatch, run_axe

MERGER = datetime.date(2025, 6, 30)
PHONE_375 = {**VIEWPORTS["phone"], "viewport": {"width": 375, "height": 812}}


@pytest.fixture
def places(live_server, settings):
    from django.core.management import call_command

    from stories.models import Place
    from tests.factories import PlaceFactory

    settings.SITE_BASE_URL = live_server.url
    with open(os.devnull, "w") as devnull:
        call_command("setup_site", stdout=devnull)
    province = PlaceFactory(name="Quảng Ngãi", kind=Place.Kind.PROVINCE)
    district = PlaceFactory(name="Kon Rẫy", kind=Place.Kind.DISTRICT, valid_to=MERGER)
    today = [PlaceFactory(name=name, parent=province) for name in (
        "Kon Braih", "Đăk Kôi", "Đăk Rve", "Đăk Hà", "Đăk Pxi", "Ngọk Réo", "Ba Tơ")]
    old = [PlaceFactory(name=name, parent=district, valid_to=MERGER, successor=today[1])
           for name in ("Đăk Kôi", "Đăk Pne", "Đăk Tơ Lung Trường Chinh Quyết Thắng")]
    return {"today": today, "old": old}


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_place_list_fits_the_screen_and_filters_without_javascript(new_context, places, size):
    from playwright.sync_api import expect

    options = PHONE_375 if size == "phone" else VIEWPORTS["desktop"]
    page = new_context(java_script_enabled=False, **options).new_page()
    console = ConsoleWatch(page)
    page.goto("/dia-phuong/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= options["viewport"]["width"], f"{width} px wide at {size}"
    if AXE.is_file():
        # axe runs in the page: allow scripts for it alone, in a second context.
        checked = new_context(**options).new_page()
        checked.goto("/dia-phuong/?q=dak")
        run_axe(checked, f"/dia-phuong/?q=dak ({size})")
    page.fill("#place-q", "dak pne")
    page.press("#place-q", "Enter")
    page.wait_for_url("**/dia-phuong/?q=dak+pne")
    former = page.locator(".place-list--former li")
    expect(former).to_have_count(1)
    former.get_by_role("link", name="xã Đăk Kôi", exact=True).click()
    page.wait_for_url(f"**{places['today'][1].get_absolute_url()}")
    expect(page.locator("h1")).to_have_text("xã Đăk Kôi")
    console.assert_clean(size)
