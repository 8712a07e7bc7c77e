"""The benchmark's synthetic corpus: real published pages, indexed, that render."""

import io

import pytest
from django.core.management import call_command

from search import engine, indexing
from search.query import SearchRequest
from stories.models import ExemplarPage, StoryPage

pytestmark = pytest.mark.django_db


def test_synthetic_corpus_pages_are_published_found_and_render(site_pages, client):
    call_command("generate_search_corpus", "--count", "24", stdout=io.StringIO())
    exemplars = ExemplarPage.objects.live()
    stories = StoryPage.objects.live()
    assert exemplars.count() == 12 and stories.count() == 12
    assert indexing.drift() == ([], [], [])
    for page in [*exemplars[:3], *stories[:3]]:
        assert client.get(page.url).status_code == 200
        hits = engine.search(SearchRequest(text=page.title)).hits
        assert page.url in [hit.url for hit in hits]
    site_pages["directory"].refresh_from_db()
    assert site_pages["directory"].numchild == 12
