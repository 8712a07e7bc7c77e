from django.conf import settings
from django.utils.functional import SimpleLazyObject

from stories.routing import menu_for_request


def site_navigation(request):
    return {
        # Usually found while routing the page; fetched only if a template asks otherwise.
        "nav_menu": SimpleLazyObject(lambda: menu_for_request(request)),
        "site_description": settings.SITE_DESCRIPTION,
    }
