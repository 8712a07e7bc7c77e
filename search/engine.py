"""Public search: the backend in use (Elasticsearch when configured and answering, the
database otherwise), facet labels, editors' promoted results and "did you mean"."""

import difflib
import logging

from django.conf import settings
from django.core.cache import cache

from search.database import DatabaseBackend
from search.models import Facet, Kind, SearchEntry
from search.query import Hit, highlight, query_words
from stories.vietnamese import fold

logger = logging.getLogger(__name__)

VOCABULARY_CACHE_KEY = "guongsang:search-vocabulary"


def backend():
    if settings.ELASTICSEARCH_URL:
        from search.elastic import ElasticsearchBackend

        return ElasticsearchBackend()
    return DatabaseBackend()


def search(request):
    """Run ``request`` (a SearchRequest); never raises for what a citizen can type."""
    chosen = backend()
    try:
        results = chosen.search(request, labels=labels)
    except Exception:  # noqa: BLE001 (any failure of the search cluster)
        if isinstance(chosen, DatabaseBackend):
            raise
        logger.exception("Elasticsearch failed; answering from the database")
        results = DatabaseBackend().search(request, labels=labels)
        results.degraded = True
    if request.page == 1 and request.text and not any(request.filters.values()):
        pinned = promoted(request)
        keys = {(hit.kind, hit.object_id) for hit in pinned}
        results.hits = pinned + [hit for hit in results.hits
                                 if (hit.kind, hit.object_id) not in keys]
    if not results.total and request.words and not any(request.filters.values()):
        results.suggestions = did_you_mean(request.text)
    return results


def promoted(request):
    """Pages editors pinned for this query (Wagtail search promotions), matched with or
    without diacritics; only pages that are themselves searchable, so never a draft."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    wanted = " ".join(fold(request.text).split())
    promotions = [p for p in SearchPromotion.objects.select_related("query").order_by(
        "sort_order") if " ".join(fold(p.query.query_string).split()) == wanted]
    if not promotions:
        return []
    page_ids = [p.page_id for p in promotions if p.page_id]
    entries = {entry.object_id: entry for entry in SearchEntry.objects.filter(
        object_id__in=page_ids, kind__in=[Kind.EXEMPLAR, Kind.STORY, Kind.COLUMN])}
    words = query_words(request.text)
    hits = []
    for promotion in promotions:
        entry = entries.get(promotion.page_id)
        if entry:
            hits.append(Hit(
                kind=entry.kind, object_id=entry.object_id, title=entry.title, url=entry.url,
                published_at=entry.published_at, title_html=highlight(entry.title, words),
                snippet_html=highlight(promotion.description or entry.summary, words, 220),
                promoted=True))
        elif promotion.external_link_url:
            hits.append(Hit(kind="link", object_id=0, title=promotion.external_link_text,
                            url=promotion.external_link_url, published_at=None,
                            title_html=highlight(promotion.external_link_text, words),
                            snippet_html=highlight(promotion.description, words, 220),
                            promoted=True))
    return hits


def did_you_mean(text, limit=3):
    """Queries close to ``text`` that would find something: titles that share a word with
    it and read like it, or else each word replaced by the nearest word of a title. Only
    proposals whose words stand together somewhere in the index are made, so never a
    string of known words that means nothing ("giáo vì")."""
    backend = DatabaseBackend()
    return [suggestion for suggestion in _proposals(text, limit)
            if backend.phrase_count(query_words(suggestion))]


def _proposals(text, limit):
    words = query_words(text)
    wanted = " ".join(word.folded for word in words)
    scored = []
    for title in DatabaseBackend().titles_sharing_a_word(words):
        score = difflib.SequenceMatcher(a=wanted, b=fold(title)).ratio()
        if score >= 0.6:
            scored.append((-score, title))
    if scored:
        return [title for _score, title in sorted(scored)[:limit]]
    return _respelled(words, text, limit)


def _respelled(words, text, limit):
    vocabulary = cache.get(VOCABULARY_CACHE_KEY)
    if vocabulary is None:
        vocabulary = DatabaseBackend().vocabulary()
        cache.set(VOCABULARY_CACHE_KEY, vocabulary, 600)
    known = list(vocabulary)
    choices = []
    for word in words:
        if word.folded in vocabulary:
            choices.append([vocabulary[word.folded]])
        else:
            choices.append([vocabulary[match] for match in _closest(word.folded, known, limit)])
    if not words or not all(choices):
        return []
    suggestions = []
    for rank in range(limit):
        suggestion = " ".join(options[min(rank, len(options) - 1)] for options in choices)
        if suggestion not in suggestions and fold(suggestion) != fold(text):
            suggestions.append(suggestion)
    return suggestions


def _closest(word, known, limit):
    """The known words most like ``word``; sharing its first letter counts for a little
    (people seldom mistype the start of a name)."""
    matcher = difflib.SequenceMatcher(b=word)
    scored = []
    for candidate in known:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
            continue
        score = matcher.ratio() + (0.1 if candidate[:1] == word[:1] else 0)
        if score >= 0.7:
            scored.append((score, candidate))
    return [candidate for _score, candidate in sorted(scored, reverse=True)[:limit]]


def autocomplete(text, limit=8):
    """(title, url) pairs for the words typed so far, from the backend in use; from the
    database while Elasticsearch fails."""
    words = query_words(text)
    if not words:
        return []
    chosen = backend()
    try:
        return chosen.suggest(text, words, limit)
    except Exception:  # noqa: BLE001 (any failure of the search cluster)
        if isinstance(chosen, DatabaseBackend):
            raise
        logger.exception("Elasticsearch failed; suggesting from the database")
        return DatabaseBackend().suggest(text, words, limit)


# --- facet values named for display --------------------------------

def labels(facet, values):
    from stories.models import Place, RecognitionLevel, SubjectType
    from stories.models.directory import MOVEMENT_CHOICES, SECTOR_CHOICES

    if facet == Facet.KIND:
        return {value: str(Kind(value).label) for value in values if value in Kind.values}
    if facet == Facet.SUBJECT:
        return {v: str(SubjectType(v).label) for v in values if v in SubjectType.values}
    if facet == Facet.LEVEL:
        return {v: str(RecognitionLevel(v).label) for v in values
                if v in RecognitionLevel.values}
    if facet == Facet.YEAR:
        return {value: value for value in values}
    if facet == Facet.SECTOR:
        return {str(pk): name for pk, _slug, name in SECTOR_CHOICES()}
    if facet == Facet.MOVEMENT:
        return {str(pk): name for pk, _slug, name in MOVEMENT_CHOICES()}
    if facet == Facet.PLACE:
        # Labels that tell same-named units apart ("xã Đăk Kôi (trước đây, huyện Kon Rẫy)").
        return {str(place.pk): place.label for place in Place.objects.select_related("parent")}
    return {}

