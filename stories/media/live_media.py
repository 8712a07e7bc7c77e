"""Photos, documents and audio that a published page shows change only with the approver.

Replacing a photo, correcting its alt text or deleting a narration changes a published page
at once, with no review. So an item that a live page uses (Wagtail's reference index, which
also records the pages' audio fields) may be replaced, edited or deleted only by an approver
(Lãnh đạo) or a superuser. Everyone else is told so, and why; items used only by drafts stay
as Wagtail has them (their uploader, editors, approvers).

- Photos and documents: their permission policies, registered for the exact models, refuse
  "change" and "delete" of such an item, so every Wagtail path that asks the policy refuses:
  the edit and delete views, the multiple upload's edit and delete, the bulk actions, the
  usage and URL generator views. The edit and delete views, and the bulk actions, also say
  why (Wagtail would answer a bare 403 or "no permission").
- Audio clips (snippets): the `before_edit_snippet` and `before_delete_snippet` hooks, which
  the snippets' bulk delete runs too.

The policies, views, bulk actions and hooks are registered in `stories.media.wagtail_hooks`.
"""

from functools import wraps

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext
from wagtail.admin import messages
from wagtail.documents.views import bulk_actions as document_bulk_actions
from wagtail.documents.views import documents
from wagtail.images.views import bulk_actions as image_bulk_actions
from wagtail.images.views import images
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from stories.editorial.roles import APPROVER
from stories.models import AudioClip, Photo, PrivateDocument

GUARDED_ACTIONS = {"change", "delete"}
TITLES_SHOWN = 3


def live_pages_using(item):
    """The live pages that use ``item``, by title."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = {int(pk) for pk in ReferenceIndex.get_references_to(item)
                .filter(base_content_type=page_type).values_list("object_id", flat=True)}
    return Page.objects.live().filter(pk__in=page_ids).order_by("title")


def may_change_live_media(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=APPROVER).exists())


def locked_for(user, item):
    """The live pages that keep ``user`` from changing ``item`` (empty if none do)."""
    if may_change_live_media(user):
        return []
    return list(live_pages_using(item).values_list("title", flat=True)[:TITLES_SHOWN + 1])


def lock_message(item, titles):
    shown = "”, “".join(titles[:TITLES_SHOWN]) + ("”, “…" if len(titles) > TITLES_SHOWN else "")
    if isinstance(item, PrivateDocument):
        message = gettext(
            "This document is used on the published page “%(pages)s”; only an approver "
            "(Lãnh đạo) may replace, edit or delete it.")
    elif isinstance(item, AudioClip):
        message = gettext(
            "This audio clip is used on the published page “%(pages)s”; only an approver "
            "(Lãnh đạo) may replace, edit or delete it.")
    else:
        message = gettext(
            "This photo is used on the published page “%(pages)s”; only an approver "
            "(Lãnh đạo) may replace, edit or delete it.")
    return message % {"pages": shown}


class LiveMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, except that changing or deleting an item
    a live page uses is left to approvers and superusers."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = [action for action in actions if action not in GUARDED_ACTIONS]
        guarded = [action for action in actions if action in GUARDED_ACTIONS]
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        return bool(guarded) and super().user_has_any_permission_for_instance(
            user, guarded, instance) and not locked_for(user, instance)

    def lock_message(self, user, action, instance):
        """Why ``user`` may not ``action`` the item, if the only reason is a live page."""
        if action not in GUARDED_ACTIONS or not super().user_has_any_permission_for_instance(
                user, [action], instance):
            return None
        titles = locked_for(user, instance)
        return lock_message(instance, titles) if titles else None


def register_policies():
    # For the exact models, so that the order in which Wagtail's apps register theirs
    # does not matter.
    register_permission_policy(Photo, LiveMediaPermissionPolicy(
        Photo, auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"),
        exact_class=True)
    register_permission_policy(PrivateDocument, LiveMediaPermissionPolicy(
        PrivateDocument, auth_model="wagtaildocs.Document",
        owner_field_name="uploaded_by_user"), exact_class=True)


# --- the edit and delete views say why ------------------------------------------------------

def explained(view, model, pk_kwarg, action, index_url_name):
    """``view``, except that when the policy refuses it because a live page uses the item,
    the user is sent back to the listing with the reason."""

    @wraps(view)
    def explaining_view(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            item = model.objects.filter(pk=kwargs[pk_kwarg]).first()
            message = item and policy_registry.get_by_type(model).lock_message(
                request.user, action, item)
            if not message:
                raise
            messages.error(request, message)
            return redirect(index_url_name)

    return explaining_view


def explaining_media_urls():
    """Wagtail's edit and delete views of photos and documents, explained; registered before
    Wagtail's own patterns for the same paths, so these answer."""
    return [
        path("images/<int:image_id>/", explained(
            images.EditView.as_view(), Photo, "image_id", "change", "wagtailimages:index")),
        path("images/<int:image_id>/delete/", explained(
            images.DeleteView.as_view(), Photo, "image_id", "delete", "wagtailimages:index")),
        path("documents/edit/<int:document_id>/", explained(
            documents.EditView.as_view(), PrivateDocument, "document_id", "change",
            "wagtaildocs:index")),
        path("documents/delete/<int:document_id>/", explained(
            documents.DeleteView.as_view(), PrivateDocument, "document_id", "delete",
            "wagtaildocs:index")),
    ]


# --- bulk actions list the reason with the items left out -----------------------------------

class ExplainedBulkActionMixin:
    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        for item in extra["items_with_no_access"]:
            message = self.permission_policy.lock_message(self.request.user, "change", item)
            if message:
                messages.error(self.request, f"“{item}”: {message}")
        return objects, extra


class ImageDeleteBulkAction(ExplainedBulkActionMixin, image_bulk_actions.DeleteBulkAction):
    pass


class ImageAddTagsBulkAction(ExplainedBulkActionMixin, image_bulk_actions.AddTagsBulkAction):
    pass


class ImageAddToCollectionBulkAction(ExplainedBulkActionMixin,
                                     image_bulk_actions.AddToCollectionBulkAction):
    pass


class DocumentDeleteBulkAction(ExplainedBulkActionMixin,
                               document_bulk_actions.DeleteBulkAction):
    pass


class DocumentAddTagsBulkAction(ExplainedBulkActionMixin,
                                document_bulk_actions.AddTagsBulkAction):
    pass


class DocumentAddToCollectionBulkAction(ExplainedBulkActionMixin,
                                        document_bulk_actions.AddToCollectionBulkAction):
    pass

BULK_ACTIONS = (ImageDeleteBulkAction, ImageAddTagsBulkAction, ImageAddToCollectionBulkAction,
                DocumentDeleteBulkAction, DocumentAddTagsBulkAction,
                DocumentAddToCollectionBulkAction)


# --- audio clips ----------------------------------------------------------------------------

def _refuse_live_audio(request, clips):
    """Back to the audio listing with the reason if a live page uses any of ``clips``."""
    refused = False
    for clip in clips:
        titles = locked_for(request.user, clip) if isinstance(clip, AudioClip) else []
        if titles:
            messages.error(request, f"“{clip}”: {lock_message(clip, titles)}")
            refused = True
    return redirect("wagtailsnippets_stories_audioclip:list") if refused else None


def keep_live_audio_unedited(request, instance):
    return _refuse_live_audio(request, [instance])


def keep_live_audio_undeleted(request, instances):
    return _refuse_live_audio(request, instances)
