"""Email subscriptions to the weekly digest: an address and the columns and places it chose,
nothing else. An address receives mail only once it has confirmed (double opt-in); one that
has not confirmed within `PENDING_DAYS` is forgotten."""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PENDING_DAYS = 7


class EmailSubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def expired_pending(self, now=None):
        """Addresses that never confirmed and whose confirmation link has lapsed."""
        cutoff = (now or timezone.now()) - timedelta(days=PENDING_DAYS)
        return self.filter(confirmed_at__isnull=True, created_at__lt=cutoff)


class EmailSubscription(models.Model):
    """One address and its choices. The weekly digest goes to it once `confirmed_at` is set."""

    email = models.EmailField(_("email address"), unique=True)
    columns = models.ManyToManyField("stories.ColumnPage", verbose_name=_("columns"),
                                     blank=True, related_name="email_subscriptions")
    places = models.ManyToManyField("stories.Place", verbose_name=_("places"), blank=True,
                                    related_name="email_subscriptions")
    created_at = models.DateTimeField(_("subscribed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    objects = EmailSubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("email subscription")
        verbose_name_plural = _("email subscriptions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
