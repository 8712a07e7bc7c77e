"""The Elasticsearch backend, through `elasticsearch.dsl`, used when ELASTICSEARCH_URL is
set. It mirrors the database index (`search.models`): the database stays the record of
what is searchable, so a cluster that was down is brought back in line from it.
"""

import logging
import time

from django.conf import settings
from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedSearch,
    Keyword,
    SearchAsYouType,
    TermsFacet,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch.dsl.query import Bool, MatchPhrasePrefix, SimpleQueryString

from search.models import SearchEntry
from search.query import (
    FACET_ORDER,
    MAX_WORDS,
    PAGE_SIZE,
    WORD,
    FacetCount,
    Hit,
    SearchResults,
    highlight,
    snippet,
)
from stories.vietnamese import to_nfc

logger = logging.getLogger(__name__)

# Lowercase, then fold every diacritic (đ → d included) while keeping the original token
# beside the folded one: "Đặng" is indexed as both "đặng" and "dang", so a query typed
# with diacritics scores exact spellings higher and one typed without finds them all.
vi_folding = token_filter("vi_folding", type="asciifolding", preserve_original=True)
vi_text = analyzer("vi_text", tokenizer="standard", filter=["lowercase", vi_folding])

# As the database ranks: title and names above the lead, the lead above the rest.
QUERY_FIELDS = ["title^10", "names^10", "summary^4", "body", "terms"]
# The query's words together (the last one open while typing) count far above words found
# apart, the more so in a better field: the database's tiers, as boosts.
PHRASE_BOOSTS = {"title": 400, "names": 200, "summary": 100, "body": 50, "terms": 50}
# simple_query_string, never query_string, and only the words typed are passed to it:
# a citizen's quotes, colons and brackets are never syntax. The one operator used is
# the trailing * this code adds to the last word.
QUERY_FLAGS = "PREFIX|WHITESPACE"


def client():
    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=3, max_retries=1,
                         retry_on_timeout=False)


def alias():
    return settings.ELASTICSEARCH_INDEX


class EntryDocument(Document):
    kind = Keyword()
    object_id = Keyword()
    title = Text(analyzer=vi_text, fields={"raw": Keyword()})
    names = Text(analyzer=vi_text)
    summary = Text(analyzer=vi_text)
    body = Text(analyzer=vi_text)
    terms = Text(analyzer=vi_text)
    url = Keyword(index=False)
    published_at = Date()
    title_suggest = SearchAsYouType(analyzer=vi_text)
    # One keyword field per facet, named as the facet's URL parameter.
    loai_noi_dung = Keyword()
    linh_vuc = Keyword()
    phong_trao = Keyword()
    dia_phuong = Keyword()
    doi_tuong = Keyword()
    cap = Keyword()
    nam = Keyword()

    class Index:
        name = "guongsang"  # replaced by settings.ELASTICSEARCH_INDEX (an alias) in use
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_entry(cls, entry):
        facets = {facet: [] for facet in FACET_ORDER}
        for facet_value in entry.facets.all():
            facets.setdefault(facet_value.facet, []).append(facet_value.value)
        return cls(meta={"id": f"{entry.kind}-{entry.object_id}"}, kind=entry.kind,
                   object_id=str(entry.object_id), title=entry.title, names=entry.names,
                   summary=entry.summary, body=entry.body, terms=entry.terms, url=entry.url,
                   published_at=entry.published_at,
                   title_suggest=entry.title, **facets)


def mapping_body():
    """The index's settings and mappings, as sent to create it."""
    return EntryDocument._index.to_dict()


class EntrySearch(FacetedSearch):
    doc_types = [EntryDocument]
    fields = QUERY_FIELDS
    facets = {facet.value: TermsFacet(field=facet.value, size=50) for facet in FACET_ORDER}

    def __init__(self, query=None, filters=None, sort=(), *, page=1, index=None, using=None):
        self.index = index or alias()
        self.page = page
        if using is not None:  # a client, or the name of a configured connection
            self.using = using
        super().__init__(query, filters or {}, sort)

    def search(self):
        start = (self.page - 1) * PAGE_SIZE
        return super().search().extra(from_=start, size=PAGE_SIZE)

    def query(self, search, query):
        if not query:
            return search
        phrase = query.rstrip("*")
        return search.query(Bool(
            must=[SimpleQueryString(query=query, fields=self.fields, default_operator="and",
                                    flags=QUERY_FLAGS, analyze_wildcard=True)],
            should=[MatchPhrasePrefix(**{field: {"query": phrase, "boost": boost}})
                    for field, boost in PHRASE_BOOSTS.items()]))

    def highlight(self, search):
        """None: titles and snippets are marked as the database backend marks them."""
        return search


def faceted_search(request, using=None):
    """The FacetedSearch for a SearchRequest, paginated and sorted; its request body is
    ``faceted_search(request).build_search().to_dict()``."""
    text = " ".join(word_text for word_text in _query_text(request))
    # Freshness only breaks ties of relevance.
    sort = ["-published_at"] if request.sort == "date" or not text else [
        "_score", "-published_at"]
    return EntrySearch(text, filters={facet: sorted(values)
                                      for facet, values in request.filters.items()},
                       sort=sort, page=request.page, using=using)


def _query_text(request):
    """The typed words as written (the analyzer folds them), punctuation dropped, the
    last one open at its end (as typing goes on)."""
    words = [match for match in WORD.findall(to_nfc(request.text))[:MAX_WORDS]
             if match.strip("_")]
    if words:
        words[-1] += "*"
    return words


def suggest_body(text, size=8):
    """Titles as they are typed: a search-as-you-type query over the titles."""
    return {
        "size": size,
        "_source": ["title", "url"],
        "query": {"multi_match": {
            "query": text, "type": "bool_prefix",
            "fields": ["title_suggest", "title_suggest._2gram", "title_suggest._3gram"]}},
    }


class ElasticsearchBackend:
    name = "elasticsearch"

    def search(self, request, *, labels=None):
        response = faceted_search(request, using=client()).execute()
        hits, words = [], request.words
        for hit in response:
            hits.append(Hit(kind=hit.kind, object_id=int(hit.object_id), title=hit.title,
                            url=hit.url, published_at=getattr(hit, "published_at", None),
                            title_html=highlight(hit.title, words),
                            snippet_html=snippet(getattr(hit, "summary", ""),
                                                 getattr(hit, "body", ""), words, 220)))
        facets = {}
        for facet in FACET_ORDER:
            items = getattr(response.facets, facet, [])
            if not items:
                continue
            named = labels(facet, [key for key, _count, _selected in items]) if labels else {}
            facets[facet] = [FacetCount(str(key), named.get(str(key), str(key)), count, selected)
                             for key, count, selected in items
                             if not labels or str(key) in named]
        return SearchResults(request=request, hits=hits, total=response.hits.total.value,
                             facets=facets, backend=self.name)

    def suggest(self, text, words, limit=8):
        response = client().search(index=alias(), **suggest_body(text, limit))
        return [(hit["_source"]["title"], hit["_source"]["url"])
                for hit in response["hits"]["hits"]]


# --- writing the index -----------------------------------------------------------------

def document_actions(entries, index):
    for entry in entries:
        action = EntryDocument.from_entry(entry).to_dict(include_meta=True)
        action["_index"] = index
        yield action


def rebuild(progress=None):
    """A new index filled in bulk, then the alias moved to it in one step: searches never
    see an empty or half-built index."""
    connection = client()
    name = f"{alias()}-{time.strftime('%Y%m%d%H%M%S')}"
    connection.indices.create(index=name, **mapping_body())
    entries = SearchEntry.objects.prefetch_related("facets").order_by("pk")
    total = entries.count()
    done = 0
    for ok, _item in helpers.streaming_bulk(connection, document_actions(entries.iterator(
            chunk_size=500), name), chunk_size=500, max_retries=3):
        done += ok
        if progress and (done % 500 == 0 or done == total):
            progress(done, total)
    connection.indices.refresh(index=name)
    old = list(connection.indices.get_alias(name=alias())) if connection.indices.exists_alias(
        name=alias()) else []
    connection.indices.update_aliases(actions=[
        *({"remove": {"index": index, "alias": alias()}} for index in old),
        {"add": {"index": name, "alias": alias()}}])
    for index in old:
        connection.indices.delete(index=index)
    return total


def push(kind, object_id):
    """Bring one document in line with the database index (written or deleted)."""
    entry = SearchEntry.objects.prefetch_related("facets").filter(
        kind=kind, object_id=object_id).first()
    connection = client()
    document_id = f"{kind}-{object_id}"
    if entry is None:
        connection.options(ignore_status=404).delete(index=alias(), id=document_id)
    else:
        document = EntryDocument.from_entry(entry)
        connection.index(index=alias(), id=document_id, document=document.to_dict())
