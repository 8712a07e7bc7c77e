"""Retention: nominations never turned into profiles are anonymised once the installation's
retention period has passed (`manage.py anonymise_nominations`)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from stories.models import DiscoverySettings, Nomination


def retention_cutoff(now=None):
    """(the moment before which unconverted nominations are anonymised, retention days)."""
    days = DiscoverySettings.load().nomination_retention_days
    return (now or timezone.now()) - datetime.timedelta(days=days), days


def expired_nominations(now=None):
    cutoff, _days = retention_cutoff(now)
    return (Nomination.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True,
                                      exemplar__isnull=True)
            .exclude(status=Nomination.Status.CONVERTED))


def _redact(text, secrets, replacement):
    for secret in secrets:
        # A very short value would also match inside ordinary words.
        if len(secret) >= 3:
            text = text.replace(secret, replacement)
    return text


def anonymise_expired(now=None):
    """Anonymise the nominations not turned into profiles and received more than the
    retention period before ``now``: the nominator's and the subject's contacts go, and
    the photos with their files. Returns how many were anonymised."""
    now = now or timezone.now()
    with translation.override(settings.LANGUAGE_CODE):
        replacement = gettext("(anonymised)")
    count = 0
    for pk in list(expired_nominations(now).values_list("pk", flat=True)):
        with transaction.atomic():
            nomination = expired_nominations(now).select_for_update().filter(pk=pk).first()
            if nomination is None:  # converted or anonymised meanwhile
                continue
            for photo in nomination.photos.all():
                # The file first: a row left without its file is retried on the next run,
                # a file left without its row would be forgotten.
                photo.file.delete(save=False)
                photo.delete()
            # Notes often record the calls made: the contacts go from them too.
            secrets = [nomination.nominator_name, nomination.nominator_phone,
                       nomination.nominator_email, nomination.subject_contact]
            nomination.internal_note = _redact(nomination.internal_note, secrets,
                                               replacement)
            nomination.outcome = _redact(nomination.outcome, secrets, replacement)
            nomination.nominator_name = replacement
            nomination.nominator_phone = ""
            nomination.nominator_email = ""
            nomination.subject_contact = ""
            nomination.anonymised_at = now
            nomination.save(update_fields=[
                "internal_note", "outcome", "nominator_name", "nominator_phone",
                "nominator_email", "subject_contact", "anonymised_at"])
            count += 1
    return count
