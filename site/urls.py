from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from guongsang.accounts.password_reset import PasswordResetView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views
from stories import routing
from stories.editorial import choosers as chooser_access
from stories.media import document_access
from stories.syndication import feeds
from stories.syndication import views as stories_views
from stories.syndication.api import api_router

FEED = r"(?P<fmt>rss|atom|json)"
SLUG = r"(?P<slug>[-a-z0-9]+)"

urlpatterns = [
    # Before Wagtail's admin: the second sign-in step, and its password reset page throttled.
    path("quan-tri/xac-thuc/", include("guongsang.accounts.urls")),
    path("quan-tri/password_reset/", PasswordResetView.as_view(),
         name="wagtailadmin_password_reset"),
    # Answers for the pages the user may see only (stories.editorial.choosers).
    path("quan-tri/choose-page/chosen-multiple/", chooser_access.chosen_pages),
    path("quan-tri/", include(wagtailadmin_urls)),
    # Wagtail's document view, never cached (stories.media.document_access).
    re_path(r"^tai-lieu/(\d+)/(.*)$", document_access.serve, name="wagtaildocs_serve"),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggestions, name="search_suggestions"),
    # Not "gioi-thieu/": that is the About page.
    path("gioi-thieu-nguoi-tot/", include("stories.discovery.nominations")),
    path("nhan-tin/", stories_views.subscribe, name="subscribe"),
    re_path(rf"^nhan-tin/(?P<kind>tat-ca|ho-so)\.{FEED}$", feeds.feed, name="feed"),
    re_path(rf"^nhan-tin/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh|podcast)"
            rf"/{SLUG}\.{FEED}$", feeds.feed, name="feed"),
    path("nhan-tin/am-thanh/<int:pk>.<str:extension>", stories_views.audio_clip,
         name="audio_clip"),
    path("nhan-tin/phat-thanh/<int:page_id>.txt", stories_views.radio_version,
         name="radio_version"),
    re_path(rf"^nhan-tin/ban-tin/(?P<kind>chuyen-muc|dia-phuong)/{SLUG}\.txt$",
            stories_views.bulletin, name="bulletin"),
    re_path(rf"^nhan-tin/ban-tin/(?P<kind>chuyen-muc|dia-phuong)/{SLUG}\.rss$",
            stories_views.bulletin_feed, name="bulletin_feed"),
    re_path(r"^nhung/(?P<kind>tat-ca|ho-so)/$", stories_views.widget, name="widget"),
    re_path(rf"^nhung/(?P<kind>chuyen-muc|linh-vuc|phong-trao|dia-phuong|dien-hinh)/{SLUG}/$",
            stories_views.widget, name="widget"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt",
                                            content_type="text/plain"), name="robots_txt"),
]

if settings.BENCH:
    from guongsang.bench import bare_view

    urlpatterns.append(path("_bench/ok/", bare_view))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page serving, routed with fewer queries; same pattern as wagtail.urls.
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="guongsang_serve"),
    path("", include(wagtail_urls)),
]

# The server error page keeps its inline styles under a policy of its own.
handler500 = "guongsang.errors.server_error"
