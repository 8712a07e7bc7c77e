"""Audio files are private: the public reaches a clip only while a published page uses it,
and staff listen to any clip through the admin."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from stories.editorial.roles import EDITOR, FOCAL_PERSON
from stories.models import AudioClip
from tests.factories import AudioClipFactory, StoryPageFactory, UserFactory, mp3_file

pytestmark = pytest.mark.django_db


def edit_url(clip):
    return reverse("wagtailsnippets_stories_audioclip:edit", args=[clip.pk])


def stored(clip):
    with clip.file.open("rb") as handle:
        return handle.read()


def test_the_file_is_kept_out_of_public_media():
    clip = AudioClipFactory(file=mp3_file(name="Phỏng vấn ông Nguyễn Văn An.mp3"))
    assert Path(settings.PRIVATE_MEDIA_ROOT, clip.file.name).is_file()
    assert not list(Path(settings.MEDIA_ROOT).rglob(Path(clip.file.name).name))


def test_staff_edit_a_clip_and_listen_to_it_in_the_admin(client, site_pages):
    clip = AudioClipFactory(title="Phóng sự Đăk Hà", file=mp3_file(seconds=65))
    client.force_login(UserFactory(groups=[EDITOR]))
    response = client.get(edit_url(clip))
    assert response.status_code == 200
    html = response.content.decode()
    listen = reverse("audio_file", args=[clip.pk])
    assert f'href="{listen}"' in html
    assert Path(clip.file.name).name in html and "1:05" in html
    assert "Tệp hiện tại" in html

    played = client.get(listen)
    assert played.status_code == 200 and played["Content-Type"] == "audio/mpeg"
    assert {"private", "no-store"} <= set(played["Cache-Control"].split(", "))
    assert b"".join(played.streaming_content) == stored(clip)

    # Saved without choosing another file, the clip keeps its file.
    name = clip.file.name
    saved = client.post(edit_url(clip), {"title": "Phóng sự Đăk Hà (bản đầy đủ)",
                                         "kind": clip.kind, "credit": clip.credit})
    assert saved.status_code == 302, saved.content.decode()[:3000]
    clip.refresh_from_db()
    assert clip.title == "Phóng sự Đăk Hà (bản đầy đủ)" and clip.file.name == name

    client.logout()
    anonymous = client.get(listen)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    client.force_login(UserFactory(groups=[FOCAL_PERSON]))
    assert client.get(listen).status_code == 404


def test_the_public_address_serves_only_clips_of_published_pages(client, site_pages,
                                                                 committed):
    published, drafted = AudioClipFactory(), AudioClipFactory()
    story = committed(lambda: StoryPageFactory(parent=site_pages["column"], audio=published))
    committed(lambda: StoryPageFactory(parent=site_pages["column"], audio=drafted, live=False))
    assert published.get_absolute_url() == f"/nhan-tin/am-thanh/{published.pk}.mp3"

    response = client.get(published.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == "audio/mpeg"
    assert b"".join(response.streaming_content) == stored(published)
    assert client.get(drafted.get_absolute_url()).status_code == 404

    committed(lambda: story.unpublish())
    assert client.get(published.get_absolute_url()).status_code == 404
    assert AudioClip.objects.count() == 2
