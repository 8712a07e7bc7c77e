"""The reading beacon: a 1×1 image each story and profile shows, so that a view is counted
even when the page itself comes from the page cache. It sets no cookie and the response
says `no-store`, so neither the page cache nor the browser keeps it."""

import base64

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from stories.reading.counting import count_view

# A transparent 1×1 GIF.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@never_cache
@require_GET
def beacon(request, page_id):
    count_view(int(page_id))
    return HttpResponse(PIXEL, content_type="image/gif")
