from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page


def _menu():
    # The home page's children marked "show in menus", in one query.
    pages = list(Page.objects.live().in_menu().filter(depth=3)
                 .only("title", "url_path", "path", "depth", "content_type_id"))
    directory_type = ContentType.objects.get_by_natural_key("stories", "exemplarindexpage")
    directory = next((p for p in pages if p.content_type_id == directory_type.pk), None)
    return {"pages": pages, "directory": directory}


def site_navigation(request):
    menu = SimpleLazyObject(_menu)
    return {
        "nav_menu": menu,
        "site_description": settings.SITE_DESCRIPTION,
    }
