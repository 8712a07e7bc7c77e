from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

MAX_QUERY_LENGTH = 200


def search(request):
    """Public search; issue #4 replaces the engine behind it with Vietnamese folding."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    page_obj = Paginator(results, 10).get_page(request.GET.get("trang"))
    response = render(request, "search/search.html",
                      {"query": query, "page_obj": page_obj, "results": page_obj.object_list})
    return response
