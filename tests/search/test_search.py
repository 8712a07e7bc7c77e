"""Public search on the database backend (SQLite or PostgreSQL, whichever runs the suite)."""

import datetime
import unicodedata

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from search import engine, indexing
from search.models import Facet
from search.query import SearchRequest
from stories.models import ExemplarPage, Place, Sector, SubjectType
from tests.factories import ExemplarPageFactory, PlaceFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def titles(text="", **request):
    results = engine.search(SearchRequest(text=text, **request))
    return [hit.title for hit in results.hits]


@pytest.fixture
def corpus(site_pages):
    education = Sector.objects.get(slug="giao-duc-va-dao-tao")
    health = Sector.objects.get(slug="y-te")
    merged = datetime.date(2025, 7, 1)
    old_district = PlaceFactory(name="Đăk Tô", kind=Place.Kind.DISTRICT, valid_to=merged)
    old_commune = PlaceFactory(name="Tân Cảnh", kind=Place.Kind.TOWNSHIP, parent=old_district,
                               valid_to=merged)
    commune = PlaceFactory(name="Đăk Tô", kind=Place.Kind.COMMUNE)
    old_commune.successor = commune
    old_commune.save()
    pages = {
        "dang": ExemplarPageFactory(
            title="Cô giáo Đặng Thị Hoa", sectors=[education], place=commune,
            subject_type=SubjectType.INDIVIDUAL, with_consent=True,
            achievement_summary="Mười lăm năm dạy chữ cho trẻ em người Xơ Đăng ở điểm trường."),
        "dang_plain": ExemplarPageFactory(
            title="Tổ hòa giải thôn Dang", sectors=[health],
            achievement_summary="Hòa giải thành công 40 vụ việc ở thôn."),
        "old_place": ExemplarPageFactory(
            title="Hợp tác xã Tân Cảnh", sectors=[education], place=old_commune,
            achievement_summary="Giữ nghề dệt thổ cẩm cho phụ nữ trong xã."),
        "story": StoryPageFactory(
            title="Người giữ lửa ở điểm trường Đăk Ring", sectors=[education],
            lead="Cô Đặng Thị Hoa và những lớp học xóa mù chữ."),
    }
    indexing.rebuild()
    return {"pages": pages, "education": education, "health": health,
            "old_district": old_district, "commune": commune}


def test_with_or_without_diacritics_and_in_nfd(corpus):
    expected = ["Cô giáo Đặng Thị Hoa"]
    assert titles("Đặng Thị Hoa")[:1] == expected
    assert titles("dang thi hoa")[:1] == expected
    assert titles("ĐẶNG THỊ HOA")[:1] == expected
    assert titles(unicodedata.normalize("NFD", "Đặng Thị Hoa"))[:1] == expected
    assert "Người giữ lửa ở điểm trường Đăk Ring" in titles("dang thi hoa")


def test_exact_spelling_ranks_first(corpus):
    assert titles("Đặng")[0] == "Cô giáo Đặng Thị Hoa"
    both = titles("dang")
    assert {"Cô giáo Đặng Thị Hoa", "Tổ hòa giải thôn Dang"} <= set(both)
    assert titles("Dang")[0] == "Tổ hòa giải thôn Dang"


def test_multi_syllable_names_of_columns_and_places(corpus, site_pages):
    assert titles("nguoi tot viec tot")[0] == "Người tốt việc tốt"
    assert titles("xa dak to")[0] == "xã Đăk Tô"
    assert "huyện Đăk Tô (trước đây)" in titles("dak to")


def test_last_word_is_a_prefix_while_typing(corpus):
    assert titles("co giao dan")[:1] == ["Cô giáo Đặng Thị Hoa"]


def test_snippets_and_titles_mark_the_words_found(corpus):
    results = engine.search(SearchRequest(text="xoa mu chu"))
    hit = next(h for h in results.hits if h.title.startswith("Người giữ lửa"))
    assert "<mark>xóa</mark> <mark>mù</mark> <mark>chữ</mark>" in hit.snippet_html
    hit = engine.search(SearchRequest(text="dang thi")).hits[0]
    assert hit.title_html == "Cô giáo <mark>Đặng</mark> <mark>Thị</mark> Hoa"


def test_drafts_unpublished_and_private_pages_are_never_found(corpus, site_pages):
    draft = ExemplarPageFactory(title="Bản nháp Đặng Văn Kín", live=False)
    gone = corpus["pages"]["dang_plain"]
    gone.unpublish()
    PageViewRestriction.objects.create(page=corpus["pages"]["story"],
                                       restriction_type=PageViewRestriction.LOGIN)
    indexing.rebuild()
    everything = titles("dang") + titles("kin") + titles("ho a giai") + titles("giu lua")
    assert draft.title not in everything
    assert gone.title not in everything
    assert corpus["pages"]["story"].title not in everything
    suggested = [title for title, _url in engine.autocomplete("Bản nháp")]
    suggested += [title for title, _url in engine.autocomplete("Người giữ")]
    assert draft.title not in suggested and corpus["pages"]["story"].title not in suggested
    assert all("Kín" not in s for s in engine.did_you_mean("dang van kin"))


def test_facet_counts_equal_the_totals_they_lead_to(corpus):
    results = engine.search(SearchRequest(text="", filters={Facet.KIND: {"exemplar"}}))
    assert results.total == 3
    for facet, counts in results.facets.items():
        for item in counts:
            filters = {Facet.KIND: {"exemplar"}}
            if facet == Facet.KIND:
                filters = {}
            filters[facet] = {item.value}
            narrowed = engine.search(SearchRequest(text="", filters=filters))
            assert narrowed.total == item.count, (facet, item.label)


def test_facets_are_multi_select_and_combine(corpus):
    education, health = corpus["education"], corpus["health"]
    one = engine.search(SearchRequest(filters={Facet.SECTOR: {str(education.pk)}}))
    sectors = {item.value: item for item in one.facets[Facet.SECTOR]}
    assert sectors[str(health.pk)].count == 1 and not sectors[str(health.pk)].selected
    assert sectors[str(education.pk)].selected
    both = engine.search(SearchRequest(
        filters={Facet.SECTOR: {str(education.pk), str(health.pk)}}))
    assert both.total == one.total + 1
    narrowed = engine.search(SearchRequest(filters={
        Facet.SECTOR: {str(education.pk)}, Facet.KIND: {"story"}}))
    assert [hit.title for hit in narrowed.hits] == ["Người giữ lửa ở điểm trường Đăk Ring"]


def test_an_old_district_filter_finds_what_its_communes_became(corpus):
    found = titles(filters={Facet.PLACE: {str(corpus["old_district"].pk)}})
    assert "Hợp tác xã Tân Cảnh" in found
    assert "Cô giáo Đặng Thị Hoa" in found  # the commune its commune was merged into


def test_sort_by_date(corpus):
    newest = ExemplarPage.objects.order_by("-first_published_at").first()
    assert titles("", filters={Facet.KIND: {"exemplar"}}, sort="date")[0] == newest.title


def test_promoted_results_come_first_typed_any_way(corpus):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    pinned = corpus["pages"]["old_place"]
    SearchPromotion.objects.create(query=Query.get("Đặng Thị Hoa"), page=pinned,
                                   sort_order=0, description="Được biên tập viên chọn.")
    for text in ("Đặng Thị Hoa", "dang thi hoa"):
        hits = engine.search(SearchRequest(text=text)).hits
        assert hits[0].title == pinned.title and hits[0].promoted
        assert [h.title for h in hits].count(pinned.title) == 1


def test_did_you_mean_when_nothing_matches(corpus):
    assert titles("co giao dnag thi hoa") == []
    assert "Cô giáo Đặng Thị Hoa" in engine.did_you_mean("co giao dnag thi hoa")


def test_autocomplete_offers_titles(corpus, client):
    response = client.get("/tim-kiem/goi-y/", {"q": "co gia"})
    assert response.status_code == 200
    assert response.json()[0] == {"title": "Cô giáo Đặng Thị Hoa",
                                  "url": corpus["pages"]["dang"].url}
    assert client.get("/tim-kiem/goi-y/", {"q": "\x00"}).json() == []


# --- the page ---------------------------------------------------------------------------

def page(client, **params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_results_page_with_facets_sort_and_noindex(corpus, client):
    html = page(client, q="dang", linh_vuc=str(corpus["education"].pk), **{"sap-xep": "moi-nhat"})
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert html.find("form", attrs={"role": "search", "class": "search-page"})
    box = html.find("input", attrs={"name": Facet.SECTOR, "value": str(corpus["education"].pk)})
    assert box.has_attr("checked")
    assert html.find("select", attrs={"name": "sap-xep"}).find("option", selected=True)[
        "value"] == "moi-nhat"
    results = html.select(".results .result__title a")
    assert "Cô giáo Đặng Thị Hoa" in [a.get_text() for a in results]
    assert "Tổ hòa giải thôn Dang" not in [a.get_text() for a in results]


def test_a_page_past_the_end_shows_the_last_page(corpus, client):
    html = page(client, q="dang", trang="999")
    assert html.select(".results .result")


def test_bad_filter_values_are_reported_and_dropped(corpus, client):
    html = page(client, q="dang", linh_vuc="<script>", nam="năm")
    assert "không được nhận ra" in html.get_text()
    assert html.select(".results .result")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(
    st.text(max_size=300),
    st.sampled_from(['"', "\\", "/", ":", "(", ")", "[", "]", "*", "~", "\x00", "AND OR NOT",
                     "😀 người", "Đặng 中文 عربى", "x" * 2000, "'--", "NEAR(a b)", "a:*",
                     "{title}: x", "^", "-", "!", "&", "|"])),
    page_number=st.one_of(st.integers(-5, 10**12).map(str), st.text(max_size=8)))
@example(text="a", page_number="²")  # a digit to isdigit(), not to int()
def test_any_input_gives_a_page_never_an_error(corpus, client, text, page_number):
    response = client.get("/tim-kiem/", {"q": text, "trang": page_number,
                                        "linh_vuc": text[:50], "sap-xep": text[:10]})
    assert response.status_code == 200
    assert client.get("/tim-kiem/goi-y/", {"q": text}).status_code == 200


def test_queries_per_search_page_do_not_grow_with_content(site_pages, client):
    def count(n):
        for i in range(n):
            ExemplarPageFactory(title=f"Điển hình số {i}", sectors=list(Sector.objects.all()[:3]))
        indexing.rebuild()
        client.get("/tim-kiem/", {"q": "dien hinh"})
        with CaptureQueriesContext(connection) as queries:
            client.get("/tim-kiem/", {"q": "dien hinh", "linh_vuc": str(Sector.objects.first().pk)})
        return len(queries)

    assert count(3) == count(27)


def test_searches_fill_the_admin_search_terms_report(corpus, client):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    for text in ("Đặng Thị Hoa", "đặng  thị hoa", "Y tế"):
        page(client, q=text)
    page(client, q="Đặng Thị Hoa", trang="2")  # turning a page is not a new search
    page(client, linh_vuc=str(corpus["education"].pk))  # filters only: no terms typed

    client.force_login(get_user_model().objects.create_superuser("qt", "qt@example.vn", "x"))
    response = client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert response.status_code == 200
    rows = [[cell.get_text(" ", strip=True) for cell in row.find_all("td")]
            for row in BeautifulSoup(response.content, "html.parser").select("tbody tr")]
    assert ["đặng thị hoa", "2"] in rows
    assert ["y tế", "1"] in rows
    assert len(rows) == 2
