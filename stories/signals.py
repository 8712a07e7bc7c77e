"""Every stored text is NFC (some Vietnamese input methods send decomposed characters),
and what feeds carry follows every change to what they may show."""

from django.db import transaction
from django.db.models.signals import post_delete, pre_save
from django.dispatch import receiver
from wagtail.fields import StreamField
from wagtail.models import Page

from stories.media import photo_privacy, photo_uploads  # noqa: F401 (they connect their receivers on import)
from stories.vietnamese import to_nfc


@receiver(pre_save)
def normalise_text_to_nfc(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if isinstance(field, StreamField):
            if value is not None and hasattr(value, "get_prep_value"):
                prepared = value.get_prep_value()
                normalised = to_nfc(prepared)
                if normalised != prepared:
                    setattr(instance, field.attname, normalised)
        elif isinstance(value, (str, list, dict)):
            normalised = to_nfc(value)
            if normalised is not value:
                setattr(instance, field.attname, normalised)


@receiver(post_delete, sender="stories.NominationPhoto")
def delete_nomination_photo_file(sender, instance, **kwargs):
    # Citizens' photos must not outlive their nomination in private storage.
    transaction.on_commit(lambda: instance.file.delete(save=False))


def sync_roles_after_migrate(sender, using="default", **kwargs):
    """Keep the editorial groups and workflows as `stories.editorial.roles` defines them."""
    from stories.editorial.roles import sync_roles

    sync_roles()


# --- syndication: entries and the feed state follow every change a feed may show ----------

def _refresh_after_commit(page_ids):
    from stories.syndication.tasks import refresh_entries_task

    page_ids = sorted(set(page_ids))
    transaction.on_commit(lambda: refresh_entries_task.enqueue(page_ids))


def _subtree_ids(path):
    return list(Page.objects.filter(path__startswith=path).values_list("pk", flat=True))


def syndicated_page_changed(sender, instance, **kwargs):
    _refresh_after_commit([instance.pk])


def syndicated_page_moved(sender, instance, **kwargs):
    _refresh_after_commit(_subtree_ids(instance.path))


def syndicated_page_deleted(sender, instance, **kwargs):
    from stories.syndication.entries import changed_after_commit

    changed_after_commit()


def syndicated_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if page:
        _refresh_after_commit(_subtree_ids(page.path))


def syndicated_term_changed(sender, instance, **kwargs):
    from stories.models import ExemplarPage, Place, StoryPage

    if isinstance(instance, Place):
        # Names of places appear in categories; merges change which feeds cover what.
        story_ids = StoryPage.objects.filter(places__isnull=False).values_list("pk", flat=True)
        exemplar_ids = ExemplarPage.objects.filter(place__isnull=False).values_list(
            "pk", flat=True)
    else:
        relation = type(instance).__name__.lower() + "s"
        story_ids = StoryPage.objects.filter(**{relation: instance}).values_list(
            "pk", flat=True)
        exemplar_ids = ExemplarPage.objects.filter(**{relation: instance}).values_list(
            "pk", flat=True)
    _refresh_after_commit([*story_ids, *exemplar_ids])


def syndicated_photo_changed(sender, instance, created=False, **kwargs):
    from stories.syndication.entries import photo_entries

    if created:  # no entry can show a photo just uploaded
        return

    _refresh_after_commit(photo_entries(instance.pk))


def syndicated_audio_changed(sender, instance, **kwargs):
    from stories.syndication.entries import audio_entries

    _refresh_after_commit(audio_entries(instance.pk))


def connect_syndication():
    from django.db.models.signals import post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from stories.models import AudioClip, Movement, Photo, Place, Sector

    page_published.connect(syndicated_page_changed, dispatch_uid="feeds-published")
    page_unpublished.connect(syndicated_page_changed, dispatch_uid="feeds-unpublished")
    post_page_move.connect(syndicated_page_moved, dispatch_uid="feeds-moved")
    post_delete.connect(syndicated_page_deleted, sender=Page, dispatch_uid="feeds-deleted")
    for signal in (post_save, post_delete):
        signal.connect(syndicated_restriction_changed, sender=PageViewRestriction,
                       dispatch_uid=f"feeds-restriction-{id(signal)}")
        for model in (Sector, Movement, Place):
            signal.connect(syndicated_term_changed, sender=model,
                           dispatch_uid=f"feeds-{model.__name__}-{id(signal)}")
        signal.connect(syndicated_audio_changed, sender=AudioClip,
                       dispatch_uid=f"feeds-audio-{id(signal)}")
    post_save.connect(syndicated_photo_changed, sender=Photo, dispatch_uid="feeds-photo")


def prepare_syndication_after_migrate(sender, **kwargs):
    """An installation upgraded to feeds gets its entries prepared once."""
    from stories.models import SyndicationEntry
    from stories.syndication.entries import rebuild, syndicated_page_ids

    if not SyndicationEntry.objects.exists() and syndicated_page_ids():
        rebuild()
