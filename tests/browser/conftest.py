"""Browser tests: Playwright (sync API) drives Debian's Chromium against pytest-django's
live server.

Install once: `apt-get install chromium` (Debian's package, at /usr/bin/chromium) and
`npm ci` (axe-core, into node_modules/). Playwright's own browser downloads are never used.
"""

import os

# Playwright's sync API keeps an asyncio event loop running in the test thread, which makes
# Django refuse database access from that thread (SynchronousOnlyOperation). The tests
# only touch the database from fixtures, between browser actions, never concurrently.
# This must be set before any database access happens while Playwright is running.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import unquote, urlsplit  # noqa: E402

import pytest  # noqa: E402
from django.core.management import call_command  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_MISSING = (
    f"Chromium not found at {CHROMIUM}: install Debian's chromium package "
    "(apt-get install chromium) to run browser tests"
)
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_MISSING = (
    f"axe-core not found at {AXE}: run `npm ci` in the project root to install it; "
    "the accessibility checks were skipped"
)
# The machine's network is closed: keep Chromium from calling home, and QUIC off.
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORTS = {
    "phone": {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2,
              "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole run; each test opens its own contexts."""
    if not CHROMIUM.exists():
        pytest.skip(CHROMIUM_MISSING)
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright missing: pip install -e '.[test]'"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser, live_server):
    """Opens browser contexts (closed after the test) that reach media files too.

    Uploaded images are served by the front web server in production, not by Django, and
    the test settings (DEBUG off) do not serve them either: the contexts serve /media/ from
    MEDIA_ROOT themselves, as that server would. A missing file is a 404 and so shows up
    as a console error.
    """
    from django.conf import settings

    media_root = Path(settings.MEDIA_ROOT).resolve()
    media_prefix = settings.MEDIA_URL

    def serve_media(route):
        relative = unquote(urlsplit(route.request.url).path)[len(media_prefix):]
        file = (media_root / relative).resolve()
        if file.is_relative_to(media_root) and file.is_file():
            route.fulfill(path=file)
        else:
            route.fulfill(status=404, body="Not found")

    contexts = []

    def open_context(**options):
        context = browser.new_context(base_url=live_server.url, locale="vi-VN",
                                      **options)
        context.set_default_timeout(TIMEOUT_MS)
        context.route(f"{live_server.url}{media_prefix}**", serve_media)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


class ConsoleWatch:
    """Console messages of type "error" and uncaught page errors, on every page opened."""

    def __init__(self, page):
        self.errors = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(
            f"page error on {page.url}: {error}"))

    def _console(self, message):
        if message.type == "error":
            location = message.location.get("url", "")
            self.errors.append(f"console error on {location}: {message.text}")

    def assert_clean(self, where):
        assert not self.errors, f"errors in the browser at {where}:\n" + "\n".join(self.errors)


@pytest.fixture
def journey_content(live_server, settings):
    """A small public site, created in the live server's (transactional) database.

    The database starts as migrated, with the skeleton (tests/conftest.py restores it after
    each test that commits). Absolute URLs are built from SITE_BASE_URL, so it is pointed at
    the live server before `setup_site` copies it into the Site record: share links then
    carry the very URL the browser shows.
    """
    from stories.models import ColumnPage, ExemplarIndexPage, HomePage, Sector, SubjectType
    from stories.models.pages import HomeFeaturedExemplar
    from tests.factories import (
        AwardFactory,
        ExemplarPageFactory,
        PhotoFactory,
        PlaceFactory,
        StoryPageFactory,
        UnitFactory,
        link_exemplars,
    )

    settings.SITE_BASE_URL = live_server.url
    with open(os.devnull, "w") as devnull:
        call_command("setup_site", stdout=devnull)
    home = HomePage.objects.get()
    column = ColumnPage.objects.get(slug="nguoi-tot-viec-tot")

    health = Sector.objects.get(slug="y-te")
    farming = Sector.objects.get(slug="nong-nghiep")
    commune = PlaceFactory(name="Đăk Kôi")
    other_commune = PlaceFactory(name="Kon Braih")

    midwife = ExemplarPageFactory(
        title="Y Hiền", subject_type=SubjectType.INDIVIDUAL, with_consent=True,
        portrait=PhotoFactory(description="Chân dung cô Y Hiền"),
        unit=UnitFactory(name="Trạm Y tế xã Đăk Kôi"), place=commune, sectors=[health],
        recognition_year=2025,
        achievement_summary="Mười năm đỡ đẻ an toàn cho 300 sản phụ người Xơ Đăng.",
        profile=[{"type": "paragraph", "value": "<p>Cô về bản từ năm 2014.</p>"}],
    )
    AwardFactory(page=midwife, name="Bằng khen", decision_number="123",
                 decision_date=datetime.date(2023, 2, 1), year=2023)
    # Same sector, another year; same year, another sector: the two filters each exclude
    # one of them, so only the midwife is left when both apply.
    clinic = ExemplarPageFactory(
        title="Trạm y tế xã Kon Braih", subject_type=SubjectType.COLLECTIVE,
        portrait=PhotoFactory(description="Trạm y tế xã Kon Braih"), place=other_commune,
        sectors=[health], recognition_year=2023,
    )
    household = ExemplarPageFactory(
        title="Hộ ông A Thút", subject_type=SubjectType.HOUSEHOLD, with_consent=True,
        portrait=PhotoFactory(description="Ông A Thút bên vườn cà phê"), place=commune,
        sectors=[farming], recognition_year=2025,
    )
    ExemplarPageFactory(
        title="Tổ hợp tác cà phê Đăk Kôi", subject_type=SubjectType.MODEL, place=commune,
        sectors=[farming], recognition_year=2024,
    )
    # Not home.featured_exemplars.create(): on a modelcluster parental key that only adds
    # to the unsaved in-memory cluster and writes nothing.
    for order, featured in enumerate([midwife, household]):
        HomeFeaturedExemplar.objects.create(home=home, exemplar=featured, sort_order=order)

    story = StoryPageFactory(
        parent=column, title="Nữ hộ sinh của bản làng",
        hero_image=PhotoFactory(description="Cô Y Hiền khám thai cho một sản phụ"),
        hero_caption="Cô Y Hiền thăm một sản phụ.", sectors=[health], places=[commune],
        lead="Ở Đăk Kôi, ai cũng biết cô Y Hiền.",
    )
    link_exemplars(story, [midwife])
    link_exemplars(StoryPageFactory(parent=column, title="Mùa cà phê ở Đăk Kôi"), [household])
    link_exemplars(StoryPageFactory(parent=column, title="Trạm y tế giữa đại ngàn"), [clinic])

    return {
        "directory": ExemplarIndexPage.objects.get(),
        "exemplar": midwife,
        "story": story,
        "sector": health,
        "year": 2025,
        "expected": ["Y Hiền"],
        "all": ["Y Hiền", "Hộ ông A Thút", "Tổ hợp tác cà phê Đăk Kôi",
                "Trạm y tế xã Kon Braih"],
    }


def run_axe(page, where):
    """Injects axe-core and fails on any serious or critical WCAG 2.1 A/AA violation.

    Evaluated through the DevTools protocol, which the page's Content-Security-Policy does
    not apply to: a <script> tag added to the page would be refused as inline script, and
    the page must keep its policy for the journey to notice any violation of it."""
    page.evaluate(AXE.read_text())
    results = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    bad = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n" + "\n".join(
            f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}"
            for node in v["nodes"]
        )
        for v in bad
    )
    assert not bad, f"axe-core: serious or critical violations at {where}:\n{report}"
