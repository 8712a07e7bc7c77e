"""RSS 2.0, Atom 1.0, JSON Feed 1.1 and podcast feeds, on Django's syndication framework:
the formats, a source's feed built in one of them, and the view that serves it from the
cache (`stories.syndication.cached_responses`).

Every item carries its page's stored identity (`FeedIdentity`), its dates in the site's
time zone (+07:00) and, outside podcasts, its hero picture where portals' news modules
look for one: an image enclosure and an <img> at the top of the RSS description.
"""

import datetime
import json
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.templatetags.static import static
from django.utils import feedgenerator, timezone
from django.utils.encoding import escape_uri_path
from django.utils.html import format_html
from django.utils.translation import gettext

from stories.models.base import site_root_url
from stories.models.site_settings import site_name
from stories.syndication.cached_responses import TTL_MINUTES, serve_cached
from stories.syndication.entries import tag_uri
from stories.syndication.podcast import artwork_url
from stories.syndication.sources import source

NAMESPACES = {
    "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
    "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    "xmlns:media": "http://search.yahoo.com/mrss/",
}
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
# The channel image of RSS and Atom: a square of this many pixels (static/img/feed-icon.png).
CHANNEL_IMAGE_SIZE = 144


def absolute(html, base):
    """Root-relative links and images made absolute for readers on other sites."""
    return html.replace(' href="/', f' href="{base}/').replace(' src="/', f' src="{base}/')


def on_site(url, base):
    """A root-relative ``url`` on ``base``; an absolute one (a photo on another storage)
    as it is."""
    return base + url if url.startswith("/") else url


def local(moment):
    """``moment`` in the site's time zone: readers and portal modules print a feed's dates
    as written, and UTC shows Vietnamese readers the wrong hour, sometimes the wrong day."""
    return timezone.localtime(moment, timezone.get_default_timezone())


def revision_guid(guid, updated_at):
    """The RSS guid of a page published again: its identity and that publication."""
    return f"{guid}:cap-nhat-{updated_at.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}"


def picture_html(summary, image, link, base):
    """An RSS description as Vietnamese newspapers' feeds write it, which portals' news
    modules read: the picture (sized, with its text alternative) above the summary."""
    if not image:
        return summary
    picture = image.get("picture") or image  # an entry prepared before pictures were
    return format_html(
        '<p><a href="{}"><img src="{}" alt="{}" width="{}" height="{}"></a></p><p>{}</p>',
        link, on_site(picture["url"], base), image["alt"], picture["width"],
        picture["height"], summary)


def _enclosure(handler, url, length, mime_type):
    handler.addQuickElement("enclosure", "", {"url": url, "length": str(length),
                                              "type": mime_type})


def _media_content(handler, image, base):
    handler.startElement("media:content", {
        "url": on_site(image["url"], base),
        "medium": "image", "type": image["type"],
        "width": str(image["width"]), "height": str(image["height"]),
    })
    handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
    if image.get("credit"):
        handler.addQuickElement("media:credit", image["credit"])
    handler.endElement("media:content")


class LocalDates:
    """The channel's own date (RSS lastBuildDate, Atom <updated>) in the site's time zone
    too, also when the feed has no item."""

    def latest_post_date(self):
        return local(super().latest_post_date())


class Rss(LocalDates, feedgenerator.Rss201rev2Feed):
    """RSS 2.0 with the full text (content:encoded), Media RSS and Dublin Core; the hero
    picture as an image enclosure (after the audio, when there is one) and at the top of
    the description."""

    # A podcast's episodes carry their audio alone: apps take the first enclosure.
    pictures = True

    def rss_attributes(self):
        return {**super().rss_attributes(), **NAMESPACES}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        handler.addQuickElement("generator", "Gương Sáng")
        handler.addQuickElement("docs", "https://www.rssboard.org/rss-specification")
        # Readers and validators expect the channel's own title and link here.
        handler.startElement("image", {})
        handler.addQuickElement("url", self.feed["image"])
        handler.addQuickElement("title", self.feed["title"])
        handler.addQuickElement("link", self.feed["link"])
        # RSS 2.0 allows a channel image at most 144 px wide (a podcast's cover is in
        # itunes:image).
        handler.addQuickElement("width", str(CHANNEL_IMAGE_SIZE))
        handler.addQuickElement("height", str(CHANNEL_IMAGE_SIZE))
        handler.endElement("image")

    def add_item_elements(self, handler, item):
        entry, base = item["entry"], item["base"]
        image = entry.image if self.pictures else {}
        shown = {**item, "description": picture_html(item["description"], image,
                                                     item["link"], base),
                 # Django writes one enclosure at most: they are written below.
                 "enclosures": []}
        if item.get("revision_guid"):
            # Published again: RSS readers know an item by its guid alone.
            shown.update(unique_id=item["revision_guid"], pubdate=item["updateddate"],
                         title=gettext("Updated: %(title)s") % {"title": item["title"]})
        super().add_item_elements(handler, shown)
        for enclosure in item["enclosures"]:
            _enclosure(handler, enclosure.url, enclosure.length, enclosure.mime_type)
        if image:
            _enclosure(handler, on_site(image["url"], base), image.get("size", 0),
                       image["type"])
        handler.addQuickElement("content:encoded", absolute(entry.content_html, base))
        if image:
            _media_content(handler, image, base)
        if entry.rights:
            handler.addQuickElement("dc:rights", entry.rights)


class Podcast(Rss):
    """RSS 2.0 with the tags of Apple Podcasts, which most podcast apps read. The column's
    cover is the channel's image; an episode's only enclosure is its audio (SimplePie-based
    importers also count Media RSS content as enclosures, so no picture at all)."""

    pictures = False

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        podcast = self.feed["podcast"]
        handler.addQuickElement("itunes:author", podcast["author"])
        handler.addQuickElement("itunes:summary", self.feed["description"])
        handler.addQuickElement("itunes:type", "episodic")
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:image", None, {"href": podcast["artwork"]})
        handler.startElement("itunes:category", {"text": "Society & Culture"})
        handler.addQuickElement("itunes:category", None, {"text": "Documentary"})
        handler.endElement("itunes:category")
        if podcast["email"]:
            handler.startElement("itunes:owner", {})
            handler.addQuickElement("itunes:name", podcast["author"])
            handler.addQuickElement("itunes:email", podcast["email"])
            handler.endElement("itunes:owner")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry = item["entry"]
        handler.addQuickElement("itunes:duration", str(round(entry.audio.duration)))
        handler.addQuickElement("itunes:summary", entry.summary)
        handler.addQuickElement("itunes:episodeType", "full")
        handler.addQuickElement("itunes:explicit", "false")


class Atom(LocalDates, feedgenerator.Atom1Feed):
    """Atom 1.0 with the full text in <content>, and the hero image as an enclosure link
    and in Media RSS. An update keeps its id: Atom readers follow <updated>."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": NAMESPACES["xmlns:media"]}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        # The feed's picture, which portal modules show beside its items (a square).
        handler.addQuickElement("icon", self.feed["image"])

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry, base = item["entry"], item["base"]
        handler.addQuickElement("content", absolute(entry.content_html, base),
                                {"type": "html"})
        if entry.image:
            handler.addQuickElement("link", "", {
                "rel": "enclosure", "href": on_site(entry.image["url"], base),
                "type": entry.image["type"], "length": str(entry.image.get("size", 0))})
            _media_content(handler, entry.image, base)


class JsonFeed(feedgenerator.SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). An update keeps its id:
    JSON Feed readers follow date_modified."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        feed = self.feed
        data = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
            "authors": [{"name": feed["author_name"], "url": feed["author_link"]}],
            "icon": feed["icon"],
            "items": [self._item(item) for item in self.items],
        }
        outfile.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def _item(self, item):
        entry, base = item["entry"], item["base"]
        data = {
            "id": item["unique_id"],
            "url": item["link"],
            "title": item["title"],
            "content_html": absolute(entry.content_html, base),
            "summary": entry.summary,
            "date_published": feedgenerator.rfc3339_date(item["pubdate"]),
            "date_modified": feedgenerator.rfc3339_date(item["updateddate"]),
            "language": "vi",
        }
        if item["author_name"]:
            data["authors"] = [{"name": item["author_name"]}]
        if item["categories"]:
            data["tags"] = list(item["categories"])
        if entry.image:
            data["image"] = on_site(entry.image["url"], base)
            data["_guongsang_image"] = {"alt": entry.image["alt"],
                                        "credit": entry.image.get("credit", "")}
        if item["enclosures"]:
            data["attachments"] = [{
                "url": enclosure.url, "mime_type": enclosure.mime_type,
                "size_in_bytes": int(enclosure.length),
                "duration_in_seconds": round(entry.audio.duration, 1),
            } for enclosure in item["enclosures"]]
        if entry.rights:
            data["_guongsang_rights"] = entry.rights
        return data


FORMATS = {"rss": Rss, "atom": Atom, "json": JsonFeed}


def build_feed(request, source, feed_type, podcast=False):
    """The generator of ``source``'s feed, filled with its newest entries. (Django's
    `Feed` view would look every attribute up again for every item: a third of the time
    of a fifty-item feed.)"""
    # Every address on the site's one root, whatever host the reader asked: the same
    # item has the same link and id in every reader's copy.
    base = site_root_url(request)
    extra = {"icon": on_site(static("img/podcast.png"), base),
             "image": on_site(static("img/feed-icon.png"), base)}
    if podcast:
        feed_type = Podcast
        extra["podcast"] = {
            "author": site_name(request),
            "email": settings.PODCAST_OWNER_EMAIL,
            "artwork": on_site(artwork_url(source.column), base),
        }
    generator = feed_type(
        title=source.title, link=base + source.link, description=source.description,
        # Without the query string: the feed is cached and served to every reader.
        language="vi", feed_url=base + escape_uri_path(request.path),
        author_name=site_name(request), author_link=base + "/",
        feed_copyright=gettext("%(site_name)s. See each item's re-use note.") % {
            "site_name": site_name(request)},
        ttl=TTL_MINUTES, **extra)
    for entry in source.entries():
        enclosures = [] if entry.audio is None else [feedgenerator.Enclosure(
            base + entry.audio.get_absolute_url(), str(entry.audio.size),
            entry.audio.mime_type)]
        # The identity stored at first publication: the same through any host, after any
        # rename or move. (An entry older than identities: the guid it was given then.)
        guid = entry.guid or tag_uri(urlsplit(base).hostname, entry.page_id,
                                     entry.published_at)
        revised = source.marks_updates and entry.updated_at > entry.published_at
        generator.add_item(
            title=entry.title, link=base + entry.url, description=entry.summary,
            unique_id=guid, unique_id_is_permalink=False, enclosures=enclosures,
            revision_guid=revision_guid(guid, entry.updated_at) if revised else None,
            pubdate=local(entry.published_at), updateddate=local(entry.updated_at),
            author_name=entry.author or None,
            categories=[label for _scheme, label in entry.categories],
            item_copyright=entry.rights or None, entry=entry, base=base)
    return generator


def feed(request, kind, fmt, slug=None):
    """/nhan-tin/<kind>[/<slug>].<rss|atom|json>"""
    podcast = kind == "podcast"
    if podcast and fmt != "rss":
        raise Http404

    def build():
        generator = build_feed(request, source(kind, slug), FORMATS[fmt], podcast)
        return generator.writeString("utf-8").encode()

    # The source is looked up inside build(): a 304 or a cached feed needs no query for it.
    # A slug that does not exist is found then, and answered 404, never cached.
    return serve_cached(request, f"{kind}/{slug}.{fmt}", build, FORMATS[fmt].content_type)
