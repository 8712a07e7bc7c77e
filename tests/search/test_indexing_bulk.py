"""Indexing in batches (`search_index rebuild`, `sync`, the worker's refresh) writes exactly
what indexing page by page writes, in a number of queries that does not grow with the
pages, and a rebuild stopped half-way continues where it stopped."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from search import engine, indexing
from search.models import SearchEntry, SearchFacetValue
from search.query import SearchRequest
from stories.derived import tasks
from stories.models import Movement, Place, Sector, StoryPage, SubjectType
from stories.syndication.models import FeedIdentity
from tests.factories import (
    AwardFactory,
    ColumnPageFactory,
    ExemplarPageFactory,
    PlaceFactory,
    StoryPageFactory,
    UnitFactory,
    link_exemplars,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def varied(site_pages):
    """Pages of every searchable kind, with every relation an entry shows, and pages an
    entry must not be written for."""
    education = Sector.objects.get(slug="giao-duc-va-dao-tao")
    health = Sector.objects.get(slug="y-te")
    movement = Movement.objects.first()
    merged = datetime.date(2025, 7, 1)
    old_district = PlaceFactory(name="Đăk Tô", kind=Place.Kind.DISTRICT, valid_to=merged)
    old_commune = PlaceFactory(name="Tân Cảnh", kind=Place.Kind.TOWNSHIP,
                               parent=old_district, valid_to=merged)
    commune = PlaceFactory(name="Đăk Tô", kind=Place.Kind.COMMUNE)
    old_commune.successor = commune
    old_commune.save()
    teacher = ExemplarPageFactory(
        title="Cô giáo Đặng Thị Hoa", sectors=[health, education], movements=[movement],
        place=old_commune, unit=UnitFactory(name="Trường Tiểu học Đăk Ring"),
        subject_type=SubjectType.INDIVIDUAL, with_consent=True, recognition_level="cap_tinh",
        profile=[{"type": "paragraph",
                  "value": "<p>Dạy chữ &amp; dạy nghề ở <b>Kon Klốc</b>.</p>"}])
    AwardFactory(page=teacher, name="Chiến sĩ thi đua")
    AwardFactory(page=teacher, name="Bằng khen bị thu hồi", status="revoked",
                 revocation_number="9", revocation_date=datetime.date(2024, 1, 1))
    collective = ExemplarPageFactory(title="Tổ hòa giải thôn Kon Rlong", sectors=[health])
    draft = ExemplarPageFactory(title="Hồ sơ chưa đăng", live=False)
    story = StoryPageFactory(title="Người giữ lửa ở điểm trường", sectors=[education],
                             movements=[movement], places=[commune, old_commune])
    link_exemplars(story, [teacher, draft])
    private_column = ColumnPageFactory(title="Chuyên mục nội bộ")
    PageViewRestriction.objects.create(page=private_column,
                                       restriction_type=PageViewRestriction.LOGIN)
    hidden = StoryPageFactory(title="Bài trong chuyên mục nội bộ", parent=private_column)
    plain_story = StoryPageFactory(title="Chuyện làng Kon Gộp")
    return [teacher.pk, collective.pk, draft.pk, story.pk, private_column.pk, hidden.pk,
            plain_story.pk, site_pages["column"].pk]


def snapshot(page_ids):
    """Everything written for pages: entries, facet values, and the full-text rows."""
    entries = {(entry["kind"], entry["object_id"]): entry for entry in SearchEntry.objects.filter(
        kind__in=["exemplar", "story", "column"], object_id__in=page_ids).values(
        "id", "kind", "object_id", "title", "title_folded", "names", "summary", "body",
        "terms", "url", "published_at", "version")}
    facets = {key: sorted(SearchFacetValue.objects.filter(entry_id=entry["id"]).values_list(
        "facet", "value")) for key, entry in entries.items()}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT rowid, title, title_folded, lead, lead_folded, text,"
                           " text_folded FROM public_search_fts")
        else:
            cursor.execute("SELECT id, vector::text, title_vector::text"
                           " FROM public_search_searchentry")
        fulltext = {row[0]: row[1:] for row in cursor.fetchall()}
    return {key: ({name: value for name, value in entry.items() if name != "id"},
                  facets[key], fulltext.get(entry["id"])) for key, entry in entries.items()}


def clear():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM public_search_fts")
    SearchEntry.objects.all().delete()


def test_batches_write_exactly_what_page_by_page_writes(varied):
    clear()
    for page_id in varied:
        indexing.index_page(page_id)
    one_by_one = snapshot(varied)
    assert len(one_by_one) == 5  # not the draft, nor the private column and its story
    assert all(text is not None for _entry, _facets, text in one_by_one.values())

    clear()
    indexing.write_pages(varied)
    assert snapshot(varied) == one_by_one

    indexing.write_pages(varied)  # written again over themselves
    assert snapshot(varied) == one_by_one

    call_command("search_index", "rebuild", "--from-start", stdout=io.StringIO())
    assert snapshot(varied) == one_by_one


def test_a_batch_costs_the_same_queries_whatever_its_size(site_pages):
    columns = [ColumnPageFactory(title=f"Chuyên mục {n}") for n in range(2)]
    pages = [StoryPageFactory(title=f"Bài {n}", parent=columns[n % 2],
                              places=[PlaceFactory()], sectors=Sector.objects.all()[:2])
             for n in range(24)]
    pages += [ExemplarPageFactory(title=f"Hồ sơ {n}", place=PlaceFactory(),
                                  sectors=Sector.objects.all()[:1]) for n in range(24)]
    small = [page.pk for page in pages[:3] + pages[24:27]]
    large = [page.pk for page in pages]

    def queries(page_ids):
        indexing.write_pages(page_ids)  # both measured writing over existing entries
        with CaptureQueriesContext(connection) as captured:
            indexing.write_pages(page_ids)
        return len(captured)

    assert queries(small) == queries(large)


def found(text):
    return {hit.title for hit in engine.search(SearchRequest(text=text)).hits}


def test_an_interrupted_rebuild_keeps_the_index_whole_and_continues(site_pages, monkeypatch):
    stories = [StoryPageFactory(title=f"Giếng nước làng Kon Hring số {n}") for n in range(5)]
    call_command("search_index", "rebuild", "--from-start", stdout=io.StringIO())
    titles = {story.title for story in stories}
    assert found("gieng nuoc kon hring") == titles
    for story in stories:  # changed without the worker: only a rebuild shows the new titles
        type(story).objects.filter(pk=story.pk).update(title=story.title.replace(
            "Giếng nước", "Bể nước"))

    written, real = [], indexing.write_pages

    def interrupted_after_two_batches(page_ids, *args, **kwargs):
        if len(written) == 2:
            raise KeyboardInterrupt
        written.append(page_ids)
        return real(page_ids, *args, **kwargs)

    monkeypatch.setattr(indexing, "BATCH", 2)
    monkeypatch.setattr(indexing, "write_pages", interrupted_after_two_batches)
    with pytest.raises(KeyboardInterrupt):
        call_command("search_index", "rebuild", stdout=io.StringIO())
    state = tasks.rebuild_state()
    assert state["status"] == tasks.INTERRUPTED
    assert state["after"] == written[-1][-1]
    # Half rebuilt: every page is still found, by its old words or its new ones.
    assert len(found("gieng nuoc kon hring") | found("be nuoc kon hring")) == 5

    monkeypatch.setattr(indexing, "write_pages", real)
    output = io.StringIO()
    call_command("search_index", "rebuild", stdout=output)
    assert "Tiếp tục" in output.getvalue()
    assert found("be nuoc kon hring") == {title.replace("Giếng nước", "Bể nước")
                                          for title in titles}
    assert not found("gieng nuoc kon hring")
    assert tasks.rebuild_state()["status"] == tasks.DONE


def test_the_rebuild_shows_progress_and_removes_what_is_no_longer_public(site_pages):
    story = StoryPageFactory(title="Bài sẽ bị gỡ khỏi trang")
    call_command("search_index", "rebuild", "--from-start", stdout=io.StringIO())
    type(story).objects.filter(pk=story.pk).update(live=False)
    output = io.StringIO()
    call_command("search_index", "rebuild", stdout=output)
    assert not SearchEntry.objects.filter(object_id=story.pk, kind="story").exists()
    total = SearchEntry.objects.count()
    # Not a terminal: plain lines, the last one complete.
    assert f"{total}/{total}" in output.getvalue()
    assert "\r" not in output.getvalue()


def test_the_corpus_is_written_in_bulk_as_a_tree_of_published_pages(site_pages, client):
    before = set(Page.objects.values_list("pk", flat=True))
    call_command("generate_search_corpus", "--count", "30", stdout=io.StringIO())
    new = Page.objects.exclude(pk__in=before)
    assert new.count() == 30
    assert all(not problems for problems in Page.find_problems())
    # Each new page has the identity feeds will give it, fixed once as publishing does.
    assert FeedIdentity.objects.filter(page__in=new).count() == 30
    story = StoryPage.objects.filter(pk__in=new).first()
    assert FeedIdentity.objects.get(page=story).guid.endswith(f":trang-{story.pk}")
    assert client.get(story.url).status_code == 200
    assert story.title in found(story.title)


def test_a_rebuild_queued_from_the_admin_continues_an_interrupted_one(
        site_pages, monkeypatch, committed):
    for n in range(4):
        StoryPageFactory(title=f"Sân bóng thôn Đăk Mar {n}")
    real, rewritten = indexing.write_pages, []

    def interrupted(page_ids, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(indexing, "BATCH", 2)
    monkeypatch.setattr(indexing, "write_pages", lambda ids, *args, **kwargs: (
        monkeypatch.setattr(indexing, "write_pages", interrupted), real(ids, *args, **kwargs)))
    with pytest.raises(KeyboardInterrupt):
        call_command("search_index", "rebuild", "--from-start", stdout=io.StringIO())
    after = tasks.rebuild_state()["after"]

    def recorded(page_ids, *args, **kwargs):
        rewritten.append(page_ids)
        return real(page_ids, *args, **kwargs)

    monkeypatch.setattr(indexing, "write_pages", recorded)
    assert committed(tasks.request_search_rebuild)  # the test settings run tasks at once
    assert tasks.rebuild_state()["status"] == tasks.DONE
    assert rewritten and min(rewritten[0]) > after
