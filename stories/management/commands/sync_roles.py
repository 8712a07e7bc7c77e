from django.core.management.base import BaseCommand

from stories.editorial.roles import sync_roles


class Command(BaseCommand):
    help = "Create or repair the editorial groups, their permissions and review workflows."

    def handle(self, *args, **options):
        groups = sync_roles()
        self.stdout.write(self.style.SUCCESS("Groups ready: " + ", ".join(groups)))
