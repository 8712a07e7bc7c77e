"""Feeds, bulletins and widgets served as built, from the cache, keyed by the feed state's
version: a document served again while nothing changed costs one query (the state), and a
conditional request answered 304 costs the same query and no document at all. Gzipped for
readers that ask for it (most feed readers do).
"""

import gzip
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from stories.syndication.entries import feed_state

# Minutes a reader should wait between polls (RSS <ttl>); Cache-Control says the same.
TTL_MINUTES = 15
FEED_CACHE_SECONDS = 24 * 60 * 60


def _accepts_gzip(request):
    return "gzip" in request.headers.get("Accept-Encoding", "")


def serve_cached(request, key, build, content_type):
    """Answer with the document ``build()`` makes, cached and validated by the feed
    state; ``key`` names the document (without the state)."""
    version, changed_at = feed_state()
    # The host asked is part of the name, not the Site record: finding that costs a query
    # on every poll, and the document itself names the site's root whatever was asked.
    base = request.build_absolute_uri("/")
    name = hashlib.blake2b(f"{base}|{key}".encode(), digest_size=12).hexdigest()
    zipped = _accepts_gzip(request)
    etag = f'"{name}-{version}{"-gz" if zipped else ""}"'
    last_modified = changed_at.replace(microsecond=0)
    headers = {
        "ETag": etag,
        "Last-Modified": http_date(last_modified.timestamp()),
        "Cache-Control": f"public, max-age={TTL_MINUTES * 60 // 3}",
        "Vary": "Accept-Encoding",
    }
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=last_modified.timestamp())
    if isinstance(not_modified, HttpResponseNotModified):
        for header, value in headers.items():
            not_modified[header] = value
        return not_modified
    # Kept as built, and gzipped only for readers that ask for it.
    cache_key = f"guongsang:feed:{name}:{version}{':gz' if zipped else ''}"
    # `make bench` measures a feed built fresh by asking past the cache.
    fresh = settings.BENCH and "X-Bench-Fresh" in request.headers
    body = None if fresh else cache.get(cache_key)
    if body is None:
        plain_key = f"guongsang:feed:{name}:{version}"
        body = None if fresh or not zipped else cache.get(plain_key)
        if body is None:
            body = build()
            cache.set(plain_key, body, FEED_CACHE_SECONDS)
        if zipped:
            body = gzip.compress(body, compresslevel=6, mtime=0)
            cache.set(cache_key, body, FEED_CACHE_SECONDS)
    response = HttpResponse(body, content_type=content_type)
    if zipped:
        response["Content-Encoding"] = "gzip"
    for header, value in headers.items():
        response[header] = value
    return response
