"""Wagtail's frontend cache backend for the page cache (WAGTAILFRONTENDCACHE).

Wagtail purges a page's URLs when it is published or unpublished; the derived-data
pipeline purges for moves, view restrictions and taxonomy changes. Whatever URL is named,
this backend makes every cached page stale at once. A change to one page shows on many
others (its column, the home page, the directory, sector, movement and place pages, feeds,
the API, menus and breadcrumbs), and naming all of them correctly is where caches go
wrong; the site changes a few times a day, so rebuilding each page once after a change
costs little, and the purge itself is one cache write.
"""

from django.db import transaction
from guongsang.page_cache import store
from wagtail.contrib.frontend_cache.backends import BaseBackend


class PageCacheBackend(BaseBackend):
    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        store.invalidate_all()
        # Again once the change is committed: a visitor whose page rendered between the
        # first purge and the commit saw the old rows and cached them.
        transaction.on_commit(store.invalidate_all)
