"""The editors' inbox of citizens' nominations: triage, replies, conversion to a draft
profile, the privacy of the nominator, and retention."""

import datetime
import io
import os
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.test.utils.form_data import nested_form_data

from stories.discovery.inbox.conversion import convert, shorten
from stories.discovery.inbox.retention import anonymise_expired
from stories.editorial.roles import APPROVER, EDITOR, REPORTER
from stories.models import (
    DiscoverySettings,
    ExemplarPage,
    Nomination,
    NominationPhoto,
    Photo,
    SubjectType,
)
from tests.factories import (
    NominationFactory,
    PlaceFactory,
    SectorFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
NOMINATOR = {"name": "Trần Thị Lan", "phone": "0905123456", "email": "lan.tran@example.vn"}
LIST_URL = reverse("wagtailsnippets_stories_nomination:list")


def at(*args):
    return datetime.datetime(*args, tzinfo=VIETNAM)


def edit_url(nomination):
    return reverse("wagtailsnippets_stories_nomination:edit", args=[nomination.pk])


def add_photo(nomination, name="tran-thi-lan.jpg", colour=(180, 40, 40)):
    """A phone photo: named after the nominator, with their name and number in its EXIF."""
    image = PILImage.new("RGB", (640, 400), colour)
    exif = PILImage.Exif()
    exif[0x013B] = "Tran Thi Lan 0905123456"  # Artist
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return NominationPhoto.objects.create(nomination=nomination,
                                          file=ImageFile(buffer, name=name),
                                          width=640, height=400)


def signed_in(client, *groups):
    user = UserFactory(groups=list(groups))
    client.force_login(user)
    return user


def edit_form(nomination, **changes):
    data = {
        "status": nomination.status,
        "sector": nomination.sector_id or "",
        "internal_note": nomination.internal_note,
        "outcome": nomination.outcome,
        "subject_name": nomination.subject_name,
        "subject_type": nomination.subject_type,
        "place": nomination.place_id or "",
        "place_detail": nomination.place_detail,
        "subject_contact": nomination.subject_contact,
        "story": nomination.story,
        "when_where": nomination.when_where,
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def place():
    return PlaceFactory(name="Đăk Kôi")


@pytest.fixture
def sector():
    return SectorFactory(name="Tương thân tương ái")


@pytest.fixture
def nomination(site_pages, place, sector):
    found = NominationFactory(
        subject_name="Bà Y Hiền", place=place, sector=sector, place_detail="thôn 3",
        subject_contact="0912000111 (con trai bà Hiền)",
        story=("Bà nhặt được chiếc ví có 12 triệu đồng ở chợ.\n\n"
               "Bà đã nhờ công an xã tìm trả lại cho người đánh rơi <không nhận tiền thưởng>."),
        when_where="Tháng 10/2026, chợ xã Đăk Kôi",
        nominator_name=NOMINATOR["name"], nominator_phone=NOMINATOR["phone"],
        nominator_email=NOMINATOR["email"], created_at=at(2026, 11, 2, 8, 15))
    add_photo(found)
    add_photo(found, name="IMG_0002.jpg", colour=(40, 120, 40))
    return found


# --- the inbox ------------------------------------------------------------------------------

def test_editor_sees_the_inbox_newest_first_with_new_ones_marked(client, nomination):
    older = NominationFactory(subject_name="Anh A Thút", status=Nomination.Status.VERIFYING,
                              created_at=at(2026, 10, 1, 9, 0))
    signed_in(client, EDITOR)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(nomination.reference) < html.index(older.reference)
    assert "Bà Y Hiền" in html and "Đăk Kôi" in html and "Tương thân tương ái" in html
    assert "02/11/2026 08:15" in html
    assert re.search(r'w-status--primary[^>]*>\s*Mới\s*<', html)
    assert "Đang xác minh" in html
    # Editors add nothing: nominations come from citizens.
    assert reverse("wagtailsnippets_stories_nomination:add") not in html

    only_new = client.get(LIST_URL, {"status": "new"}).content.decode()
    assert nomination.reference in only_new and older.reference not in only_new
    by_place = client.get(LIST_URL, {"place": nomination.place_id}).content.decode()
    assert nomination.reference in by_place and older.reference not in by_place
    found = client.get(LIST_URL, {"q": nomination.reference}).content.decode()
    assert nomination.reference in found and older.reference not in found


def test_editor_changes_status_and_note_but_not_the_nominators_details(client, nomination):
    signed_in(client, EDITOR)
    page = client.get(edit_url(nomination)).content.decode()
    assert "Người giới thiệu (không bao giờ công bố)" in page
    assert NOMINATOR["phone"] in page  # shown, to call them back
    assert 'name="nominator_phone"' not in page  # but not editable

    response = client.post(edit_url(nomination), edit_form(
        nomination, status="verifying", internal_note="Đã gọi công an xã: đúng sự việc.",
        nominator_name="Người khác", nominator_phone="0999999999"))
    assert response.status_code == 302, response.content.decode()[:3000]
    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.VERIFYING
    assert nomination.internal_note == "Đã gọi công an xã: đúng sự việc."
    assert (nomination.nominator_name, nomination.nominator_phone) == (
        NOMINATOR["name"], NOMINATOR["phone"])


def test_converted_cannot_be_chosen_by_hand(client, nomination):
    signed_in(client, EDITOR)
    response = client.post(edit_url(nomination), edit_form(nomination, status="converted"))
    assert response.status_code == 200
    assert "bằng nút “Tạo hồ sơ nháp”" in response.content.decode()
    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.NEW


def test_a_reporter_cannot_open_the_inbox_or_the_photos(client, nomination):
    signed_in(client, REPORTER)
    assert LIST_URL not in client.get(reverse("wagtailadmin_home")).content.decode()
    photo = nomination.photos.first()
    for url in (LIST_URL, edit_url(nomination), reverse("nomination_photo", args=[photo.pk]),
                reverse("nomination_convert", args=[nomination.pk])):
        response = client.get(url)
        # Wagtail sends those without permission back to the dashboard, with a message.
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home"), url
    assert client.post(reverse("nomination_convert", args=[nomination.pk])).status_code == 302
    assert not ExemplarPage.objects.exists()


def test_photos_are_shown_to_the_desk_and_never_cached_publicly(client, nomination):
    photo = nomination.photos.order_by("pk").first()
    url = reverse("nomination_photo", args=[photo.pk])
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]

    signed_in(client, APPROVER)
    assert url in client.get(edit_url(nomination)).content.decode()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]
    photo.file.open("rb")
    with photo.file:
        assert b"".join(response.streaming_content) == photo.file.read()


# --- conversion to a draft profile ------------------------------------------------------------

def test_conversion_creates_a_prefilled_draft_profile(client, nomination, place, sector):
    user = signed_in(client, EDITOR)
    page = client.get(edit_url(nomination)).content.decode()
    convert_url = reverse("nomination_convert", args=[nomination.pk])
    assert convert_url in page and "Tạo hồ sơ nháp" in page

    confirm = client.get(convert_url).content.decode()
    assert "Một hồ sơ nháp sẽ được tạo" in confirm
    assert "không được sao chép" in confirm

    response = client.post(convert_url)
    profile = ExemplarPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[profile.pk])
    assert not profile.live and profile.has_unpublished_changes
    assert profile.owner == user
    assert profile.latest_revision.user == user
    assert profile.get_parent().specific_class.__name__ == "ExemplarIndexPage"
    assert profile.title == "Bà Y Hiền"
    assert profile.subject_type == SubjectType.INDIVIDUAL
    assert profile.place == place
    assert list(profile.sectors.all()) == [sector]
    assert profile.achievement_summary.startswith("Bà nhặt được chiếc ví")
    paragraphs = [block.value.source for block in profile.profile]
    assert paragraphs == [
        "<p>Bà nhặt được chiếc ví có 12 triệu đồng ở chợ.</p>",
        "<p>Bà đã nhờ công an xã tìm trả lại cho người đánh rơi "
        "&lt;không nhận tiền thưởng&gt;.</p>",
        "<p><b>Thời gian, địa điểm:</b> Tháng 10/2026, chợ xã Đăk Kôi</p>",
    ]
    photos = [item.image for item in profile.photos.order_by("sort_order")]
    assert len(photos) == 2
    assert {p.credit for p in photos} == {"Ảnh do người dân cung cấp"}
    assert photos[0].description == "Ảnh về Bà Y Hiền"
    assert photos[0].width == 640

    nomination.refresh_from_db()
    assert nomination.status == Nomination.Status.CONVERTED
    assert nomination.exemplar_id == profile.pk
    follow = client.get(edit_url(nomination)).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[profile.pk]) in follow
    assert convert_url not in follow

    again = client.post(convert_url, follow=True)
    assert "đã được chuyển thành hồ sơ rồi" in again.content.decode()
    assert ExemplarPage.objects.count() == 1
    with pytest.raises(ValidationError, match="đã được chuyển thành hồ sơ"):
        convert(nomination, user)
    assert ExemplarPage.objects.count() == 1


def test_the_summary_is_cut_at_a_sentence_or_a_word():
    sentence = "Ông dạy chữ miễn phí cho trẻ em trong thôn suốt mười năm qua. "
    summary = shorten(sentence * 20)
    assert len(summary) <= 600 and summary.endswith("mười năm qua.")
    one_long_sentence = "rất " * 300
    summary = shorten(one_long_sentence)
    assert len(summary) <= 600 and summary.endswith("rất…")
    assert shorten("Ngắn.\n\nGọn.") == "Ngắn. Gọn."


# --- privacy of the nominator ----------------------------------------------------------------

def test_the_nominator_appears_nowhere_public(client, committed, nomination):
    user = signed_in(client, EDITOR)
    with nomination.photos.first().file.open("rb") as handle:
        assert b"Tran Thi Lan" in handle.read()  # what the phone wrote in the photo
    profile = convert(nomination, user)
    profile.consent_by = "Bà Y Hiền"
    profile.consent_on = datetime.date(2026, 11, 10)
    profile.consent_note = "Bà đồng ý, ký giấy ngày 10/11/2026."
    committed(lambda: profile.save_revision(user=user).publish())
    profile.refresh_from_db()
    assert profile.live
    client.logout()

    secrets = [*NOMINATOR.values(), "tran-thi-lan", "Tran Thi Lan", "0912000111"]
    responses = {
        "page": client.get(profile.url),
        "api list": client.get("/api/v2/dien-hinh/", {"fields": "*"}),
        "api detail": client.get(f"/api/v2/dien-hinh/{profile.pk}/"),
    }
    for kind in ("tat-ca", "ho-so"):
        for fmt in ("rss", "atom", "json"):
            responses[f"{kind}.{fmt}"] = client.get(f"/nhan-tin/{kind}.{fmt}")
    for where, response in responses.items():
        assert response.status_code == 200, where
        text = response.content.decode()
        assert "Bà Y Hiền" in text, where  # the profile is there…
        for secret in secrets:
            assert secret not in text, (where, secret)  # …its nominator is not
    assert "Ảnh do người dân cung cấp" in responses["page"].content.decode()

    def search_finds_profile(query):
        html = client.get("/tim-kiem/", {"q": query}).content.decode()
        return profile.url in html

    assert search_finds_profile("Bà Y Hiền")
    for secret in NOMINATOR.values():
        assert not search_finds_profile(secret), secret

    # The photos' files: renamed after the subject, without the phone's metadata.
    for image in Photo.objects.all():
        assert "tran" not in image.file.name and image.credit == "Ảnh do người dân cung cấp"
        with image.file.open("rb") as handle:
            assert b"Tran Thi Lan" not in handle.read()


# --- replies --------------------------------------------------------------------------------

def test_a_new_reply_is_emailed_once_with_the_reference_code(client, committed, nomination):
    signed_in(client, EDITOR)
    page = client.get(edit_url(nomination)).content.decode()
    assert "Chưa gửi email" in page
    reply = "Cảm ơn chị. Câu chuyện của bà Hiền sẽ được đăng trong tháng 12."
    committed(lambda: client.post(edit_url(nomination), edit_form(nomination, outcome=reply)))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [NOMINATOR["email"]]
    assert nomination.reference in message.subject
    assert nomination.reference in message.body and reply in message.body
    assert message.body.startswith("Kính gửi Trần Thị Lan,")
    assert reverse("nomination_lookup") in message.body
    assert "02/11/2026" in message.body
    nomination.refresh_from_db()
    assert nomination.outcome_sent_at is not None
    sent_at = nomination.outcome_sent_at.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
    assert f"lúc {sent_at}" in client.get(edit_url(nomination)).content.decode()

    # Saving again with the reply unchanged sends nothing more.
    committed(lambda: client.post(edit_url(nomination),
                                  edit_form(nomination, internal_note="Đã trả lời.")))
    assert len(mail.outbox) == 1


def test_a_nominator_without_email_reads_the_reply_on_the_site(client, committed,
                                                                nomination):
    Nomination.objects.filter(pk=nomination.pk).update(nominator_email="")
    nomination.refresh_from_db()
    signed_in(client, EDITOR)
    committed(lambda: client.post(edit_url(nomination),
                                  edit_form(nomination, outcome="Cảm ơn chị.")))
    assert mail.outbox == []
    nomination.refresh_from_db()
    assert nomination.outcome == "Cảm ơn chị." and nomination.outcome_sent_at is None
    page = client.get(edit_url(nomination)).content.decode()
    assert f"khi tra cứu mã {nomination.reference}" in page


# --- retention ------------------------------------------------------------------------------

def test_nominations_not_converted_are_anonymised_after_the_retention_period(site_pages):
    settings = DiscoverySettings.load()
    settings.nomination_retention_days = 365
    settings.save()
    expired = NominationFactory(created_at=at(2025, 11, 20, 10, 0),
                                status=Nomination.Status.UNSUITABLE,
                                subject_contact="0912000111",
                                internal_note=f"Đã gọi chị Lan số {NOMINATOR['phone']}.")
    photo = add_photo(expired)
    photo_path = photo.file.path
    recent = NominationFactory(created_at=at(2025, 11, 22, 10, 0))
    converted = NominationFactory(created_at=at(2025, 1, 5, 10, 0))
    convert(converted, UserFactory(groups=[EDITOR]))
    assert os.path.exists(photo_path)

    now = at(2026, 11, 21, 10, 0)
    assert anonymise_expired(now) == 1
    expired.refresh_from_db()
    assert expired.nominator_name == "(đã ẩn danh)"
    assert (expired.nominator_phone, expired.nominator_email, expired.subject_contact) == (
        "", "", "")
    assert NOMINATOR["phone"] not in expired.internal_note
    assert expired.anonymised_at == now
    assert expired.story  # what happened is kept; who told us is not
    assert not expired.photos.exists() and not os.path.exists(photo_path)
    for kept in (recent, converted):
        kept.refresh_from_db()
        assert kept.nominator_name == NOMINATOR["name"] and kept.anonymised_at is None
    assert anonymise_expired(now) == 0


def test_the_daily_command_reports_in_vietnamese():
    NominationFactory(created_at=at(2020, 1, 1, 10, 0))
    out = io.StringIO()
    call_command("anonymise_nominations", "--dry-run", stdout=out)
    assert "Sẽ ẩn danh 1 lời giới thiệu" in out.getvalue()
    assert Nomination.objects.get().anonymised_at is None
    out = io.StringIO()
    call_command("anonymise_nominations", stdout=out)
    assert "Đã ẩn danh 1 lời giới thiệu" in out.getvalue()
    assert Nomination.objects.get().nominator_name == "(đã ẩn danh)"
