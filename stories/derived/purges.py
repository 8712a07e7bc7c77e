"""Purging the page cache of what a change shows differently, through Wagtail's frontend
cache (`wagtail.contrib.frontend_cache`): the page, the section it sits in, the listings
that show it (home, directory, its sector, movement and place pages), the feeds and the
API. Wagtail itself purges a page when it is published or unpublished; these cover the
rest. Harmless without a configured backend: nothing is purged, nothing is enqueued."""

from django.conf import settings
from django.db import transaction
from guongsang.page_cache import store
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Site

FEED_FORMATS = ("rss", "atom", "json")
LISTING_PATHS = ("/", "/nhan-tin/", "/api/v2/bai-viet/", "/api/v2/dien-hinh/",
                 "/api/v2/chuyen-muc/", "/sitemap.xml", "/sitemap-trang.xml",
                 "/sitemap-danh-muc.xml",
                 *(f"/nhan-tin/{kind}.{form}" for kind in ("tat-ca", "ho-so")
                   for form in FEED_FORMATS))
TERM_FEEDS = {"sector": "linh-vuc", "movement": "phong-trao", "place": "dia-phuong"}


def enabled():
    return bool(get_backends())


def purge(urls):
    if not urls:
        return
    purge_own_cache()
    if enabled():
        purge_urls_from_cache(sorted(urls))


def purge_own_cache():
    """The site's own page cache, at once and again after the commit, from the process
    that made the change: Wagtail hands its purges to the task worker, and a published
    correction must not wait for the worker (or for a worker that is down)."""
    if settings.PAGE_CACHE_SECONDS:
        store.invalidate_all()
        transaction.on_commit(store.invalidate_all)


class Addresses:
    """Full URLs of pages and terms on every site, from the site root paths read once."""

    def __init__(self):
        self.roots = sorted(Site.get_site_root_paths(), key=lambda root: -len(root.root_path))

    def of_path(self, url_path):
        """Full URL of the page whose tree URL path is ``url_path``, on its site."""
        for root in self.roots:
            if url_path.startswith(root.root_path):
                return root.root_url + "/" + url_path[len(root.root_path):]
        return None

    def on_every_site(self, path):
        return {root.root_url + path for root in self.roots}

    def listings(self):
        from stories.models import ExemplarIndexPage

        urls = {url for path in LISTING_PATHS for url in self.on_every_site(path)}
        for url_path in ExemplarIndexPage.objects.values_list("url_path", flat=True):
            urls.add(self.of_path(url_path))
        return urls - {None}

    def term(self, term):
        """A sector's, movement's or place's page and its feeds."""
        kind = TERM_FEEDS.get(term._meta.model_name)
        if kind is None:
            return set()
        paths = {term.get_absolute_url(),
                 *(f"/nhan-tin/{kind}/{term.slug}.{form}" for form in FEED_FORMATS)}
        return {url for path in paths for url in self.on_every_site(path)}

    def page(self, page):
        """A page, the page above it, its terms' pages and the feeds that carry it."""
        from stories.models import ColumnPage, ExemplarPage, StoryPage

        urls = {self.of_path(page.url_path)}
        parent_path = page.url_path.rstrip("/").rsplit("/", 1)[0] + "/"
        urls.add(self.of_path(parent_path))
        if isinstance(page, StoryPage):
            column = parent_path.rstrip("/").rsplit("/", 1)[-1]
            urls |= {url for kind in ("chuyen-muc", "podcast") for form in FEED_FORMATS
                     for url in self.on_every_site(f"/nhan-tin/{kind}/{column}.{form}")}
        if isinstance(page, StoryPage | ExemplarPage):
            for relation in ("sectors", "movements", "places"):
                if hasattr(page, relation):
                    for term in getattr(page, relation).all():
                        urls |= self.term(term)
        if isinstance(page, ExemplarPage):
            if page.place_id:
                urls |= self.term(page.place)
            urls |= {url for form in FEED_FORMATS
                     for url in self.on_every_site(f"/nhan-tin/dien-hinh/{page.slug}.{form}")}
        if isinstance(page, ColumnPage):
            urls |= {url for kind in ("chuyen-muc", "podcast") for form in FEED_FORMATS
                     for url in self.on_every_site(f"/nhan-tin/{kind}/{page.slug}.{form}")}
        return urls - {None}
