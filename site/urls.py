from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views
from stories import routing

urlpatterns = [
    path("quan-tri/", include(wagtailadmin_urls)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggestions, name="search_suggestions"),
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
