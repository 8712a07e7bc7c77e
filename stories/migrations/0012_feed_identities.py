"""Feed identities, stored: every story and profile already published keeps the guid
readers have, the one feeds gave it on the site's configured host (the default Site
record), so that nobody receives an item twice."""

import datetime
from urllib.parse import urlsplit

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _authority(apps):
    site = apps.get_model("wagtailcore", "Site").objects.filter(is_default_site=True).first()
    return (site.hostname if site else urlsplit(settings.SITE_BASE_URL).hostname).lower()


def keep_published_guids(apps, schema_editor):
    """The guid the feeds wrote until now: "tag:<host>,<date>:trang-<id>", the date being
    the entry's publication date (first publication, else last) as read, in UTC."""
    identity = apps.get_model("stories", "FeedIdentity")
    entries = apps.get_model("stories", "SyndicationEntry")
    published = dict(entries.objects.values_list("page_id", "published_at"))
    for name in ("StoryPage", "ExemplarPage"):
        pages = apps.get_model("stories", name).objects.filter(
            models.Q(first_published_at__isnull=False) | models.Q(last_published_at__isnull=False))
        for page_id, first, last in pages.values_list(
                "pk", "first_published_at", "last_published_at"):
            published.setdefault(page_id, first or last)
    if not published:
        return
    authority = _authority(apps)
    identity.objects.bulk_create([
        identity(page_id=page_id, guid=f"tag:{authority},"
                 f"{moment.astimezone(datetime.UTC):%Y-%m-%d}:trang-{page_id}")
        for page_id, moment in sorted(published.items())
    ], batch_size=500, ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ("stories", "0011_reading_counts"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="FeedIdentity",
            fields=[
                ("page", models.OneToOneField(
                    on_delete=django.db.models.deletion.CASCADE, primary_key=True,
                    related_name="feed_identity", serialize=False,
                    to=settings.WAGTAIL_PAGE_MODEL)),
                ("guid", models.CharField(max_length=255, unique=True)),
            ],
            options={"verbose_name": "feed identity"},
        ),
        migrations.RunPython(keep_published_guids, migrations.RunPython.noop),
    ]
