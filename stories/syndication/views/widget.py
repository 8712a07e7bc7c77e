"""The widget portals embed: the newest stories in an <iframe>, and the choices the
"Nhận tin" page's form makes for it."""

import re

from django.template.loader import render_to_string
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from stories.models.base import site_root_url
from stories.syndication.cached_responses import serve_cached
from stories.syndication.sources import source

WIDGET_SIZES = range(1, 11)
_COLOUR = re.compile(r"[0-9a-fA-F]{6}")


def _widget_choice(params):
    """The widget's settings from a query string, each one checked (bad ones fall back)."""
    size = params.get("so", "5")
    size = int(size) if size in {str(number) for number in WIDGET_SIZES} else 5
    colour = params.get("mau", "b3171d")
    colour = colour if _COLOUR.fullmatch(colour) else "b3171d"
    return {"size": size, "colour": colour, "dark": params.get("nen") == "toi",
            "images": params.get("anh", "1") != "0"}


_SLUG = re.compile(r"[-a-z0-9]{1,100}")


def widget_builder(params):
    """The "Nhận tin" page's widget form: what the portal's <iframe> will show."""
    choice = _widget_choice(params)
    kind, _sep, slug = params.get("loai", "tat-ca").partition(":")
    if kind not in ("chuyen-muc", "linh-vuc", "phong-trao", "dia-phuong") or not (
            _SLUG.fullmatch(slug)):
        kind, slug = "tat-ca", ""
    choice["kind"] = f"{kind}:{slug}" if slug else kind
    choice["path"] = f"{kind}/{slug}" if slug else kind
    choice["height"] = 64 + (84 if choice["images"] else 56) * choice["size"]
    return choice


@xframe_options_exempt
@require_safe
def widget(request, kind, slug=None):
    """/nhung/<kind>[/<slug>]/: the newest stories, for a portal's <iframe>. No cookies,
    no scripts, nothing loaded from elsewhere."""
    choice = _widget_choice(request.GET)

    def build():
        feed_source = source(kind, slug)
        base = site_root_url(request)
        return render_to_string("stories/syndication/widget.html", {
            "source": feed_source, "entries": feed_source.entries(limit=choice["size"]),
            "choice": choice, "base": base}).encode()

    key = f"nhung/{kind}/{slug}/{choice['size']}/{choice['colour']}/{choice['dark']}/" \
          f"{choice['images']}"
    response = serve_cached(request, key, build, "text/html; charset=utf-8")
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; " \
                                          "style-src 'unsafe-inline'; frame-ancestors *"
    response["Referrer-Policy"] = "no-referrer"
    return response
