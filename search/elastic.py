"""The Elasticsearch backend, through `elasticsearch.dsl`, used when ELASTICSEARCH_URL is
set. It mirrors the database index (`search.models`): the database stays the record of
what is searchable, so a cluster that was down is brought back in line from it.

The alias (ELASTICSEARCH_INDEX) always points at a real index `<alias>-<timestamp>`
created here with the mapping below, before anything is written: a single push to an
empty cluster never lets Elasticsearch auto-create an index under the alias's name.

Ranking mirrors the database backend (`search.database`), field for field:

- the same fields, so never a byline or a tag (they are not in the entry);
- every word must be found (in any field), the last one open at its end, folded
  (lowercase, no marks, đ → d) as the database's `*_folded` columns;
- bm25 weights of the database's FTS columns: title and names 10, lead 4, the rest 1
  for a spelling as typed (the `.exact` sub-fields), half that for a folded one;
- the database's tiers, as constant scores far above any bm25 score, of which only the
  best counts (dis_max): the title is the query, the title holds the words together,
  then the names, the lead, the rest; words found apart get no tier;
- freshness breaks ties; the "newest" sort is by date alone.

Text is NFC already (`stories.vietnamese.to_nfc` when the entry is written and when the
query is read), so the analysis chain needs no ICU plugin: the standard tokenizer,
lowercase, and asciifolding (which folds đ to d).
"""

import datetime
import logging

from django.conf import settings
from elasticsearch import Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedSearch,
    Index,
    Keyword,
    TermsFacet,
    Text,
    analyzer,
    normalizer,
)
from elasticsearch.dsl.query import (
    Bool,
    ConstantScore,
    DisMax,
    Match,
    MatchPhrasePrefix,
    SimpleQueryString,
)

from search.models import SearchEntry, SearchFacetValue
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
    sort_facet,
)
from stories.vietnamese import fold, to_nfc

logger = logging.getLogger(__name__)

vi_folded = analyzer("vi_folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
vi_exact = analyzer("vi_exact", tokenizer="standard", filter=["lowercase"])
vi_fold = normalizer("vi_fold", filter=["lowercase", "asciifolding"])

# Field: (weight of a folded match, tier when the words stand together in it). The
# `.exact` sub-field of each weighs twice its folded one, as in the database.
TEXT_FIELDS = {"title": (5, 40_000), "names": (5, 30_000), "summary": (2, 20_000),
               "body": (0.5, 10_000), "terms": (0.5, 10_000)}
# The title is the query: the database's first tier.
TITLE_IS_QUERY = 50_000
FOLDED_FIELDS = [f"{field}^{weight}" for field, (weight, _tier) in TEXT_FIELDS.items()]
EXACT_FIELDS = [f"{field}.exact^{weight * 2}" for field, (weight, _tier) in TEXT_FIELDS.items()]
# simple_query_string, never query_string, and only the words typed are passed to it:
# a citizen's quotes, colons and brackets are never syntax. The one operator used is
# the trailing * this code adds to the last word.
QUERY_FLAGS = "PREFIX|WHITESPACE"
BATCH = 500

# A search waits briefly, then the database answers; a rebuild or a count waits longer.
SEARCH_TIMEOUT = 3
COMMAND_TIMEOUT = 120


def client(timeout=SEARCH_TIMEOUT):
    return Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=timeout, max_retries=1,
                         retry_on_timeout=False)


def alias():
    return settings.ELASTICSEARCH_INDEX


def _text(**more_fields):
    """Folded text with its `.exact` sub-field (lowercase, marks kept)."""
    return Text(analyzer=vi_folded, fields={"exact": Text(analyzer=vi_exact), **more_fields})


class EntryDocument(Document):
    kind = Keyword()
    object_id = Keyword()
    # `.folded`: the whole title folded, to find "the title is the query".
    title = _text(folded=Keyword(normalizer=vi_fold))
    names = _text()
    summary = _text()
    body = _text()
    terms = _text()
    url = Keyword(index=False)
    published_at = Date()
    # One keyword field per facet, named as the facet's URL parameter.
    loai_noi_dung = Keyword()
    linh_vuc = Keyword()
    phong_trao = Keyword()
    dia_phuong = Keyword()
    doi_tuong = Keyword()
    cap = Keyword()
    nam = Keyword()

    class Index:
        # Hits from any index behind the alias are read as EntryDocuments (dates parsed);
        # a name also keeps `Index.document()` from binding the class to the first index
        # it describes. The indexes are always named where they are used.
        name = "*"


def document_id(kind, object_id):
    return f"{kind}-{object_id}"


def index_definition(name):
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(EntryDocument)
    return index


def mapping_body():
    """The index's settings and mappings, as sent to create it."""
    return index_definition(alias()).to_dict()


# --- searching -------------------------------------------------------------------------

def typed_words(text):
    """(folded, as typed) spellings of the words searched for, as `query.query_words`
    reads them; NFC, so the exact spelling matches the NFC text indexed."""
    words = []
    for match in WORD.findall(to_nfc(text))[:MAX_WORDS]:
        folded = fold(match)
        if folded.strip("_"):
            words.append((folded, match.lower()))
    return words


def text_query(words):
    """The query for (folded, typed) ``words``. The folded words are sent folded, so the
    prefix of the last one needs no analysis of wildcards to match folded terms."""
    folded = " ".join(word for word, _typed in words)
    typed = " ".join(typed for _folded, typed in words)
    tiers = [ConstantScore(filter=Match(**{"title.folded": folded}), boost=TITLE_IS_QUERY)]
    tiers += [ConstantScore(filter=MatchPhrasePrefix(**{field: folded}), boost=tier)
              for field, (_weight, tier) in TEXT_FIELDS.items()]
    return Bool(
        must=[SimpleQueryString(query=f"{folded}*", fields=FOLDED_FIELDS,
                                default_operator="and", flags=QUERY_FLAGS)],
        should=[SimpleQueryString(query=f"{typed}*", fields=EXACT_FIELDS,
                                  default_operator="or", flags=QUERY_FLAGS),
                DisMax(queries=tiers)])


class EntrySearch(FacetedSearch):
    """Facets counted for multi-select (each under the other facets' filters). No `fields`,
    so no highlighting: titles and snippets are marked as the database backend marks them."""

    doc_types = [EntryDocument]
    facets = {facet.value: TermsFacet(field=facet.value, size=50) for facet in FACET_ORDER}

    def __init__(self, words, filters=None, sort=(), *, page=1, index=None, using=None):
        self.index = index or alias()
        self.page = page
        if using is not None:  # a client, or the name of a configured connection
            self.using = using
        super().__init__(words, filters or {}, sort)

    def search(self):
        start = (self.page - 1) * PAGE_SIZE
        return super().search().extra(from_=start, size=PAGE_SIZE)

    def query(self, search, query):
        return search.query(text_query(query)) if query else search


def faceted_search(request, using=None):
    """The FacetedSearch for a SearchRequest, paginated and sorted; its request body is
    ``faceted_search(request).build_search().to_dict()``."""
    words = typed_words(request.text)
    # Freshness only breaks ties of relevance.
    sort = ["-published_at"] if request.sort == "date" or not words else [
        "_score", "-published_at"]
    return EntrySearch(words, filters={facet: sorted(values)
                                       for facet, values in request.filters.items()},
                       sort=sort, page=request.page, using=using)


def suggest_body(text, size=8):
    """Titles as they are typed, as the database suggests them: every word in the title,
    the last one open at its end, spellings as typed first, then alphabetical."""
    words = typed_words(text)
    folded = " ".join(word for word, _typed in words)
    typed = " ".join(typed for _folded, typed in words)
    return {
        "size": size,
        "_source": ["title", "url"],
        "query": Bool(
            must=[SimpleQueryString(query=f"{folded}*", fields=["title"],
                                    default_operator="and", flags=QUERY_FLAGS)],
            should=[SimpleQueryString(query=f"{typed}*", fields=["title.exact^2"],
                                      default_operator="or", flags=QUERY_FLAGS)]).to_dict(),
        "sort": ["_score", {"title.folded": "asc"}],
    }


def _facet_items(facet, items, labels):
    """The facet's values as the database backend gives them: named, unknown ones left
    out, in the order of `sort_facet`."""
    named = labels(facet, [str(key) for key, _count, _selected in items]) if labels else {}
    counts = [FacetCount(str(key), named.get(str(key), str(key)), count, selected)
              for key, count, selected in items if not labels or str(key) in named]
    return sort_facet(facet, counts)


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
            items = _facet_items(facet, getattr(response.facets, facet, []), labels)
            if items:
                facets[facet] = items
        return SearchResults(request=request, hits=hits, total=response.hits.total.value,
                             facets=facets, backend=self.name)

    def suggest(self, text, words, limit=8):
        """(title, url) pairs for autocomplete."""
        response = client().search(index=alias(), **suggest_body(text, limit))
        return [(hit["_source"]["title"], hit["_source"]["url"])
                for hit in response["hits"]["hits"]]


# --- writing the index -----------------------------------------------------------------

def new_index_name():
    return f"{alias()}-{datetime.datetime.now(datetime.UTC):%Y%m%d%H%M%S%f}"


def indexes_behind_alias(connection):
    """The concrete indexes searched under the alias's name: those it points at, or a
    plain index of that name (left by an older version), or none."""
    try:
        return sorted(connection.indices.get(index=alias()))
    except NotFoundError:
        return []


def ensure_index(connection):
    """Make the alias point at a real index, creating one (with the mapping) if nothing
    answers to its name, so a write never auto-creates an index under that name."""
    if connection.indices.exists(index=alias()):
        return
    name = new_index_name()
    connection.indices.create(index=name, aliases={alias(): {}},
                              **index_definition(name).to_dict())
    # Two first writes at once may each have created an index: the oldest stays.
    behind = indexes_behind_alias(connection)
    if len(behind) > 1 and name != behind[0]:
        connection.indices.update_aliases(actions=[{"remove_index": {"index": name}}])


ENTRY_FIELDS = ("id", "kind", "object_id", "title", "names", "summary", "body", "terms",
                "url", "published_at")


def entry_sources(entries):
    """(kind, object_id, document source) of ``entries`` (a SearchEntry queryset), read
    as plain rows a batch at a time: building model instances for the entries and their
    facet values cost more than everything else in a rebuild."""
    last = 0
    while True:
        rows = list(entries.filter(pk__gt=last).order_by("pk").values(*ENTRY_FIELDS)[:BATCH])
        if not rows:
            return
        facets = {row["id"]: {facet: [] for facet in FACET_ORDER} for row in rows}
        for entry_id, facet, value in SearchFacetValue.objects.filter(
                entry_id__in=list(facets)).values_list("entry_id", "facet", "value"):
            facets[entry_id].setdefault(facet, []).append(value)
        for row in rows:
            source = {field: row[field] for field in ENTRY_FIELDS[1:]}
            source["object_id"] = str(row["object_id"])
            yield row["kind"], row["object_id"], source | facets[row["id"]]
        last = rows[-1]["id"]


def document_actions(entries, index):
    for kind, object_id, source in entry_sources(entries):
        yield {"_index": index, "_id": document_id(kind, object_id), "_source": source}


def rebuild(progress=None):
    """A new index filled in bulk, then the alias moved to it in one step (the old
    indexes, or a plain index of the alias's name, removed in that same step): searches
    never see an empty or half-built index."""
    connection = client(COMMAND_TIMEOUT)
    name = new_index_name()
    connection.indices.create(index=name, **index_definition(name).to_dict())
    total, done = SearchEntry.objects.count(), 0
    try:
        for ok, _item in helpers.streaming_bulk(
                connection, document_actions(SearchEntry.objects.all(), name),
                chunk_size=BATCH, max_retries=3):
            done += ok
            if progress and (done % BATCH == 0 or done == total):
                progress(done, total)
        connection.indices.refresh(index=name)
        old = indexes_behind_alias(connection)
        connection.indices.update_aliases(actions=[
            *({"remove_index": {"index": index}} for index in old),
            {"add": {"index": name, "alias": alias()}}])
    except Exception:
        connection.options(ignore_status=404).indices.delete(index=name)
        raise
    return total


def push(kind, object_id, connection=None):
    """Bring one document in line with the database index (written or deleted)."""
    found = list(entry_sources(SearchEntry.objects.filter(kind=kind, object_id=object_id)))
    connection = connection or client()
    if not found:
        # A delete never creates an index; with none there is nothing to delete.
        connection.options(ignore_status=404).delete(index=alias(),
                                                     id=document_id(kind, object_id))
    else:
        ensure_index(connection)
        connection.index(index=alias(), id=document_id(kind, object_id),
                         document=found[0][2])


def document_count(connection=None):
    """Documents searchable under the alias, counted after a refresh (so a delete just
    made is counted as done); 0 when there is no index yet."""
    connection = connection or client(COMMAND_TIMEOUT)
    try:
        connection.indices.refresh(index=alias())
        return connection.count(index=alias())["count"]
    except NotFoundError:
        return 0
