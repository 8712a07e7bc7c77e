from django.conf import settings
from django.urls import include, path
from django.views.generic import TemplateView
from guongsang.accounts.password_reset import PasswordResetView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views
from stories import sitemaps
from stories.syndication.polling import polled

urlpatterns = [
    # Before Wagtail's admin: the second sign-in step, and its password reset page throttled.
    path("quan-tri/xac-thuc/", include("guongsang.accounts.urls")),
    path("quan-tri/password_reset/", PasswordResetView.as_view(),
         name="wagtailadmin_password_reset"),
    # Admin addresses answered in place of Wagtail's own (stories.editorial.urls).
    path("quan-tri/", include("stories.editorial.urls")),
    path("quan-tri/", include(wagtailadmin_urls)),
    # Wagtail's document view, never cached (stories.media.urls).
    path("tai-lieu/", include("stories.media.urls")),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggestions, name="search_suggestions"),
    # Not "gioi-thieu/": that is the About page.
    path("gioi-thieu-nguoi-tot/", include("stories.discovery.urls")),
    path("", include("stories.syndication.urls")),
    path("", include("stories.reading.urls")),
    # An index of pages of at most 10,000 addresses (stories.sitemaps), each validated and
    # gzipped for search engines polling it (stories.syndication.polling).
    path("sitemap.xml", polled(sitemaps.index), name="sitemap"),
    path("sitemap-<slug:section>.xml", polled(sitemaps.section), name="sitemap_section"),
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
    path("", include(wagtail_urls)),
]

# The server error page keeps its inline styles under a policy of its own.
handler500 = "guongsang.errors.server_error"
