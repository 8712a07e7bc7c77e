"""Which pages the public may see, for everything derived from them: live and outside
every view restriction (on the page or an ancestor)."""

from stories.models import ColumnPage, ExemplarPage, StoryPage
from stories.models.base import view_restricted

SEARCHED = (ExemplarPage, StoryPage, ColumnPage)
SYNDICATED = (StoryPage, ExemplarPage)


def public(queryset, page=""):
    """``queryset`` narrowed to public pages, or to rows whose page (the relation
    ``page``, e.g. "page__") is public: one condition inside the caller's query."""
    return queryset.filter(**{f"{page}live": True}).exclude(view_restricted(f"{page}path"))


def is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def public_versions(models):
    """{page id: version} of the public pages of ``models``; the version is the time of
    the last publication, which any derived copy records to show it is up to date."""
    versions = {}
    for model in models:
        for pk, last, first in public(model.objects).values_list(
                "pk", "last_published_at", "first_published_at"):
            versions[pk] = (last or first).isoformat() if (last or first) else ""
    return versions


def public_page_ids(models):
    return [pk for model in models
            for pk in public(model.objects).values_list("pk", flat=True)]
