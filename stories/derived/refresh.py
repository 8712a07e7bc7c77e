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


def refresh_pages(page_ids, graph=None, bulk=False):
    """Bring the search and feed entries of ``page_ids`` in line with the pages (written
    if public, removed if not or gone). Returns the ids that failed; one broken page
    does not keep the others out. With ``bulk`` (a repair of many pages), the search
    entries are written for the whole batch at once, page by page only if that fails."""
    from stories.models import PlaceGraph

    graph = graph or PlaceGraph.load()
    addresses = purges.Addresses() if purges.enabled() else None
    urls, failed = set(), []
    if bulk:
        pages = indexing.specific_pages(page_ids)
        shown_ids = set(public(Page.objects.filter(pk__in=page_ids)).values_list(
            "pk", flat=True))
        try:
            indexing.write_pages(page_ids, graph, pages=pages, public_ids=shown_ids)
            searched = True
        except Exception:
            logger.exception("Could not refresh the search entries of pages %s together",
                             page_ids)
            searched = False
    else:
        pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
        shown_ids, searched = None, False
    for page_id in page_ids:
        page = pages.get(page_id)
        try:
            shown = page_id in shown_ids if shown_ids is not None else bool(
                page and is_public(page))
            if not searched:
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
