"""`manage.py send_reminders [--date YYYY-MM-DD] [--dry-run]`: email the units behind on
their quota in the days before the quarter's deadline. Run daily from cron; each unit is
reminded once a quarter, so running it again sends nothing new."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext

from stories.discovery.quota_report import ROMAN, ddmmyyyy
from stories.discovery.reminders import send_reminders


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(gettext("Give the date as YYYY-MM-DD, e.g. 2026-11-28.")) from error


class Command(BaseCommand):
    help = "Email units that have not introduced their quota, before the quarter's deadline."

    def add_arguments(self, parser):
        parser.add_argument("--date", type=parse_date,
                            help="Act as if today were this day (YYYY-MM-DD).")
        parser.add_argument("--dry-run", action="store_true",
                            help="Say who would be reminded, without sending or recording.")

    def handle(self, *args, date=None, dry_run=False, **options):
        run = send_reminders(date or timezone.localdate(), dry_run=dry_run)
        values = {"quarter": ROMAN[run.quarter], "year": run.year,
                  "deadline": ddmmyyyy(run.deadline), "today": ddmmyyyy(run.today)}
        if not run.in_window:
            self.stdout.write(gettext(
                "%(today)s is not a reminder day: the deadline for quarter "
                "%(quarter)s/%(year)s is %(deadline)s. Nothing sent.") % values)
            return
        self.stdout.write(gettext("Reminders for quarter %(quarter)s/%(year)s, deadline "
                                  "%(deadline)s.") % values)
        if dry_run:
            self.stdout.write(gettext("Dry run: nothing is sent or recorded."))
        line = gettext("Would remind") if dry_run else gettext("Reminded")
        for candidate in run.sent:
            self.stdout.write(f"  {line}: {self.describe(candidate)} → "
                              f"{', '.join(candidate.recipients)}")
        for candidate in run.without_email:
            self.stdout.write("  " + gettext("No focal person email, not reminded: %(unit)s")
                              % {"unit": self.describe(candidate)})
        for candidate in run.failed:
            self.stderr.write("  " + gettext("Sending failed, will retry next run: %(unit)s")
                              % {"unit": self.describe(candidate)})
        total = {"sent": len(run.sent), "missing": len(run.without_email),
                 "failed": len(run.failed)}
        self.stdout.write(gettext("Units reminded: %(sent)s; without an email address: "
                                  "%(missing)s; failed: %(failed)s.") % total)

    @staticmethod
    def describe(candidate):
        return f"{candidate.unit.name} ({candidate.introduced}/{candidate.quota})"
