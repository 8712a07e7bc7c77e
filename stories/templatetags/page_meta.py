"""What `<head>` tells search engines and link previews (Zalo, Facebook, X): the page's
canonical address and absolute photo addresses, on the site's one root
(`stories.models.base.site_root_url`), the title the page's template gives, and where
oEmbed consumers find a card for it.

`block_text` reads the template's `title` block through Django's block context
(`BLOCK_CONTEXT_KEY`, `BlockContext.get_block`: public names, though undocumented): the
one place this module relies on how the template engine works inside.
"""

import html

from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.utils.encoding import escape_uri_path
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext

from stories.models.base import site_root_url, site_url
from stories.paging import requested_page
from stories.syndication import oembed

register = template.Library()

# Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 300

# The query parameter of a list's pages: each page of a list is a page of its own.
PAGE_PARAMETER = "trang"


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The address of what is shown, on the site's root, without the query string
    (tracking parameters, filters) except the list page asked for."""
    request = context.get("request")
    if request is None:
        return ""
    address = site_root_url(request) + escape_uri_path(request.path)
    number = requested_page(request.GET.get(PAGE_PARAMETER))
    return f"{address}?{PAGE_PARAMETER}={number}" if number and number != 1 else address


@register.simple_tag(takes_context=True)
def site_address(context, url):
    """``url`` (root-relative, e.g. a photo's) as an absolute address on the site's root."""
    return site_url(url, context.get("request"))


@register.simple_tag(takes_context=True)
def oembed_url(context, page=None):
    """The oEmbed discovery address of ``page`` when it is a live story or profile (a
    portal turns a pasted link into a card with it); empty otherwise."""
    if page is None or not page.live or not oembed.embeddable(page):
        return ""
    request = context.get("request")
    return oembed.endpoint_url(page.get_full_url(request), request)


@register.simple_tag(takes_context=True)
def block_text(context, name):
    """The text of the template's block ``name`` as rendered (tags removed), for the
    previews' title; empty if the template has no such block."""
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block(name) if block_context else None
    if block is None:
        return ""
    with context.push(block=block):
        rendered = block.nodelist.render(context)
    return " ".join(html.unescape(strip_tags(rendered)).split())


@register.simple_tag(takes_context=True)
def described_page(context):
    """The page when what is shown is the page itself; None on the pages it routes (a
    sector, a place: the home page's), which describe their own subject."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not hasattr(page, "get_meta_description"):
        return None
    return page if page.get_url(request) == request.path else None


@register.simple_tag(takes_context=True)
def meta_description(context, page=None):
    """What is shown, in a sentence or two: the page's own description, else the subject
    of a routed page (a sector, movement or place), else the site's description."""
    term = context.get("term")
    if page is not None:
        text = page.get_meta_description()
    elif term is not None:
        text = getattr(term, "description", "") or gettext(
            "Exemplars and stories: %(subject)s.") % {"subject": term}
    else:
        text = ""
    text = " ".join(str(text or context.get("site_description", "")).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH)
