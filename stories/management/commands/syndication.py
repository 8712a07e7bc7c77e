"""`manage.py syndication rebuild|check [--repair]`: the entries feeds are built from."""

from django.core.management.base import BaseCommand

from stories.syndication import entries as syndication


class Command(BaseCommand):
    help = "Prepare every story and profile for feeds again, or report what is out of date."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check"])
        parser.add_argument("--repair", action="store_true",
                            help="With check: prepare the missing and stale entries again.")

    def handle(self, action, repair=False, **options):
        if action == "rebuild":
            count = syndication.rebuild()
            self.stdout.write(f"Prepared {count} stories and profiles for syndication.")
            return
        missing, stale, extra = syndication.drift()
        self.stdout.write(f"missing: {len(missing)}, stale: {len(stale)}, "
                          f"not shown any more: {len(extra)}")
        if repair and (missing or stale or extra):
            syndication.refresh_many([*missing, *stale, *extra])
            syndication.changed()
            self.stdout.write("Repaired.")
        elif missing or stale or extra:
            raise SystemExit(1)
