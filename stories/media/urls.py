"""Public addresses of the media package, included by `guongsang.urls` before
`wagtail.documents.urls` under the same prefix: Wagtail's document view, answered through
`document_access.serve` (who may open it, never cached)."""

from django.urls import re_path

from stories.media import document_access

urlpatterns = [
    re_path(r"^(\d+)/(.*)$", document_access.serve, name="wagtaildocs_serve"),
]
