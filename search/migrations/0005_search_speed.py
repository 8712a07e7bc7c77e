"""PostgreSQL: the planner keeps no statistics of the search vectors, so a query's matches
always come from the GIN index. With statistics, a broad query ("Đăk Hà") is estimated to
match most entries and answered by reading every entry's vector, stored apart, which is
slower many times over; without them the plan never depends on when `ANALYZE` last ran.
Changing a column's type to itself is what drops the statistics already gathered."""

from django.db import migrations

COLUMNS = ("vector", "title_vector")


def _statistics(target):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in COLUMNS:
            schema_editor.execute(f"ALTER TABLE public_search_searchentry ALTER COLUMN {column}"
                                  f" SET STATISTICS {target}")
            if target == 0:
                schema_editor.execute(f"ALTER TABLE public_search_searchentry ALTER COLUMN"
                                      f" {column} TYPE tsvector")

    return run


class Migration(migrations.Migration):
    dependencies = [("public_search", "0004_ranking_fields")]

    operations = [migrations.RunPython(_statistics(0), _statistics(-1))]
