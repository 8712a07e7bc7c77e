"""The index follows what editors do: publish, unpublish, delete, move, restrict, rename."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search import engine, indexing
from search.models import SearchEntry
from search.query import SearchRequest
from stories.models import ColumnPage, Sector
from tests.factories import ColumnPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def found(text):
    return {(hit.title, hit.url) for hit in engine.search(SearchRequest(text=text)).hits}


def test_publish_unpublish_and_delete(site_pages, committed):
    story = committed(lambda: StoryPageFactory(title="Chuyện ông Y Blông giữ nước",
                                                parent=site_pages["column"]))
    assert ("Chuyện ông Y Blông giữ nước", story.url) in found("y blong")
    committed(story.unpublish)
    assert not found("y blong")
    committed(lambda: story.save_revision().publish())
    assert found("y blong")
    committed(story.delete)
    assert not found("y blong")
    assert not SearchEntry.objects.filter(object_id=story.pk).exists()


def test_a_moved_page_is_found_at_its_new_address(site_pages, committed):
    story = committed(lambda: StoryPageFactory(title="Bếp ăn bán trú Đăk Na",
                                                parent=site_pages["column"]))
    other = ColumnPage.objects.exclude(pk=site_pages["column"].pk).first()
    committed(lambda: story.move(other, pos="last-child"))
    story.refresh_from_db()
    assert found("bep an ban tru") == {("Bếp ăn bán trú Đăk Na", story.url)}
    assert story.url.startswith(other.url)


def test_a_restricted_section_drops_out_and_comes_back(site_pages, committed):
    column = ColumnPageFactory(title="Chuyên mục thử nghiệm")
    committed(lambda: StoryPageFactory(title="Lớp học tình thương", parent=column))
    restriction = committed(lambda: PageViewRestriction.objects.create(
        page=column, restriction_type=PageViewRestriction.LOGIN))
    assert not found("lop hoc tinh thuong")
    committed(restriction.delete)
    assert found("lop hoc tinh thuong")


def test_a_renamed_sector_is_found_by_its_new_name(site_pages, committed):
    sector = Sector.objects.get(slug="y-te")
    committed(lambda: StoryPageFactory(title="Trạm xá giữa rừng", sectors=[sector],
                                       parent=site_pages["column"]))
    sector.name = "Y tế cộng đồng"
    committed(sector.save)
    assert ("Trạm xá giữa rừng" in {title for title, _url in found("y te cong dong")})
    assert ("Y tế cộng đồng", sector.get_absolute_url()) in found("y te cong dong")


def test_the_command_reports_and_repairs_drift(site_pages, capsys):
    story = StoryPageFactory(title="Ngôi nhà nhân ái", parent=site_pages["column"])
    indexing.rebuild()
    SearchEntry.objects.filter(object_id=story.pk).update(version="cũ")
    gone = StoryPageFactory(title="Sẽ bị gỡ", parent=site_pages["column"])
    indexing.index_page(gone.pk)
    type(gone).objects.filter(pk=gone.pk).update(live=False)
    call_command("search_index", "check")
    assert "đã cũ: 1" in capsys.readouterr().out
    call_command("search_index", "sync")
    out = capsys.readouterr().out
    assert "Thiếu trong chỉ mục: 0; đã cũ: 1; thừa (không còn công khai): 1." in out
    assert indexing.drift() == ([], [], [])
    assert not found("se bi go")


def test_a_failed_update_is_tried_again(site_pages, committed, monkeypatch, caplog):
    failures = {"left": 2}
    real = indexing.write_page

    def flaky(*args, **kwargs):
        if failures["left"]:
            failures["left"] -= 1
            raise RuntimeError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(indexing, "write_page", flaky)
    committed(lambda: StoryPageFactory(title="Mái ấm cho em", parent=site_pages["column"]))
    assert found("mai am cho em")

    failures["left"] = 99
    committed(lambda: StoryPageFactory(title="Không vào được chỉ mục",
                                       parent=site_pages["column"]))
    assert not found("khong vao duoc chi muc")
    assert "failed 3 times" in caplog.text
    monkeypatch.setattr(indexing, "write_page", real)
    call_command("search_index", "sync")
    assert found("khong vao duoc chi muc")
