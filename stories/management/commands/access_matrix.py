from django.core.management.base import BaseCommand

from stories.editorial.access_matrix import render_markdown


class Command(BaseCommand):
    help = ("Print who may do what in the admin (stories.editorial.access_matrix) as the Markdown "
            "table of the README's \"Editorial review\" section.")

    def handle(self, *args, **options):
        self.stdout.write(render_markdown(), ending="")
