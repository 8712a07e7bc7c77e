"""The "Nhận tin" pages: one short page for people (email, sharing, following in a feed
reader), and one for technicians (every feed, radio, the API and the widget's code)."""

from urllib.parse import quote

from django.shortcuts import render
from django.views.decorators.http import require_safe

from stories.models import ColumnPage, ExemplarPage, Movement, Place, Sector, StoryPage
from stories.models.base import live_public, site_root_url
from stories.syndication.cached_responses import TTL_MINUTES
from stories.syndication.views.widget import widget_builder, widget_sources


def _columns():
    return list(live_public(ColumnPage.objects).order_by("path").only("title", "slug", "path"))


@require_safe
def subscribe(request):
    """/nhan-tin/: for people. Sharing the site by link needs no script from Zalo or
    Facebook: their share pages take the address."""
    home = site_root_url(request) + "/"
    encoded = quote(home, safe="")
    return render(request, "stories/syndication/subscribe.html", {
        "columns": _columns(),
        "share": {
            "url": home,
            "facebook": f"https://www.facebook.com/sharer/sharer.php?u={encoded}",
            "zalo": f"https://sp.zalo.me/share?url={encoded}",
        },
    })


@require_safe
def technicians(request):
    """/nhan-tin/ky-thuat/: every feed, the radio versions, the API and the widget."""
    columns = _columns()
    story_paths = live_public(StoryPage.objects).filter(audio__isnull=False).values_list(
        "path", flat=True)
    with_audio = {path[:-StoryPage.steplen] for path in story_paths}
    podcast_columns = {column.slug for column in columns if column.path in with_audio}
    # Former units are named with the unit they were part of (`Place.label`).
    places = list(Place.objects.select_related("parent").order_by("name"))
    context = {
        "columns": columns,
        "podcast_columns": podcast_columns,
        "sectors": list(Sector.objects.all()),
        "movements": list(Movement.objects.order_by("name")),
        "current_places": [place for place in places if place.is_current],
        "former_places": [place for place in places if not place.is_current],
        "exemplars": list(live_public(ExemplarPage.objects).order_by("title")
                          .only("title", "slug")),
        "base": site_root_url(request),
        "ttl": TTL_MINUTES,
    }
    widget = widget_builder(request.GET, widget_sources(
        *(context[name] for name in ("columns", "sectors", "movements", "current_places",
                                     "former_places", "exemplars"))))
    context["widget"] = widget
    # A wrong choice in the widget's form is the asker's error, said on the page.
    status = 400 if widget["form"].errors else 200
    return render(request, "stories/syndication/technicians.html", context, status=status)
