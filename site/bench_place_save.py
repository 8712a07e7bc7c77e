"""`make bench --search`: saving a place through the admin, timed.

Run by `guongsang.bench` in `manage.py shell` once the corpus is in: the place most
profiles are filed under is renamed three times through the admin's own edit view, as a
superuser would, timing each POST. The pages it touches are re-indexed by the task
worker, after the answer; the line printed says how many tasks were left for it.
"""

import html.parser
import statistics
import time

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from stories.models import ExemplarPage, Place


class Fields(html.parser.HTMLParser):
    """The values an edit form would submit as it stands."""

    def __init__(self):
        super().__init__()
        self.data, self.select, self.textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data[name] = attrs.get("value", "")
        elif tag == "select" and name:
            self.select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self.select and "selected" in attrs:
            self.data[self.select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self.textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea] += data


def measure():
    busiest = (ExemplarPage.objects.exclude(place=None).values("place")
               .annotate(pages=Count("pk")).order_by("-pages").first())
    place = Place.objects.get(pk=busiest["place"])
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True})
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    url = reverse("wagtailsnippets_stories_place:edit", args=[place.pk])
    name, seconds = place.name, []
    for attempt in range(3):
        form = Fields()
        form.feed(client.get(url).content.decode())
        form.data["name"] = f"{name} ({attempt})" if attempt < 2 else name
        started = time.perf_counter()
        response = client.post(url, form.data)
        seconds.append(time.perf_counter() - started)
        if response.status_code != 302:
            raise RuntimeError(f"Lưu địa phương không thành công: HTTP {response.status_code}")
    queued = DBTaskResult.objects.filter(status="READY").count()
    print(f"place {busiest['pages']} {statistics.median(seconds) * 1000:.0f} {queued}")
