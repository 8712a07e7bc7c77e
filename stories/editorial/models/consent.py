"""Withdrawals of consent (Personal Data Protection Law 91/2025/QH15, the right to withdraw
consent): the record of who withdrew, when and how we learnt it, kept with the profile.

While the latest withdrawal stands, the profile may not be published again
(`ExemplarPage.consent_problem`); recording one takes the profile and the stories naming
the person off the site (`stories.editorial.consent_withdrawal`).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentWithdrawal(models.Model):
    class ReceivedHow(models.TextChoices):
        WRITING = "van_ban", _("In writing (letter or form)")
        IN_PERSON = "truc_tiep", _("In person at the centre")
        PHONE = "dien_thoai", _("By phone")
        EMAIL = "thu_dien_tu", _("By email")
        UNIT = "qua_don_vi", _("Through the introducing unit")
        OTHER = "khac", _("Other")

    page = models.ForeignKey("stories.ExemplarPage", verbose_name=_("exemplar profile"),
                             on_delete=models.CASCADE, related_name="consent_withdrawals")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("recorded by"),
                                    null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    withdrawn_on = models.DateField(_("date consent was withdrawn"),
                                    help_text=_("The day the person told us."))
    received_how = models.CharField(_("how it was received"), max_length=20,
                                    choices=ReceivedHow.choices)
    reason = models.TextField(_("reason or note"), max_length=2000,
                              help_text=_("What the person asked for, in their words if "
                                          "possible, and anything the next editor should "
                                          "know."))

    class Meta:
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")
        ordering = ["-withdrawn_on", "-recorded_at"]
        get_latest_by = ["withdrawn_on", "recorded_at"]

    def __str__(self):
        return f"{self.page.title} ({self.withdrawn_on:%d/%m/%Y})"

    def is_lifted_by(self, consent_on, evidence):
        """A new consent lifts the withdrawal: given after it, with a scan of the form
        uploaded after the withdrawal was recorded (the old scan proves nothing new)."""
        return bool(consent_on and consent_on > self.withdrawn_on and evidence is not None
                    and evidence.created_at > self.recorded_at)
