"""oEmbed (https://oembed.com) for stories and profiles: a portal that is sent a link to
one of them (WordPress, a CMS that reads oEmbed) asks `/api/oembed/?url=…&format=json` and
gets a card: title, author, the site, a thumbnail and a blockquote with the link. Pages
announce the endpoint with `<link rel="alternate" type="application/json+oembed">`
(`stories.templatetags.page_meta.oembed_url`).

As the specification asks: 404 for a URL that is not a live public story or profile of this
site, 501 for a format other than JSON, 400 for a request without a URL or with a size that
is not a whole number.

The card's HTML is a blockquote with the link (escaped text, no script) and a frame of the
card page (`/nhung/the/<id>/`, itself without script), hidden: WordPress accepts the HTML of
a provider it finds by discovery only with such a frame, and then shows the blockquote; any
other consumer shows the blockquote as well.
"""

from urllib.parse import unquote, urlencode, urlsplit

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page, Site

from stories.media.storage import is_private
from stories.models import ExemplarPage, StoryPage
from stories.models.base import live_public, site_root_url, site_url
from stories.models.site_settings import site_name
from stories.syndication.polling import polled

EMBEDDED = (StoryPage, ExemplarPage)
# The card's size when the consumer sets no limit, in CSS pixels; its height is an
# estimate (a blockquote grows with its text), as the "rich" type requires one.
CARD_WIDTH, CARD_HEIGHT = 600, 240
THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT = 480, 360
# The only thumbnail boxes made: a consumer's maxwidth/maxheight picks the largest that
# fits, so anonymous requests cannot make a new rendition for every size they name.
THUMBNAIL_BOXES = ((480, 360), (320, 240), (160, 120), (80, 60))
# How long a consumer may keep a card, in seconds (the spec's cache_age).
CACHE_AGE = 60 * 60
SUMMARY_LENGTH = 240
URL_MAX_LENGTH = 2000
SIZE_MAX_DIGITS = 5


def endpoint_url(page_url, request=None):
    """The discovery address of the page at ``page_url`` (absolute)."""
    query = urlencode({"url": page_url, "format": "json"})
    return f"{site_url(reverse('oembed'), request)}?{query}"


def embeddable(page):
    return isinstance(page, EMBEDDED)


def _error(message, status):
    return JsonResponse({"message": message}, status=status,
                        json_dumps_params={"ensure_ascii": False})


def _size(request, name):
    """A maxwidth or maxheight: None when not given, else a whole number from 1."""
    value = request.GET.get(name)
    if value is None:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= SIZE_MAX_DIGITS) or (
            int(value) < 1):
        raise ValueError(name)
    return int(value)


def page_at(url, request):
    """The live public story or profile whose address on this site is ``url``, or None."""
    if len(url) > URL_MAX_LENGTH or "\x00" in url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[::1": an address no page of ours has
        return None
    host = parts.netloc.lower()
    if parts.scheme not in ("http", "https") or not host:
        return None
    root_path = None
    for root in Site.get_site_root_paths():
        if urlsplit(root.root_url).netloc.lower() == host:
            root_path = root.root_path
            break
    if root_path is None and host == request.get_host().lower():
        site = Site.find_for_request(request)
        root_path = site.root_page.url_path if site else None
    if root_path is None:
        return None
    url_path = root_path + unquote(parts.path).lstrip("/")
    if not url_path.endswith("/"):
        url_path += "/"
    page = live_public(Page.objects.filter(url_path=url_path)).first()
    page = page.specific if page else None
    return page if embeddable(page) else None


def thumbnail(page, max_width, max_height):
    photo = page.get_meta_image()
    if photo is None or is_private(photo.file.name):
        return None
    boxes = [(width, height) for width, height in THUMBNAIL_BOXES
             if width <= (max_width or width) and height <= (max_height or height)]
    if not boxes:
        return None
    width, height = boxes[0]
    try:
        return photo.get_rendition(f"max-{width}x{height}|format-jpeg")
    except SourceImageIOError:
        return None


def _described(page, request):
    return {
        "page": page, "url": page.get_full_url(request),
        "provider": site_name(request), "home": site_root_url(request) + "/",
        "summary": Truncator(" ".join(str(page.get_meta_description() or "").split())).chars(
            SUMMARY_LENGTH),
    }


def card(page, request, max_width=None, max_height=None):
    """The oEmbed response for ``page`` (a dict, as JSON will carry it)."""
    described = _described(page, request)
    url, provider, home = described["url"], described["provider"], described["home"]
    author = getattr(page, "byline", "") or provider
    width = min(CARD_WIDTH, max_width or CARD_WIDTH)
    height = min(CARD_HEIGHT, max_height or CARD_HEIGHT)
    html = format_html(
        '<blockquote class="guongsang-oembed" cite="{url}"><p><a href="{url}">{title}</a>'
        "</p><p>{summary}</p><p>— <a href=\"{home}\">{provider}</a></p></blockquote>"
        '<iframe src="{frame}" width="{width}" height="{height}" title="{title}" '
        'frameborder="0" scrolling="no" style="position:absolute;visibility:hidden">'
        "</iframe>",
        url=url, title=page.title, summary=described["summary"], home=home,
        provider=provider, width=width, height=height,
        frame=site_url(reverse("oembed_card", args=[page.pk]), request))
    data = {
        "version": "1.0", "type": "rich",
        "title": page.title, "author_name": author,
        "provider_name": provider, "provider_url": home,
        "cache_age": CACHE_AGE,
        "html": str(html), "width": width, "height": height,
    }
    rendition = thumbnail(page, max_width, max_height)
    if rendition is not None:
        data.update(thumbnail_url=site_url(rendition.url, request),
                    thumbnail_width=rendition.width, thumbnail_height=rendition.height)
    return data


@require_safe
def oembed(request):
    url = request.GET.get("url", "").strip()
    if not url:
        return _error(_("url: the address of a story or profile is required"), 400)
    try:
        max_width, max_height = _size(request, "maxwidth"), _size(request, "maxheight")
    except ValueError as error:
        return _error(_("%(name)s: expected a whole number of pixels") % {
            "name": error.args[0]}, 400)
    if request.GET.get("format", "json") != "json":
        return _error(_("format: only json is available"), 501)
    page = page_at(url, request)
    if page is None:
        return _error(_("url: no published story or profile at this address"), 404)
    return JsonResponse(card(page, request, max_width, max_height),
                        json_dumps_params={"ensure_ascii": False})


oembed_view = polled(oembed)


@xframe_options_exempt
@require_safe
def card_page(request, page_id):
    """/nhung/the/<id>/: the card of a live public story or profile, for a portal's frame."""
    page = live_public(Page.objects.filter(pk=page_id)).first()
    page = page.specific if page else None
    if not embeddable(page):
        raise Http404("not found")
    response = render(request, "stories/syndication/oembed_card.html", {
        **_described(page, request), "thumbnail": thumbnail(page, 160, 120)})
    # Its own policy, as the widget's: any site may frame it; it loads nothing else.
    media = urlsplit(settings.MEDIA_URL)
    media_origin = f" {media.scheme}://{media.netloc}" if media.scheme and media.netloc else ""
    response["Content-Security-Policy"] = (
        f"default-src 'none'; img-src 'self'{media_origin}; style-src 'unsafe-inline'; "
        "frame-ancestors *")
    response["Referrer-Policy"] = "no-referrer"
    return response


card_page_view = polled(card_page)
