"""Issue #16: right after `load_demo`, every column's radio bulletin for the current week has
at least one story, whatever the weekday the demo is loaded.

Every test reads the one load the `demo` fixture makes (tests/stories/demo/conftest.py)."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from stories.models import ColumnPage

RULE = "=" * 40


def bulletin_stories(client, column, week=None):
    """The stories a column's bulletin reads, each block without its number."""
    url = f"/nhan-tin/ban-tin/chuyen-muc/{column.slug}.txt"
    response = client.get(url, {"tuan": week} if week else {})
    assert response.status_code == 200, url
    body = response.content.decode().split(RULE, 1)[1].strip()
    # Opening, the numbered stories, closing; an empty week has one paragraph, no rule.
    parts = body.split("\n\n---\n\n")
    return [part.split(". ", 1)[1] for part in parts[1:-1]]


def iso_week(day):
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def test_every_columns_bulletin_for_this_week_has_a_story(demo, client):
    columns = ColumnPage.objects.live()
    assert columns.count() >= 6
    for column in columns:
        assert bulletin_stories(client, column), column.title


def test_loaded_on_a_monday_every_columns_bulletin_still_has_a_story(demo, client):
    """Monday is the hardest day: only what is dated today is in the week."""
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    call_command("load_demo", "--today", monday.isoformat(), stdout=io.StringIO())
    for column in ColumnPage.objects.live():
        stories = bulletin_stories(client, column, iso_week(monday))
        assert stories, column.title
