"""Consent scans: stored under a random name in the private storage, opened only by the
roles that need them, never cached, and every opening (or refusal) in the audit log."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection, ModelLogEntry

from stories.editorial.roles import (
    APPROVER,
    EDITOR,
    FOCAL_PERSON,
    REPORTER,
    SITE_ADMIN,
    VERIFIER,
)
from stories.models import PrivateDocument
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCAN = b"%PDF-1.4\n% giay dong y cua Nguyen Van A\n%%EOF\n"
REFUSED = "Bạn không được mở tài liệu này"
RANDOM_NAME = re.compile(r"documents/[0-9a-f]{32}\.pdf")


@pytest.fixture
def uploader():
    return UserFactory(username="phongvien-tai-len", groups=[REPORTER])


@pytest.fixture
def scan(client, uploader):
    """A consent scan uploaded by a reporter through the admin's upload form."""
    client.force_login(uploader)
    response = client.post(reverse("wagtaildocs:add"), {
        "title": "Giấy đồng ý của Nguyễn Văn A",
        "file": SimpleUploadedFile("giay-dong-y-nguyen-van-a.pdf", SCAN,
                                   content_type="application/pdf"),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    })
    assert response.status_code == 302, response.content.decode()[-2000:]
    client.logout()
    return PrivateDocument.objects.get()


def test_an_upload_is_stored_under_a_random_name_in_the_private_storage(scan):
    assert scan.title == "Giấy đồng ý của Nguyễn Văn A"
    assert RANDOM_NAME.fullmatch(scan.file.name), scan.file.name
    assert "nguyen" not in scan.url
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / scan.file.name).read_bytes() == SCAN
    assert not (Path(settings.MEDIA_ROOT) / scan.file.name).exists()


def test_the_multiple_upload_also_gives_a_random_name(client, uploader):
    client.force_login(uploader)
    response = client.post(reverse("wagtaildocs:add_multiple"), {
        "files[]": SimpleUploadedFile("Giay dong y - Tran Thi B.pdf", SCAN),
        "collection": Collection.get_first_root_node().pk,
    }, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    document = PrivateDocument.objects.get()
    assert RANDOM_NAME.fullmatch(document.file.name), document.file.name
    assert "Tran" not in document.url


def role_user(role):
    if role == "superuser":
        return get_user_model().objects.create_superuser("sieu-quan-tri", "s@example.vn",
                                                         "mat-khau-thu-2026")
    if role == "staff without a role":
        return UserFactory(username="nhan-vien", is_staff=True)
    return UserFactory(username=f"nguoi-{role}", groups=[role])


@pytest.mark.parametrize("role", [EDITOR, VERIFIER, APPROVER, "superuser"])
def test_the_uploader_and_the_roles_that_check_consent_open_it_uncached(client, scan, role):
    client.force_login(role_user(role))
    response = client.get(scan.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == SCAN
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_the_uploader_opens_their_own_scan(client, scan, uploader):
    client.force_login(uploader)
    response = client.get(scan.url)
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


@pytest.mark.parametrize("role", [REPORTER, FOCAL_PERSON, SITE_ADMIN, "staff without a role"])
def test_other_staff_are_refused_with_the_reason(client, scan, role):
    client.force_login(role_user(role))
    response = client.get(scan.url)
    assert response.status_code == 403
    html = response.content.decode()
    assert REFUSED in html
    assert "Biên tập viên" in html and "Thẩm định" in html and "Lãnh đạo" in html
    assert SCAN not in response.content
    assert "no-store" in response["Cache-Control"]


def test_anonymous_visitors_are_sent_to_the_login_and_find_nothing_in_media(client, scan):
    response = client.get(scan.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.get(f"/media/{scan.file.name}").status_code == 404
    assert client.get(f"/media/documents/{scan.filename}").status_code == 404
    # A wrong file name for the right id finds nothing either.
    assert client.get(reverse("wagtaildocs_serve",
                              args=[scan.pk, "giay-dong-y-nguyen-van-a.pdf"])).status_code == 404
    assert not ModelLogEntry.objects.filter(object_id=str(scan.pk),
                                            action__startswith="stories.").exists()


def test_every_opening_and_refusal_is_in_the_audit_log(client, scan):
    editor = role_user(EDITOR)
    admin = role_user(SITE_ADMIN)
    client.force_login(editor)
    client.get(scan.url)
    client.force_login(admin)
    client.get(scan.url)
    entries = ModelLogEntry.objects.filter(object_id=str(scan.pk),
                                           action__startswith="stories.").order_by("timestamp")
    assert [(entry.action, entry.user_id) for entry in entries] == [
        ("stories.document_viewed", editor.pk), ("stories.document_refused", admin.pk)]

    client.force_login(role_user("superuser"))
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Mở tài liệu" in history
    assert "Bị từ chối mở tài liệu" in history
    assert "Giấy đồng ý của Nguyễn Văn A" in history
