"""Every stored text is NFC: some Vietnamese input methods send decomposed characters."""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.fields import StreamField

from .vietnamese import to_nfc


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


def sync_roles_after_migrate(sender, using="default", **kwargs):
    """Keep the editorial groups and workflows as `stories.roles` defines them."""
    from .roles import sync_roles

    sync_roles()
