"""Nominations from citizens ("Giới thiệu người tốt việc tốt"): the stories of good people
that would otherwise be lost, kept apart from public content until an editor acts."""

import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from stories.models.kinds import SubjectType

# Unambiguous on the phone: no 0/O, 1/I/L.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def private_storage():
    """Where citizens' photos and units' files live: never under MEDIA_URL, served only
    through the admin to those allowed to see them."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


def new_reference():
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"GT-{code}"


class Nomination(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        VERIFYING = "verifying", _("Being verified")
        CONVERTED = "converted", _("Turned into a profile")
        UNSUITABLE = "unsuitable", _("Not suitable")

    reference = models.CharField(_("reference code"), max_length=12, unique=True,
                                 default=new_reference, editable=False)
    subject_name = models.CharField(_("who"), max_length=255)
    subject_type = models.CharField(_("subject type"), max_length=20,
                                    choices=SubjectType.choices,
                                    default=SubjectType.INDIVIDUAL)
    place = models.ForeignKey("stories.Place", verbose_name=_("place"), null=True,
                              blank=True, on_delete=models.SET_NULL, related_name="+")
    place_detail = models.CharField(_("village, street"), max_length=255, blank=True)
    subject_contact = models.CharField(_("how to reach them"), max_length=255, blank=True)
    story = models.TextField(_("what they did"), max_length=5000)
    when_where = models.CharField(_("when and where"), max_length=255, blank=True)
    sector = models.ForeignKey("stories.Sector", verbose_name=_("sector"), null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="+")
    nominator_name = models.CharField(_("nominator's name"), max_length=255)
    nominator_phone = models.CharField(_("nominator's phone"), max_length=20, blank=True)
    nominator_email = models.EmailField(_("nominator's email"), blank=True)
    consent_to_contact = models.BooleanField(_("agrees to be contacted"), default=False)

    status = models.CharField(_("status"), max_length=20, choices=Status.choices,
                              default=Status.NEW, db_index=True)
    internal_note = models.TextField(
        _("internal note"), blank=True,
        help_text=_("Seen only by the editorial team: calls made, what was checked."))
    outcome = models.TextField(
        _("reply to the nominator"), blank=True,
        help_text=_("Shown when the nominator looks up the reference code, and emailed if "
                    "they gave an email address."))
    outcome_sent_at = models.DateTimeField(_("reply emailed"), null=True, blank=True,
                                           editable=False)
    exemplar = models.ForeignKey("stories.ExemplarPage", verbose_name=_("profile"),
                                 null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="nominations", editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False,
                                      db_index=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True,
                                         editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("citizen nomination")
        verbose_name_plural = _("citizen nominations")

    def __str__(self):
        return f"{self.reference} · {self.subject_name}"

    @property
    def is_open(self):
        return self.status in (self.Status.NEW, self.Status.VERIFYING)


class NominationPhoto(models.Model):
    nomination = models.ForeignKey(Nomination, on_delete=models.CASCADE,
                                   related_name="photos")
    file = models.FileField(upload_to="nominations/%Y/%m", storage=private_storage)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("nomination photo")
        verbose_name_plural = _("nomination photos")

    def __str__(self):
        return self.file.name
