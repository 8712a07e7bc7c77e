"""Every stored text is NFC (some Vietnamese input methods send decomposed characters);
citizens' photos go with their nomination; roles and feed entries after `migrate`. What
is derived from pages (search, feeds) follows them through `stories.derived.receivers`."""

from django.db import transaction
from django.db.models.signals import post_delete, pre_save
from django.dispatch import receiver
from wagtail.fields import StreamField

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


def prepare_syndication_after_migrate(sender, **kwargs):
    """An installation upgraded to feeds gets its entries prepared once."""
    from stories.models import SyndicationEntry
    from stories.syndication.entries import rebuild, syndicated_page_ids

    if not SyndicationEntry.objects.exists() and syndicated_page_ids():
        rebuild()
