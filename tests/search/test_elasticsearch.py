"""The Elasticsearch backend: the exact request bodies it sends (snapshots, so a change
to them is deliberate) and its fall-back when the cluster is down. The same searches
against a server: test_elasticsearch_server.py. The parts of these bodies that the CI's
emulator does not honour are checked here only (see that module)."""

import json
import os
import unicodedata
from pathlib import Path

import pytest
from django.test import override_settings

from search import engine, indexing
from search.elastic import faceted_search, mapping_body, suggest_body
from search.models import ElasticsearchBacklog, Facet
from search.query import SearchRequest
from tests.factories import ExemplarPageFactory
from tests.search.elastic_server import DOWN

SNAPSHOTS = Path(__file__).parent / "snapshots"


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
    fields = mapping_body()["mappings"]["properties"]
    for facet in Facet:
        assert fields[facet.value] == {"type": "keyword"}


def test_vietnamese_analysis_folds_and_keeps_an_exact_subfield_without_icu():
    body = mapping_body()
    analysis = body["settings"]["analysis"]
    assert analysis["analyzer"]["vi_folded"]["filter"] == ["lowercase", "asciifolding"]
    assert analysis["analyzer"]["vi_exact"]["filter"] == ["lowercase"]
    assert "icu" not in json.dumps(body)
    fields = body["mappings"]["properties"]
    for name in ("title", "names", "summary", "body", "terms"):
        assert fields[name]["analyzer"] == "vi_folded"
        assert fields[name]["fields"]["exact"]["analyzer"] == "vi_exact"
    # What a citizen never searches by is not in the document at all.
    assert not {"byline", "tags", "author"} & set(fields)


def _clauses(body):
    query = body["query"]["bool"]
    must, should = query["must"], query["should"]
    return must[0]["simple_query_string"], should


def test_words_are_sent_folded_and_as_typed_in_nfc():
    decomposed = unicodedata.normalize("NFD", "Đặng Thị H")  # as some keyboards send
    body = faceted_search(SearchRequest(text=decomposed)).build_search().to_dict()
    folded, (typed, tiers) = _clauses(body)
    assert folded["query"] == "dang thi h*" and folded["default_operator"] == "and"
    assert typed["simple_query_string"]["query"] == "đặng thị h*"
    assert typed["simple_query_string"]["default_operator"] == "or"
    phrases = [query["constant_score"]["filter"] for query in tiers["dis_max"]["queries"]]
    assert phrases[0] == {"match": {"title.folded": "dang thi h"}}
    assert {"match_phrase_prefix": {"title": "dang thi h"}} in phrases


def test_field_weights_and_tiers_mirror_the_database_backend():
    body = faceted_search(SearchRequest(text="giao vien")).build_search().to_dict()
    folded, (typed, tiers) = _clauses(body)
    # The database's bm25 weights: title and names 10, lead 4, the rest 1, exact spellings;
    # half that folded.
    assert folded["fields"] == ["title^5", "names^5", "summary^2", "body^0.5", "terms^0.5"]
    assert typed["simple_query_string"]["fields"] == [
        "title.exact^10", "names.exact^10", "summary.exact^4", "body.exact^1.0",
        "terms.exact^1.0"]
    boosts = [query["constant_score"]["boost"] for query in tiers["dis_max"]["queries"]]
    assert boosts == sorted(boosts, reverse=True)
    # A tier outweighs any sum of the tiers below it: only the best one counts (dis_max).
    assert "tie_breaker" not in tiers["dis_max"]
    assert body["sort"] == ["_score", {"published_at": {"order": "desc"}}]


def test_suggestions_match_every_word_of_the_title_the_last_open():
    body = suggest_body("Cô giáo đặ")
    must = body["query"]["bool"]["must"][0]["simple_query_string"]
    assert must == {"query": "co giao da*", "fields": ["title"], "default_operator": "and",
                    "flags": "PREFIX|WHITESPACE"}
    assert body["query"]["bool"]["should"][0]["simple_query_string"]["query"] == "cô giáo đặ*"


@pytest.mark.django_db
@override_settings(ELASTICSEARCH_URL=DOWN)
def test_autocomplete_falls_back_to_the_database_when_the_cluster_is_down(site_pages, client):
    exemplar = ExemplarPageFactory(title="Cô giáo Đặng Thị Hoa")
    indexing.index_page(exemplar.pk)
    assert client.get("/tim-kiem/goi-y/", {"q": "dang th"}).json() == [
        {"title": "Cô giáo Đặng Thị Hoa", "url": exemplar.url}]
