"""The widget portals embed: the newest stories in an <iframe>, with thumbnails made for
their slot, a layout whose height is known in advance, and the form on the technicians'
"Nhận tin" page that writes the embed code.

The widget runs no script, so the portal's <iframe> cannot learn its height: every part of
the layout has a bounded height instead (titles clamped to a number of lines, thumbnails of
a fixed size), in CSS pixels set here, and the builder adds them up. Narrow frames (a
240-px sidebar) get a smaller thumbnail and one more line of title; the height given in
the embed code is the narrow layout's, which is the taller, so nothing is cut at any width.
"""

import dataclasses
import logging
import re
from urllib.parse import urlencode, urlsplit

from django import forms
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.images.models import SourceImageIOError

from stories.discovery.nomination_form import SummarisedForm
from stories.media.storage import is_private
from stories.models import ExemplarPage, Photo, StoryPage
from stories.models.base import site_root_url
from stories.models.site_settings import site_name
from stories.syndication.cached_responses import serve_cached
from stories.syndication.sources import source

logger = logging.getLogger(__name__)

WIDGET_SIZES = range(1, 11)
DEFAULTS = {"size": 5, "colour": "b3171d", "dark": False, "images": True}

# The thumbnail's slot is 96×64 CSS pixels (72×48 in a narrow frame): one rendition for
# ordinary screens and one twice as large for dense ones, so that a thumbnail weighs a few
# kilobytes instead of the 1200-px photo the feeds carry.
THUMBNAILS = ("fill-96x64|format-jpeg|jpegquality-75", "fill-192x128|format-jpeg|jpegquality-75")


@dataclasses.dataclass(frozen=True)
class Layout:
    """The sizes, in CSS pixels, of one item of the list at one range of frame widths."""

    thumb_width: int
    thumb_height: int
    gap: int
    title_size: int
    title_line: int
    title_lines: int

    @property
    def title_height(self):
        return self.title_line * self.title_lines

    def item_height(self):
        """The tallest an item can be: its padding and rule, and the taller of its
        thumbnail and its text (clamped title and the date)."""
        text = self.title_height + DATE_LINE
        return ITEM_PADDING * 2 + ITEM_RULE + max(self.thumb_height, text)


NARROW_BELOW = 360  # frames narrower than this get the NARROW layout
WIDE = Layout(thumb_width=96, thumb_height=64, gap=10, title_size=15, title_line=20,
              title_lines=3)
NARROW = Layout(thumb_width=72, thumb_height=48, gap=8, title_size=14, title_line=19,
                title_lines=4)
HEADING_LINE, HEADING_LINES = 18, 2
HEADING_BELOW = 6 + 3 + 8  # its padding, rule and margin
DATE_LINE = 18
ITEM_PADDING, ITEM_RULE = 8, 1
FOOTER = 8 + 18  # its margin and one line
SLACK = 4  # a browser's rounding of fractional pixels never brings a scrollbar


def frame_height(size, layout=NARROW):
    """The <iframe> height, in CSS pixels, that shows ``size`` items whole."""
    heading = HEADING_LINE * HEADING_LINES + HEADING_BELOW
    return heading + size * layout.item_height() + FOOTER + SLACK


# --- what the widget shows ---------------------------------------------------------------

class WidgetLook(SummarisedForm):
    """How the widget looks: the query string of its address, and the builder's fields."""

    so = forms.IntegerField(
        label=_("Number of stories"), required=False, initial=DEFAULTS["size"],
        min_value=WIDGET_SIZES.start, max_value=WIDGET_SIZES.stop - 1,
        error_messages={key: _("Choose a number of stories from 1 to 10.")
                        for key in ("invalid", "min_value", "max_value")})
    mau = forms.RegexField(
        label=_("Accent colour (hex)"), required=False, initial=DEFAULTS["colour"],
        regex=r"\A[0-9a-fA-F]{6}\Z",
        widget=forms.TextInput(attrs={"pattern": "[0-9a-fA-F]{6}", "maxlength": 6,
                                      "size": 7}),
        help_text=_("Six hexadecimal digits, without #, e.g. b3171d."),
        error_messages={"invalid": _("Write the colour as six hexadecimal digits, without "
                                     "#, e.g. b3171d.")})
    anh = forms.ChoiceField(
        label=_("Thumbnails"), required=False, initial="1",
        choices=[("1", _("With thumbnails")), ("0", _("Titles only"))],
        error_messages={"invalid_choice": _("Choose with or without thumbnails.")})
    nen = forms.ChoiceField(
        label=_("Background"), required=False, initial="sang",
        choices=[("sang", _("Light")), ("toi", _("Dark"))],
        error_messages={"invalid_choice": _("Choose a light or a dark background.")})

    def valid_data(self):
        """The settings given that are right (none when nothing was given)."""
        self.is_valid()
        return self.cleaned_data if self.is_bound else {}

    def choice(self):
        """The look asked for, each setting that is missing or wrong left at its default."""
        data = self.valid_data()
        colour = data.get("mau")
        return {
            "size": data.get("so") or DEFAULTS["size"],
            "colour": colour.lower() if colour else DEFAULTS["colour"],
            "dark": data.get("nen") == "toi",
            "images": data.get("anh") != "0",
        }


def query_string(choice):
    """The widget address's query string for ``choice``, defaults left out where the
    address has always done without them."""
    params = {"so": choice["size"], "mau": choice["colour"]}
    if not choice["images"]:
        params["anh"] = "0"
    if choice["dark"]:
        params["nen"] = "toi"
    return urlencode(params)


def _thumbnails(entries):
    """Page id → the 1× and 2× renditions of its entry's photo (the story's main photo,
    the profile's portrait): four queries, whatever the number of entries."""
    page_ids = [entry.page_id for entry in entries if entry.image]
    if not page_ids:
        return {}
    photo_of = dict(StoryPage.objects.filter(pk__in=page_ids, hero_image__isnull=False)
                    .values_list("pk", "hero_image_id"))
    photo_of.update(ExemplarPage.objects.filter(pk__in=page_ids, portrait__isnull=False)
                    .values_list("pk", "portrait_id"))
    photos = {photo.pk: photo for photo in Photo.objects.filter(pk__in=set(photo_of.values()))
              .prefetch_renditions(*THUMBNAILS)}
    found = {}
    for page_id, photo_id in photo_of.items():
        photo = photos.get(photo_id)
        # A photo only a draft uses is private: its address would be refused anyway.
        if photo is None or is_private(photo.file.name):
            continue
        try:
            renditions = photo.get_renditions(*THUMBNAILS)
        except SourceImageIOError:
            # A photo whose file is gone costs its thumbnail, not the portal's widget.
            logger.warning("No thumbnail for photo %s: its file cannot be read", photo.pk)
            continue
        found[page_id] = [renditions[spec] for spec in THUMBNAILS]
    return found


def _media_origin():
    """The origin photos are served from when it is not the site's (MEDIA_URL on a
    separate host), for the widget's Content-Security-Policy."""
    parts = urlsplit(settings.MEDIA_URL)
    return f" {parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


@xframe_options_exempt
@require_safe
def widget(request, kind, slug=None):
    """/nhung/<kind>[/<slug>]/: the newest stories, for a portal's <iframe>. No cookies,
    no scripts, nothing loaded from other sites. Odd settings fall back to the defaults:
    an embed code already pasted keeps working."""
    choice = WidgetLook(request.GET).choice()

    def build():
        feed_source = source(kind, slug)
        entries = feed_source.entries(limit=choice["size"])
        thumbnails = _thumbnails(entries) if choice["images"] else {}
        items = [(entry, thumbnails.get(entry.page_id)) for entry in entries]
        return render_to_string("stories/syndication/widget.html", {
            "source": feed_source, "items": items, "choice": choice,
            "base": site_root_url(request), "site_brand": site_name(request),
            "wide": WIDE, "narrow": NARROW, "narrow_max": NARROW_BELOW - 1,
            "heading_line": HEADING_LINE, "heading_lines": HEADING_LINES,
            "heading_height": HEADING_LINE * HEADING_LINES, "date_line": DATE_LINE,
            "item_padding": ITEM_PADDING}).encode()

    key = f"nhung/{kind}/{slug}/{choice['size']}/{choice['colour']}/{choice['dark']}/" \
          f"{choice['images']}"
    response = serve_cached(request, key, build, "text/html; charset=utf-8")
    # Thumbnails are addressed from the widget's own origin ('self'), whichever host the
    # portal's code names.
    response["Content-Security-Policy"] = (
        f"default-src 'none'; img-src 'self'{_media_origin()}; style-src 'unsafe-inline'; "
        "frame-ancestors *")
    response["Referrer-Policy"] = "no-referrer"
    return response


# --- the builder on the technicians' page ---------------------------------------------------

_SLUG = re.compile(r"[-a-z0-9]{1,100}")


class WidgetBuilderForm(WidgetLook):
    """The technicians' page form: which stories, and how they look."""

    loai = forms.ChoiceField(
        label=_("Stories from"), required=False,
        error_messages={"invalid_choice": _(
            "Choose where the stories come from in the list: that source does not exist "
            "or is no longer published.")})

    field_order = ["loai", "so", "anh", "nen", "mau"]

    def __init__(self, data, sources):
        super().__init__(data, auto_id="w-%s")
        self.fields["loai"].choices = sources


def widget_sources(columns, sectors, movements, current_places, former_places, exemplars):
    """The builder's choices, grouped as the feeds are listed: one for every widget the
    site serves (the kinds of /nhung/'s addresses)."""
    def group(label, prefix, items, name):
        return (str(label), [(f"{prefix}:{item.slug}", name(item)) for item in items])

    groups = [
        (str(_("Whole site")), [("tat-ca", str(_("All new content"))),
                                ("ho-so", str(_("Exemplar profiles")))]),
        group(_("Columns"), "chuyen-muc", columns, lambda item: item.title),
        group(_("Sectors"), "linh-vuc", sectors, lambda item: item.name),
        group(_("Emulation movements"), "phong-trao", movements, lambda item: item.name),
        group(_("Places"), "dia-phuong", current_places, lambda item: item.label),
        group(_("Former districts and communes (with what their successors publish)"),
              "dia-phuong", former_places, lambda item: item.label),
        group(_("Stories about one exemplar"), "dien-hinh", exemplars,
              lambda item: item.title),
    ]
    return [(label, options) for label, options in groups if options]


def widget_builder(params, sources):
    """The builder's form and the widget it describes: what the portal's <iframe> shows,
    its address and its height. A wrong choice is kept out of the code (the default takes
    its place) and shown as the form's error."""
    asked = params if any(name in params for name in WidgetBuilderForm.base_fields) else None
    form = WidgetBuilderForm(asked, sources)
    choice = form.choice()
    picked = form.valid_data().get("loai") or "tat-ca"
    kind, _sep, slug = picked.partition(":")
    if slug and not _SLUG.fullmatch(slug):  # choices come from slugs; kept safe in a URL
        kind, slug = "tat-ca", ""
    choice["form"] = form
    choice["path"] = f"{kind}/{slug}" if slug else kind
    choice["query"] = query_string(choice)
    choice["height"] = frame_height(choice["size"])
    choice["wide_height"] = frame_height(choice["size"], WIDE)
    choice["narrow_below"] = NARROW_BELOW
    return choice
