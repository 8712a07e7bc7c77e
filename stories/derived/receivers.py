"""The one set of receivers that keeps derived data in step with the pages: the search
index and the feed entries follow publishing, unpublishing, moving and deleting pages,
view restrictions, and changed sectors, movements, places, units, photos and recordings.

Receivers only record what changed: the work is enqueued when the change is committed
and done by the task worker. What must not be served stale even for a moment (a page
that left the public, moved, or got a restriction; a renamed term's page) is purged from
the page cache at once."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from stories.derived import purges
from stories.derived.tasks import refresh_after_commit, refresh_related_after_commit
from stories.syndication.entries import changed_after_commit

RELATED = ("Sector", "Movement", "Place", "Unit", "AudioClip")


def published(sender, instance, **kwargs):
    refresh_after_commit([instance.pk])
    purges.purge_own_cache()


def unpublished(sender, instance, **kwargs):
    refresh_after_commit([instance.pk])
    _purge_subtree(instance.path)


def page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    subtree = list(Page.objects.filter(path__startswith=instance.path).values_list(
        "pk", "url_path"))
    refresh_after_commit([pk for pk, _url_path in subtree])
    if purges.enabled():
        addresses = purges.Addresses()
        urls = addresses.listings()
        for _pk, url_path in subtree:
            urls.add(addresses.of_path(url_path))
            if url_path_before and url_path_after and url_path.startswith(url_path_after):
                urls.add(addresses.of_path(url_path_before + url_path[len(url_path_after):]))
        for url_path in (url_path_before, url_path_after):
            if url_path:
                urls.add(addresses.of_path(url_path.rstrip("/").rsplit("/", 1)[0] + "/"))
        purges.purge(urls - {None})


def page_deleted(sender, instance, **kwargs):
    refresh_after_commit([instance.pk])
    if purges.enabled():
        addresses = purges.Addresses()
        purges.purge((addresses.listings() | {addresses.of_path(instance.url_path)}) - {None})


def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if page:
        refresh_after_commit(Page.objects.filter(path__startswith=page.path).values_list(
            "pk", flat=True))
        _purge_subtree(page.path)


def related_deleting(sender, instance, **kwargs):
    """Before a term or recording goes, note the pages that show it: afterwards nothing
    links them any more."""
    from stories.derived.refresh import touched_pages

    instance._derived_pages = touched_pages(instance._meta.label, instance.pk)


def related_changed(sender, instance, created=False, **kwargs):
    label = instance._meta.label
    refresh_related_after_commit([(label, instance.pk)],
                                 getattr(instance, "_derived_pages", ()))
    if purges.enabled() and not created:
        addresses = purges.Addresses()
        purges.purge(addresses.term(instance) | addresses.listings())


def photo_changed(sender, instance, created=False, **kwargs):
    if not created:  # no entry can show a photo just uploaded
        refresh_related_after_commit([(instance._meta.label, instance.pk)])


def _purge_subtree(path):
    if not purges.enabled():
        return
    addresses = purges.Addresses()
    urls = addresses.listings()
    for url_path in Page.objects.filter(path__startswith=path).values_list(
            "url_path", flat=True):
        urls.add(addresses.of_path(url_path))
    purges.purge(urls - {None})


def site_changed(sender, instance, **kwargs):
    """The site's name and menus (SiteIdentity) or its address (a Site's hostname, port or
    root: admin Settings → Sites, `setup_site`) show on every page, feed and API answer:
    the whole page cache goes, and the feeds' state moves on, so a running site follows
    without a restart."""
    purges.purge_own_cache()
    changed_after_commit()
    if purges.enabled():
        purges.purge(purges.Addresses().listings())


def connect():
    from django.apps import apps

    page_published.connect(published, dispatch_uid="derived-published")
    page_unpublished.connect(unpublished, dispatch_uid="derived-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="derived-moved")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="derived-deleted")
    for signal in (post_save, post_delete):
        signal.connect(restriction_changed, sender=PageViewRestriction,
                       dispatch_uid=f"derived-restriction-{id(signal)}")
    for name in RELATED:
        model = apps.get_model("stories", name)
        pre_delete.connect(related_deleting, sender=model, dispatch_uid=f"derived-{name}-pre")
        for signal in (post_save, post_delete):
            signal.connect(related_changed, sender=model,
                           dispatch_uid=f"derived-{name}-{id(signal)}")
    post_save.connect(photo_changed, sender=apps.get_model("stories", "Photo"),
                      dispatch_uid="derived-photo")
    for signal in (post_save, post_delete):
        signal.connect(site_changed, sender=apps.get_model("stories", "SiteIdentity"),
                       dispatch_uid=f"derived-site-identity-{id(signal)}")
        signal.connect(site_changed, sender=Site, dispatch_uid=f"derived-site-{id(signal)}")
