"""The public search index kept in the database: one entry per published, public exemplar
profile, story and column, and per sector, movement and place (their pages are routed by
the home page), with its text as written and folded, and the values it is faceted by.

Vendor-specific structures live beside these tables, made by migration 0002: on SQLite
an FTS5 table (`public_search_fts`) keyed by the entry's id, on PostgreSQL a `tsvector`
column with a GIN index.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    EXEMPLAR = "exemplar", _("Exemplar profile")
    STORY = "story", _("Story")
    COLUMN = "column", _("Column")
    SECTOR = "sector", _("Sector")
    MOVEMENT = "movement", _("Movement")
    PLACE = "place", _("Place")


class Facet(models.TextChoices):
    """What results can be narrowed by; the values stored are ids or codes, so renaming a
    sector or a place changes no facet value."""

    KIND = "loai_noi_dung", _("Content type")
    SECTOR = "linh_vuc", _("Sector")
    MOVEMENT = "phong_trao", _("Movement")
    PLACE = "dia_phuong", _("Place")
    SUBJECT = "doi_tuong", _("Subject type")
    LEVEL = "cap", _("Recognition level")
    YEAR = "nam", _("Year")


class SearchEntry(models.Model):
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The page's id, or the sector's, movement's or place's.
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=255)
    # The people a page is about (a story's exemplars), ranked as its title is.
    names = models.TextField(blank=True)
    # Plain text: the summary or lead (ranked above the rest), then the rest; never
    # bylines, photo credits or tags, which say nothing of what the page is about.
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # What the page is filed under (sectors, movements, places, unit, awards): searched
    # as the body is, never quoted in a snippet.
    terms = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    published_at = models.DateTimeField(null=True)
    # What was indexed: a page's last publication, compared with the page to find drift.
    version = models.CharField(max_length=40, blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"],
                                               name="search_entry_unique")]
        indexes = [models.Index(fields=["published_at"])]

    def __str__(self):
        return self.title


class SearchFacetValue(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20, choices=Facet.choices)
    value = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "facet", "value"],
                                               name="search_facet_value_unique")]
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class ElasticsearchBacklog(models.Model):
    """An update Elasticsearch missed (it was down or refused it), applied again by the
    next successful update task or by `manage.py search_index sync`."""

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("missed search update")
        verbose_name_plural = _("missed search updates")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"],
                                               name="search_backlog_unique")]

    def __str__(self):
        return f"{self.kind} {self.object_id}"
