"""Elasticsearch against a server: from an empty cluster to search, sync and an outage,
through the public pages a citizen uses.

In CI the server is the emulator `noida-db` (started by `.ci/run`): these tests are a
check of the protocol (the requests, the alias, the bulk writes, the counts), not of
Elasticsearch's relevance. They are written to pass on a real cluster too (README,
"Elasticsearch"). What the emulator does not honour, checked here on the request bodies
instead (tests/search/test_elasticsearch.py):
- analysis of wildcard terms (`analyze_wildcard`): the words are therefore sent folded;
- `search_as_you_type` fields, which it does not index: suggestions query the titles;
- bm25 as Lucene computes it: the judgement set's threshold is not asserted on it.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from search import elastic
from search.database import DatabaseBackend
from search.models import ElasticsearchBacklog, Facet, SearchEntry
from search.query import SearchRequest
from tests.factories import ExemplarPageFactory, StoryPageFactory
from tests.search.elastic_server import (
    DOWN,
    Emulator,
    emulator_installed,
    fresh_alias,
    needs_server,
)

pytestmark = [needs_server, pytest.mark.django_db]


def search_page(client, text):
    """(result titles, whether the page says it answers from the database instead)."""
    response = client.get("/tim-kiem/", {"q": text})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    titles = [title.get_text() for title in html.select(".result__title")]
    return titles, bool(html.select(".notice--quiet"))


@pytest.fixture
def cluster(settings):
    with fresh_alias(settings) as connection:
        yield connection


def search_index(action):
    out = io.StringIO()
    call_command("search_index", action, stdout=out)
    return out.getvalue()


def behind_alias(connection):
    return elastic.indexes_behind_alias(connection)


def only_in_elasticsearch(page):
    """Take the page out of the database's index behind the mirror's back: what still
    finds it is Elasticsearch."""
    SearchEntry.objects.filter(object_id=page.pk).delete()


def test_from_an_empty_server_a_published_page_is_found_after_rebuild(
        cluster, committed, client, settings):
    assert not cluster.indices.exists(index=settings.ELASTICSEARCH_INDEX)
    page = committed(lambda: ExemplarPageFactory(title="Cô giáo Đặng Thị Hoa"))
    # The single push made a real index behind the alias, never an index of its name.
    first = behind_alias(cluster)
    assert len(first) == 1 and first[0].startswith(f"{settings.ELASTICSEARCH_INDEX}-")
    assert cluster.indices.exists_alias(name=settings.ELASTICSEARCH_INDEX)

    assert "Đã lập chỉ mục Elasticsearch mới" in search_index("rebuild")
    rebuilt = behind_alias(cluster)
    assert len(rebuilt) == 1 and rebuilt != first
    assert not cluster.indices.exists(index=first[0])  # the old index is gone

    only_in_elasticsearch(page)
    for typed in ("dang thi hoa", "Đặng Thị Hoa", "đặng thị h"):
        assert search_page(client, typed) == (["Cô giáo Đặng Thị Hoa"], False)
    assert client.get("/tim-kiem/goi-y/", {"q": "co giao da"}).json() == [
        {"title": "Cô giáo Đặng Thị Hoa", "url": page.url}]


def test_a_plain_index_named_as_the_alias_is_replaced_in_the_swap(cluster, committed,
                                                                   settings):
    """An older version let a push auto-create an index under the alias's name."""
    name = settings.ELASTICSEARCH_INDEX
    cluster.index(index=name, id="old", document={"title": "cũ"}, refresh=True)
    committed(lambda: ExemplarPageFactory(title="Tổ hòa giải thôn Dang"))
    search_index("rebuild")
    (current,) = behind_alias(cluster)
    assert current.startswith(f"{name}-") and cluster.indices.exists_alias(name=name)
    assert elastic.document_count() == SearchEntry.objects.count()
    assert not cluster.options(ignore_status=404).get(index=name, id="old")["found"]


def test_a_deleted_or_unpublished_page_is_gone_after_sync_without_a_rebuild(
        cluster, committed, client):
    kept = committed(lambda: ExemplarPageFactory(title="Ông A Thút, già làng"))
    deleted = committed(lambda: StoryPageFactory(title="Già làng A Thút giữ rừng"))
    hidden = committed(lambda: StoryPageFactory(title="A Thút dạy chữ"))
    search_index("rebuild")
    (index,) = behind_alias(cluster)
    assert sorted(search_page(client, "a thut")[0]) == sorted(
        [kept.title, deleted.title, hidden.title])

    committed(lambda: deleted.delete())
    committed(lambda: hidden.unpublish())
    out = search_index("sync")
    assert "đã lập lại chỉ mục" not in out
    assert behind_alias(cluster) == [index]  # no new index: no full rebuild
    assert search_page(client, "a thut") == ([kept.title], False)


def test_an_outage_loses_no_update(cluster, committed, client, settings):
    search_index("rebuild")
    (index,) = behind_alias(cluster)
    server = settings.ELASTICSEARCH_URL

    settings.ELASTICSEARCH_URL = DOWN
    page = committed(lambda: ExemplarPageFactory(title="Chị Y Hương trồng sâm"))
    assert search_page(client, "y huong") == ([page.title], True)  # from the database
    assert client.get("/tim-kiem/goi-y/", {"q": "y huo"}).json()[0]["title"] == page.title
    waiting = ElasticsearchBacklog.objects.get(object_id=page.pk)
    assert waiting.attempts >= 1
    assert "không trả lời" in search_index("sync")

    settings.ELASTICSEARCH_URL = server
    out = search_index("sync")
    assert "Đã gửi lại 1 cập nhật." in out
    assert not ElasticsearchBacklog.objects.exists()
    assert behind_alias(cluster) == [index]
    assert elastic.document_count() == SearchEntry.objects.count()
    only_in_elasticsearch(page)
    assert search_page(client, "y huong") == ([page.title], False)


def test_the_next_update_that_gets_through_sends_the_missed_ones(cluster, committed,
                                                                 settings):
    """The worker's own retry: no command needed once the cluster answers again."""
    server = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = DOWN
    missed = committed(lambda: ExemplarPageFactory(title="Bà Rơ Châm Thị Hiền"))
    assert ElasticsearchBacklog.objects.filter(object_id=missed.pk).exists()
    settings.ELASTICSEARCH_URL = server
    sent = committed(lambda: ExemplarPageFactory(title="Ông Đinh Văn Nhơn"))
    assert not ElasticsearchBacklog.objects.exists()
    for page in (missed, sent):
        assert cluster.get(index=settings.ELASTICSEARCH_INDEX,
                           id=f"exemplar-{page.pk}")["_source"]["title"] == page.title


def test_searches_and_facets_against_the_server(cluster, committed, site_pages):
    from search import engine

    committed(lambda: ExemplarPageFactory(title="Cô giáo Đặng Thị Hoa"))
    committed(lambda: ExemplarPageFactory(title="Tổ hòa giải thôn Dang"))
    committed(lambda: StoryPageFactory(title="Đặng Văn Ba mở lớp học tình thương"))
    draft = committed(lambda: ExemplarPageFactory(title="Bản nháp Đặng Văn Kín", live=False))
    search_index("rebuild")
    for text in ("Đặng Thị Hoa", "dang thi hoa", "dang thi"):
        results = engine.search(SearchRequest(text=text))
        assert results.backend == "elasticsearch" and not results.degraded
        assert results.hits[0].title == "Cô giáo Đặng Thị Hoa"
    assert draft.title not in [h.title for h in engine.search(SearchRequest(text="kin")).hits]
    counted = engine.search(SearchRequest(text="dang"))
    # The same rules as the database backend: the same hits, the same facet counts.
    database = DatabaseBackend().search(SearchRequest(text="dang"), labels=engine.labels)
    assert {h.title for h in counted.hits} == {h.title for h in database.hits}
    assert counted.total == database.total == len(counted.hits) >= 3
    assert counted.facets == database.facets
    for item in counted.facets[Facet.KIND]:
        narrowed = engine.search(SearchRequest(text="dang", filters={Facet.KIND: {item.value}}))
        assert narrowed.total == item.count
        # Multi-select: a facet's own choice leaves its other values countable.
        assert [i.value for i in narrowed.facets[Facet.KIND]] == [
            i.value for i in counted.facets[Facet.KIND]]
    newest = engine.search(SearchRequest(text="dang", sort="date"))
    assert newest.hits[0].title == "Đặng Văn Ba mở lớp học tình thương"


@pytest.mark.skipif(not emulator_installed(), reason="noida-db (the test extra) is missing")
def test_stop_the_server_publish_start_it_again_and_the_update_arrives(
        committed, client, settings, tmp_path):
    server = Emulator(tmp_path)
    server.start()
    try:
        settings.ELASTICSEARCH_URL = server.url
        settings.ELASTICSEARCH_INDEX = "guongsang"
        before = committed(lambda: ExemplarPageFactory(title="Già làng A Đin"))
        search_index("rebuild")

        server.stop()
        during = committed(lambda: StoryPageFactory(title="A Đin giữ rừng thiêng"))
        titles, fallback = search_page(client, "a din")  # from the database meanwhile
        assert sorted(titles) == sorted([before.title, during.title]) and fallback
        assert ElasticsearchBacklog.objects.filter(object_id=during.pk).exists()

        server.start()
        assert "Đã gửi lại 1 cập nhật." in search_index("sync")
        assert not ElasticsearchBacklog.objects.exists()
        only_in_elasticsearch(before)
        only_in_elasticsearch(during)
        titles, fallback = search_page(client, "a din")
        assert sorted(titles) == sorted([before.title, during.title]) and not fallback
    finally:
        server.stop()
