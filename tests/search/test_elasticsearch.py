"""The Elasticsearch backend: the exact request bodies it sends (snapshots, so a change
to them is deliberate), its fall-back when the cluster is down, and, when
ELASTICSEARCH_URL is set, the same searches against a real cluster."""

import json
import os
from pathlib import Path

import pytest
from django.test import override_settings

from search import engine, indexing
from search.elastic import EntryDocument, faceted_search, mapping_body, suggest_body
from search.models import ElasticsearchBacklog, Facet
from search.query import SearchRequest
from tests.factories import ExemplarPageFactory

SNAPSHOTS = Path(__file__).parent / "snapshots"
# A port nothing listens on: Elasticsearch "down".
DOWN = "http://127.0.0.1:9"


def snapshot(name, body):
    """``body`` must equal the stored snapshot. To accept a deliberate change, run the
    tests with UPDATE_SNAPSHOTS=1 and review the diff of tests/search/snapshots/."""
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing snapshot {path.name}: run with UPDATE_SNAPSHOTS=1"
    assert text == path.read_text(encoding="utf-8")


def test_mapping_snapshot():
    snapshot("mapping", mapping_body())


def test_query_with_facets_and_highlight_snapshot():
    request = SearchRequest(text='Đặng "thi hoa" dak', page=2,
                            filters={Facet.SECTOR: {"3", "12"}, Facet.YEAR: {"2025"}})
    snapshot("query", faceted_search(request).build_search().to_dict())


def test_odd_characters_are_never_syntax_snapshot():
    request = SearchRequest(text='a:b (c) [d] {e} ~f \\g "h', sort="date")
    body = faceted_search(request).build_search().to_dict()
    assert "\"query_string\"" not in json.dumps(body)
    snapshot("query_odd_characters", body)


def test_browse_without_words_sorts_by_date_snapshot():
    snapshot("browse", faceted_search(SearchRequest(
        filters={Facet.KIND: {"story"}})).build_search().to_dict())


def test_suggest_snapshot():
    snapshot("suggest", suggest_body("dang th"))


@pytest.mark.django_db
@override_settings(ELASTICSEARCH_URL=DOWN)
def test_when_elasticsearch_is_down_publishing_works_and_search_falls_back(site_pages):
    exemplar = ExemplarPageFactory(title="Cô giáo Đặng Thị Hoa")
    indexing.index_page(exemplar.pk)
    results = engine.search(SearchRequest(text="dang thi hoa"))
    assert results.degraded
    assert [hit.title for hit in results.hits] == ["Cô giáo Đặng Thị Hoa"]


@pytest.mark.django_db
@override_settings(ELASTICSEARCH_URL=DOWN)
def test_missed_updates_wait_in_the_backlog(site_pages, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        exemplar = ExemplarPageFactory(title="Ông A Thút")
    missed = ElasticsearchBacklog.objects.get(object_id=exemplar.pk)
    assert missed.attempts >= 1 and "Connection" in missed.last_error


def test_a_document_carries_the_facets_it_is_filtered_by():
    fields = EntryDocument._doc_type.mapping.to_dict()["properties"]
    for facet in Facet:
        assert fields[facet.value] == {"type": "keyword"}


needs_cluster = pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"),
                                   reason="ELASTICSEARCH_URL is not set")


@needs_cluster
@pytest.mark.django_db
def test_against_a_real_cluster(site_pages, settings):
    from search import elastic

    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX = "guongsang-test"
    ExemplarPageFactory(title="Cô giáo Đặng Thị Hoa")
    ExemplarPageFactory(title="Tổ hòa giải thôn Dang")
    draft = ExemplarPageFactory(title="Bản nháp Đặng Văn Kín", live=False)
    indexing.rebuild()
    elastic.rebuild()
    for text in ("Đặng Thị Hoa", "dang thi hoa"):
        results = engine.search(SearchRequest(text=text))
        assert results.backend == "elasticsearch" and not results.degraded
        assert results.hits[0].title == "Cô giáo Đặng Thị Hoa"
    assert engine.search(SearchRequest(text="Đặng")).hits[0].title == "Cô giáo Đặng Thị Hoa"
    assert draft.title not in [h.title for h in engine.search(SearchRequest(text="kin")).hits]
    counted = engine.search(SearchRequest(text="dang"))
    for item in counted.facets[Facet.KIND]:
        narrowed = engine.search(SearchRequest(text="dang", filters={Facet.KIND: {item.value}}))
        assert narrowed.total == item.count
