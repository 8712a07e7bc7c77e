from django.conf import settings

from .models import ColumnPage, ExemplarIndexPage


def site_navigation(request):
    """Main navigation, built lazily so pages that do not render it pay nothing."""

    def columns():
        return list(ColumnPage.objects.live().public().filter(show_in_menus=True)
                    .only("title", "url_path", "path", "depth"))

    def directory():
        return ExemplarIndexPage.objects.live().only("title", "url_path").first()

    return {
        "nav_columns": columns,
        "nav_directory": directory,
        "site_description": settings.SITE_DESCRIPTION,
        "site_base_url": settings.SITE_BASE_URL,
    }
