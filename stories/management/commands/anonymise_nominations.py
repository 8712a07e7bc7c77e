"""`manage.py anonymise_nominations [--dry-run]`: run daily from cron, e.g.
``17 3 * * * cd /srv/guongsang && .venv/bin/python manage.py anonymise_nominations``."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone, translation
from django.utils.translation import gettext

from stories.discovery.inbox.retention import (
    anonymise_expired,
    expired_nominations,
    retention_cutoff,
)


class Command(BaseCommand):
    help = ("Anonymise citizens' nominations not turned into profiles once the retention "
            "period set under Settings › Discovery has passed.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Only count the nominations that would be anonymised.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        cutoff, days = retention_cutoff(now)
        with translation.override(settings.LANGUAGE_CODE):
            values = {"date": timezone.localtime(cutoff).strftime("%d/%m/%Y"), "days": days}
            if dry_run:
                values["count"] = expired_nominations(now).count()
                message = gettext(
                    "%(count)d nominations received before %(date)s and not turned into "
                    "profiles would be anonymised (kept for %(days)d days). Nothing was "
                    "changed.")
            else:
                values["count"] = anonymise_expired(now)
                message = gettext(
                    "Anonymised %(count)d nominations received before %(date)s and not "
                    "turned into profiles (kept for %(days)d days).")
            self.stdout.write(message % values)
