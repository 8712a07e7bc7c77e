"""A column's podcast cover, as podcast apps want it: square, 1400 to 3000 pixels, RGB JPEG.

The editor's photo (`ColumnPage.podcast_artwork`) when it is large enough; otherwise a
cover drawn here with the column's name and the site's, in Be Vietnam Pro (SIL Open Font
License, `static/fonts/`), which has every Vietnamese letter. The drawn cover is served
by `stories.syndication.views.podcast_cover` at an address that names its version, so
that an app that keeps covers by address fetches the new one after a rename.
"""

import dataclasses
import hashlib
import io
import math

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import gettext
from PIL import Image, ImageDraw, ImageFont

from stories.models.site_settings import site_name

ARTWORK_FILTER = "fill-1400x1400|format-jpeg"
SIZE = 1400
MARGIN = 120
# Changing the drawing changes this, and with it every cover's address.
DESIGN = "2"
BACKGROUND = (163, 21, 26)  # the site's red (--red in guongsang.css)
GOLD = (255, 213, 74)
WHITE = (255, 255, 255)
TITLE_FONT = "fonts/BeVietnamPro-Bold.ttf"
LABEL_FONT = "fonts/BeVietnamPro-Medium.ttf"
TITLE_SIZES = range(150, 59, -6)
TITLE_HEIGHT = 630  # between the site's name and the word "Podcast"
CACHE_SECONDS = 30 * 24 * 60 * 60


@dataclasses.dataclass(frozen=True)
class Cover:
    """The drawn cover of a column: what it shows, its version and its address."""

    slug: str
    title: str
    site: str

    @property
    def version(self):
        text = "\n".join((DESIGN, self.title, self.site))
        return hashlib.sha256(text.encode()).hexdigest()[:10]

    @property
    def url(self):
        return reverse("podcast_cover", kwargs={"slug": self.slug, "version": self.version})

    def jpeg(self):
        """The JPEG's bytes, drawn once per version."""
        return cache.get_or_set(f"podcast-cover:{self.version}",
                                lambda: draw_cover(self.title, self.site), CACHE_SECONDS)


def cover_of(column):
    return Cover(column.slug, column.title, site_name(None))


def has_large_enough_artwork(column):
    photo = column.podcast_artwork
    return photo is not None and min(photo.width, photo.height) >= SIZE


def artwork_url(column):
    """The address of ``column``'s podcast cover: root-relative, or absolute when the
    photo's storage gives one. A photo smaller than podcast apps accept is left aside
    for the drawn cover, which always meets their rules."""
    if column.podcast_artwork_id and has_large_enough_artwork(column):
        return column.podcast_artwork.get_rendition(ARTWORK_FILTER).url
    return cover_of(column).url


def cover_font(name, size):
    """The font ``name`` (under static/) at ``size`` pixels. Read again each time: a
    FreeType face is not safe to share between threads, and a cover is drawn rarely."""
    return ImageFont.truetype(finders.find(name), size)


def _wrap(text, font, width):
    """Lines of ``text`` no wider than ``width``, or None if one word alone is wider."""
    lines = []
    for word in text.split():
        if font.getlength(word) > width:
            return None
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _title_lines(title):
    """The largest font at which the title fits its box, and its lines. A name too long
    for the smallest size is cut short with an ellipsis."""
    width = SIZE - 2 * MARGIN
    for size in TITLE_SIZES:
        font = cover_font(TITLE_FONT, size)
        lines = _wrap(title, font, width)
        if lines is not None and len(lines) * _line_height(font) <= TITLE_HEIGHT:
            return font, _balanced(title, font, width, len(lines))
    words = [_shortened(word, font, width) for word in title.split()]
    lines = _wrap(" ".join(words), font, width)
    fitting = TITLE_HEIGHT // _line_height(font)
    if len(lines) > fitting:
        lines = [*lines[:fitting - 1], _shortened(f"{lines[fitting - 1]} …", font, width)]
    return font, lines


def _balanced(text, font, width, count):
    """The lines at the narrowest width that still needs only ``count`` of them: "Người
    tốt / việc tốt" rather than "Người tốt việc / tốt"."""
    low, high = 0, width
    while high - low > 8:
        middle = (low + high) / 2
        lines = _wrap(text, font, middle)
        if lines is not None and len(lines) == count:
            high = middle
        else:
            low = middle
    return _wrap(text, font, high)


def _line_height(font):
    # Room for the marks stacked above Vietnamese capitals (Ễ, Ỗ).
    return round(font.size * 1.3)


def _shortened(text, font, width):
    while font.getlength(text) > width:
        text = text[:-2].rstrip() + "…"
    return text


def _site_line(site):
    """The site's name on one line: smaller for a long name, cut short if still too long."""
    width = SIZE - 2 * MARGIN
    for size in range(64, 35, -4):
        font = cover_font(LABEL_FONT, size)
        if font.getlength(site) <= width:
            return site, font
    return _shortened(site, font, width), font


def _star(draw, centre_x, centre_y, radius):
    points = []
    for n in range(10):
        angle = -math.pi / 2 + n * math.pi / 5
        length = radius if n % 2 == 0 else radius * 0.382
        points.append((centre_x + length * math.cos(angle), centre_y + length * math.sin(angle)))
    draw.polygon(points, fill=GOLD)


def _centred(draw, y, text, font, fill):
    draw.text((SIZE / 2, y), text, font=font, fill=fill, anchor="ma")


def draw_cover(title, site):
    """A square JPEG with the column's name in large letters between the site's name and
    the word "Podcast"."""
    image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    label = cover_font(LABEL_FONT, 64)
    _star(draw, SIZE / 2, MARGIN + 70, 70)
    _centred(draw, MARGIN + 180, *_site_line(site.upper()), GOLD)
    font, lines = _title_lines(title)
    line_height = _line_height(font)
    top = (SIZE - line_height * len(lines)) / 2 + 60
    for number, line in enumerate(lines):
        _centred(draw, top + number * line_height, line, font, WHITE)
    bottom = SIZE - MARGIN - 64
    draw.line((MARGIN * 3, bottom - 50, SIZE - MARGIN * 3, bottom - 50), fill=GOLD, width=6)
    _centred(draw, bottom, gettext("Podcast").upper(), label, GOLD)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=88, optimize=True)
    return output.getvalue()
