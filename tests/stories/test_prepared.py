"""Queries composed once and run again must answer exactly what the ORM answers."""

import datetime

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from stories.models import ExemplarPage, Sector, StoryPage
from stories.models.base import live_public
from stories.prepared import PreparedInstances, PreparedQuery
from tests.factories import (
    ExemplarPageFactory,
    PhotoFactory,
    SectorFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db


def test_rows_equal_the_orm_for_every_argument(site_pages):
    ExemplarPageFactory(title="Hộ ông Đinh Văn Lự", recognition_year=2023)
    ExemplarPageFactory(title="Chi đoàn thôn 3", recognition_year=2025)
    ExemplarPageFactory(title="Bà Y Sương", recognition_year=2025)

    def build(year, title):
        return (ExemplarPage.objects.filter(recognition_year=year).exclude(title=title)
                .order_by("title").values_list("title", "recognition_year",
                                               "first_published_at"))

    query = PreparedQuery(build)
    for year, title in [(2025, "Bà Y Sương"), (2023, ""), (2024, "x")]:
        assert query(year, title) == list(build(year, title))
    published = query(2023, "")[0][2]
    assert isinstance(published, datetime.datetime)
    assert published.tzinfo is not None  # converted as the ORM converts it, on SQLite too


def test_composed_once_then_only_run(site_pages):
    sectors = [SectorFactory(name=f"Lĩnh vực {n}") for n in range(3)]
    compositions = []

    def build(pk):
        compositions.append(pk)
        return Sector.objects.filter(pk=pk).values_list("name")

    query = PreparedQuery(build)
    with CaptureQueriesContext(connection) as queries:
        names = [query(sector.pk) for sector in sectors]
    assert names == [[(sector.name,)] for sector in sectors]
    assert len(queries) == 3
    assert len(compositions) == 2  # the two placeholder compositions, then never again


def test_an_argument_used_in_several_places(site_pages):
    """latest_by_column compares the same path length in its select, partition and filter."""
    query = PreparedQuery(lambda n: Sector.objects.filter(sort_order__lte=n)
                          .annotate(twice=F("sort_order") + n).order_by("pk")
                          .values_list("name", "twice"))
    SectorFactory(name="Một", sort_order=1)
    assert query(5) == list(Sector.objects.filter(sort_order__lte=5).annotate(
        twice=F("sort_order") + 5).order_by("pk").values_list("name", "twice"))


def test_lists_of_any_length_and_an_empty_one(site_pages):
    sectors = [SectorFactory(name=f"Lĩnh vực {n}") for n in range(4)]
    query = PreparedQuery(lambda pks: Sector.objects.filter(pk__in=pks).order_by("pk")
                          .values_list("name", flat=False))
    assert query([s.pk for s in sectors[:1]]) == [(sectors[0].name,)]
    assert query([s.pk for s in sectors[1:]]) == [(s.name,) for s in sectors[1:]]
    with CaptureQueriesContext(connection) as queries:
        assert query([]) == []
    assert len(queries) == 0


def test_arguments_must_be_ids_or_text(site_pages):
    query = PreparedQuery(lambda value: Sector.objects.filter(pk=value).values_list("pk"))
    with pytest.raises(TypeError):
        query(2.5)


def test_instances_with_related_objects_and_deferred_fields(site_pages):
    photo = PhotoFactory(description="Bà Y Sương bên khung cửi")
    exemplar = ExemplarPageFactory(title="Bà Y Sương", portrait=photo)
    photo.refresh_from_db()  # its file moved to public media with the publication
    without = ExemplarPageFactory(title="Ông A Thút")
    query = PreparedInstances(
        ExemplarPage, lambda pk: ExemplarPage.objects.filter(pk=pk),
        fields=("title", "url_path", "subject_type"), related={"portrait": ("file",)})

    expected_url = exemplar.url
    (found,) = query(exemplar.pk)
    assert isinstance(found, ExemplarPage)
    assert found.pk == found.id == exemplar.pk
    with CaptureQueriesContext(connection) as queries:
        assert found.title == "Bà Y Sương"
        assert found.url == expected_url
        assert found.portrait.pk == photo.pk
        assert found.portrait.file.name == photo.file.name
    assert len(queries) == 0
    assert found.achievement_summary == exemplar.achievement_summary  # deferred: loads
    (bare,) = query(without.pk)
    assert bare.portrait is None
    assert query(10**6) == []


def test_window_filtered_cards_keep_one_column_per_name(site_pages):
    """Django wraps a query filtered on a window function; the page's id and its parent
    link must still arrive once each."""
    from django.db.models import Window
    from django.db.models.functions import RowNumber

    stories = [StoryPageFactory(title=f"Bài {n}") for n in range(5)]
    query = PreparedInstances(
        StoryPage,
        lambda first, last: live_public(StoryPage.objects).annotate(
            position=Window(RowNumber(), order_by=[F("title")]))
        .filter(position__gte=first, position__lte=last).order_by("position"),
        fields=("title", "url_path"), related={"hero_image": None}, extra=("position",))
    found = query(2, 3)
    assert [(s.title, s.position) for s in found] == [("Bài 1", 2), ("Bài 2", 3)]
    assert [s.pk for s in found] == [stories[1].pk, stories[2].pk]
