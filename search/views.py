import logging
import re

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.shortcuts import render
from wagtail.models import Page

from stories.vietnamese import to_nfc

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
# Search engines' query syntaxes (FTS5, tsquery) treat punctuation as operators: keep words.
_NOT_A_WORD = re.compile(r"[^\w\s]+")


def clean_query(raw):
    text = to_nfc(raw.replace("\x00", ""))[:MAX_QUERY_LENGTH]
    return " ".join(_NOT_A_WORD.sub(" ", text).split())


def search(request):
    """Public search over published pages. Issue #4 adds Vietnamese folding and facets."""
    shown_query = to_nfc(request.GET.get("q", "").replace("\x00", "")).strip()[:MAX_QUERY_LENGTH]
    query = clean_query(shown_query)
    results, failed = [], False
    if query:
        try:
            results = list(Page.objects.live().public().specific().search(query)[:200])
        except DatabaseError:
            logger.exception("Search failed for %r", query)
            failed = True
    page_obj = Paginator(results, 10).get_page(request.GET.get("trang"))
    return render(request, "search/search.html", {
        "query": shown_query, "search_query": shown_query, "page_obj": page_obj,
        "results": page_obj.object_list, "failed": failed,
    })
