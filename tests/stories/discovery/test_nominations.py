"""The public nomination form ("Giới thiệu người tốt việc tốt"), its protections, the
thanks page and the look-up of a reference code, as a visitor and the editors see them."""

import io
import re
import struct
import unicodedata
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PIL import Image

from stories.editorial.roles import EDITOR
from stories.models import Nomination, NominationPhoto, Place
from tests.factories import (
    ExemplarPageFactory,
    NominationFactory,
    PlaceFactory,
    SectorFactory,
    UserFactory,
)

FORM = reverse("nominate")
LOOKUP = reverse("nomination_lookup")
GENEROUS = {"ip": (1000, 3600), "contact": (1000, 3600), "site": (1000, 600),
            "attempts": (1000, 3600), "lookup": (1000, 3600)}
STORY = ("Bà nhặt được chiếc ví có 12 triệu đồng ở chợ và đã tìm trả lại cho người "
         "đánh rơi.")


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def valid(**changes):
    data = {
        "subject_name": "Bà Y Hoa",
        "subject_type": "ca_nhan",
        "place": "",
        "place_detail": "thôn Kon Klor",
        "subject_contact": "",
        "story": STORY,
        "when_where": "Tháng 10/2026, chợ xã Đăk Kôi",
        "sector": "",
        "nominator_name": "Trần Thị Lan",
        "nominator_phone": "0905 123 456",
        "nominator_email": "lan.tran@example.vn",
        "consent_to_contact": "on",
        "website": "",
    }
    data.update(changes)
    return data


def send(client, data, photos=(), address="203.0.113.7"):
    payload = dict(data)
    if photos:
        payload["photos"] = list(photos)
    return client.post(FORM, payload, REMOTE_ADDR=address)


def jpeg(name="anh.jpg", size=(64, 48), exif=None, colour=(180, 40, 40)):
    buffer = io.BytesIO()
    extra = {"exif": exif} if exif is not None else {}
    Image.new("RGB", size, colour).save(buffer, "JPEG", **extra)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def png_claiming(width, height, name="lon.png"):
    """A PNG whose header claims these dimensions; the pixels are never there."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    content = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
               + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))
    return SimpleUploadedFile(name, content, content_type="image/png")


def error_summary(response):
    summary = page(response).find(class_="error-summary")
    return summary.get_text(" ", strip=True) if summary else ""


@pytest.fixture
def places(db):
    province = PlaceFactory(name="Kon Tum", kind=Place.Kind.PROVINCE)
    other = PlaceFactory(name="Gia Lai", kind=Place.Kind.PROVINCE)
    return {
        "kon_koi": PlaceFactory(name="Đăk Kôi", kind=Place.Kind.COMMUNE, parent=province),
        "ward": PlaceFactory(name="Kon Tum", kind=Place.Kind.WARD, parent=province),
        "pleiku": PlaceFactory(name="Pleiku", kind=Place.Kind.WARD, parent=other),
        "former": PlaceFactory(name="Tân Lập", kind=Place.Kind.COMMUNE, parent=province,
                               valid_to="2025-06-30"),
        "district": PlaceFactory(name="Đăk Hà", kind=Place.Kind.DISTRICT, parent=province),
    }


# --- the page --------------------------------------------------------------------------------

def test_form_page_is_accessible_plain_html(places, client):
    response = client.get(FORM)
    assert response.status_code == 200
    html = page(response)
    assert html.h1.get_text() == "Giới thiệu người tốt việc tốt"
    form = html.find("form", class_="nomination-form")
    assert form["method"] == "post" and form["enctype"] == "multipart/form-data"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert not html.find("script", src=re.compile("nomination"))
    legends = [legend.get_text(strip=True) for legend in form.find_all("legend")]
    assert legends == ["Người được giới thiệu", "Việc làm", "Ảnh", "Người giới thiệu",
                       "Số điện thoại hoặc email (ít nhất một)"]
    for control in form.find_all(["input", "select", "textarea"]):
        if control.get("type") in ("hidden", "submit"):
            continue
        assert form.find("label", attrs={"for": control["id"]}), control["name"]
    photos = form.find("input", attrs={"name": "photos"})
    assert photos["type"] == "file" and photos.has_attr("multiple")
    # The consent checkbox says why and how the contact is used.
    consent = form.find("input", attrs={"name": "consent_to_contact"})
    why = html.find(id=consent["aria-describedby"]).get_text()
    assert "không bao giờ được công bố" in why


def test_place_list_offers_todays_communes_and_wards_by_province(places, client):
    select = page(client.get(FORM)).find("select", attrs={"name": "place"})
    groups = {group["label"]: [option.get_text() for option in group.find_all("option")]
              for group in select.find_all("optgroup")}
    assert groups == {"tỉnh Gia Lai": ["phường Pleiku"],
                      "tỉnh Kon Tum": ["xã Đăk Kôi", "phường Kon Tum"]}


def test_honeypot_is_hidden_from_people_and_labelled(places, client):
    html = page(client.get(FORM))
    trap = html.find("input", attrs={"name": "website"})
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
    assert html.find("label", attrs={"for": trap["id"]}).get_text() == "Xin để trống ô này"
    assert "nf-trap" in trap.parent["class"]
    from django.contrib.staticfiles import finders

    stylesheet = html.find("link", href=re.compile(r"css/nomination\.css$"))["href"]
    assert ".nf-trap { position: absolute; left: -10000px" in \
        Path(finders.find(stylesheet.removeprefix(settings.STATIC_URL))).read_text()


# --- validation ------------------------------------------------------------------------------

def test_missing_fields_are_listed_and_linked(places, client):
    response = send(client, valid(subject_name="", story="", nominator_name="",
                                  consent_to_contact=""))
    assert response.status_code == 200
    assert not Nomination.objects.exists()
    html = page(response)
    assert html.title.get_text().startswith("Lỗi:")
    summary = html.find(class_="error-summary")
    assert summary["role"] == "alert"
    links = {a["href"]: a.get_text() for a in summary.find_all("a")}
    assert links == {
        "#id_subject_name": "Họ và tên: Hãy nhập họ tên người được giới thiệu.",
        "#id_story": "Họ đã làm gì: Hãy kể việc tốt họ đã làm.",
        "#id_nominator_name": "Họ tên của bạn: Hãy nhập họ tên của bạn.",
        "#id_consent_to_contact": "Hãy đánh dấu ô đồng ý được liên hệ: ban biên tập cần xác "
                                  "minh câu chuyện với bạn.",
    }
    for target in links:
        field = html.find(id=target[1:])
        assert field["aria-invalid"] == "true"
        described = field["aria-describedby"].split()
        assert f"{field['id']}_error" in described
        assert all(html.find(id=ident) for ident in described)


def test_everything_typed_is_kept_when_a_field_is_wrong(places, client):
    sector = SectorFactory(name="Nhân ái")
    data = valid(place=str(places["kon_koi"].pk), sector=str(sector.pk),
                 subject_type="ho_gia_dinh", subject_contact="Gọi anh A Thút 0988 111 222",
                 nominator_phone="12345")
    html = page(send(client, data))
    assert "Hãy nhập số điện thoại Việt Nam" in error_summary_from(html)
    assert html.find("input", attrs={"name": "subject_name"})["value"] == "Bà Y Hoa"
    assert html.find("textarea", attrs={"name": "story"}).get_text().strip() == STORY
    assert html.find("input", attrs={"name": "place_detail"})["value"] == "thôn Kon Klor"
    assert html.find("input", attrs={"name": "subject_contact"})["value"] == \
        "Gọi anh A Thút 0988 111 222"
    assert html.find("input", attrs={"name": "nominator_phone"})["value"] == "12345"
    assert html.find("input", attrs={"name": "nominator_email"})["value"] == \
        "lan.tran@example.vn"
    assert html.find("input", attrs={"name": "consent_to_contact"}).has_attr("checked")
    assert html.find("option", selected=True, value=str(places["kon_koi"].pk))
    assert html.find("option", selected=True, value=str(sector.pk))
    assert html.find("option", selected=True, value="ho_gia_dinh")
    assert "xin chọn lại ảnh" in html.get_text()


def error_summary_from(html):
    return html.find(class_="error-summary").get_text(" ", strip=True)


@pytest.mark.parametrize("phone", ["12345", "0905 123", "+1 202 555 0100", "09051234567",
                                   "０９０５１２３４５６"])
def test_bad_phone_numbers_are_refused(places, client, phone):
    response = send(client, valid(nominator_phone=phone))
    assert "Hãy nhập số điện thoại Việt Nam: 10 chữ số bắt đầu bằng 0" in \
        error_summary(response)
    assert not Nomination.objects.exists()


@pytest.mark.parametrize(("typed", "stored"), [
    ("0905 123 456", "0905123456"),
    ("0905.123.456", "0905123456"),
    ("+84 905 123 456", "0905123456"),
    ("+84905123456", "0905123456"),
    ("0260 386 2123", "02603862123"),
])
def test_phone_numbers_are_normalised(places, client, typed, stored):
    assert send(client, valid(nominator_phone=typed)).status_code == 302
    assert Nomination.objects.get().nominator_phone == stored


def test_a_phone_or_an_email_is_needed(places, client):
    response = send(client, valid(nominator_phone="", nominator_email=""))
    assert "Hãy cho biết số điện thoại hoặc email để ban biên tập liên hệ với bạn." in \
        error_summary(response)
    assert send(client, valid(nominator_phone="")).status_code == 302
    assert send(client, valid(nominator_email="")).status_code == 302
    assert Nomination.objects.count() == 2


def test_phone_and_email_are_asked_as_one_of_the_two(places, client):
    """Neither is marked optional on its own: the group says one of them is needed."""
    html = page(client.get(FORM))
    group = html.find("input", attrs={"name": "nominator_phone"}).find_parent("fieldset")
    assert group.legend.get_text(strip=True) == "Số điện thoại hoặc email (ít nhất một)"
    assert group.find("input", attrs={"name": "nominator_email"})
    assert "không bắt buộc" not in group.get_text()
    response = send(client, valid(nominator_phone="", nominator_email=""))
    field = page(response).find("input", attrs={"name": "nominator_phone"}).find_parent("div")
    assert "Hãy cho biết số điện thoại hoặc email" in field.get_text()


def test_text_longer_than_the_model_allows_is_refused(places, client):
    response = send(client, valid(subject_name="A" * 256, story="x" * 5001))
    summary = error_summary(response)
    assert "#id_subject_name" in str(page(response).find(class_="error-summary"))
    assert "5000" in summary
    assert not Nomination.objects.exists()


def test_html_is_stripped_and_text_stored_as_nfc(places, client):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    response = send(client, valid(
        subject_name=f"<b>{decomposed}</b><script>alert('x')</script>",
        story="<p>Bà <a href='http://spam.example'>nhặt được</a> chiếc ví &lt;b&gt;12 "
              "triệu&lt;/b&gt; và trả lại.</p>\r\n\r\n\r\n\r\nNgười dân rất cảm động.",
        when_where="  Tháng   10/2026\n chợ  ",
        nominator_name="<img src=x onerror=alert(1)>Trần Thị Lan"))
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert nomination.subject_name == "Nguyễn Thị Hoà"
    assert unicodedata.is_normalized("NFC", nomination.subject_name)
    assert nomination.story == ("Bà nhặt được chiếc ví 12 triệu và trả lại.\n\n"
                                "Người dân rất cảm động.")
    assert nomination.when_where == "Tháng 10/2026 chợ"
    assert nomination.nominator_name == "Trần Thị Lan"


# --- CSRF, honeypot, limits ------------------------------------------------------------------

def test_csrf_is_enforced(places):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(FORM, valid(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 403
    assert not Nomination.objects.exists()
    token = page(strict.get(FORM)).find("input", attrs={"name": "csrfmiddlewaretoken"})
    response = strict.post(FORM, valid(csrfmiddlewaretoken=token["value"]),
                           REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 302
    assert Nomination.objects.count() == 1


def test_filled_honeypot_shows_thanks_and_saves_nothing(places, client, committed):
    UserFactory(groups=[EDITOR])
    response = committed(lambda: send(client, valid(website="http://re.example"),
                                      photos=[jpeg()]))
    assert response.status_code == 302
    thanks = page(client.get(response["Location"]))
    assert thanks.h1.get_text() == "Cảm ơn bạn đã giới thiệu"
    assert re.fullmatch(r"GT-[2-9A-Z]{6}", thanks.find(class_="reference-code").get_text())
    assert not Nomination.objects.exists()
    assert not NominationPhoto.objects.exists()
    assert mail.outbox == []


@override_settings(NOMINATION_LIMITS={"ip": (2, 3600)})
def test_one_address_is_limited(places, client):
    for number in range(2):
        response = send(client, valid(nominator_phone=f"090512345{number}",
                                      nominator_email=""))
        assert response.status_code == 302
    response = send(client, valid(subject_name="Ông A Thút", nominator_phone="0911222333",
                                  nominator_email=""))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = page(response)
    assert "xin thử lại sau" in html.find(class_="notice").get_text()
    assert html.find("input", attrs={"name": "subject_name"})["value"] == "Ông A Thút"
    assert Nomination.objects.count() == 2
    # Someone else is not held back.
    assert send(client, valid(nominator_phone="0933444555"),
                address="198.51.100.20").status_code == 302


@override_settings(NOMINATION_LIMITS={"ip": (1, 3600)})
def test_one_ipv6_network_counts_as_one_address(places, client):
    assert send(client, valid(nominator_phone="0905123451"),
                address="2001:db8:1:2::10").status_code == 302
    assert send(client, valid(nominator_phone="0905123452"),
                address="2001:db8:1:2:ffff::7").status_code == 429
    assert send(client, valid(nominator_phone="0905123453"),
                address="2001:db8:1:3::10").status_code == 302


@override_settings(NOMINATION_LIMITS={"contact": (2, 86400)})
def test_one_nominator_contact_is_limited(places, client):
    for number in range(2):
        assert send(client, valid(nominator_phone="0905 123 456"),
                    address=f"198.51.100.{number}").status_code == 302
    # The same number typed differently, from another address.
    response = send(client, valid(nominator_phone="+84 905.123.456", nominator_email=""),
                    address="198.51.100.99")
    assert response.status_code == 429
    assert "Bạn đã gửi nhiều lời giới thiệu trong thời gian ngắn, xin thử lại sau" in \
        page(response).get_text()
    # The same email, with capitals, and another phone.
    response = send(client, valid(nominator_phone="0911222333",
                                  nominator_email="Lan.Tran@Example.vn"),
                    address="198.51.100.98")
    assert response.status_code == 429
    assert Nomination.objects.count() == 2


@override_settings(NOMINATION_LIMITS={"site": (3, 600)})
def test_a_burst_of_submissions_gets_the_try_later_page(places, client):
    statuses = []
    for number in range(10):
        response = send(client, valid(subject_name=f"Người tốt số {number}",
                                      nominator_phone=f"09051234{number:02d}",
                                      nominator_email=f"nguoi{number}@example.vn"),
                        address=f"192.0.2.{number}")
        statuses.append(response.status_code)
    assert statuses == [302] * 3 + [429] * 7
    assert Nomination.objects.count() == 3
    html = page(response)
    notice = html.find(class_="notice")
    assert notice["role"] == "alert"
    assert notice.get_text().strip().startswith(
        "Hệ thống đang nhận quá nhiều lời giới thiệu, xin thử lại sau")
    assert 0 < int(response["Retry-After"]) <= 600
    assert html.find("input", attrs={"name": "subject_name"})["value"] == "Người tốt số 9"
    assert html.find("textarea", attrs={"name": "story"}).get_text().strip() == STORY


@override_settings(NOMINATION_LIMITS={"attempts": (3, 3600)})
def test_repeated_invalid_submissions_are_limited_too(places, client):
    for _ in range(3):
        assert send(client, valid(story="")).status_code == 200
    response = send(client, valid(story=""))
    assert response.status_code == 429
    assert "xin thử lại sau" in page(response).get_text()


# --- photos ----------------------------------------------------------------------------------

def test_photos_are_stored_privately(places, client):
    response = send(client, valid(), photos=[jpeg("a.jpg"), jpeg("b.jpg", size=(30, 20))])
    assert response.status_code == 302
    photos = list(Nomination.objects.get().photos.order_by("width"))
    assert [(photo.width, photo.height) for photo in photos] == [(30, 20), (64, 48)]
    for photo in photos:
        stored = Path(photo.file.path)
        assert stored.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
        assert not stored.is_relative_to(settings.MEDIA_ROOT)
        # Stored under a random name: the original one may carry a name or a place.
        assert re.fullmatch(r"nominations/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", photo.file.name)


def test_an_oversized_photo_is_refused(places, client):
    real = jpeg().read()
    big = SimpleUploadedFile("to.jpg", real + b"\0" * (10 * 1024 * 1024),
                             content_type="image/jpeg")
    response = send(client, valid(), photos=[big])
    assert response.status_code == 200
    assert "Ảnh “to.jpg” lớn hơn 10 MB." in error_summary(response)
    assert not Nomination.objects.exists()


def test_a_fake_image_is_refused(places, client):
    fake = SimpleUploadedFile("anh.jpg", b"<html><script>alert(1)</script></html>",
                              content_type="image/jpeg")
    gif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(gif, "GIF")
    response = send(client, valid(), photos=[
        fake, SimpleUploadedFile("dong.jpg", gif.getvalue(), content_type="image/jpeg")])
    summary = error_summary(response)
    assert "Tệp “anh.jpg” không phải ảnh JPEG, PNG hoặc WebP" in summary
    assert "Tệp “dong.jpg” không phải ảnh JPEG, PNG hoặc WebP" in summary
    assert not Nomination.objects.exists()


@pytest.mark.parametrize("size", [(8000, 6000), (30000, 30000)])
def test_too_many_pixels_are_refused_with_a_message(places, client, size):
    response = send(client, valid(), photos=[png_claiming(*size)])
    assert response.status_code == 200
    assert "Ảnh “lon.png” có quá nhiều điểm ảnh (tối đa 40 triệu điểm ảnh)" in \
        error_summary(response)
    assert not Nomination.objects.exists()


def test_six_photos_are_too_many(places, client):
    response = send(client, valid(), photos=[jpeg(f"{n}.jpg") for n in range(6)])
    assert "Bạn chỉ gửi được tối đa 5 ảnh; bạn đã chọn 6 ảnh." in error_summary(response)
    assert not Nomination.objects.exists()
    assert send(client, valid(), photos=[jpeg(f"{n}.jpg") for n in range(5)]).status_code \
        == 302
    assert NominationPhoto.objects.count() == 5


def test_location_and_camera_data_are_removed(places, client):
    exif = Image.Exif()
    exif[0x010F] = "Máy ảnh thử"
    exif[0x0112] = 6  # taken sideways: shown turned a quarter
    exif[0x8825] = {1: "N", 2: (14.0, 21.0, 0.0), 3: "E", 4: (108.0, 0.0, 0.0)}
    original = jpeg("gps.jpg", size=(80, 40), exif=exif)
    assert Image.open(io.BytesIO(original.read())).getexif().get_ifd(0x8825)
    original.seek(0)
    assert send(client, valid(), photos=[original]).status_code == 302
    photo = NominationPhoto.objects.get()
    assert (photo.width, photo.height) == (40, 80)
    data = Path(photo.file.path).read_bytes()
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG"
    assert stored.size == (40, 80)
    assert not stored.getexif()
    assert "exif" not in stored.info and "xmp" not in stored.info
    assert b"Exif" not in data and "Máy ảnh thử".encode() not in data


def test_transparent_png_stays_png(places, client):
    buffer = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 0, 0, 0)).save(buffer, "PNG")
    upload = SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")
    assert send(client, valid(), photos=[upload]).status_code == 302
    photo = NominationPhoto.objects.get()
    assert photo.file.name.endswith(".png")
    assert Image.open(photo.file.path).mode == "RGBA"


# --- after sending ---------------------------------------------------------------------------

def test_editors_and_nominator_are_emailed(places, client, committed):
    editor = UserFactory(username="bientap", email="bientap@ttvh.example.vn",
                         groups=[EDITOR])
    UserFactory(username="nghi", email="nghi@ttvh.example.vn", groups=[EDITOR],
                is_active=False)
    UserFactory(username="khongmail", email="", groups=[EDITOR])
    UserFactory(username="khac", email="khac@ttvh.example.vn")
    response = committed(lambda: send(client, valid(place=str(places["kon_koi"].pk)),
                                      photos=[jpeg()]))
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    to_editors, to_nominator = mail.outbox
    assert to_editors.to == [editor.email]
    assert nomination.reference in to_editors.subject and "Bà Y Hoa" in to_editors.subject
    admin_link = f"{settings.SITE_BASE_URL}/quan-tri/snippets/stories/nomination/edit/" \
                 f"{nomination.pk}/"
    assert admin_link in to_editors.body
    for text in (STORY, "xã Đăk Kôi", "thôn Kon Klor", "0905123456", "Trần Thị Lan",
                 "Số ảnh kèm theo: 1"):
        assert text in to_editors.body
    assert to_nominator.to == ["lan.tran@example.vn"]
    assert nomination.reference in to_nominator.subject
    assert nomination.reference in to_nominator.body
    assert f"{settings.SITE_BASE_URL}{LOOKUP}" in to_nominator.body


def test_no_confirmation_without_an_email(places, client, committed):
    UserFactory(groups=[EDITOR])
    committed(lambda: send(client, valid(nominator_email="")))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to != [""]


def receipts(to):
    return [message for message in mail.outbox if message.to == [to]]


def test_the_receipt_goes_only_to_the_nominators_own_address(places, client, committed):
    editor = UserFactory(email="bientap@ttvh.example.vn", groups=[EDITOR])
    # Addresses typed everywhere else in the form, as someone using the site to mail
    # strangers would.
    typed = valid(subject_contact="nguoiduocgioithieu@example.vn",
                  place_detail="thon3@example.vn", when_where="chợ, ghi cho cho@example.vn",
                  story=STORY + " Liên hệ nanhan@example.vn, xem http://quang-cao.example",
                  nominator_name="Mua ngay tại http://quang-cao.example")
    assert committed(lambda: send(client, typed)).status_code == 302

    nomination = Nomination.objects.get()
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(
        [editor.email, "lan.tran@example.vn"])
    [receipt] = receipts("lan.tran@example.vn")
    assert receipt.cc == receipt.bcc == receipt.reply_to == []
    assert nomination.reference in receipt.body
    # Nothing typed in the form is mailed to an address anyone may have typed.
    for text in ("Bà Y Hoa", "quang-cao", "example.vn", "Mua ngay", "Kon Klor"):
        assert text not in receipt.subject + receipt.body, text
    assert "địa chỉ email này được ghi là email của người giới thiệu" in receipt.body


def test_receipts_to_one_mailbox_are_limited_silently(places, client, committed):
    # The same mailbox written four ways, each a different contact for the form's own
    # limit, from four connections: four nominations are saved, three receipts sent.
    spellings = ["lan.tran@example.vn", "Lan.Tran+1@Example.vn", "lan.tran+gs@EXAMPLE.VN",
                 "lan.tran+4@example.vn"]
    for number, email in enumerate(spellings):
        response = committed(lambda email=email, number=number: send(
            client, valid(nominator_email=email, nominator_phone=f"091234567{number}"),
            address=f"198.51.100.{number}"))
        assert response.status_code == 302

        thanks = page(client.get(response["Location"]))
        reference = Nomination.objects.get(nominator_email=email).reference
        assert thanks.find(class_="reference-code").get_text() == reference
        said_sent = "Chúng tôi cũng đã gửi mã này tới email của bạn." in thanks.get_text()
        assert said_sent == (number < 3), email

    assert Nomination.objects.count() == 4
    sent = [message.to[0] for message in mail.outbox]
    assert sent == spellings[:3]
    # Another mailbox is not held back.
    committed(lambda: send(client, valid(nominator_email="hoa@example.vn",
                                         nominator_phone="0987654321"), address="192.0.2.9"))
    assert receipts("hoa@example.vn")


def test_the_form_says_which_address_gets_the_receipt(places, client):
    html = page(client.get(FORM))

    email = html.find("input", attrs={"name": "nominator_email"})
    assert html.find("label", attrs={"for": email["id"]}).get_text(strip=True).startswith(
        "Email của chính bạn")
    assert html.find(id=email["aria-describedby"]).get_text() == (
        "Mã hồ sơ chỉ được gửi tới địa chỉ này, không gửi tới địa chỉ nào khác. Hãy ghi "
        "email của chính bạn, không ghi email của người được giới thiệu.")
    contact = html.find("input", attrs={"name": "subject_contact"})
    assert "hệ thống không gửi gì tới liên hệ này" in html.find(
        id=contact["aria-describedby"]).get_text()


def test_thanks_page_shows_the_reference_and_what_happens_next(places, client):
    response = send(client, valid())
    assert response["Location"] == reverse("nomination_thanks")
    reference = Nomination.objects.get().reference
    assert reference not in response["Location"]
    html = page(client.get(response["Location"]))
    assert html.find(class_="reference-code").get_text() == reference
    text = html.get_text()
    assert "Các bước tiếp theo" in text
    assert "Chúng tôi cũng đã gửi mã này tới email của bạn." in text
    assert html.find("a", href=LOOKUP)
    # Another browser sees no code: it is sent back to the form.
    assert Client().get(response["Location"])["Location"] == FORM


# --- look-up -------------------------------------------------------------------------------

def look_up(client, reference, contact, address="203.0.113.7"):
    return client.post(LOOKUP, {"reference": reference, "contact": contact},
                       REMOTE_ADDR=address)


def test_lookup_shows_status_and_reply(db, client):
    nomination = NominationFactory(
        status=Nomination.Status.VERIFYING,
        outcome="Cảm ơn chị. Chúng tôi sẽ gọi điện trong tuần này.")
    code = nomination.reference.lower().replace("-", " - ")
    for contact in ("0905 123 456", "+84905123456", "LAN.TRAN@example.vn"):
        html = page(look_up(client, f"  {code} ", contact))
        result = html.find(class_="lookup-result")
        assert nomination.reference in result.h2.get_text()
        assert "Đang xác minh" in result.get_text()
        assert "Chúng tôi sẽ gọi điện trong tuần này." in result.get_text()


@pytest.mark.parametrize(("status", "shown"), [
    (Nomination.Status.NEW, "Đã nhận, chờ xem xét"),
    (Nomination.Status.CONVERTED, "Đã được biên tập thành hồ sơ"),
    (Nomination.Status.UNSUITABLE, "Chưa phù hợp để giới thiệu"),
])
def test_lookup_states_each_status_plainly(db, client, status, shown):
    nomination = NominationFactory(status=status)
    result = page(look_up(client, nomination.reference, "0905123456")).find(
        class_="lookup-result")
    assert result.find(class_="lookup-result__status").get_text() == shown


def test_lookup_links_to_the_published_profile(site_pages, client):
    profile = ExemplarPageFactory(title="Bà Y Hoa", with_consent=True)
    nomination = NominationFactory(status=Nomination.Status.CONVERTED)
    Nomination.objects.filter(pk=nomination.pk).update(exemplar=profile)
    html = page(look_up(client, nomination.reference, "0905123456"))
    assert html.find("a", href=profile.url)


def test_lookup_mismatch_gives_one_generic_message(db, client):
    nomination = NominationFactory()
    wrong_contact = page(look_up(client, nomination.reference, "0911000111"))
    unknown_code = page(look_up(client, "GT-ZZZZZZ", "0905123456"))
    message = "Không tìm thấy lời giới thiệu nào khớp với mã hồ sơ"
    for html in (wrong_contact, unknown_code):
        assert message in html.find(class_="notice").get_text()
        assert not html.find(class_="lookup-result")
        assert nomination.subject_name not in html.get_text()
    assert wrong_contact.find(class_="notice").get_text() == \
        unknown_code.find(class_="notice").get_text()


@override_settings(NOMINATION_LIMITS={"lookup": (3, 3600)})
def test_lookup_is_rate_limited(db, client):
    nomination = NominationFactory()
    for _ in range(3):
        assert look_up(client, "GT-ZZZZZZ", "0905123456").status_code == 200
    response = look_up(client, nomination.reference, "0905123456")
    assert response.status_code == 429
    assert response["Retry-After"]
    html = page(response)
    assert "Có quá nhiều lượt tra cứu từ kết nối của bạn, xin thử lại sau" in html.get_text()
    assert not html.find(class_="lookup-result")


# --- links -----------------------------------------------------------------------------------

def test_footer_and_home_page_link_to_the_form(site_pages, client):
    home = page(client.get("/"))
    footer_link = home.find("footer").find("a", href=FORM,
                                           string="Giới thiệu người tốt việc tốt")
    assert footer_link
    call = home.find("main").find("a", href=FORM)
    assert "Giới thiệu người tốt việc tốt" in call.get_text()
    assert home.find(id="nominate-heading").get_text() == "Bạn biết người tốt, việc tốt?"
    assert page(client.get(LOOKUP)).find("footer").find("a", href=FORM)


# --- odd input -------------------------------------------------------------------------------

TEXT_FIELDS = ("subject_name", "place_detail", "subject_contact", "story", "when_where",
               "nominator_name", "nominator_phone", "nominator_email", "subject_type",
               "place", "sector")
odd_text = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)),
        st.sampled_from(["<", ">", "&", ";", "\x00", "\u202e", "\u0301", "\r", "\n", "ð"]),
    ),
    max_size=80,
) | st.sampled_from(["<script>alert(1)</script>", "&lt;b&gt;x&lt;/b&gt;", "&amp;lt;i&amp;gt;",
                     "<!--", "<p", "\x00\x00", " ", "Đăk\u0301", "0" * 300])


@override_settings(NOMINATION_LIMITS=GENEROUS)
@hypothesis_settings(max_examples=60, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])
@given(field=st.sampled_from(TEXT_FIELDS), value=odd_text)
def test_odd_characters_never_cause_an_error(places, client, field, value):
    before = set(Nomination.objects.values_list("pk", flat=True))
    response = send(client, valid(**{field: value}))
    assert response.status_code in (200, 302)
    for nomination in Nomination.objects.exclude(pk__in=before):
        for name in ("subject_name", "place_detail", "subject_contact", "story",
                     "when_where", "nominator_name"):
            text = getattr(nomination, name)
            assert not re.search(r"<[a-zA-Z!/?]", text), (name, text)
            assert "\x00" not in text
            assert unicodedata.is_normalized("NFC", text)


def test_setup_site_alone_says_what_the_contact_page_needs(site_pages, client):
    """Before the centre writes its own, the contact page says what belongs there and
    leads to the form."""
    html = BeautifulSoup(client.get("/lien-he/").content, "html.parser")
    text = html.get_text(" ", strip=True)
    assert "sửa trang “Liên hệ”" in text and "giờ làm việc" in text
    assert html.find("a", href=reverse("nominate"))
