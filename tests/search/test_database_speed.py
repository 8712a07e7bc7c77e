"""The database backend stays fast on broad queries over a large archive: on PostgreSQL only
a bounded set of candidates is ranked, the matches are counted from the index, and the SQL
per search does not grow with the archive. (Speed itself is measured by the bench.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import database, indexing
from search.database import DatabaseBackend
from search.models import SearchEntry
from search.query import MAX_PAGE, PAGE_SIZE, SearchRequest
from tests.factories import ExemplarPageFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql",
                                     reason="the GIN index exists on PostgreSQL only")


@pytest.fixture
def small_bounds(monkeypatch):
    """Fewer candidates than matches, with a page smaller still, as on a large archive."""
    monkeypatch.setattr(database, "CANDIDATES", 4)
    monkeypatch.setattr(database, "PAGE_SIZE", 2)


def forest_keepers(site_pages, count):
    """``count`` profiles with "giữ rừng" in their lead; the first made (the oldest) also
    has it in its title."""
    ExemplarPageFactory(title="Tổ giữ rừng làng Kon Klốc",
                        achievement_summary="Mười năm giữ rừng đầu nguồn.")
    for number in range(count - 1):
        ExemplarPageFactory(title=f"Hợp tác xã số {number}",
                            achievement_summary="Cả xã cùng giữ rừng đầu nguồn.")
    indexing.rebuild()


def test_every_page_a_citizen_can_reach_is_ranked():
    assert database.CANDIDATES >= MAX_PAGE * PAGE_SIZE


def test_more_matches_than_candidates_keep_the_best_first_and_the_true_total(
        site_pages, small_bounds):
    forest_keepers(site_pages, 7)

    results = DatabaseBackend().search(SearchRequest(text="giu rung"))

    assert results.total == 7
    assert results.hits[0].title == "Tổ giữ rừng làng Kon Klốc"
    assert len(results.hits) == 2
    kinds = {facet.value: facet.count for facet in results.facets["loai_noi_dung"]}
    assert kinds == {"exemplar": 7}


def test_later_pages_and_the_date_order_past_the_candidates(site_pages, small_bounds):
    forest_keepers(site_pages, 7)
    backend = DatabaseBackend()

    newest = backend.search(SearchRequest(text="giu rung", sort="date"))
    second = backend.search(SearchRequest(text="giu rung", page=2))

    assert newest.total == second.total == 7
    assert newest.hits[0].title == "Hợp tác xã số 5"
    assert len(second.hits) == 2
    assert not {hit.title for hit in second.hits} & {"Tổ giữ rừng làng Kon Klốc"}


def test_statements_per_search_do_not_grow_with_the_archive(site_pages, small_bounds):
    backend = DatabaseBackend()

    def statements(count):
        SearchEntry.objects.all().delete()
        forest_keepers(site_pages, count)
        with CaptureQueriesContext(connection) as queries:
            backend.search(SearchRequest(text="giu rung", filters={"nam": {"2024"}}))
            backend.search(SearchRequest(text="giu rung", page=2))
            backend.search(SearchRequest(text=""))
        return len(queries)

    assert statements(3) == statements(12) == 6


@postgresql_only
def test_the_matches_come_from_the_gin_index(site_pages):
    forest_keepers(site_pages, 3)
    sql, params = database.matches_sql(SearchRequest(text="giu rung").words)
    with connection.cursor() as cursor:
        # A small table is scanned whole when allowed: forbidding it shows the index can
        # answer the query.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "public_search_vector" in plan
