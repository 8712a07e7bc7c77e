"""Serving anonymous visitors from the page cache.

Placed near the top of MIDDLEWARE, so that a page found in the cache skips sessions,
authentication and the view, and comes with the headers the inner middleware added when
it was first made (security headers, CSP).

A response is served from or stored in the cache only when nothing in it can belong to one
visitor: a GET with no session or messages cookie, outside the admin and Wagtail's own
views, a 200 answer with no cookie set, no CSRF token used, not marked private or no-cache,
and varying on nothing but the request headers the key holds. Editors carry a session, so
they always get a page made for them; view-restricted pages are never shown to a visitor
without one (the login redirect and the password form are not stored).
"""

import time

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from guongsang.page_cache import store

# Vary headers the cache honours: bypassed (Cookie), in the key (Accept), or with a single
# value here (Accept-Language: the site speaks Vietnamese only).
HONOURED_VARY = {"cookie", "accept", "accept-language", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self.is_cacheable_request(request):
            return self.get_response(request)
        key = store.entry_key(request)
        generation, entry = store.look_up(key)
        if entry is not None:
            return self.from_entry(request, entry)
        response = self.get_response(request)
        if self.is_cacheable_response(request, response):
            store.store(key, generation, response, seconds)
        return response

    @staticmethod
    def is_cacheable_request(request):
        if request.method != "GET":
            return False
        if settings.BENCH and "X-Bench-Fresh" in request.headers:
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or settings.PAGE_CACHE_MESSAGES_COOKIE in (
                cookies):
            return False
        path = request.path_info
        if path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS):
            return False
        # Search results depend on what was typed; the empty search page does not.
        return not (path.startswith(settings.PAGE_CACHE_QUERY_EXCLUDED_PATHS) and request.GET)

    @staticmethod
    def is_cacheable_response(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_USED"):  # the page holds this visitor's token
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
            return False
        vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
        return vary - {""} <= HONOURED_VARY

    @staticmethod
    def from_entry(request, entry):
        _generation, stored_at, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["Age"] = str(int(time.time() - stored_at))
        last_modified = response.get("Last-Modified")
        # Feed readers send back the ETag they were given: a 304 still.
        return get_conditional_response(
            request, etag=response.get("ETag"),
            last_modified=parse_http_date_safe(last_modified) if last_modified else None,
            response=response)
