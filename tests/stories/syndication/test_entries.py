"""Radio versions, weekly bulletins, the widget, audio uploads and the portal API."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from stories.models import AudioClip
from stories.syndication.api import PortalThrottle
from tests.factories import (
    AudioClipFactory,
    ColumnPageFactory,
    ExemplarPageFactory,
    PlaceFactory,
    SectorFactory,
    StoryPageFactory,
    jpeg_file,
    mp3_file,
)
from tests.feed_validation import assert_valid_rss, parse_feed

pytestmark = pytest.mark.django_db


@pytest.fixture
def radio_story(site_pages, committed):
    return committed(lambda: StoryPageFactory(
        title="Chi hội CCB xã Đăk Hà góp 120 ngày công",
        parent=site_pages["column"],
        lead="Theo Quyết định số 45/QĐ-UBND ngày 15/3/2025 của UBND xã, chi hội được khen.",
        body=[{"type": "paragraph",
               "value": "<p>Hội viên <b>góp</b> 500.000 đồng &amp; 2 ha đất.</p>"},
              {"type": "quote", "value": {"text": "Làm được 50% rồi.",
                                          "attribution": "Ông Lê Văn Tám"}}],
    ))


def test_radio_version_is_plain_text_with_everything_spelled_out(client, radio_story):
    response = client.get(f"/nhan-tin/phat-thanh/{radio_story.pk}.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    spoken = text.split("=" * 40, 1)[1]
    assert "<" not in spoken and "&amp;" not in spoken and "/QĐ" not in spoken
    assert "Ủy ban nhân dân" in spoken and "cựu chiến binh" in spoken
    assert "năm trăm nghìn đồng" in spoken and "năm mươi phần trăm" in spoken
    assert not any(character.isdigit() for character in spoken)
    assert "Ông Lê Văn Tám chia sẻ" in spoken


def test_weekly_bulletin_compiles_the_weeks_radio_versions(client, radio_story, committed,
                                                           site_pages):
    committed(lambda: StoryPageFactory(title="Bài thứ hai trong tuần",
                                       parent=site_pages["column"]))
    year, week, _day = timezone.localdate().isocalendar()
    slug = site_pages["column"].slug
    response = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{slug}.txt?tuan={year}-W{week:02d}")
    text = response.content.decode()
    assert response["Content-Disposition"].startswith("attachment;")
    assert "1. " in text and "2. " in text
    assert text.index("Chi hội") < text.index("Bài thứ hai")  # in the order published
    assert "Ủy ban nhân dân" in text
    empty = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{slug}.txt?tuan=2020-W10")
    assert "Chi hội" not in empty.content.decode()
    odd = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{slug}.txt?tuan=2026-W99")
    assert odd.status_code == 200
    feed = client.get(f"/nhan-tin/ban-tin/chuyen-muc/{slug}.rss").content
    assert_valid_rss(feed)
    assert len(parse_feed(feed).entries) == 1


def test_widget_shows_the_right_stories_without_cookies(client, site_pages, committed):
    other = ColumnPageFactory(title="Sống đẹp")
    for number in range(4):
        committed(lambda n=number: StoryPageFactory(title=f"Người tốt {n}",
                                                     parent=site_pages["column"]))
    committed(lambda: StoryPageFactory(title="Chuyện ở cột khác", parent=other))
    response = client.get(f"/nhung/chuyen-muc/{site_pages['column'].slug}/?so=3&mau=0a5c36")
    html = response.content.decode()
    assert response.status_code == 200
    assert [f"Người tốt {n}" in html for n in (3, 2, 1, 0)] == [True, True, True, False]
    assert "Chuyện ở cột khác" not in html
    assert "#0a5c36" in html and "<script" not in html
    assert "X-Frame-Options" not in response.headers
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert not response.cookies
    bad = client.get(f"/nhung/chuyen-muc/{site_pages['column'].slug}/?so=99&mau=red;x")
    assert bad.status_code == 200 and "#b3171d" in bad.content.decode()
    assert client.get("/nhung/tat-ca/?so=²&nen=toi").status_code == 200
    assert client.get("/nhung/chuyen-muc/khong-co/").status_code == 404


def test_subscribe_page_makes_widget_code(client, site_pages):
    response = client.get(f"/nhan-tin/ky-thuat/?loai=chuyen-muc:{site_pages['column'].slug}&so=4")
    html = response.content.decode()
    assert f"/nhung/chuyen-muc/{site_pages['column'].slug}/?so=4" in html
    hostile = client.get('/nhan-tin/ky-thuat/?loai=chuyen-muc:"><script>&so=x').content.decode()
    assert "<script>" not in hostile and "/nhung/tat-ca/?so=5" in hostile


# --- audio -----------------------------------------------------------------------------

def test_audio_duration_size_and_type_are_read_from_the_file():
    clip = AudioClip(title="Phóng sự", file=mp3_file(seconds=12))
    clip.full_clean()
    assert clip.mime_type == "audio/mpeg"
    assert abs(clip.duration - 12) < 0.1
    assert clip.size == clip.file.size


def test_a_replaced_file_is_read_again(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    clip = AudioClipFactory()
    clip.file = mp3_file(name="ban-moi.mp3", seconds=20)
    clip.save()
    clip.refresh_from_db()
    assert abs(clip.duration - 20) < 0.1 and clip.size == clip.file.size


@pytest.mark.parametrize("upload", [
    lambda: jpeg_file(name="anh-doi-ten.mp3"),
    lambda: mp3_file(name="doi-duoi.m4a"),
])
def test_files_that_are_not_audio_are_refused(upload):
    clip = AudioClip(title="Giả mạo", file=upload())
    with pytest.raises(ValidationError) as error:
        clip.full_clean()
    assert "file" in error.value.message_dict


def test_audio_upload_through_the_admin(admin_client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    response = admin_client.post("/quan-tri/snippets/stories/audioclip/add/", {
        "title": "Phóng sự Đăk Hà", "kind": "report", "credit": "",
        "file": mp3_file(name="Phóng sự Đăk Hà.mp3", seconds=5)})
    assert response.status_code == 302, response.content[:3000]
    clip = AudioClip.objects.get()
    assert clip.file.name.startswith("audio/") and clip.file.name.endswith("phong-su-dak-ha.mp3")
    assert round(clip.duration) == 5
    fake = admin_client.post("/quan-tri/snippets/stories/audioclip/add/", {
        "title": "Ảnh đổi đuôi", "kind": "report", "file": jpeg_file(name="x.mp3")})
    assert fake.status_code == 200 and AudioClip.objects.count() == 1
    assert "Ảnh đổi đuôi" in fake.content.decode()  # what was typed is kept


# --- the portal API --------------------------------------------------------------------

@pytest.fixture
def api_content(site_pages, committed):
    sector, place = SectorFactory(name="Giáo dục"), PlaceFactory(name="Ngọk Bay")
    other_column = ColumnPageFactory(title="Sống đẹp")
    tagged = committed(lambda: StoryPageFactory(title="Cô giáo cắm bản", sectors=[sector],
                                                places=[place], parent=site_pages["column"]))
    other = committed(lambda: StoryPageFactory(title="Bếp ăn tình thương",
                                               parent=other_column))
    draft = StoryPageFactory(title="Bản nháp", parent=site_pages["column"], live=False)
    exemplar = committed(lambda: ExemplarPageFactory(
        title="Hộ ông Y Blông", subject_type="ho_gia_dinh", with_consent=True,
        audio=AudioClipFactory(), consent_note="Ghi chú nội bộ về sự đồng ý"))
    return {"sector": sector, "place": place, "tagged": tagged, "other": other,
            "draft": draft, "exemplar": exemplar, "column": site_pages["column"]}


def titles(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def test_api_filters_by_column_sector_place_and_date(client, api_content):
    assert titles(client, "/api/v2/bai-viet/") == {"Cô giáo cắm bản", "Bếp ăn tình thương"}
    column = api_content["column"].slug
    assert titles(client, f"/api/v2/bai-viet/?chuyen_muc={column}") == {"Cô giáo cắm bản"}
    assert titles(client, f"/api/v2/bai-viet/?linh_vuc={api_content['sector'].slug}") == {
        "Cô giáo cắm bản"}
    assert titles(client, f"/api/v2/bai-viet/?dia_phuong={api_content['place'].slug}") == {
        "Cô giáo cắm bản"}
    assert titles(client, "/api/v2/bai-viet/?tu_ngay=2100-01-01") == set()
    assert client.get("/api/v2/bai-viet/?tu_ngay=hom-qua").status_code == 400
    assert client.get("/api/v2/chuyen-muc/?linh_vuc=y-te").status_code == 400
    assert client.get(f"/api/v2/bai-viet/{api_content['draft'].pk}/").status_code == 404


def test_api_never_exposes_consent_or_drafts(client, api_content):
    detail = client.get(f"/api/v2/dien-hinh/{api_content['exemplar'].pk}/?fields=*")
    body = json.dumps(detail.json(), ensure_ascii=False)
    assert detail.status_code == 200
    assert "Ghi chú nội bộ" not in body and "consent" not in body
    assert client.get("/api/v2/dien-hinh/?fields=consent_note").status_code == 400
    assert "Bản nháp" not in json.dumps(client.get("/api/v2/bai-viet/?limit=50").json(),
                                        ensure_ascii=False)


def test_api_is_rate_limited(client, api_content, monkeypatch):
    monkeypatch.setattr(PortalThrottle, "THROTTLE_RATES", {"portal": "3/min"})
    statuses = [client.get("/api/v2/linh-vuc/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
