"""What keeps the public search index true: publishing, unpublishing, deleting and
moving pages, view restrictions, and renamed sectors, movements and places."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing
from search.tasks import index_page_task, index_subtree_task, index_term_task, later


def page_changed(sender, instance, **kwargs):
    later(index_page_task, instance.pk)


def page_deleted(sender, instance, **kwargs):
    indexing.remove(None, instance.pk)


def page_moved(sender, instance, **kwargs):
    later(index_subtree_task, instance.path)


def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if page:
        later(index_subtree_task, page.path)


def term_changed(sender, instance, **kwargs):
    later(index_term_task, instance._meta.label, instance.pk)


def term_deleted(sender, instance, **kwargs):
    indexing.remove_term(instance)


def connect():
    from stories.models import Movement, Place, Sector

    page_published.connect(page_changed, dispatch_uid="search-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="search-moved")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="search-deleted")
    for model in (Sector, Movement, Place):
        post_save.connect(term_changed, sender=model, dispatch_uid=f"search-{model.__name__}")
        post_delete.connect(term_deleted, sender=model,
                            dispatch_uid=f"search-{model.__name__}-deleted")
    for signal in (post_save, post_delete):
        signal.connect(restriction_changed, sender=PageViewRestriction,
                       dispatch_uid=f"search-restriction-{id(signal)}")
