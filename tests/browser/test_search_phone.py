"""The search page on a phone: the first result on the first screen, the facets folded
behind one control that works without JavaScript, and the count and filters in words.

See conftest.py for what has to be installed.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import AXE, AXE_MISSING, VIEWPORTS, ConsoleWatch, run_axe

pytestmark = pytest.mark.browser

# The screen named in issue #15: an ordinary phone, portrait.
PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
QUERY = "co giao"
RESULT_TITLES = ".results .result__title a"


@pytest.fixture
def teachers(live_server, settings):
    """Enough exemplars, in enough sectors, places, years and kinds, that the facets
    together are several screens long when unfolded."""
    import os

    from django.core.management import call_command

    from search import indexing
    from stories.models import Sector, SubjectType
    from tests.factories import ExemplarPageFactory, PlaceFactory

    settings.SITE_BASE_URL = live_server.url
    with open(os.devnull, "w") as devnull:
        call_command("setup_site", stdout=devnull)
    health = Sector.objects.get(slug="y-te")
    sectors = list(Sector.objects.exclude(pk=health.pk).order_by("pk"))
    kinds = [SubjectType.INDIVIDUAL, SubjectType.COLLECTIVE, SubjectType.HOUSEHOLD]
    for number in range(16):
        sector = health if number < 3 else sectors[number % len(sectors)]
        ExemplarPageFactory(
            title=f"Cô giáo bản làng số {number + 1}", sectors=[sector],
            place=PlaceFactory(name=f"Đăk Giáo {number + 1}"),
            subject_type=kinds[number % len(kinds)], recognition_year=2012 + number,
            with_consent=True,
            achievement_summary="Cô giáo cắm bản dạy chữ cho trẻ em người Xơ Đăng.")
    indexing.rebuild()
    return {"health": health, "in_health": ["Cô giáo bản làng số 1", "Cô giáo bản làng số 2",
                                            "Cô giáo bản làng số 3"]}


def first_result_top(page):
    """The first result's top, in CSS pixels from the top of the page."""
    return page.evaluate("() => document.querySelector('.results .result')"
                         ".getBoundingClientRect().top + window.scrollY")


def test_the_first_result_is_on_a_phones_first_screen(new_context, teachers):
    from playwright.sync_api import expect

    page = new_context(**PHONE).new_page()
    console = ConsoleWatch(page)
    page.goto(f"/tim-kiem/?q={QUERY.replace(' ', '+')}")
    expect(page.locator(RESULT_TITLES)).to_have_count(10)
    expect(page.get_by_role("status")).to_have_text("16 kết quả cho “co giao”")
    # The facets are folded: one control, none of their checkboxes on the screen.
    facets = page.locator("details.facets")
    expect(facets.locator("summary")).to_have_text("Lọc kết quả")
    expect(facets.get_by_role("checkbox").first).to_be_hidden()
    top = first_result_top(page)
    assert top <= PHONE["viewport"]["height"], f"the first result starts {top} px down"
    # Unfolded, they push the results a long way down: folding is what brings them up.
    facets.locator("summary").click()
    expect(facets.get_by_role("checkbox").first).to_be_visible()
    assert first_result_top(page) > 2 * PHONE["viewport"]["height"]
    console.assert_clean("search on a phone")


def test_filters_work_without_javascript_and_are_stated_in_words(new_context, teachers):
    from playwright.sync_api import expect

    health = teachers["health"]
    page = new_context(java_script_enabled=False, **PHONE).new_page()
    console = ConsoleWatch(page)
    page.goto(f"/tim-kiem/?q={QUERY.replace(' ', '+')}")
    facets = page.locator("details.facets")
    facets.get_by_text("Lọc kết quả", exact=True).click()
    facets.get_by_role("group", name="Lĩnh vực").get_by_role(
        "checkbox", name=re.compile(rf"^{health.name} \(")).check()
    facets.get_by_role("button", name="Áp dụng bộ lọc").click()
    page.wait_for_url(re.compile(r"[?&]linh_vuc="))
    assert parse_qs(urlsplit(page.url).query)["linh_vuc"] == [str(health.pk)]
    expect(page.get_by_role("status")).to_have_text(
        f"3 kết quả cho “co giao” · Lĩnh vực: {health.name} (bỏ bộ lọc này) ✕")
    expect(page.locator(RESULT_TITLES)).to_have_count(3)
    assert sorted(page.locator(RESULT_TITLES).all_inner_texts()) == teachers["in_health"]
    # Folded again after the round trip, saying how many filters are in use; the results
    # are still on the first screen.
    expect(facets.locator("summary")).to_have_text("Lọc kết quả (1)")
    expect(facets.get_by_role("checkbox", checked=True)).to_be_hidden()
    assert first_result_top(page) <= PHONE["viewport"]["height"]

    page.get_by_role("link", name=f"Lĩnh vực: {health.name} (bỏ bộ lọc này)").click()
    page.wait_for_url(lambda url: "linh_vuc" not in url)
    expect(page.get_by_role("status")).to_have_text("16 kết quả cho “co giao”")
    assert parse_qs(urlsplit(page.url).query)["q"] == [QUERY]
    console.assert_clean("search filters without JavaScript")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_search_page_passes_axe(new_context, teachers, viewport):
    if not AXE.is_file():
        pytest.skip(AXE_MISSING)
    size = PHONE if viewport == "phone" else VIEWPORTS["desktop"]
    page = new_context(**size).new_page()
    console = ConsoleWatch(page)
    page.goto(f"/tim-kiem/?q=co+giao&linh_vuc={teachers['health'].pk}&nam=2012")
    run_axe(page, f"search with filters, folded ({viewport})")
    page.locator("details.facets summary").click()
    run_axe(page, f"search with filters, unfolded ({viewport})")
    console.assert_clean(f"search ({viewport})")
