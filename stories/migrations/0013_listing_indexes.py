"""Indexes the listings need as the archive grows.

Made with SQL rather than `AddIndex`: the first is on Wagtail's table, and the second
needs an order SQLite and PostgreSQL write differently (SQLite puts unknown years last in
a descending index by itself and refuses NULLS LAST there). The models' state is left
alone, so `makemigrations --check` sees nothing to change:

- wagtailcore_page.url_path: every page served is found by an equality on it, which
  without an index reads the whole page table on each view;
- stories_exemplarpage.recognition_year, newest first with unknown years last: the
  directory's order, so its first pages are read in order and the reading stops there
  (the title, on another table, only orders the exemplars of one year).
"""

from django.db import migrations

INDEXES = {
    "stories_page_url_path": "wagtailcore_page (url_path)",
    "stories_exemplar_year": "stories_exemplarpage (recognition_year DESC{nulls})",
}


def create(apps, schema_editor):
    nulls = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    for name, table in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table.format(nulls=nulls)}")


def drop(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0012_feed_identities"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop)]
