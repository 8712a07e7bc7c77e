"""Where cached pages are kept, and the generation that makes every one of them stale.

Each entry carries the generation that was current when its page began to render. A purge
moves the generation on, so any entry older than the last purge is ignored: one write
invalidates every page, however many are cached, and finding a page costs one round trip
to the cache (`get_many` of the entry and the generation together).
"""

import hashlib
import re
import time

from django.core.cache import caches

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache:generation"


def cache():
    return caches[CACHE_ALIAS]

GZIP = re.compile(r"\bgzip\b")


def entry_key(request):
    """The entry for this URL as this visitor's client asks for it. ``Accept`` is part of
    the key: the API answers browsers with HTML and programs with JSON at one URL; and
    whether the client takes gzip (the API and the sitemap are gzipped for those that do)."""
    parts = (request.scheme, request.get_host(), request.get_full_path(),
             request.headers.get("Accept", ""),
             "gzip" if GZIP.search(request.headers.get("Accept-Encoding", "")) else "")
    return "page-cache:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def look_up(key):
    """(generation now, entry or None): the entry only if no purge came after it."""
    found = cache().get_many([key, GENERATION_KEY])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        generation = start_generation()
    entry = found.get(key)
    if entry is None or entry[0] != generation:
        return generation, None
    return generation, entry


def start_generation():
    """The generation when none is stored (first use, or evicted): a new one, so that no
    entry written before can match it."""
    generation = time.time_ns()
    if not cache().add(GENERATION_KEY, generation, None):
        return cache().get(GENERATION_KEY, generation)
    return generation


def store(key, generation, response, seconds):
    entry = (generation, time.time(), response.status_code, list(response.items()),
             response.content)
    cache().set(key, entry, seconds)


def invalidate_all():
    cache().set(GENERATION_KEY, time.time_ns(), None)
