"""Radio text: one story's radio version, and the week's bulletin of a column or place as
text and as RSS, for stations and commune loudspeakers."""

import datetime
import re

from django.http import Http404, HttpResponse
from django.utils import feedgenerator, timezone
from django.utils.encoding import escape_uri_path
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from stories.models.base import site_root_url, site_url
from stories.models.site_settings import site_name
from stories.syndication import radio
from stories.syndication.cached_responses import TTL_MINUTES, serve_cached
from stories.syndication.entries import tag_authority
from stories.syndication.feeds import LocalDates
from stories.syndication.sources import shown_entries, source

BULLETIN_WEEKS = 8
_WEEK = re.compile(r"(\d{4})-W(\d{2})", re.ASCII)


def _text_response(text, filename=None):
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={TTL_MINUTES * 60 // 3}"
    return response


def _radio_block(entry, request):
    """The story read aloud, and for the technician the address of its recording: a
    whole address, since the text is read away from the site."""
    lines = [entry.radio_text]
    if entry.audio is not None:
        lines.append(gettext("[Audio: %(url)s, %(duration)s]") % {
            "url": site_url(entry.audio.get_absolute_url(), request),
            "duration": entry.audio.duration_text})
    return "\n\n".join(lines)


@require_safe
def radio_version(request, page_id):
    entry = shown_entries().select_related("audio").filter(page_id=page_id).first()
    if entry is None:
        raise Http404
    header = [
        entry.title,
        gettext("Radio version of %(url)s") % {"url": site_url(entry.url, request)},
        gettext("Estimated reading time: %(duration)s") % {
            "duration": radio.format_duration(entry.radio_seconds)},
        "=" * 40,
    ]
    return _text_response("\n".join(header) + "\n\n" + _radio_block(entry, request) + "\n",
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


def bulletin_text(feed_source, entries, start, end, request=None):
    """The week's radio versions as one text a station can read out, with its running
    time (the opening and closing lines included); the lines above the rule are for the
    technician, not the air."""
    last_day = (end - datetime.timedelta(days=1)).date()
    week = {"start": f"{start:%d/%m/%Y}", "end": f"{last_day:%d/%m/%Y}"}
    opening = radio.speakable(gettext(
        "Dear listeners, here is the %(site_name)s bulletin for the week from %(start)s "
        "to %(end)s.") % {"site_name": site_name(), **week})
    closing = radio.speakable(
        gettext("That is the end of this week's bulletin. Thank you for listening."))
    seconds = sum(entry.radio_seconds for entry in entries)
    if entries:
        seconds += radio.reading_seconds(opening) + radio.reading_seconds(closing)
    header = [
        gettext("RADIO BULLETIN — %(title)s") % {"title": feed_source.title},
        gettext("Week from %(start)s to %(end)s") % week,
        gettext("%(count)d items, estimated reading time %(duration)s") % {
            "count": len(entries), "duration": radio.format_duration(seconds)},
        "=" * 40,
    ]
    if not entries:
        return "\n".join([*header, "", gettext("Nothing was published this week.")]) + "\n"
    blocks = [f"{number}. {_radio_block(entry, request)}"
              for number, entry in enumerate(entries, 1)]
    return "\n".join(header) + "\n\n" + "\n\n---\n\n".join(
        [opening, *blocks, closing]) + "\n"


def _week_entries(feed_source, start, end):
    """The week's entries in the order they were published."""
    return feed_source.entries(limit=200, since=start, until=end)[::-1]


class BulletinRss(LocalDates, feedgenerator.Rss201rev2Feed):
    """RSS 2.0, its channel date in Vietnam time like its items'."""


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
    text = bulletin_text(feed_source, _week_entries(feed_source, start, end), start, end,
                         request)
    return _text_response(text, filename=f"ban-tin-{slug}-{year}-W{week:02d}.txt")


@require_safe
def bulletin_feed(request, kind, slug):
    """The last weeks' bulletins as RSS: one item a week that had something to read."""
    def build():
        feed_source = _bulletin_source(kind, slug)
        base, authority = site_root_url(request), tag_authority()
        path = request.path.removesuffix(".rss")
        generator = BulletinRss(
            title=gettext("Radio bulletin — %(title)s") % {"title": feed_source.title},
            link=base + feed_source.link, description=feed_source.description,
            language="vi", feed_url=base + escape_uri_path(request.path),
            ttl=str(TTL_MINUTES * 4))
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
            text = bulletin_text(feed_source, shown, week_start, week_end, request)
            link = f"{base}{path}.txt?tuan={iso_year}-W{iso_week:02d}"
            generator.add_item(
                title=gettext("Bulletin of the week from %(start)s") % {
                    "start": f"{week_start:%d/%m/%Y}"},
                link=link,
                description=format_html_join("", "<p>{}</p>", (
                    (paragraph,) for paragraph in text.split("\n\n"))),
                # The same whichever address the feed is fetched through.
                unique_id=f"tag:{authority},{week_start:%Y-%m-%d}:ban-tin-{kind}-{slug}",
                unique_id_is_permalink=False,
                pubdate=timezone.localtime(max(entry.published_at for entry in shown)),
            )
        return generator.writeString("utf-8").encode()

    return serve_cached(request, f"ban-tin/{kind}/{slug}", build,
                        "application/rss+xml; charset=utf-8")
