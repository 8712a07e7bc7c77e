"""Ranking by field: the names of the people a page is about (searched like its title),
what it is filed under (apart from its text, so never quoted), and on SQLite an FTS5 table with the lead apart from the rest of the text. The entries'
versions are cleared, so `derived_data check` reports every page until `search_index
rebuild` (or `derived_data repair`) writes them in the new layout."""

from django.db import migrations, models

SQLITE_OLD = ("CREATE VIRTUAL TABLE public_search_fts USING fts5("
              "title, title_folded, text, text_folded,"
              " tokenize = 'unicode61 remove_diacritics 2')")
# title holds the title and the names; the folded columns fold again any diacritics that
# are not Vietnamese; the others hold ASCII spellings (stories.vietnamese.exact_token).
SQLITE_NEW = ("CREATE VIRTUAL TABLE public_search_fts USING fts5("
              "title, title_folded, lead, lead_folded, text, text_folded,"
              " tokenize = 'unicode61 remove_diacritics 2')")


def _recreate(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute("DROP TABLE IF EXISTS public_search_fts")
            schema_editor.execute(statement)
        schema_editor.execute("UPDATE public_search_searchentry SET version = ''")

    return run


class Migration(migrations.Migration):
    dependencies = [("public_search", "0003_elasticsearch_backlog")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="names",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="terms",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(_recreate(SQLITE_NEW), _recreate(SQLITE_OLD)),
    ]
