from django.conf import settings
from django.utils.functional import SimpleLazyObject

from stories.models.site_settings import navigation_for_request


def site_navigation(request):
    """The site's name and menus (`SiteIdentity`), looked up only if a template shows them:
    the admin's pages use this context too."""
    navigation = SimpleLazyObject(lambda: navigation_for_request(request))
    return {
        "nav_menu": navigation,
        "site_brand": SimpleLazyObject(lambda: navigation.name),
        "site_description": settings.SITE_DESCRIPTION,
    }
