"""`manage.py send_digest`: queue this week's email digest for every confirmed address
(the task worker sends them), and forget addresses that were never confirmed. Run weekly
by a timer; an address that already had this week's digest gets nothing more."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from stories.syndication.subscriptions import EmailSubscription
from stories.syndication.subscriptions_mail import send_digest


class Command(BaseCommand):
    help = ("Queue the weekly email digest for every confirmed subscription, and delete "
            "subscriptions never confirmed within their link's lifetime.")

    def handle(self, *args, **options):
        now = timezone.now()
        _total, deleted = EmailSubscription.objects.expired_pending(now).delete()
        forgotten = deleted.get(EmailSubscription._meta.label, 0)
        pks = list(EmailSubscription.objects.confirmed().values_list("pk", flat=True))
        with transaction.atomic():
            for pk in pks:
                send_digest.enqueue(pk, now.isoformat())
        self.stdout.write(gettext(
            "Weekly digest queued for %(count)d addresses; %(forgotten)d unconfirmed "
            "addresses forgotten.") % {"count": len(pks), "forgotten": forgotten})
