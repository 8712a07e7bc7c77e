"""Public views outside the page tree: the "Nhận tin" page, audio files, radio versions
and weekly bulletins, and the widget portals embed."""

import datetime
import re

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import feedgenerator, timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from stories.models import (
    AudioClip,
    ColumnPage,
    ExemplarPage,
    Movement,
    Place,
    Sector,
    StoryPage,
)
from stories.models.base import live_public
from stories.syndication import radio
from stories.syndication.entries import shown_entries, source
from stories.syndication.feeds import TTL_MINUTES, serve_cached

BULLETIN_WEEKS = 8
# Ids in URLs (`<int:…>` takes any number of digits) beyond the largest the database
# stores name nothing, and comparing them would overflow it.
MAX_ID = 2**63 - 1
WIDGET_SIZES = range(1, 11)
_COLOUR = re.compile(r"[0-9a-fA-F]{6}")
_WEEK = re.compile(r"(\d{4})-W(\d{2})", re.ASCII)


# --- "Nhận tin": every feed, the API and the widget, explained --------------------------

@require_safe
def subscribe(request):
    columns = list(live_public(ColumnPage.objects).order_by("path").only("title", "slug", "path"))
    story_paths = live_public(StoryPage.objects).filter(audio__isnull=False).values_list(
        "path", flat=True)
    with_audio = {path[:-StoryPage.steplen] for path in story_paths}
    podcast_columns = {column.slug for column in columns if column.path in with_audio}
    places = list(Place.objects.order_by("name"))
    widget = _widget_builder(request.GET)
    context = {
        "columns": columns,
        "podcast_columns": podcast_columns,
        "sectors": list(Sector.objects.all()),
        "movements": list(Movement.objects.order_by("name")),
        "current_places": [place for place in places if place.is_current],
        "former_places": [place for place in places if not place.is_current],
        "exemplars": list(live_public(ExemplarPage.objects).order_by("title")
                          .only("title", "slug")),
        "base": request.build_absolute_uri("/").rstrip("/"),
        "widget": widget,
        "ttl": TTL_MINUTES,
    }
    return render(request, "stories/subscribe.html", context)


# --- audio --------------------------------------------------------------------------------

# One range of at most 18 ASCII digits each side (\d also takes other scripts' digits, and a
# longer number is past any file); any other Range header is ignored, as RFC 9110 allows.
_RANGE = re.compile(r"bytes=([0-9]{0,18})-([0-9]{0,18})")


@require_safe
def audio_clip(request, pk, extension):
    """An audio file, at a URL that stays the same when the file is renamed, with byte
    ranges (podcast apps and browsers seek with them). Only audio of shown pages."""
    if pk > MAX_ID:
        raise Http404
    clip = get_object_or_404(AudioClip, pk=pk)
    if extension != clip.extension or not shown_entries().filter(audio=clip).exists():
        raise Http404
    size = clip.size
    start, end = 0, size - 1
    match = _RANGE.fullmatch(request.headers.get("Range", ""))
    status = 200
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:
            start = max(size - int(match[2]), 0)
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        status = 206
    handle = clip.file.open("rb")
    handle.seek(start)
    length = end - start + 1
    response = FileResponse(_limited(handle, length), status=status,
                            content_type=clip.mime_type)
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "public, max-age=86400"
    response["ETag"] = f'"audio-{clip.pk}-{size}-{int(clip.duration * 1000)}"'
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response


def _limited(handle, length, chunk=64 * 1024):
    try:
        while length > 0:
            data = handle.read(min(chunk, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        handle.close()


# --- radio: one story read aloud, and the week's bulletin -------------------------------

def _text_response(text, filename=None):
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={TTL_MINUTES * 60 // 3}"
    return response


def _radio_block(entry):
    lines = [entry.radio_text]
    if entry.audio is not None:
        lines.append(gettext("[Audio: %(url)s, %(duration)s]") % {
            "url": entry.audio.get_absolute_url(), "duration": entry.audio.duration_text})
    return "\n\n".join(lines)


@require_safe
def radio_version(request, page_id):
    if page_id > MAX_ID:
        raise Http404
    entry = shown_entries().select_related("audio").filter(page_id=page_id).first()
    if entry is None:
        raise Http404
    header = [
        entry.title,
        gettext("Radio version of %(url)s") % {"url": request.build_absolute_uri(entry.url)},
        gettext("Estimated reading time: %(duration)s") % {
            "duration": radio.format_duration(entry.radio_seconds)},
        "=" * 40,
    ]
    return _text_response("\n".join(header) + "\n\n" + _radio_block(entry) + "\n",
                          filename=f"phat-thanh-{page_id}.txt")


def week_bounds(year, week):
    """Monday 00:00 to the next Monday, Vietnam time, of an ISO week."""
    monday = datetime.date.fromisocalendar(year, week, 1)
    start = timezone.make_aware(datetime.datetime.combine(monday, datetime.time()))
    return start, start + datetime.timedelta(days=7)


def _this_week():
    year, week, _day = timezone.localdate().isocalendar()
    return year, week


def _bulletin_source(kind, slug):
    if kind not in ("chuyen-muc", "dia-phuong"):
        raise Http404
    return source(kind, slug)


def bulletin_text(feed_source, entries, start, end):
    """The week's radio versions as one text a station can read out, with its running
    time; the lines above the rule are for the technician, not the air."""
    last_day = (end - datetime.timedelta(days=1)).date()
    seconds = sum(entry.radio_seconds for entry in entries)
    header = [
        gettext("RADIO BULLETIN — %(title)s") % {"title": feed_source.title},
        gettext("Week from %(start)s to %(end)s") % {
            "start": f"{start:%d/%m/%Y}", "end": f"{last_day:%d/%m/%Y}"},
        gettext("%(count)d items, estimated reading time %(duration)s") % {
            "count": len(entries), "duration": radio.format_duration(seconds)},
        "=" * 40,
    ]
    if not entries:
        return "\n".join([*header, "", gettext("Nothing was published this week.")]) + "\n"
    opening = radio.speakable(gettext(
        "Dear listeners, here is the Gương Sáng bulletin for the week from %(start)s to "
        "%(end)s.") % {"start": f"{start:%d/%m/%Y}", "end": f"{last_day:%d/%m/%Y}"})
    blocks = [f"{number}. {_radio_block(entry)}" for number, entry in enumerate(entries, 1)]
    closing = gettext("That is the end of this week's bulletin. Thank you for listening.")
    return "\n".join(header) + "\n\n" + "\n\n---\n\n".join(
        [opening, *blocks, closing]) + "\n"


def _week_entries(feed_source, start, end):
    """The week's entries in the order they were published."""
    return feed_source.entries(limit=200, since=start, until=end)[::-1]


@require_safe
def bulletin(request, kind, slug):
    """/nhan-tin/ban-tin/<chuyen-muc|dia-phuong>/<slug>.txt[?tuan=2026-W47]"""
    feed_source = _bulletin_source(kind, slug)
    match = _WEEK.fullmatch(request.GET.get("tuan", ""))
    year, week = (int(match[1]), int(match[2])) if match else _this_week()
    try:
        # The week before and after must exist too: the text names its last day, and the
        # database compares in UTC.
        if not datetime.MINYEAR < year < datetime.MAXYEAR:
            raise ValueError(year)
        start, end = week_bounds(year, week)
    except ValueError:
        year, week = _this_week()
        start, end = week_bounds(year, week)
    text = bulletin_text(feed_source, _week_entries(feed_source, start, end), start, end)
    return _text_response(text, filename=f"ban-tin-{slug}-{year}-W{week:02d}.txt")


@require_safe
def bulletin_feed(request, kind, slug):
    """The last weeks' bulletins as RSS: one item a week that had something to read."""
    def build():
        feed_source = _bulletin_source(kind, slug)
        base = request.build_absolute_uri("/").rstrip("/")
        path = request.path.removesuffix(".rss")
        generator = feedgenerator.Rss201rev2Feed(
            title=gettext("Radio bulletin — %(title)s") % {"title": feed_source.title},
            link=base + feed_source.link, description=feed_source.description,
            language="vi", feed_url=request.build_absolute_uri(), ttl=str(TTL_MINUTES * 4))
        year, week = _this_week()
        start, _end = week_bounds(year, week)
        entries = feed_source.entries(
            limit=500, since=start - datetime.timedelta(weeks=BULLETIN_WEEKS - 1))
        for weeks_ago in range(BULLETIN_WEEKS):
            week_start = start - datetime.timedelta(weeks=weeks_ago)
            week_end = week_start + datetime.timedelta(days=7)
            shown = [e for e in entries if week_start <= e.published_at < week_end][::-1]
            if not shown:
                continue
            iso_year, iso_week, _day = week_start.isocalendar()
            text = bulletin_text(feed_source, shown, week_start, week_end)
            link = f"{base}{path}.txt?tuan={iso_year}-W{iso_week:02d}"
            generator.add_item(
                title=gettext("Bulletin of the week from %(start)s") % {
                    "start": f"{week_start:%d/%m/%Y}"},
                link=link,
                description=format_html_join("", "<p>{}</p>", (
                    (paragraph,) for paragraph in text.split("\n\n"))),
                unique_id=f"tag:{request.get_host().split(':')[0]},{week_start:%Y-%m-%d}:"
                          f"ban-tin-{kind}-{slug}",
                unique_id_is_permalink=False,
                pubdate=max(entry.published_at for entry in shown),
            )
        return generator.writeString("utf-8").encode()

    return serve_cached(request, f"ban-tin/{kind}/{slug}", build,
                        "application/rss+xml; charset=utf-8")


# --- the widget ----------------------------------------------------------------------------

def _widget_choice(params):
    """The widget's settings from a query string, each one checked (bad ones fall back)."""
    size = params.get("so", "5")
    size = int(size) if size in {str(number) for number in WIDGET_SIZES} else 5
    colour = params.get("mau", "b3171d")
    colour = colour if _COLOUR.fullmatch(colour) else "b3171d"
    return {"size": size, "colour": colour, "dark": params.get("nen") == "toi",
            "images": params.get("anh", "1") != "0"}


_SLUG = re.compile(r"[-a-z0-9]{1,100}")


def _widget_builder(params):
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
        base = request.build_absolute_uri("/").rstrip("/")
        return render_to_string("stories/widget.html", {
            "source": feed_source, "entries": feed_source.entries(limit=choice["size"]),
            "choice": choice, "base": base}).encode()

    key = f"nhung/{kind}/{slug}/{choice['size']}/{choice['colour']}/{choice['dark']}/" \
          f"{choice['images']}"
    response = serve_cached(request, key, build, "text/html; charset=utf-8")
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; " \
                                          "style-src 'unsafe-inline'; frame-ancestors *"
    response["Referrer-Policy"] = "no-referrer"
    return response
