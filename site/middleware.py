import time

from wagtail.models import Site

SITE_TTL = 60  # seconds an edit to the Wagtail sites list may take to reach every worker


class SiteLookupMiddleware:
    """Finds the Wagtail site of a request once a minute per host instead of once per
    request: the lookup is a query of its own on every page, and sites rarely change."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.sites = {}

    def __call__(self, request):
        key = request.get_host()
        cached = self.sites.get(key)
        now = time.monotonic()
        if cached is None or cached[0] < now:
            site = Site.find_for_request(request)
            self.sites[key] = (now + SITE_TTL, site)
        else:
            request._wagtail_site = cached[1]
        return self.get_response(request)
