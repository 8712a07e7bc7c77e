"""The database's own full-text structure beside the search tables: an FTS5 table on
SQLite, tsvector columns with GIN indexes on PostgreSQL (other databases: none)."""

from django.db import migrations

SQLITE = [
    (
        # Folded columns fold again any diacritics that are not Vietnamese; the exact
        # columns hold ASCII spellings (see stories.vietnamese.exact_token).
        "CREATE VIRTUAL TABLE public_search_fts USING fts5("
        "title, title_folded, text, text_folded, tokenize = 'unicode61 remove_diacritics 2')",
        "DROP TABLE IF EXISTS public_search_fts",
    ),
]
POSTGRESQL = [
    (
        "ALTER TABLE public_search_searchentry ADD COLUMN vector tsvector,"
        " ADD COLUMN title_vector tsvector",
        "ALTER TABLE public_search_searchentry DROP COLUMN vector, DROP COLUMN title_vector",
    ),
    (
        "CREATE INDEX public_search_vector ON public_search_searchentry USING gin (vector)",
        "DROP INDEX IF EXISTS public_search_vector",
    ),
    (
        "CREATE INDEX public_search_title_vector ON public_search_searchentry"
        " USING gin (title_vector)",
        "DROP INDEX IF EXISTS public_search_title_vector",
    ),
]


def _run(forwards):
    def run(apps, schema_editor):
        vendor_statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(
            schema_editor.connection.vendor, [])
        pairs = vendor_statements if forwards else list(reversed(vendor_statements))
        for create, drop in pairs:
            schema_editor.execute(create if forwards else drop)

    return run


class Migration(migrations.Migration):
    dependencies = [("public_search", "0001_initial")]

    operations = [migrations.RunPython(_run(True), _run(False))]
