"""A column's drawn podcast cover, for podcast apps (`stories.syndication.podcast`)."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from stories.models import ColumnPage
from stories.models.base import live_public
from stories.syndication.podcast import cover_of


@require_safe
def podcast_cover(request, slug, version):
    """/nhan-tin/podcast/<slug>/bia-<version>.jpg: the JPEG never changes at its address;
    an older version's address leads to the current one."""
    column = live_public(ColumnPage.objects).filter(slug=slug).only("title", "slug").first()
    if column is None:
        raise Http404(gettext("There is no column at this address."))
    cover = cover_of(column)
    if version != cover.version:
        return redirect(cover.url)
    etag = f'"{cover.version}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(cover.jpeg(), content_type="image/jpeg")
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=365 * 24 * 60 * 60, immutable=True)
    return response
