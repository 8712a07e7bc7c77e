"""The pages read most this week, from the daily counts."""

import datetime
from dataclasses import dataclass

from django.db.models import Sum
from django.utils import timezone

from stories.cards import page_urls
from stories.reading.counting import counted_pages

WEEK_DAYS = 7
MOST_READ_LIMIT = 5


@dataclass(frozen=True, slots=True)
class MostRead:
    title: str
    url: str
    views: int


def most_read(request, limit=MOST_READ_LIMIT):
    """The live, public stories and profiles read most in the last seven days (today
    included), most read first, in one query."""
    since = timezone.localdate() - datetime.timedelta(days=WEEK_DAYS - 1)
    rows = (counted_pages()
            # Filtered before the sum: only this week's rows are joined and added.
            .filter(reading_counts__day__gte=since)
            .annotate(week=Sum("reading_counts__views"))
            .filter(week__gt=0)
            .order_by("-week", "-first_published_at", "-pk")
            .values_list("title", "url_path", "week")[:limit])
    url = page_urls(request)
    return [MostRead(title, url(url_path), week) for title, url_path, week in rows]
