"""`manage.py syndication rebuild|check [--repair]`: the entries feeds are built from.
`check` is the feed half of `manage.py derived_data check|repair`."""

from django.core.management.base import BaseCommand

from stories.derived import drift
from stories.syndication import entries


class Command(BaseCommand):
    help = "Prepare every story and profile for feeds again, or report what is out of date."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check"])
        parser.add_argument("--repair", action="store_true",
                            help="With check: prepare the missing and stale entries again.")

    def handle(self, action, repair=False, **options):
        if action == "rebuild":
            count = entries.rebuild()
            self.stdout.write(f"Đã chuẩn bị {count} bài và hồ sơ cho kênh nhận tin.")
            return
        found = drift.report()
        missing, stale, extra = found.feeds
        self.stdout.write(f"Thiếu: {len(missing)}; đã cũ: {len(stale)}; "
                          f"thừa (không còn công khai): {len(extra)}.")
        if repair and (missing or stale or extra):
            drift.repair(drift.Drift(search=((), (), ()), feeds=found.feeds))
            self.stdout.write("Đã sửa.")
        elif missing or stale or extra:
            raise SystemExit(1)
