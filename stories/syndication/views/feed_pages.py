"""A feed as a page for people: what it carries, its addresses to copy into a feed
reader, how to add one, and its newest items. Browsers show a feed's XML as raw text (and
are dropping XSLT), so the site links people here; feed readers keep the feed's own
address and get XML."""

from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from stories.models.base import site_root_url
from stories.syndication.cached_responses import TTL_MINUTES
from stories.syndication.sources import source

PREVIEW_LENGTH = 10
FORMATS = (("rss", "RSS 2.0"), ("atom", "Atom 1.0"), ("json", "JSON Feed 1.1"))
# Kinds that also have a weekly radio bulletin.
BULLETIN_KINDS = ("chuyen-muc", "dia-phuong")


# Entries are prepared by the task worker after the publish that empties the page cache:
# kept out of that cache (no-cache), the preview is never older than the feed itself.
@cache_control(no_cache=True)
@require_safe
def feed_page(request, kind, slug=None):
    """/nhan-tin/<kind>[/<slug>]/"""
    feed = source(kind, slug)
    base = site_root_url(request)
    formats = FORMATS[:1] if kind == "podcast" else FORMATS
    return render(request, "stories/syndication/feed_page.html", {
        "feed": feed,
        "kind": kind,
        "path": feed.key,
        "addresses": [(label, f"{base}/nhan-tin/{feed.key}.{fmt}") for fmt, label in formats],
        "bulletin": feed.key if kind in BULLETIN_KINDS else None,
        "base": base,
        "items": feed.entries(limit=PREVIEW_LENGTH),
        "ttl": TTL_MINUTES,
    })
