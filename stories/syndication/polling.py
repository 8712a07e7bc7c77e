"""Answers that portals, search engines and proxies can poll cheaply: the API and the
sitemap carry an ETag, a Last-Modified and a short public Cache-Control, answer a repeated
conditional request with 304 and an empty body, and are gzipped for clients that accept it.

Both validators follow the answer itself, so no change can leave a poller with a stale 304:
the ETag is a hash of the body, and Last-Modified is when this body was first served at this
address (kept in the shared "pages" cache, which every web worker reads). A publication,
an unpublication, a deletion or a new site address changes the body, and with it both.
When the site's page cache (`guongsang.page_cache`) stores such an answer it keeps these
headers and answers 304 from them; its purges (`stories.derived.purges`) drop the entry
whenever the content may have changed.
"""

import hashlib
import time
from functools import wraps

from django.core.cache import caches
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date
from django.views.decorators.gzip import gzip_page
from guongsang.page_cache import store

# How long a portal or a proxy may reuse an answer without asking again: short, since a
# correction must reach portals soon; a 304 costs them little.
POLL_SECONDS = 60
# How long the time a body was first served is remembered; forgotten, the next answer is
# dated now (a 200 to a conditional request, never a wrong 304).
FIRST_SEEN_SECONDS = 30 * 24 * 60 * 60


def first_served(request, etag):
    """When the body whose ETag is ``etag`` was first served at this address, in seconds;
    after the previous body's time even within the same second, so that If-Modified-Since
    alone never hides a change."""
    address = "\n".join((request.get_host(), request.get_full_path(),
                         request.headers.get("Accept", "")))
    key = "polling:first-served:" + hashlib.sha256(address.encode()).hexdigest()
    cache = caches[store.CACHE_ALIAS]
    known = cache.get(key)
    if known is not None and known[0] == etag:
        return known[1]
    served = int(time.time())
    if known is not None:
        served = max(served, known[1] + 1)
    cache.set(key, (etag, served), FIRST_SEEN_SECONDS)
    return served


def polled(view):
    """``view`` with validators, a public Cache-Control, 304 answers and gzip. Only a 200
    is given them: errors and the rate limit's 429 are answered as they are."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or (
                response.streaming):
            return response
        if callable(getattr(response, "render", None)):
            response = response.render()  # the hash needs the body
        patch_cache_control(response, public=True, max_age=POLL_SECONDS)
        set_response_etag(response)
        served = first_served(request, response["ETag"])
        response["Last-Modified"] = http_date(served)
        return get_conditional_response(request, etag=response["ETag"], last_modified=served,
                                        response=response)

    return gzip_page(answer)
