"""A photo, document or audio clip that a published page uses changes only with the
approver (Lãnh đạo) or a superuser, through every admin path; what only drafts use stays
editable as before."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import Collection, Page

from stories.editorial.roles import APPROVER, EDITOR, REPORTER
from stories.models import AudioClip, Photo, PrivateDocument
from tests.factories import (
    AudioClipFactory,
    ExemplarPageFactory,
    PhotoFactory,
    StoryPageFactory,
    UserFactory,
    jpeg_file,
)
from tests.html_forms import form_data

pytestmark = pytest.mark.django_db

XHR = {"X-Requested-With": "XMLHttpRequest"}  # as the multiple uploader's script sends
PHOTO_LOCKED = ("Ảnh này đang được dùng trên trang đã xuất bản “{}”; chỉ Lãnh đạo "
                "(người phê duyệt) mới được thay, sửa hoặc xóa.")
DOCUMENT_LOCKED = ("Tài liệu này đang được dùng trên trang đã xuất bản “{}”; chỉ Lãnh đạo "
                   "(người phê duyệt) mới được thay, sửa hoặc xóa.")
AUDIO_LOCKED = ("Bản ghi âm thanh này đang được dùng trên trang đã xuất bản “{}”; chỉ Lãnh "
                "đạo (người phê duyệt) mới được thay, sửa hoặc xóa.")


def upload_jpeg(name, size):
    photo = jpeg_file(name, size=size)
    photo.seek(0)
    return SimpleUploadedFile(name, photo.read(), content_type="image/jpeg")


def pdf(name="giay-dong-y.pdf"):
    return ContentFile(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", name=name)


@pytest.fixture(scope="module")
def media(django_db_setup, django_db_blocker):
    """Items used by live pages and items used only by drafts, made once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
        people = {role: UserFactory(groups=[role]) for role in (REPORTER, EDITOR, APPROVER)}
        reporter = people[REPORTER]
        items = {
            "live_photo": PhotoFactory(title="Ảnh trang chính", uploaded_by_user=reporter),
            "draft_photo": PhotoFactory(title="Ảnh bản nháp", uploaded_by_user=reporter),
            "spare_photo": PhotoFactory(title="Ảnh chưa dùng", uploaded_by_user=reporter),
            "live_clip": AudioClipFactory(title="Phóng sự đã phát"),
            "draft_clip": AudioClipFactory(title="Phóng sự nháp"),
            "live_document": PrivateDocument.objects.create(
                title="Giấy đồng ý đã đăng", file=pdf(), uploaded_by_user=reporter),
            "draft_document": PrivateDocument.objects.create(
                title="Giấy đồng ý nháp", file=pdf(), uploaded_by_user=reporter),
        }
        story = StoryPageFactory(title="Người giữ rừng Đăk Kôi",
                                 hero_image=items["live_photo"], audio=items["live_clip"])
        profile = ExemplarPageFactory(title="Hợp tác xã Đăk Tơ Lung",
                                      consent_evidence=items["live_document"])
        StoryPageFactory(title="Bài đang viết", hero_image=items["draft_photo"],
                         audio=items["draft_clip"], live=False)
        ExemplarPageFactory(title="Hồ sơ đang viết",
                            consent_evidence=items["draft_document"], live=False)
        yield {**people, **items, "story": story, "profile": profile}
        transaction.set_rollback(True)


def signed_in(client, user):
    client.force_login(user)
    return client


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


def photo_edit(photo):
    return reverse("wagtailimages:edit", args=[photo.pk])


def photo_form(client, photo, **changes):
    data = form_data(client.get(photo_edit(photo)), action=photo_edit(photo))
    data.update(changes)
    return data


# --- photos --------------------------------------------------------------------------------

@pytest.mark.parametrize("role", [EDITOR, REPORTER])
def test_a_photo_a_live_page_uses_cannot_be_opened_for_editing(client, media, role):
    signed_in(client, media[role])
    response = client.get(photo_edit(media["live_photo"]), follow=True)
    assert response.redirect_chain[0][0] == reverse("wagtailimages:index")
    assert PHOTO_LOCKED.format("Người giữ rừng Đăk Kôi") in messages_of(response)


@pytest.mark.parametrize("role", [EDITOR, REPORTER])
def test_a_photo_a_live_page_uses_is_neither_replaced_nor_deleted(client, media, role):
    photo = Photo.objects.get(pk=media["live_photo"].pk)
    before = (photo.title, photo.description, photo.file.name, photo.width)
    data = photo_form(signed_in(client, media[APPROVER]), photo, title="Ảnh khác",
                      description="Ảnh thay thế", file=upload_jpeg("khac.jpg", (320, 200)))
    signed_in(client, media[role])

    assert client.post(photo_edit(photo), data).status_code == 302
    assert client.post(reverse("wagtailimages:delete", args=[photo.pk])).status_code == 302
    multiple = reverse("wagtailimages:edit_multiple", args=[photo.pk])
    prefix = f"image-{photo.pk}"
    assert client.post(multiple, {f"{prefix}-title": "Ảnh khác",
                                  f"{prefix}-description": "Ảnh thay thế"},
                       headers=XHR).status_code == 403
    delete_multiple = reverse("wagtailimages:delete_multiple", args=[photo.pk])
    assert client.post(delete_multiple, headers=XHR).status_code == 403

    photo = Photo.objects.get(pk=photo.pk)
    assert (photo.title, photo.description, photo.file.name, photo.width) == before


def live_photo_of_its_own(media, title):
    """A photo on a live page for a test that changes its file: the files on disk outlive
    the rollback of each test, so the module's shared photo keeps its own."""
    photo = PhotoFactory(title="Ảnh riêng", uploaded_by_user=media[REPORTER])
    StoryPageFactory(title=title, hero_image=photo)
    return photo


def test_the_approver_replaces_a_photo_a_live_page_uses(client, media):
    signed_in(client, media[APPROVER])
    photo = live_photo_of_its_own(media, "Mùa cà phê Đăk Hà")
    response = client.post(photo_edit(photo), photo_form(
        client, photo, title="Ảnh đã thay", file=upload_jpeg("moi.jpg", (320, 200))))
    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.title, photo.width) == ("Ảnh đã thay", 320)


def test_the_approver_edits_through_the_multiple_uploader(client, media):
    signed_in(client, media[APPROVER])
    photo = live_photo_of_its_own(media, "Mùa lúa Đăk Tô")
    prefix = f"image-{photo.pk}"
    response = client.post(reverse("wagtailimages:edit_multiple", args=[photo.pk]), {
        f"{prefix}-title": "Ảnh sửa nhanh", f"{prefix}-description": "Mô tả mới"},
        headers=XHR)
    assert response.json()["success"]
    photo.refresh_from_db()
    assert photo.title == "Ảnh sửa nhanh"


def test_an_editor_edits_a_photo_only_a_draft_uses(client, media):
    signed_in(client, media[EDITOR])
    photo = media["draft_photo"]
    response = client.post(photo_edit(photo), photo_form(client, photo, title="Ảnh nháp mới"))
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.title == "Ảnh nháp mới"


def bulk(app_label, model_name, action, *items, next_url):
    ids = "&".join(f"id={item.pk}" for item in items)
    return (reverse("wagtail_bulk_action", args=[app_label, model_name, action])
            + f"?next={next_url}&{ids}")


def test_bulk_delete_keeps_the_photo_a_live_page_uses(client, media):
    signed_in(client, media[EDITOR])
    url = bulk("stories", "photo", "delete", media["live_photo"], media["spare_photo"],
               next_url=reverse("wagtailimages:index"))
    confirm = client.get(url)
    assert any(PHOTO_LOCKED.format("Người giữ rừng Đăk Kôi") in m
               for m in messages_of(confirm))

    client.post(url)

    assert Photo.objects.filter(pk=media["live_photo"].pk).exists()
    assert not Photo.objects.filter(pk=media["spare_photo"].pk).exists()


def test_bulk_tagging_leaves_the_photo_a_live_page_uses(client, media):
    signed_in(client, media[EDITOR])
    client.post(bulk("stories", "photo", "add_tags", media["live_photo"], media["spare_photo"],
                     next_url=reverse("wagtailimages:index")), {"tags": "rung"})
    assert not media["live_photo"].tags.exists()
    assert media["spare_photo"].tags.filter(name="rung").exists()


def test_unpublished_page_frees_its_photo(client, media):
    photo = live_photo_of_its_own(media, "Mùa mưa Kon Plông")
    signed_in(client, media[EDITOR])
    assert client.get(photo_edit(photo)).status_code == 302
    Page.objects.get(title="Mùa mưa Kon Plông").unpublish()
    assert client.get(photo_edit(photo)).status_code == 200


# --- documents -----------------------------------------------------------------------------

def document_edit(document):
    return reverse("wagtaildocs:edit", args=[document.pk])


def test_a_document_a_live_page_uses_changes_only_with_the_approver(client, media):
    document = media["live_document"]
    signed_in(client, media[EDITOR])
    response = client.get(document_edit(document), follow=True)
    assert DOCUMENT_LOCKED.format("Hợp tác xã Đăk Tơ Lung") in messages_of(response)
    client.post(document_edit(document), {"title": "Giấy khác", "file": pdf("khac.pdf"),
                                          "collection": Collection.get_first_root_node().pk})
    client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    client.post(bulk("stories", "privatedocument", "delete", document,
                     next_url=reverse("wagtaildocs:index")))
    document = PrivateDocument.objects.get(pk=document.pk)
    assert document.title == "Giấy đồng ý đã đăng"

    signed_in(client, media[APPROVER])
    data = form_data(client.get(document_edit(document)), action=document_edit(document))
    assert client.post(document_edit(document), {**data, "title": "Giấy đã thay"}
                       ).status_code == 302
    assert PrivateDocument.objects.get(pk=document.pk).title == "Giấy đã thay"


def test_an_editor_edits_a_document_only_a_draft_uses(client, media):
    document = media["draft_document"]
    signed_in(client, media[EDITOR])
    data = form_data(client.get(document_edit(document)), action=document_edit(document))
    assert client.post(document_edit(document), {**data, "title": "Giấy nháp mới"}
                       ).status_code == 302
    assert PrivateDocument.objects.get(pk=document.pk).title == "Giấy nháp mới"


# --- audio ---------------------------------------------------------------------------------

def audio_url(action, clip):
    return reverse(f"wagtailsnippets_stories_audioclip:{action}", args=[clip.pk])


def test_an_audio_clip_a_live_page_uses_changes_only_with_the_approver(client, media):
    clip = media["live_clip"]
    signed_in(client, media[EDITOR])
    response = client.get(audio_url("edit", clip), follow=True)
    assert response.redirect_chain[0][0] == reverse("wagtailsnippets_stories_audioclip:list")
    assert any(AUDIO_LOCKED.format("Người giữ rừng Đăk Kôi") in m
               for m in messages_of(response))
    client.post(audio_url("edit", clip), {"title": "Phóng sự khác", "kind": clip.kind})
    client.post(audio_url("delete", clip))
    client.post(bulk("stories", "audioclip", "delete", clip,
                     next_url=reverse("wagtailsnippets_stories_audioclip:list")))
    assert AudioClip.objects.get(pk=clip.pk).title == "Phóng sự đã phát"

    signed_in(client, media[APPROVER])
    assert client.post(audio_url("edit", clip), audio_form(client, clip, title="Phóng sự sửa")
                       ).status_code == 302
    assert AudioClip.objects.get(pk=clip.pk).title == "Phóng sự sửa"


def audio_form(client, clip, **changes):
    data = form_data(client.get(audio_url("edit", clip)), action=audio_url("edit", clip))
    data.update(changes)
    return data


def test_an_editor_edits_an_audio_clip_only_a_draft_uses(client, media):
    clip = media["draft_clip"]
    signed_in(client, media[EDITOR])
    assert client.post(audio_url("edit", clip), audio_form(client, clip, title="Nháp sửa")
                       ).status_code == 302
    assert AudioClip.objects.get(pk=clip.pk).title == "Nháp sửa"
