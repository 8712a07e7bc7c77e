"""Odd requests to every public URL of the site: whatever a visitor, a robot or a broken
client sends, the answer is never a server error (issue #13).

Hypothesis writes the requests for each public URL pattern of `guongsang.urls` (the admin
excepted): odd path segments (huge, negative, other scripts' digits, NFD, NUL, very long,
`..`, empty, broken percent-encodings), odd query strings (repeated keys, arrays, invalid
UTF-8), odd headers (Range, conditional requests, Accept…) and methods, against one
realistic database built once for the module. Every answer must be below 500 and no
exception may escape a view (the client re-raises it, with its traceback).

A public pattern without a strategy in `ROUTES` fails `test_every_public_url_pattern_is_fuzzed`:
add one when you add a URL. The module is marked `fuzz` (`pytest -m fuzz`, or
`-m "not fuzz"` to leave it out); the examples are derandomized, so a failure comes back
on every run until it is fixed.
"""

import datetime
import io
import logging
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from stories.models import ColumnPage, ExemplarIndexPage, HomePage, Place, StandardPage
from stories.syndication.api import (
    ColumnsViewSet,
    ExemplarsViewSet,
    MovementsViewSet,
    PlacesViewSet,
    SectorsViewSet,
    StoriesViewSet,
)
from stories.syndication.urls import FEED, SLUG
from tests.factories import (
    AudioClipFactory,
    ColumnPageFactory,
    ExemplarPageFactory,
    MovementFactory,
    NominationFactory,
    PhotoFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    jpeg_file,
    link_exemplars,
)

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

# Patterns nobody outside can reach, or that only exist for the test run itself.
NOT_PUBLIC_PREFIXES = ("quan-tri/",)
NOT_PUBLIC_MODULES = ("django.views.static", "guongsang.bench")
REQUESTS_WANTED = 10_000
CALLS_PER_EXAMPLE = 5


def _patterns(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern).replace("^", "").replace("$", "")
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, route)
        else:
            yield route, pattern.callback.__module__


def public_patterns():
    """Every URL pattern a visitor can reach, as its route written out whole (anchors
    dropped: an included "^x$" and a top-level "x" are the same pattern)."""
    return {route for route, module in _patterns(get_resolver("guongsang.urls").url_patterns)
            if not route.startswith(NOT_PUBLIC_PREFIXES) and module not in NOT_PUBLIC_MODULES}


# --- the database: built once, rolled back after the module ----------------------------

def build_world():
    """Published and draft stories and profiles, restricted pages of each kind, taxonomy
    terms with a former place, audio, a document, nominations: the values real requests
    name, which strategies mix with odd ones."""
    call_command("setup_site", stdout=io.StringIO())
    home = HomePage.objects.get()
    columns = list(ColumnPage.objects.child_of(home).order_by("path"))
    sector, other_sector = SectorFactory(name="Y tế"), SectorFactory(name="Giáo dục")
    movement = MovementFactory(name="Dân vận khéo")
    commune = PlaceFactory(name="Đăk Kôi")
    former = PlaceFactory(name="Đăk Tô", kind=Place.Kind.DISTRICT,
                          valid_to=datetime.date(2025, 6, 30), successor=commune)
    audio = AudioClipFactory(title="Phóng sự: đỡ đẻ giữa rừng")
    exemplars = [ExemplarPageFactory(
        title=f"Tổ hộ sinh số {n}", place=commune if n % 2 else former,
        sectors=[sector if n % 2 else other_sector], movements=[movement],
        recognition_year=2020 + n, portrait=PhotoFactory() if n == 1 else None,
        audio=audio if n == 1 else None) for n in range(1, 4)]
    draft_exemplar = ExemplarPageFactory(title="Hồ sơ nháp", live=False)
    # More stories than a column page shows, so that paging has a last page.
    stories = [StoryPageFactory(
        title=f"Người giữ rừng, kỳ {n}", parent=columns[0], sectors=[sector],
        movements=[movement], places=[commune if n % 2 else former],
        audio=audio if n == 1 else None, hero_image=PhotoFactory() if n == 1 else None)
        for n in range(1, 15)]
    link_exemplars(stories[0], exemplars[:2])
    draft_story = StoryPageFactory(title="Bài nháp", parent=columns[1], live=False)
    login_column = ColumnPageFactory(title="Chỉ cho người đăng nhập")
    login_story = StoryPageFactory(title="Bài trong chuyên mục kín", parent=login_column,
                                   audio=audio)
    PageViewRestriction.objects.create(page=login_column, restriction_type="login")
    group_column = ColumnPageFactory(title="Chỉ cho nhóm biên tập")
    group_story = StoryPageFactory(title="Bài cho nhóm", parent=group_column)
    restriction = PageViewRestriction.objects.create(page=group_column,
                                                     restriction_type="groups")
    restriction.groups.set(Group.objects.all()[:1])
    contact = StandardPage.objects.get(slug="lien-he")
    PageViewRestriction.objects.create(page=contact, restriction_type="password",
                                       password="mat-khau-chung")
    document = get_document_model().objects.create(
        title="Quyết định khen thưởng",
        file=ContentFile(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", name="quyet-dinh.pdf"))
    documents_restriction = CollectionViewRestriction.objects.create(
        collection=document.collection, restriction_type="password", password="tai-lieu")
    nominations = [NominationFactory(), NominationFactory(nominator_phone="",
                                                          nominator_email="a@b.vn")]
    pages = [home, ExemplarIndexPage.objects.get(), *columns, contact,
             *exemplars, *stories, draft_exemplar, draft_story, login_column, login_story,
             group_column, group_story]
    slugs = {
        "chuyen-muc": [c.slug for c in columns] + [login_column.slug, group_column.slug],
        "linh-vuc": [sector.slug, other_sector.slug],
        "phong-trao": [movement.slug],
        "dia-phuong": [commune.slug, former.slug],
        "dien-hinh": [e.slug for e in exemplars] + [draft_exemplar.slug],
    }
    slugs["podcast"] = slugs["chuyen-muc"]
    return {
        "paths": sorted({page.url for page in pages if page.url} | {
            "/linh-vuc/", "/phong-trao/", "/dia-phuong/",
            *(f"/{kind}/{slug}/" for kind in ("linh-vuc", "phong-trao", "dia-phuong")
              for slug in slugs[kind])}),
        "page_ids": [str(page.pk) for page in pages],
        "slugs": slugs,
        "audio_ids": [str(audio.pk)],
        "restriction_ids": [str(r.pk) for r in PageViewRestriction.objects.all()],
        "password_page": str(contact.pk),
        "document_ids": [str(document.pk)],
        "document_names": [document.filename],
        "document_restrictions": [str(documents_restriction.pk)],
        "references": [n.reference for n in nominations],
        "contacts": [nominations[0].nominator_phone, "a@b.vn"],
        "place_ids": [str(commune.pk), str(former.pk)],
        "sector_ids": [str(sector.pk), str(other_sector.pk)],
        "movement_ids": [str(movement.pk)],
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        # What waits for the commit (syndication entries, the search index) runs now.
        with TestCase.captureOnCommitCallbacks(execute=True):
            built = build_world()
        yield built
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _quiet_not_found():
    """Thousands of 404s and 400s would each be logged as a warning; errors still are."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


# --- odd values ----------------------------------------------------------------------------

NFD = unicodedata.normalize("NFD", "Đăk Kôi giữ rừng")
NUMBERS = ["0", "-0", "-1", "1", "+1", " 1", "1 ", "1_000", "01", "0x10", "1e9", "1.5",
           "NaN", "inf", "-inf", "١٢", "²", "½", "Ⅻ", "１２", "99999999999999999999999",
           str(2**31), str(2**63 - 1), str(2**63), str(2**64), "-" + str(2**63 + 1),
           "1" + "0" * 30, "9" * 5000]
TEXTS = ["", " ", "\x00", "a\x00b", "\r\n", "\t", "\x1b[31m", "..", "../..",
         "../../etc/passwd", "%", "%%", "'", '"', "';--", "' OR '1'='1",
         "<script>alert(1)</script>", "{{ 7*7 }}", "{% debug %}", "%(x)s", "%s", "{0}",
         "\\", "/", "//", "?", "#", "&", "=", "[]", "\u202e", "\u200b", "\ufeff", "🌾",
         "Đăk Kôi", NFD, "ǅ", "İ", "ß", "ﬁ", "Ａ", "a" * 3000, "đ" * 400, "*", "random"]
DATES = ["2026-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
         "2026-13-01", "2026-1-1", "20260101", "2026-W53", "1999-W01", "9999-W52",
         "9998-W52", "0001-W01", "0002-W01", "2026-W00", "2026-W99", "-001-W01",
         "2026-W47\n"]
# Percent-encodings a browser never sends: truncated, invalid UTF-8, overlong, surrogates.
BROKEN = ["%", "%F", "%FF", "%zz", "%C3%28", "%C0%AF", "%ED%A0%80", "%E2%82", "%F4%90%80%80",
          "%u0041", "%00", "%FF%FE%00", "%25", "%2e%2e", "%2F", "%5C", "%0D%0A"]

odd_text = st.one_of(st.sampled_from(NUMBERS), st.sampled_from(TEXTS), st.sampled_from(DATES),
                     st.integers(-(2**70), 2**70).map(str), st.text(max_size=16))


# Strategies are built once per route and only drawn from inside examples: building one
# per draw costs Hypothesis more than the request it describes.

def value(real=()):
    """A value as a visitor might send it: half the time a real one."""
    real = list(real)
    return st.one_of(st.sampled_from(real), odd_text) if real else odd_text


ENCODINGS = st.sampled_from(["quoted", "quoted", "raw", "broken"])
broken = st.sampled_from(BROKEN)


def encode(draw, text):
    """``text`` in the query string or path: percent-encoded UTF-8, as browsers send it,
    its UTF-8 bytes raw, as some clients do (WSGI hands them over as Latin-1), or cut
    short by a broken escape."""
    how = draw(ENCODINGS)
    if how == "quoted":
        return quote(text, safe="")
    if how == "raw":
        return text.encode().decode("latin-1")
    return quote(text[:4], safe="") + draw(broken)


PAIR_SHAPES = st.sampled_from(["pair", "pair", "pair", "bare", "twice", "array", "index"])
SEPARATORS = st.sampled_from(["&", "&", "&", ";", "&&"])


def query_strings(fields):
    """Pairs of known keys (or odd ones) and values, repeated, as arrays, broken."""
    names = st.sampled_from(sorted(fields)) if fields else odd_text
    values = {name: value(real) for name, real in fields.items()}

    @st.composite
    def build(draw):
        fragments = []
        for _ in range(draw(st.integers(0, 5))):
            name = draw(names) if draw(st.booleans()) else draw(odd_text)
            text = draw(values.get(name, odd_text))
            shape = draw(PAIR_SHAPES)
            key = encode(draw, name) + {"array": "[]", "index": "[0]"}.get(shape, "")
            fragment = f"{key}={encode(draw, text)}"
            if shape == "bare":
                fragment = key
            elif shape == "twice":
                fragment = f"{fragment}&{fragment}"
            fragments.append(fragment)
        if draw(st.integers(0, 9)) == 0:
            fragments.append(draw(broken))
        return draw(SEPARATORS).join(fragments)

    return build()


latin1 = st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=24)
HEADERS = {
    "Range": st.one_of(st.sampled_from([
        "bytes=0-", "bytes=0-0", "bytes=-1", "bytes=-500", "bytes=100-", "bytes=5-2",
        "bytes=0-0,5-10", "bytes=--1", "bytes=", "bytes=-", "items=0-1", "bytes=١-٢",
        "bytes=99999999999999999999-", "bytes=-99999999999999999999",
        "bytes=0-99999999999999999999", "bytes=" + "9" * 5000 + "-", "bytes=0-\n",
        "bytes=18446744073709551616-18446744073709551617"]), latin1),
    "If-None-Match": st.one_of(st.sampled_from(
        ["*", '"x"', 'W/"x"', '"', '""', ",", '"a", "b"', "W/", "x" * 2000]), latin1),
    "If-Modified-Since": st.one_of(st.sampled_from([
        "Sat, 29 Oct 1994 19:43:31 GMT", "Thu, 01 Jan 1970 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 32 Foo 99999 99:99:99 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "0", "-1",
        "Sat, 01 Jan 0001 00:00:00 GMT", "99999999999999999999"]), latin1),
    "If-Unmodified-Since": st.sampled_from(["Sat, 29 Oct 1994 19:43:31 GMT", "garbage"]),
    "Accept": st.one_of(st.sampled_from([
        "application/json", "text/html", "*/*", "application/rss+xml", "text/*;q=abc",
        "application/json; version=99", "application/xml", "text/plain;q=0, */*;q=0",
        "image/avif,image/webp,*/*"]), latin1),
    "Accept-Encoding": st.one_of(st.sampled_from(
        ["gzip", "br", "identity", "gzip;q=0", "*", "gzip, deflate, br, zstd", "GZIP"]),
        latin1),
    "Accept-Language": st.sampled_from(["vi", "en", "fr-CA;q=0.5", "*", "x" * 300, "vi;q=x"]),
    "Cookie": st.sampled_from(["sessionid=garbage", "csrftoken=x; sessionid=",
                               "sessionid=" + "a" * 4000, "=;=;", "wagtail-preview=1"]),
    "Host": st.sampled_from(["testserver", "localhost", "127.0.0.1:8000",
                             "localhost:99999999999999999999", "LOCALHOST."]),
    "X-Forwarded-For": st.sampled_from(["1.2.3.4", "garbage", "::1, 10.0.0.1"]),
}
HEADER_NAMES = st.lists(st.sampled_from(sorted(HEADERS)), max_size=3, unique=True)


@st.composite
def headers(draw):
    return {name: draw(HEADERS[name]) for name in draw(HEADER_NAMES)}


@dataclass
class Call:
    method: str
    path: str
    query: str = ""
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    content_type: str = "application/x-www-form-urlencoded"


BODY_KINDS = st.sampled_from(["urlencoded", "multipart", "multipart", "junk"])
JUNK_TYPES = st.sampled_from([
    "multipart/form-data", "multipart/form-data; boundary=x", "application/json",
    "text/plain", "application/x-www-form-urlencoded; charset=iso-8859-2", ""])


def form_bodies(fields, files=()):
    """A POST body: urlencoded or multipart, with the form's fields (or odd ones) and,
    for a form that takes them, odd files."""
    urlencoded = query_strings(fields)
    values = {name: value(real) for name, real in fields.items()}
    uploads = st.lists(st.sampled_from(sorted(UPLOADS)), max_size=3)

    @st.composite
    def build(draw):
        kind = draw(BODY_KINDS)
        if kind == "urlencoded":
            return draw(urlencoded).encode("latin-1"), "application/x-www-form-urlencoded"
        if kind == "junk":
            return draw(st.binary(max_size=200)), draw(JUNK_TYPES)
        data = {name: draw(values[name]) for name in fields if draw(st.integers(0, 3))}
        for name in files:
            if chosen := draw(uploads):
                data[name] = [UPLOADS[upload]() for upload in chosen]
        return encode_multipart("BoUnDaRy", data), MULTIPART_CONTENT.replace(
            "BoUnDaRyStRiNg", "BoUnDaRy")

    return build()


def _named(content, name):
    return lambda: ContentFile(content, name=name)


UPLOADS = {
    "photo": lambda: jpeg_file(name="anh.jpg", size=(40, 30)),
    "renamed executable": _named(b"\x7fELF\x02\x01\x01" + bytes(200), "anh.jpg"),
    "empty": _named(b"", "rong.png"),
    "odd name": lambda: jpeg_file(name="../../" + "ả" * 200 + ".jpg", size=(8, 8)),
    "truncated": lambda: ContentFile(jpeg_file(size=(30, 30)).read()[:60], name="cut.jpg"),
}
METHODS = st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "OPTIONS"])


def calls(paths, fields=None, form=None, files=()):
    """Requests to one of ``paths`` (a strategy) with a query string from ``fields``
    ({name: real values}) and, when it is a POST, a body from ``form`` (or ``fields``)."""
    fields = fields or {}
    query = query_strings(fields)
    body = form_bodies(form if form is not None else fields, files)

    @st.composite
    def build(draw):
        method = draw(METHODS)
        call = Call(method, draw(paths), draw(query), draw(headers()))
        if method == "POST":
            call.body, call.content_type = draw(body)
        return call

    return build()


numbers = st.one_of(st.sampled_from(NUMBERS), st.integers(-(10**25), 10**25).map(str))
odd_segment = st.one_of(numbers, st.sampled_from(TEXTS), st.text(max_size=12))


def segment(real=()):
    """One path segment, percent-encoded or not; half the time a real one."""
    real = list(real)
    raw = st.one_of(st.sampled_from(real), odd_segment) if real else odd_segment

    @st.composite
    def build(draw):
        return encode(draw, draw(raw))

    return build()


def path_of(template, *parts):
    """Paths from ``template`` ("/a/{}/{}.txt") with each {} an odd or real segment."""
    return st.tuples(*(segment(real) for real in parts)).map(
        lambda values: template.format(*values))


def page_paths(world):
    """Real page paths, real ones with an odd segment added, and odd ones."""
    real = st.sampled_from(world["paths"])
    longer = st.tuples(real, segment()).map(lambda parts: f"{parts[0]}{parts[1]}/")
    odd = st.lists(segment(), min_size=1, max_size=4).map(lambda s: "/" + "/".join(s) + "/")
    return st.one_of(real, real, longer, odd, st.sampled_from(["/", "//", "/./", "/../"]))


# --- one strategy per public URL pattern ----------------------------------------------------

@dataclass
class Route:
    examples: int
    requests: object  # world -> strategy of Call
    # Behind limits kept in the cache (nominations, look-ups, the API's rate): emptied
    # before each example, so that a limit reached does not hide what is behind it.
    limited: bool = False


def _slugs(world, kinds):
    return sorted({slug for kind in kinds for slug in world["slugs"][kind]})


FEED_KINDS = ["chuyen-muc", "linh-vuc", "phong-trao", "dia-phuong", "dien-hinh", "podcast"]
FEED_FIELDS = {"format": ["rss"], "page": ["2"]}
PAGE_FIELDS = {"trang": ["1", "2", "3", "0", "-1", "99999999999999999999999"],
               "linh_vuc": ["y-te"], "phong_trao": [], "dia_phuong": [],
               "loai": ["ca_nhan", "tap_the"], "cap": ["cap_tinh"], "nam": ["2021", "2024"],
               "q": ["rừng"], "p": ["1"]}
SEARCH_FIELDS = {"q": ["rừng", "giu rung", "Đăk Kôi", "a"], "trang": ["1", "2", "9999"],
                 "sap-xep": ["lien-quan", "moi-nhat"], "loai_noi_dung": ["story", "exemplar"],
                 "linh_vuc": [], "phong_trao": [], "dia_phuong": [], "doi_tuong": ["ca_nhan"],
                 "cap": ["cap_tinh"], "nam": ["2021"]}
WIDGET_FIELDS = {"so": ["1", "5", "10", "11"], "mau": ["b3171d", "ZZZZZZ"], "nen": ["toi"],
                 "anh": ["0", "1"], "loai": ["tat-ca", "chuyen-muc:song-dep", "x:y"]}
NOMINATION_FORM = {"subject_name": ["Bà Y Thử"], "subject_type": ["ca_nhan", "tap_the"],
                   "place": [], "place_detail": ["thôn 3"], "subject_contact": [],
                   "story": ["Bà nhặt được chiếc ví có 12 triệu đồng và đã tìm trả lại "
                             "cho người đánh rơi ở chợ xã."],
                   "when_where": [], "sector": [], "nominator_name": ["Trần Thị Lan"],
                   "nominator_phone": ["0905123456", "+84 905 123 456"],
                   "nominator_email": ["lan@example.vn"], "consent_to_contact": ["on"],
                   "website": [""]}


API_ENDPOINTS = {"bai-viet": StoriesViewSet, "dien-hinh": ExemplarsViewSet,
                 "chuyen-muc": ColumnsViewSet, "linh-vuc": SectorsViewSet,
                 "phong-trao": MovementsViewSet, "dia-phuong": PlacesViewSet}


def api_fields(world, view):
    """Every parameter an endpoint knows, the fields it filters on, and real values."""
    slugs = world["slugs"]
    fields = {name: [] for name in view.known_query_parameters}
    fields.update({name: [] for name in view.get_available_fields(view.model,
                                                                   db_fields_only=True)})
    fields.update({
        "chuyen_muc": slugs["chuyen-muc"], "linh_vuc": slugs["linh-vuc"],
        "phong_trao": slugs["phong-trao"], "dia_phuong": slugs["dia-phuong"],
        "tu_ngay": ["2020-01-01"], "den_ngay": ["2100-01-01"],
        "limit": ["1", "20", "21"], "offset": ["1", "5"],
        "order": ["title", "-first_published_at", "random", "id,-title", "lead"],
        "fields": ["*", "_,title", "-title", "body(x)", "parent", "*,-detail_url", "title(",
                   "))"],
        "type": ["stories.StoryPage", "wagtailcore.Page", "auth.User", "x.y.z"],
        "search": ["rừng", "giu rung"], "search_operator": ["and", "or", "xor"],
        "child_of": ["root", *world["page_ids"][:3]],
        "descendant_of": ["root", *world["page_ids"][:3]],
        "ancestor_of": world["page_ids"][-4:], "site": ["testserver", "a:b"],
        "html_path": world["paths"], "id": world["page_ids"] + world["sector_ids"],
        "rich_text_format": ["html", "draftail", "x"], "format": ["json", "api"],
        "slug": slugs["linh-vuc"] + slugs["dien-hinh"],
    })
    return fields


def _api_routes():
    routes = {}
    for prefix, view in API_ENDPOINTS.items():
        def listing(world, prefix=prefix, view=view):
            return calls(st.just(f"/api/v2/{prefix}/"), api_fields(world, view))

        def detail(world, prefix=prefix, view=view):
            ids = world["page_ids"] + world["sector_ids"] + world["place_ids"]
            return calls(path_of(f"/api/v2/{prefix}/{{}}/", ids), api_fields(world, view))

        def find(world, prefix=prefix, view=view):
            return calls(st.just(f"/api/v2/{prefix}/find/"), api_fields(world, view))

        routes[f"api/v2/{prefix}/"] = Route(70, listing, limited=True)
        routes[f"api/v2/{prefix}/<int:pk>/"] = Route(40, detail, limited=True)
        routes[f"api/v2/{prefix}/find/"] = Route(30, find, limited=True)
    return routes


def _feed(kinds, with_slug=True):
    def requests(world):
        formats = ["rss", "atom", "json"]
        if not with_slug:
            return calls(path_of("/nhan-tin/{}.{}", kinds, formats), FEED_FIELDS)
        return calls(path_of("/nhan-tin/{}/{}.{}", kinds, _slugs(world, kinds), formats),
                     FEED_FIELDS)
    return requests


ROUTES = {
    # Documents: Wagtail's view (through the private document checks) and its password form.
    r"tai-lieu/(\d+)/(.*)": Route(60, lambda w: calls(
        path_of("/tai-lieu/{}/{}", w["document_ids"], w["document_names"]), {})),
    "tai-lieu/authenticate_with_password/<int:restriction_id>/": Route(40, lambda w: calls(
        path_of("/tai-lieu/authenticate_with_password/{}/", w["document_restrictions"]),
        {"return_url": ["/", "//evil.example", "javascript:x"]},
        form={"password": ["tai-lieu", ""], "return_url": ["/tai-lieu/", "https://x.y/"]})),
    # Search, and its suggestions.
    "tim-kiem/": Route(350, lambda w: calls(st.just("/tim-kiem/"), {
        **SEARCH_FIELDS, "linh_vuc": w["sector_ids"], "phong_trao": w["movement_ids"],
        "dia_phuong": w["place_ids"]})),
    "tim-kiem/goi-y/": Route(100, lambda w: calls(st.just("/tim-kiem/goi-y/"),
                                                  {"q": SEARCH_FIELDS["q"]})),
    # Citizens' nominations: the form (with photos), its thanks page and the look-up.
    "gioi-thieu-nguoi-tot/": Route(150, lambda w: calls(
        st.just("/gioi-thieu-nguoi-tot/"), {}, form={
            **NOMINATION_FORM, "place": w["place_ids"], "sector": w["sector_ids"]},
        files=["photos"]), limited=True),
    "gioi-thieu-nguoi-tot/da-gui/": Route(25, lambda w: calls(
        st.just("/gioi-thieu-nguoi-tot/da-gui/"), {})),
    "gioi-thieu-nguoi-tot/tra-cuu/": Route(100, lambda w: calls(
        st.just("/gioi-thieu-nguoi-tot/tra-cuu/"), {}, form={
            "reference": w["references"] + ["gt-", "GT" * 20],
            "contact": w["contacts"] + ["@", "0"]}), limited=True),
    # "Nhận tin": the page, feeds, audio, radio, bulletins, the widget.
    "nhan-tin/": Route(80, lambda w: calls(st.just("/nhan-tin/"), WIDGET_FIELDS)),
    rf"nhan-tin/(?P<kind>tat-ca|ho-so)\.{FEED}": Route(
        120, _feed(["tat-ca", "ho-so"], with_slug=False)),
    rf"nhan-tin/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh|podcast)"
    rf"/{SLUG}\.{FEED}": Route(200, _feed(FEED_KINDS)),
    "nhan-tin/ky-thuat/": Route(40, lambda w: calls(st.just("/nhan-tin/ky-thuat/"),
                                                     WIDGET_FIELDS)),
    "nhan-tin/(?P<kind>tat-ca|ho-so)/": Route(40, lambda w: calls(
        path_of("/nhan-tin/{}/", ["tat-ca", "ho-so"]), {})),
    rf"nhan-tin/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh|podcast)/{SLUG}/":
        Route(120, lambda w: calls(path_of("/nhan-tin/{}/{}/", FEED_KINDS,
                                           _slugs(w, FEED_KINDS)), {})),
    "nhan-tin/email/": Route(150, lambda w: calls(st.just("/nhan-tin/email/"), {}, form={
        "email": ["ban.doc@example.vn", "", "@", "a" * 300],
        "columns": [str(pk) for pk in w["page_ids"][:3]] + ["x", "9" * 20],
        "places": [str(pk) for pk in w["place_ids"][:3]] + ["-1", "9" * 20],
        "website": ["", "http://spam.example/"]}), limited=True),
    "nhan-tin/email/da-gui/": Route(20, lambda w: calls(st.just("/nhan-tin/email/da-gui/"), {})),
    "nhan-tin/email/xac-nhan/<str:token>/": Route(60, lambda w: calls(path_of(
        "/nhan-tin/email/xac-nhan/{}/", ["x", "a:b:c", "." * 50, "%00"]), {})),
    "nhan-tin/email/huy/<str:token>/": Route(60, lambda w: calls(path_of(
        "/nhan-tin/email/huy/{}/", ["x", "a:b:c", "." * 50]), {},
        form={"List-Unsubscribe": ["One-Click", ""]})),
    r"luot-doc/(?P<page_id>[0-9]{1,10})\.gif": Route(40, lambda w: calls(path_of(
        "/luot-doc/{}.gif", [*map(str, w["page_ids"]), "0", "9999999999"]), {})),
    "nhan-tin/am-thanh/<db_id:pk>.<str:extension>": Route(200, lambda w: calls(
        path_of("/nhan-tin/am-thanh/{}.{}", w["audio_ids"], ["mp3", "m4a"]), {})),
    "nhan-tin/phat-thanh/<db_id:page_id>.txt": Route(100, lambda w: calls(
        path_of("/nhan-tin/phat-thanh/{}.txt", w["page_ids"]), {})),
    rf"nhan-tin/ban-tin/(?P<kind>chuyen-muc|dia-phuong)/{SLUG}\.txt": Route(150, lambda w: calls(
        path_of("/nhan-tin/ban-tin/{}/{}.txt", ["chuyen-muc", "dia-phuong"],
                _slugs(w, ["chuyen-muc", "dia-phuong"])), {"tuan": DATES})),
    rf"nhan-tin/ban-tin/(?P<kind>chuyen-muc|dia-phuong)/{SLUG}\.rss": Route(80, lambda w: calls(
        path_of("/nhan-tin/ban-tin/{}/{}.rss", ["chuyen-muc", "dia-phuong"],
                _slugs(w, ["chuyen-muc", "dia-phuong"])), {"tuan": DATES})),
    "nhung/(?P<kind>tat-ca|ho-so)/": Route(80, lambda w: calls(
        path_of("/nhung/{}/", ["tat-ca", "ho-so"]), WIDGET_FIELDS)),
    rf"nhung/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh)/{SLUG}/": Route(
        120, lambda w: calls(path_of(
            "/nhung/{}/{}/", FEED_KINDS[:-1], _slugs(w, FEED_KINDS[:-1])), WIDGET_FIELDS)),
    **_api_routes(),
    "api/v2/": Route(20, lambda w: calls(st.just("/api/v2/"), {"format": ["json"]}),
                     limited=True),
    "api/oembed/": Route(120, lambda w: calls(st.just("/api/oembed/"), {
        "url": [f"http://testserver{p}" for p in w["paths"]] + ["http://example.com/", ""],
        "format": ["json", "xml"], "maxwidth": ["1", "300", "0", "x"],
        "maxheight": ["1", "200", "-1"]})),
    "nhung/the/<db_id:page_id>/": Route(40, lambda w: calls(
        path_of("/nhung/the/{}/", w["page_ids"]), {})),
    rf"nhan-tin/podcast/{SLUG}/bia-(?P<version>[0-9a-f]{{10}})\.jpg": Route(60, lambda w: calls(
        path_of("/nhan-tin/podcast/{}/bia-{}.jpg", _slugs(w, ["chuyen-muc"]),
                ["0123456789", "ffffffffff"]), {})),
    "sitemap.xml": Route(40, lambda w: calls(st.just("/sitemap.xml"), {"p": ["1", "2"]})),
    "sitemap-<slug:section>.xml": Route(40, lambda w: calls(
        st.sampled_from(["/sitemap-trang.xml", "/sitemap-danh-muc.xml", "/sitemap-khac.xml"]),
        {"p": ["1", "2", "0", "-1", "x", "99999999999999999999"]})),
    "robots.txt": Route(25, lambda w: calls(st.just("/robots.txt"), {})),
    # Pages: the home page with its taxonomy pages, directory, profiles, columns, stories,
    # restricted and draft pages, with their paging and the directory's filters.
    r"((?:[\w\-]+/)*)": Route(1250, lambda w: calls(page_paths(w), {
        **PAGE_FIELDS, "linh_vuc": w["slugs"]["linh-vuc"],
        "phong_trao": w["slugs"]["phong-trao"], "dia_phuong": w["slugs"]["dia-phuong"]},
        form={"password": ["mat-khau-chung", ""], "return_url": ["/lien-he/"]})),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": Route(
        60, lambda w: calls(path_of(
            "/_util/authenticate_with_password/{}/{}/", w["restriction_ids"],
            [w["password_page"], *w["page_ids"]]), {}, form={
            "password": ["mat-khau-chung", ""], "return_url": ["/lien-he/", "//x.y/"]})),
    "_util/login/": Route(60, lambda w: calls(st.just("/_util/login/"), {
        "next": ["/lien-he/", "//evil.example/", "/quan-tri/"]}, form={
        "username": ["admin", "", "a" * 200], "password": ["x"], "next": ["/"]})),
}


def test_every_public_url_pattern_is_fuzzed():
    patterns = public_patterns()
    assert not patterns - set(ROUTES), (
        f"public URL patterns without a fuzz strategy: {sorted(patterns - set(ROUTES))}")
    assert not set(ROUTES) - patterns, (
        f"fuzz strategies for patterns that no longer exist: {sorted(set(ROUTES) - patterns)}")


def send(client, call):
    response = client.generic(call.method, call.path, data=call.body,
                              content_type=call.content_type, QUERY_STRING=call.query,
                              headers=call.headers)
    if response.streaming:
        # Runs what streams the body (and closes the response, as a WSGI server would).
        b"".join(response.streaming_content)
    return response


# Requests sent, by route, in this run.
sent = {}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_no_odd_request_gets_a_server_error(route, world):
    client = Client(raise_request_exception=True)
    sent[route] = 0

    # A few requests an example: Hypothesis' own work for an example costs as much as
    # a request.
    @settings(max_examples=ROUTES[route].examples, deadline=None,
              derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    @given(batch=st.lists(ROUTES[route].requests(world), min_size=1, max_size=CALLS_PER_EXAMPLE))
    def answer(batch):
        if ROUTES[route].limited:
            caches["default"].clear()
        for call in batch:
            response = send(client, call)
            sent[route] += 1
            # oEmbed's specification answers an unsupported format 501, nothing else may.
            spec_501 = response.status_code == 501 and call.path == "/api/oembed/"
            assert response.status_code < 500 or spec_501, (call, response.status_code)

    answer()


def test_the_fuzz_sent_enough_requests():
    if set(sent) != set(ROUTES):
        pytest.skip("counted only when the whole module runs")
    print(f"{sum(sent.values())} requests to {len(sent)} URL patterns")  # shown with -rP
    assert sum(sent.values()) >= REQUESTS_WANTED, sent
