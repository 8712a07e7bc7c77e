"""Photos stay private until a live page uses them, reach public media only then, and never
carry the uploader's GPS position, name or file name anywhere."""

import datetime
import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from wagtail.models import Collection, UploadedFile
from wagtail.test.utils.form_data import inline_formset, streamfield

from stories.editorial.roles import EDITOR, FOCAL_PERSON
from stories.models import ExemplarPhoto, Photo, PhotoRendition, SubjectType, SyndicationEntry
from tests.admin_forms import exemplar_form
from tests.factories import (
    ExemplarPageFactory,
    NominationFactory,
    PhotoFactory,
    StoryPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PERSON = "Nguyen Van An"
XMP_MARK = b"Nguyen Van An, Dak Koi"
XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + XMP_MARK +
       b"</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
GPS_IFD = 0x8825
PRIVATE_URL = "/quan-tri/anh-rieng/"
RANDOM_ORIGINAL = re.compile(r"(private/)?original_images/[0-9a-f]{32}\.jpg")
DAMAGED = "Ảnh bị hỏng hoặc không đầy đủ"


def phone_photo(size=(300, 200), orientation=None):
    """A JPEG as a phone writes it: GPS position, the owner's name in EXIF and XMP."""
    image = Image.new("RGB", size, (200, 40, 40))
    image.paste((20, 20, 220), (0, 0, size[0] // 3, size[1]))  # a blue band on the left
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (14.0, 21.0, 3.5), 3: "E", 4: (108.0, 0.0, 7.0)}
    exif[0x013B] = PERSON  # Artist
    if orientation:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, xmp=XMP)
    return buffer.getvalue()


def assert_no_metadata(content):
    with Image.open(io.BytesIO(content)) as image:
        exif = image.getexif()
        assert not exif.get_ifd(GPS_IFD) and GPS_IFD not in exif
        assert 0x013B not in exif
    assert XMP_MARK not in content and PERSON.encode() not in content


def media_file(url):
    """The file the web server would send for ``url`` from MEDIA_ROOT, or None."""
    if not url.startswith(settings.MEDIA_URL):
        return None
    found = Path(settings.MEDIA_ROOT, url.removeprefix(settings.MEDIA_URL))
    return found.read_bytes() if found.is_file() else None


def everywhere_under(root, name):
    return list(Path(root).rglob(Path(name).name))


def signed_in(client, *groups):
    user = UserFactory(groups=list(groups))
    client.force_login(user)
    return user


def image_urls(html):
    """Photos the page shows (not the hidden image that counts the view)."""
    counter = reverse("reading_beacon", args=[1]).rsplit("/", 1)[0] + "/"
    return [url for url in re.findall(r'<img[^>]+src="([^"]+)"', html)
            if not url.startswith(counter)]


def shown_publicly(client, committed, photo):
    """The files a visitor gets for ``photo`` once a published story uses it."""
    story = committed(lambda: StoryPageFactory(hero_image=photo, title="Con đường mới"))
    client.logout()
    urls = image_urls(client.get(story.url).content.decode())
    assert urls and all(url.startswith("/media/") for url in urls)
    photo.refresh_from_db()
    return [media_file(url) for url in [*urls, photo.file.url]]


def test_phone_photo_carries_what_must_be_removed():
    # The fixture itself, so that the tests below cannot pass on a photo without metadata.
    content = phone_photo()
    with Image.open(io.BytesIO(content)) as image:
        assert image.getexif().get_ifd(GPS_IFD)[1] == "N"
    assert XMP_MARK in content and PERSON.encode() in content


# --- uploads through the admin --------------------------------------------------------------

def test_an_uploaded_photo_is_private_renamed_upright_and_without_metadata(client, site_pages,
                                                                          committed):
    signed_in(client, EDITOR)
    response = client.post(reverse("wagtailimages:add"), {
        "title": "Anh An", "description": "Ông An sửa đường", "credit": "Ảnh: Hà Phương",
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(f"{PERSON} - Dak Koi.jpg",
                                   phone_photo(orientation=6), content_type="image/jpeg"),
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Photo.objects.get()
    assert RANDOM_ORIGINAL.fullmatch(photo.file.name)
    assert photo.file.name.startswith("private/")
    # Turned as the phone said: 300×200 taken sideways is 200×300, the blue band on top.
    assert (photo.width, photo.height) == (200, 300)
    with photo.file.open("rb") as handle:
        stored = handle.read()
    assert_no_metadata(stored)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (200, 300)
        assert image.getpixel((100, 10))[2] > 150
    assert photo.file_size == len(stored)
    assert not everywhere_under(settings.MEDIA_ROOT, photo.file.name)
    assert everywhere_under(settings.PRIVATE_MEDIA_ROOT, photo.file.name)

    # The editor sees it in the library, its edit view and the chooser, through the
    # private view, never cached.
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    thumbnails = [url for url in image_urls(listing) if url.startswith(PRIVATE_URL)]
    assert thumbnails and PERSON not in listing
    edit = client.get(reverse("wagtailimages:edit", args=[photo.pk])).content.decode()
    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    for html in (edit, chooser):
        shown = [url for url in image_urls(html) if url.startswith(PRIVATE_URL)]
        assert shown and client.get(shown[0]).status_code == 200
        assert "/media/" not in html
    for url in [thumbnails[0], photo.file.url]:
        assert url.startswith(PRIVATE_URL)
        shown = client.get(url)
        assert shown.status_code == 200 and shown["Content-Type"] == "image/jpeg"
        assert {"private", "no-store"} <= set(shown["Cache-Control"].split(", "))
        assert_no_metadata(b"".join(shown.streaming_content))
        assert media_file(url.replace(PRIVATE_URL, settings.MEDIA_URL)) is None

    # Nobody else gets it.
    client.logout()
    anonymous = client.get(photo.file.url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    signed_in(client, FOCAL_PERSON)
    assert client.get(photo.file.url).status_code == 404
    assert client.get(thumbnails[0]).status_code == 404

    for content in shown_publicly(client, committed, photo):
        assert_no_metadata(content)


def test_the_private_view_serves_only_photos_files(client, site_pages, tmp_path):
    signed_in(client, EDITOR)
    photo = PhotoFactory()
    secret = Path(settings.PRIVATE_MEDIA_ROOT, "documents", "giay-dong-y.pdf")
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_bytes(b"%PDF-1.4 consent")
    name = photo.file.name.removeprefix("private/")
    assert client.get(PRIVATE_URL + name).status_code == 200
    for path in ["../documents/giay-dong-y.pdf", "original_images/../../documents/giay-dong-y.pdf",
                 "%2e%2e/documents/giay-dong-y.pdf", "original_images/khong-co.jpg",
                 "..%2F..%2Fetc%2Fpasswd", name + "x"]:
        assert client.get(PRIVATE_URL + path).status_code == 404, path


def test_multiple_upload_keeps_nothing_of_the_phone_or_the_file_name(client, site_pages,
                                                                     committed):
    user = signed_in(client, EDITOR)
    response = client.post(reverse("wagtailimages:add_multiple"), {
        "title": f"{PERSON}.jpg",
        "files[]": SimpleUploadedFile(f"{PERSON}.jpg", phone_photo(), content_type="image/jpeg"),
    }, headers={"x-requested-with": "XMLHttpRequest"})
    data = response.json()
    assert data["success"], data
    # Our photos need alt text: Wagtail keeps the file until the editor fills it in…
    upload = UploadedFile.objects.get(pk=data["uploaded_file_id"])
    assert PERSON not in upload.file.name
    with upload.file.open("rb") as handle:
        assert_no_metadata(handle.read())

    prefix = f"uploaded-image-{upload.pk}"
    response = client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload.pk]),
        {f"{prefix}-title": "Ông An", f"{prefix}-description": "Ông An bên con đường",
         f"{prefix}-credit": "", f"{prefix}-collection": Collection.get_first_root_node().pk,
         f"{prefix}-tags": ""},
        headers={"x-requested-with": "XMLHttpRequest"})
    assert response.json()["success"], response.content.decode()[:2000]
    photo = Photo.objects.get()
    assert photo.uploaded_by_user == user
    assert RANDOM_ORIGINAL.fullmatch(photo.file.name) and photo.file.name.startswith("private/")
    with photo.file.open("rb") as handle:
        assert_no_metadata(handle.read())
    assert not UploadedFile.objects.exists()
    for content in shown_publicly(client, committed, photo):
        assert_no_metadata(content)


def truncated_jpeg():
    whole = phone_photo(size=(640, 480))
    return whole[:len(whole) // 2]


@pytest.mark.parametrize("content", [
    truncated_jpeg(), b"<html><body>not a photo</body></html>", b"GIF89a and not much else"],
    ids=["truncated", "web-page", "not-an-image"])
def test_a_damaged_file_is_refused_with_a_message(client, site_pages, content):
    signed_in(client, EDITOR)
    response = client.post(reverse("wagtailimages:add"), {
        "title": "Lễ tuyên dương", "description": "Các điển hình nhận giấy khen",
        "credit": "Ảnh: Y Hiền", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("le-tuyen-duong.jpg", content, content_type="image/jpeg"),
    })
    assert response.status_code == 200
    html = response.content.decode()
    assert DAMAGED in html and "le-tuyen-duong.jpg" in html
    # What was typed is kept.
    assert "Lễ tuyên dương" in html and "Các điển hình nhận giấy khen" in html
    assert "Ảnh: Y Hiền" in html

    many = client.post(reverse("wagtailimages:add_multiple"), {
        "title": "le-tuyen-duong.jpg",
        "files[]": SimpleUploadedFile("le-tuyen-duong.jpg", content, content_type="image/jpeg"),
    }, headers={"x-requested-with": "XMLHttpRequest"})
    assert many.status_code == 200
    answer = json.loads(many.content)
    assert not answer["success"] and DAMAGED in answer["error_message"]
    assert not Photo.objects.exists() and not UploadedFile.objects.exists()


# --- publication ----------------------------------------------------------------------------

@pytest.fixture
def profile(site_pages):
    """A draft profile using three photos: portrait, gallery and an image block."""
    portrait, in_gallery, in_text = (
        PhotoFactory(file=SimpleUploadedFile(f"{PERSON} {n}.jpg", phone_photo()))
        for n in range(3))
    page = ExemplarPageFactory(
        title="Ông Nguyễn Văn An", with_consent=True, live=False, portrait=portrait,
        photos=[ExemplarPhoto(image=in_gallery, sort_order=0)],
        profile=[{"type": "image", "value": {"image": in_text.pk, "caption": "Con đường",
                                             "credit": ""}}])
    return page, [portrait, in_gallery, in_text]


def refreshed(photos):
    return [Photo.objects.get(pk=photo.pk) for photo in photos]


def publish(committed, page):
    committed(lambda: page.save_revision().publish())
    page.refresh_from_db()


def test_photos_go_public_with_the_page_and_back_when_it_is_unpublished(
        client, committed, profile):
    page, photos = profile
    private_names = [photo.file.name for photo in photos]
    for photo in photos:
        assert photo.file.name.startswith("private/")
        assert photo.file.url.startswith(PRIVATE_URL)
    assert client.get(page.url).status_code == 404

    # The editor previews the draft: its photos come from the private view.
    signed_in(client, EDITOR)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    portrait, in_gallery, in_text = photos
    checked = client.post(preview_url, exemplar_form(
        page, portrait=portrait.pk,
        photos=inline_formset([{"image": in_gallery.pk}]),
        profile=streamfield([("image", {"image": in_text.pk, "caption": "", "credit": ""})])))
    assert checked.json()["is_valid"], checked.content
    preview = client.get(preview_url).content.decode()
    previewed = [url for url in image_urls(preview) if "/static/" not in url]
    assert len(previewed) >= 3 and all(url.startswith(PRIVATE_URL) for url in previewed)
    for url in previewed:
        assert client.get(url).status_code == 200
    client.logout()

    publish(committed, page)
    photos = refreshed(photos)
    for photo, old in zip(photos, private_names, strict=True):
        assert RANDOM_ORIGINAL.fullmatch(photo.file.name)
        assert not photo.file.name.startswith("private/")
        assert photo.file.name == old.removeprefix("private/")
        assert_no_metadata(media_file(photo.file.url))
        assert not everywhere_under(settings.PRIVATE_MEDIA_ROOT, old)  # moved, not copied
        assert not PhotoRendition.objects.filter(image=photo, file__startswith="private/")

    html = client.get(page.url).content.decode()
    shown = image_urls(html)
    assert len(shown) >= 3 and not [url for url in shown if not url.startswith("/media/")]
    for url in shown:
        assert_no_metadata(media_file(url))
    entry = SyndicationEntry.objects.get(page=page)
    assert entry.image["url"].startswith("/media/images/") and media_file(entry.image["url"])
    assert PRIVATE_URL not in entry.content_html and "/media/images/" in entry.content_html

    public_files = [photo.file.url for photo in photos] + shown
    committed(lambda: page.unpublish())
    photos = refreshed(photos)
    for photo in photos:
        assert photo.file.name.startswith("private/")
        assert not photo.renditions.exclude(file__startswith="private/").exists()
    for url in public_files:
        assert media_file(url) is None, url


def test_a_photo_another_live_page_uses_stays_public(committed, profile):
    page, photos = profile
    portrait = photos[0]
    other = committed(lambda: StoryPageFactory(hero_image=portrait))
    publish(committed, page)
    committed(lambda: page.unpublish())
    portrait, in_gallery, in_text = refreshed(photos)
    assert not portrait.file.name.startswith("private/")
    assert in_gallery.file.name.startswith("private/") and in_text.file.name.startswith(
        "private/")
    committed(lambda: other.delete())
    assert Photo.objects.get(pk=portrait.pk).file.name.startswith("private/")


def test_a_photo_taken_off_a_live_page_goes_back_to_private(committed, profile):
    page, photos = profile
    publish(committed, page)
    replacement = PhotoFactory()
    page.portrait = replacement
    page.photos = []
    committed(lambda: page.save_revision().publish())
    portrait, in_gallery, in_text = refreshed(photos)
    assert portrait.file.name.startswith("private/")
    assert in_gallery.file.name.startswith("private/")
    assert not in_text.file.name.startswith("private/")
    assert not Photo.objects.get(pk=replacement.pk).file.name.startswith("private/")


def test_a_scheduled_page_shows_its_photos_only_once_live(committed, profile):
    page, photos = profile
    page.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    committed(lambda: page.save_revision().publish())
    assert all(photo.file.name.startswith("private/") for photo in refreshed(photos))

    # Two hours later.
    page.refresh_from_db()
    revision = page.get_latest_revision()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    committed(lambda: call_command("publish_scheduled", stdout=io.StringIO()))
    page.refresh_from_db()
    assert page.live
    assert not [photo for photo in refreshed(photos) if photo.file.name.startswith("private/")]


def test_a_replaced_file_keeps_its_photos_side(client, committed, profile):
    page, photos = profile
    publish(committed, page)
    portrait = Photo.objects.get(pk=photos[0].pk)
    # A photo a live page shows is changed by an approver or a superuser only.
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(reverse("wagtailimages:edit", args=[portrait.pk]), {
        "title": portrait.title, "description": portrait.description,
        "credit": portrait.credit, "collection": portrait.collection_id, "tags": "",
        "file": SimpleUploadedFile("thay-anh.jpg", phone_photo(), content_type="image/jpeg"),
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    portrait.refresh_from_db()
    assert RANDOM_ORIGINAL.fullmatch(portrait.file.name)
    assert not portrait.file.name.startswith("private/")
    assert media_file(portrait.file.url) is not None


def test_a_photo_whose_file_is_lost_does_not_stop_the_publication(committed, profile):
    page, photos = profile
    lost = photos[1]
    Path(settings.PRIVATE_MEDIA_ROOT, lost.file.name).unlink()
    publish(committed, page)
    assert page.live
    lost, *others = refreshed(photos[1:]) + refreshed(photos[:1])
    assert lost.file.name.startswith("private/")
    assert not [photo for photo in others if photo.file.name.startswith("private/")]


def test_publishing_costs_a_few_queries_per_photo(committed, profile,
                                                  django_assert_max_num_queries):
    from stories.media.photo_privacy import make_private_unless_used, make_public

    _page, photos = profile
    for photo in photos:
        photo.get_rendition("fill-100x100")
        photo.get_rendition("width-400")
    ids = [photo.pk for photo in photos]
    with django_assert_max_num_queries(1 + 4 * len(ids)):
        make_public(ids)
    with django_assert_max_num_queries(2 + 4 * len(ids)):
        make_private_unless_used(ids)
    assert all(photo.file.name.startswith("private/") for photo in refreshed(photos))


# --- citizens' photos -------------------------------------------------------------------------

def test_a_nominations_photo_is_private_until_the_profile_is_published(client, committed,
                                                                       site_pages):
    from stories.models import NominationPhoto

    nomination = NominationFactory(subject_name="Tổ phụ nữ thôn 3", nominator_name="Trần Thị Lan",
                                   subject_type=SubjectType.COLLECTIVE)
    NominationPhoto.objects.create(
        nomination=nomination, width=300, height=200,
        file=SimpleUploadedFile("tran-thi-lan.jpg", phone_photo()))
    editor = signed_in(client, EDITOR)
    response = client.post(reverse("nomination_convert", args=[nomination.pk]))
    assert response.status_code == 302
    nomination.refresh_from_db()
    profile = nomination.exemplar.specific
    photo = profile.photos.get().image
    assert RANDOM_ORIGINAL.fullmatch(photo.file.name) and photo.file.name.startswith("private/")
    assert photo.file.url.startswith(PRIVATE_URL)
    with photo.file.open("rb") as handle:
        assert_no_metadata(handle.read())

    committed(lambda: profile.save_revision(user=editor).publish())
    photo.refresh_from_db()
    assert not photo.file.name.startswith("private/")
    assert media_file(photo.file.url) is not None
    client.logout()
    html = client.get(profile.url).content.decode()
    assert [url for url in image_urls(html) if url.startswith("/media/images/")]
    assert PRIVATE_URL not in html and "tran-thi-lan" not in html


# --- photos stored before -------------------------------------------------------------------

def legacy_photo(name):
    """A photo as uploads were stored before: public, under its own name, with its GPS."""
    photo = PhotoFactory()
    stored = Path(settings.MEDIA_ROOT, "original_images", name)
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(phone_photo())
    Photo.objects.filter(pk=photo.pk).update(file=f"original_images/{name}")
    photo.refresh_from_db()
    return photo


def test_the_upgrade_command_cleans_and_sorts_the_photos_stored_before(committed, site_pages):
    unused, shown = legacy_photo(f"{PERSON} 1.jpg"), legacy_photo(f"{PERSON} 2.jpg")
    shown.get_rendition("width-400")
    committed(lambda: StoryPageFactory(hero_image=shown))
    lost = legacy_photo("mat.jpg")
    Path(settings.MEDIA_ROOT, lost.file.name).unlink()
    out, err = io.StringIO(), io.StringIO()

    call_command("photo_privacy", "--clean", stdout=out, stderr=err)
    assert "2 ảnh đã được làm sạch" in out.getvalue(), out.getvalue()
    assert "mat.jpg" not in out.getvalue() and f"Ảnh {lost.pk}" in err.getvalue()
    unused, shown = refreshed([unused, shown])
    assert RANDOM_ORIGINAL.fullmatch(unused.file.name) and unused.file.name.startswith(
        "private/")
    assert RANDOM_ORIGINAL.fullmatch(shown.file.name) and not shown.file.name.startswith(
        "private/")
    for photo in (unused, shown):
        with photo.file.open("rb") as handle:
            assert_no_metadata(handle.read())
    assert not list(Path(settings.MEDIA_ROOT).rglob(f"{PERSON}*"))
    assert not shown.renditions.exists()

    again = io.StringIO()
    call_command("photo_privacy", "--clean", stdout=again, stderr=io.StringIO())
    assert again.getvalue().startswith("0 ảnh") and "0 ảnh được chuyển" in again.getvalue()
    assert [p.file.name for p in refreshed([unused, shown])] == [unused.file.name,
                                                                 shown.file.name]
