"""Public addresses of the reading package, included by `guongsang.urls` at the site's
root."""

from django.urls import re_path

from stories.reading.views import beacon

urlpatterns = [
    # Ten digits at most: a longer number names no page and would only fill the cache.
    re_path(r"^luot-doc/(?P<page_id>[0-9]{1,10})\.gif$", beacon, name="reading_beacon"),
]
