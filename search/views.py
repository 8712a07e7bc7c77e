import logging

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query

from search import engine
from search.models import Facet
from search.query import (
    FACET_ORDER,
    MAX_PAGE,
    MAX_QUERY_LENGTH,
    PAGE_SIZE,
    SearchRequest,
    clean_text,
)
from stories.paging import requested_page

logger = logging.getLogger(__name__)

SORT_PARAMS = {"lien-quan": "relevance", "moi-nhat": "date"}
PAGE_PARAM = "trang"
SORT_PARAM = "sap-xep"
# Ids of sectors, movements and places; codes of the other facets.
_VALUE_MAX_LENGTH = 40
# Values offered per facet, the most frequent first; chosen ones are always offered too.
FACET_VALUES_SHOWN = 12


def read_request(params):
    """A SearchRequest from the query string, and the Vietnamese messages for what in it
    could not be used (which is dropped: the rest still applies)."""
    problems = []
    raw = params.get("q", "")
    text = clean_text(raw)
    if len(raw) > MAX_QUERY_LENGTH:
        problems.append(_("Your search was shortened to its first 200 characters."))
    filters = {}
    for facet in FACET_ORDER:
        values = {value for value in params.getlist(facet)
                  if value and len(value) <= _VALUE_MAX_LENGTH and value.isprintable()}
        if facet in (Facet.SECTOR, Facet.MOVEMENT, Facet.PLACE, Facet.YEAR):
            bad = {value for value in values if not (value.isascii() and value.isdigit())}
            if bad:
                problems.append(_("Some filters were not recognised and have been ignored."))
            values -= bad
        if values:
            filters[facet] = values
    # Read as every listing reads it; past the end (MAX_PAGE or the results' last page)
    # is the last page.
    page = requested_page(params.get(PAGE_PARAM))
    sort = SORT_PARAMS.get(params.get(SORT_PARAM, ""), "relevance")
    return SearchRequest(text=text, filters=filters, page=min(max(page, 1), MAX_PAGE),
                         sort=sort), list(dict.fromkeys(problems))


def search(request):
    """The public search page: works without JavaScript; results are never indexed."""
    search_request, problems = read_request(request.GET)
    results, failed = None, False
    asked = bool(search_request.text or search_request.filters)
    if asked:
        try:
            results = engine.search(search_request)
            last_page = max(1, -(-results.total // PAGE_SIZE))
            if search_request.page > last_page:  # past the end: show the last page
                search_request.page = last_page
                results = engine.search(search_request)
        except DatabaseError:
            logger.exception("Search failed for %r", search_request.text)
            failed = True
        if search_request.text and not failed and requested_page(request.GET.get(PAGE_PARAM)) == 1:
            # For the admin's "Search terms" report; turning a page is not a new search.
            Query.get(search_request.text).add_hit()
    page_obj = None
    if results is not None:
        page_obj = Paginator(range(results.total), PAGE_SIZE).get_page(search_request.page)
    query = request.GET.copy()
    query.pop(PAGE_PARAM, None)
    return render(request, "search/search.html", {
        "search_request": search_request,
        "query": search_request.text,
        "search_query": search_request.text,
        "results": results,
        "page_obj": page_obj,
        "problems": problems,
        "failed": failed,
        "asked": asked,
        "sort_param": SORT_PARAM,
        "sort_value": {v: k for k, v in SORT_PARAMS.items()}[search_request.sort],
        "facet_groups": facet_groups(results) if results else [],
        "active_filters": active_filters(request.GET, search_request, results),
        "clear_filters_url": _search_url(request.GET, keep=("q", SORT_PARAM)),
    }, status=200)


def facet_groups(results):
    """(facet, its name, the values offered): the most frequent, then any chosen value
    that did not make the cut, so that applying the form again keeps every choice."""
    groups = []
    for facet, counts in results.facets.items():
        shown = counts[:FACET_VALUES_SHOWN]
        shown += [item for item in counts[FACET_VALUES_SHOWN:] if item.selected]
        groups.append((facet, Facet(facet).label, shown))
    return groups


def active_filters(params, search_request, results):
    """Each filter in use, in words ("Lĩnh vực", "Giáo dục"), with the address of the same
    search without it."""
    named = {}
    if results is not None:
        named = {(facet, item.value): item.label
                 for facet, counts in results.facets.items() for item in counts}
    chosen = []
    for facet in FACET_ORDER:
        for value in sorted(search_request.filters.get(facet, ())):
            others = [v for v in params.getlist(facet) if v != value]
            chosen.append({
                "facet": Facet(facet).label,
                "value": named.get((facet, value), value),
                "remove_url": _search_url(params, replace={facet: others}),
            })
    return chosen


def _search_url(params, keep=None, replace=None):
    """The search page's address for ``params`` changed so: only the ``keep`` parameters,
    ``replace``'s lists instead of theirs, and back to the first page."""
    query = params.copy()
    for name in list(query):
        if keep is not None and name not in keep:
            del query[name]
    for name, values in (replace or {}).items():
        query.setlist(name, values)
    query.pop(PAGE_PARAM, None)
    encoded = query.urlencode()
    return reverse("search") + (f"?{encoded}" if encoded else "")


def suggestions(request):
    """Titles for autocomplete, as JSON: [{"title": …, "url": …}]."""
    text = clean_text(request.GET.get("q", ""))
    found = engine.autocomplete(text) if len(text) >= 2 else []
    response = JsonResponse([{"title": title, "url": url} for title, url in found],
                            safe=False)
    response["Cache-Control"] = "public, max-age=300"
    return response
