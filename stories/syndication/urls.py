"""Public addresses of the syndication package: the "Nhận tin" page, the feeds, audio
files, radio text, the widget, the API and oEmbed. Included by `guongsang.urls` at the
site's root; the names are global (templates and models reverse "feed", "audio_clip"…)."""

from django.urls import path, re_path, register_converter
from django.urls.converters import IntConverter

from stories.syndication import feeds, subscriptions_views
from stories.syndication.api import api_router
from stories.syndication.oembed import card_page_view, oembed_view
from stories.syndication.views.audio import audio_clip
from stories.syndication.views.feed_pages import feed_page
from stories.syndication.views.podcast_cover import podcast_cover
from stories.syndication.views.radio import bulletin, bulletin_feed, radio_version
from stories.syndication.views.subscribe import subscribe, technicians
from stories.syndication.views.widget import widget


class DatabaseIdConverter(IntConverter):
    """An id the database can hold: a longer number names nothing, and comparing it would
    overflow the database, so the address is not found."""

    regex = "[0-9]{1,18}"


register_converter(DatabaseIdConverter, "db_id")

FEED = r"(?P<fmt>rss|atom|json)"
SLUG = r"(?P<slug>[-a-z0-9]+)"

urlpatterns = [
    path("nhan-tin/", subscribe, name="subscribe"),
    path("nhan-tin/email/", subscriptions_views.subscribe, name="email_subscribe"),
    path("nhan-tin/email/da-gui/", subscriptions_views.sent, name="email_subscribe_sent"),
    path("nhan-tin/email/xac-nhan/<str:token>/", subscriptions_views.confirm,
         name="email_subscribe_confirm"),
    path("nhan-tin/email/huy/<str:token>/", subscriptions_views.unsubscribe,
         name="email_unsubscribe"),
    path("nhan-tin/ky-thuat/", technicians, name="subscribe_technicians"),
    # A feed's page for people, beside the feed's own address (same path, no format).
    re_path(r"^nhan-tin/(?P<kind>tat-ca|ho-so)/$", feed_page, name="feed_page"),
    re_path(rf"^nhan-tin/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh|podcast)"
            rf"/{SLUG}/$", feed_page, name="feed_page"),
    re_path(rf"^nhan-tin/(?P<kind>tat-ca|ho-so)\.{FEED}$", feeds.feed, name="feed"),
    re_path(rf"^nhan-tin/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh|podcast)"
            rf"/{SLUG}\.{FEED}$", feeds.feed, name="feed"),
    re_path(rf"^nhan-tin/podcast/{SLUG}/bia-(?P<version>[0-9a-f]{{10}})\.jpg$", podcast_cover,
            name="podcast_cover"),
    path("nhan-tin/am-thanh/<db_id:pk>.<str:extension>", audio_clip, name="audio_clip"),
    path("nhan-tin/phat-thanh/<db_id:page_id>.txt", radio_version, name="radio_version"),
    re_path(rf"^nhan-tin/ban-tin/(?P<kind>chuyen-muc|dia-phuong)/{SLUG}\.txt$",
            bulletin, name="bulletin"),
    re_path(rf"^nhan-tin/ban-tin/(?P<kind>chuyen-muc|dia-phuong)/{SLUG}\.rss$",
            bulletin_feed, name="bulletin_feed"),
    re_path(r"^nhung/(?P<kind>tat-ca|ho-so)/$", widget, name="widget"),
    re_path(rf"^nhung/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh)/{SLUG}/$",
            widget, name="widget"),
    # The card oEmbed's answer frames (stories.syndication.oembed).
    path("nhung/the/<db_id:page_id>/", card_page_view, name="oembed_card"),
    path("api/v2/", api_router.urls),
    path("api/oembed/", oembed_view, name="oembed"),
]
