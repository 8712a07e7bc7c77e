"""The "Nhận tin" page: every feed, the API and the widget, explained, with the widget's
code for a portal."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from stories.models import ColumnPage, ExemplarPage, Movement, Place, Sector, StoryPage
from stories.models.base import live_public
from stories.syndication.cached_responses import TTL_MINUTES
from stories.syndication.views.widget import widget_builder


@require_safe
def subscribe(request):
    columns = list(live_public(ColumnPage.objects).order_by("path").only("title", "slug", "path"))
    story_paths = live_public(StoryPage.objects).filter(audio__isnull=False).values_list(
        "path", flat=True)
    with_audio = {path[:-StoryPage.steplen] for path in story_paths}
    podcast_columns = {column.slug for column in columns if column.path in with_audio}
    places = list(Place.objects.order_by("name"))
    widget = widget_builder(request.GET)
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
    return render(request, "stories/syndication/subscribe.html", context)
