"""Refreshing what is derived from pages: each page's search entry and feed entry
together, then the feeds' state and the page cache; and finding the pages that a changed
taxonomy term, photo or audio clip touches."""

import logging

from django.apps import apps
from wagtail.models import Page

from search import indexing
from stories.derived import purges
from stories.derived.public_pages import is_public, public
from stories.syndication import entries

logger = logging.getLogger(__name__)

TERMS = ("stories.Sector", "stories.Movement", "stories.Place", "stories.Unit")


def refresh_pages(page_ids, graph=None):
    """Bring the search and feed entries of ``page_ids`` in line with the pages (written
    if public, removed if not or gone). Returns the ids that failed; one broken page
    does not keep the others out."""
    from stories.models import PlaceGraph

    graph = graph or PlaceGraph.load()
    addresses = purges.Addresses() if purges.enabled() else None
    urls, failed = set(), []
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    for page_id in page_ids:
        page = pages.get(page_id)
        try:
            shown = bool(page and is_public(page))
            indexing.write_page(page_id, page, public=shown, graph=graph)
            entries.write_entry(page_id, page, public=shown)
            if addresses and page:
                urls |= addresses.page(page)
        except Exception:
            logger.exception("Could not refresh the search and feed entries of page %s",
                             page_id)
            failed.append(page_id)
    entries.changed()
    if addresses:
        purges.purge(urls | addresses.listings())
    return failed


def touched_pages(label, pk):
    """Ids of the public pages whose search or feed entry shows the object ``label``
    (e.g. "stories.Place") ``pk``: its name, its photo, its recording."""
    from stories.models import ExemplarPage, StoryPage

    model_name = label.split(".", 1)[1]
    if model_name == "Place":
        # A place's history (merges, parents) decides which places cover which.
        querysets = [public(StoryPage.objects).filter(places__isnull=False),
                     public(ExemplarPage.objects).filter(place__isnull=False)]
    elif model_name in ("Sector", "Movement"):
        relation = model_name.lower() + "s"
        querysets = [public(StoryPage.objects).filter(**{relation: pk}),
                     public(ExemplarPage.objects).filter(**{relation: pk})]
    elif model_name == "Unit":
        querysets = [public(ExemplarPage.objects).filter(unit=pk)]
    elif model_name == "Photo":
        return entries.photo_entries(pk)
    elif model_name == "AudioClip":
        return entries.audio_entries(pk)
    else:
        raise ValueError(label)
    return sorted({pk for queryset in querysets
                   for pk in queryset.values_list("pk", flat=True)})


def index_term(label, pk):
    """A sector's, movement's or place's own search entry (written, or removed if gone)."""
    model = apps.get_model(label)
    term = model._default_manager.filter(pk=pk).first()
    if term is None:
        indexing.remove_term(model(pk=pk))
    elif label in TERMS[:3]:
        indexing.index_term(term)
