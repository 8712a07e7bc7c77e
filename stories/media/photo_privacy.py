"""A photo is private until a live page uses it, and private again once none does.

Photos of people are uploaded long before their profile is approved, and many never are:
until then nobody outside the editorial desk may fetch them by URL. A photo's file (and
its renditions) live under ``private/`` in the private storage, never served as media
(`stories.media.storage.PhotoStorage`); the admin shows them through `private_photo`, to staff
who may choose or edit images.

When a page goes live (published now, or when its scheduled time comes: both send
``page_published``), every photo it uses (hero, portrait, gallery, StreamField and rich
text images, as Wagtail's reference index lists them) moves to public media. When a page is
unpublished or deleted, or republished without a photo, each photo it used that no other
live page uses moves back. Renditions are deleted on each move (and with them their
cache entries), to be made again on the right side.

The move happens inside the publication, before anything reads the photos again: the
feed entry prepared after the commit (`stories.syndication.entries`) gets public URLs. These
receivers are connected before the feeds' ones (`stories.signals`), which matters when a
publication runs outside a transaction.
"""

import logging
import mimetypes

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.db.models.signals import pre_delete, pre_save
from django.dispatch import receiver
from django.http import FileResponse, Http404
from django.urls import path
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.signals import page_published, page_unpublished

from stories.media.storage import PRIVATE_PREFIX
from stories.models import Photo, PhotoRendition

logger = logging.getLogger(__name__)

IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}


# --- which photos live pages use ------------------------------------------------------------

def _types():
    return ContentType.objects.get_for_model(Page), ContentType.objects.get_for_model(Photo)


def photos_used_by(page):
    """Ids of the photos ``page`` uses, as the reference index has them: one query."""
    _page_type, photo_type = _types()
    return {int(pk) for pk in ReferenceIndex.get_references_for_object(page).filter(
        to_content_type=photo_type).values_list("to_object_id", flat=True)}


def used_by_live_pages(photo_ids):
    """Those of ``photo_ids`` that a live page uses: one query."""
    page_type, photo_type = _types()
    live = Page.objects.filter(live=True).annotate(
        key=Cast("pk", output_field=CharField())).values("key")
    return {int(pk) for pk in ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=live,
        to_content_type=photo_type, to_object_id__in=[str(pk) for pk in photo_ids],
    ).values_list("to_object_id", flat=True)}


# --- moving a photo ---------------------------------------------------------------------------

def _move(photo, *, public):
    storage = photo.file.storage
    old = photo.file.name
    new = storage.relocate(old, public=public)
    Photo.objects.filter(pk=photo.pk).update(file=new)
    photo.file.name = new
    # The old file goes once the new name is committed; a rollback keeps both consistent.
    transaction.on_commit(lambda: storage.delete(old))
    # Wagtail's signals delete their files after the commit and drop them from the cache.
    photo.renditions.all().delete()


def _try_move(photo, *, public):
    try:
        _move(photo, public=public)
    except OSError:
        # A missing or unreadable file must not stop a publication: the photo stays where
        # it is, and the log says which.
        logger.exception("Photo %s could not be moved (public: %s)", photo.pk, public)
        return False
    return True


def make_public(photo_ids):
    """Move to public media those of ``photo_ids`` still private; returns how many."""
    return sum(_try_move(photo, public=True) for photo in Photo.objects.filter(
        pk__in=photo_ids, file__startswith=PRIVATE_PREFIX))


def make_private_unless_used(photo_ids):
    """Move back to the private storage those of ``photo_ids`` no live page uses; returns
    how many."""
    if not photo_ids:
        return 0
    public = list(Photo.objects.filter(pk__in=photo_ids).exclude(
        file__startswith=PRIVATE_PREFIX))
    if not public:
        return 0
    still_used = used_by_live_pages([photo.pk for photo in public])
    return sum(_try_move(photo, public=False) for photo in public
               if photo.pk not in still_used)


# --- receivers ------------------------------------------------------------------------------

# Set on the page being published: the photos its live version used before.
PREVIOUS_PHOTOS = "photos_before_publication"


@receiver(pre_save, dispatch_uid="photo-privacy-before-publication")
def note_photos_before_publication(sender, instance, raw=False, update_fields=None,
                                   **kwargs):
    # A publication saves the whole page; drafts and moves save a few fields only.
    if raw or update_fields is not None or not isinstance(instance, Page) or not instance.pk:
        return
    setattr(instance, PREVIOUS_PHOTOS, photos_used_by(instance))


@receiver(page_published, dispatch_uid="photo-privacy-published")
def publish_photos(sender, instance, **kwargs):
    if not instance.live:  # published for a time still to come
        return
    # Brought up to date here, whichever task backend Wagtail updates the index with.
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(instance)
    used = photos_used_by(instance)
    make_public(used)
    make_private_unless_used(getattr(instance, PREVIOUS_PHOTOS, set()) - used)


@receiver(page_unpublished, dispatch_uid="photo-privacy-unpublished")
def withdraw_photos(sender, instance, **kwargs):
    make_private_unless_used(photos_used_by(instance))


@receiver(pre_delete, sender=Page, dispatch_uid="photo-privacy-deleted")
def withdraw_photos_of_deleted_page(sender, instance, **kwargs):
    if not instance.live:
        return
    photo_ids = photos_used_by(instance)
    if photo_ids:
        # After the commit: the page (and any live page deleted with it) is gone then.
        transaction.on_commit(lambda: make_private_unless_used(photo_ids))


# --- the admin's view of private photos --------------------------------------------------

def private_photo(request, name):
    """A private photo's original or rendition, for staff who may choose or edit it; a 404
    for anyone else and for any name that is not a photo's file."""
    stored = PRIVATE_PREFIX + name
    photo = Photo.objects.filter(file=stored).first()
    if photo is None:
        rendition = PhotoRendition.objects.select_related("image").filter(file=stored).first()
        photo = rendition.image if rendition else None
    content_type = mimetypes.guess_type(stored)[0]
    if photo is None or content_type not in IMAGE_TYPES or not (
            policy_registry.get_by_type(Photo).user_has_any_permission_for_instance(
                request.user, ["choose", "change"], photo)):
        raise Http404
    try:
        handle = photo.file.storage.open(stored, "rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(handle, content_type=content_type)
    # Kept by no cache, shared or not: who may see it can change at any time.
    response["Cache-Control"] = "private, no-store"
    return response


admin_urls = [path("anh-rieng/<path:name>", private_photo, name="private_photo")]
