"""An upload is a recording because of what it is, not what it is called: an editor adding
an audio clip in the admin sees a renamed executable, document or image refused with a
clear message and what they typed kept, and a real MP3 or M4A accepted (issue #13)."""

import random
import struct

import pytest
from django.core.files.base import ContentFile

from stories.editorial.roles import EDITOR
from stories.models import AudioClip
from tests.factories import UserFactory, jpeg_file, mp3_file

pytestmark = pytest.mark.django_db

ADD = "/quan-tri/snippets/stories/audioclip/add/"
REFUSED = "Tệp này không phải bản ghi MP3 hoặc M4A nghe được"
# What an MP3 stream is made of: MPEG-1 Layer III frames, 128 kbps, 44.1 kHz, silent.
FRAME = b"\xff\xfb\x90\x00" + bytes(413)


def noise(size, seed=13):
    return random.Random(seed).randbytes(size)


def box(kind, payload):
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def m4a(seconds=3, brand=b"M4A ", handler=b"soun"):
    """A small MPEG-4 audio file as iTunes writes one: ftyp, then a sound track of
    ``seconds`` with an AAC-LC sample entry, then the media data."""
    config = bytes([0x40, 0x15, 0, 0, 0]) + struct.pack(">II", 128000, 128000) + bytes(
        [5, 2, 0x12, 0x10])
    stream = struct.pack(">H", 1) + b"\x00" + bytes([4, len(config)]) + config + bytes(
        [6, 1, 2])
    entry = box(b"mp4a", bytes(6) + struct.pack(">H", 1) + bytes(8)
                + struct.pack(">HHHHI", 2, 16, 0, 0, 44100 << 16)
                + box(b"esds", bytes(4) + bytes([3, len(stream)]) + stream))
    header = box(b"mdhd", bytes(12) + struct.pack(">II", 44100, 44100 * seconds) + bytes(4))
    handler_box = box(b"hdlr", bytes(8) + handler + bytes(12) + b"SoundHandler\x00")
    table = box(b"stsd", bytes(4) + struct.pack(">I", 1) + entry)
    track = box(b"trak", box(b"mdia", header + handler_box + box(b"minf", box(b"stbl", table))))
    return (box(b"ftyp", brand + bytes(4) + b"M4A mp42isom") + box(b"moov", track)
            + box(b"mdat", noise(4000)))


@pytest.fixture
def editor(client, site_pages):
    client.force_login(UserFactory(groups=[EDITOR]))
    return client


def upload(client, content, name, title="Phóng sự: đỡ đẻ giữa rừng"):
    return client.post(ADD, {"title": title, "kind": "report", "credit": "Đài Kon Tum",
                             "file": ContentFile(content, name=name)})


FAKES = {
    # An executable that carries MP3 frames inside: mutagen alone skips to them.
    "executable with frames inside": (b"\x7fELF\x02\x01\x01\x00" + noise(300_000)
                                      + FRAME * 200, "phong-su.mp3"),
    "executable": (b"\x7fELF\x02\x01\x01\x00" + noise(300_000), "phong-su.mp3"),
    "Windows program": (b"MZ\x90\x00" + noise(300_000) + FRAME * 50, "phong-su.mp3"),
    "PDF": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + noise(200_000) + FRAME * 50, "phong-su.mp3"),
    "ZIP": (b"PK\x03\x04" + noise(200_000) + FRAME * 50, "phong-su.mp3"),
    "JPEG": (jpeg_file(size=(800, 600)).file.getvalue() + FRAME * 50, "phong-su.mp3"),
    "junk, then frames": (noise(5_000) + FRAME * 200, "phong-su.mp3"),
    "one frame, then junk": (FRAME + noise(100_000), "phong-su.mp3"),
    "a broken ID3 tag": (b"ID3\x04\x00\x00\xff\xff\xff\xff" + FRAME * 100, "phong-su.mp3"),
    "HEIC photo as M4A": (m4a(brand=b"heic"), "phong-su.m4a"),
    "video without sound as M4A": (m4a(handler=b"vide"), "phong-su.m4a"),
    "MP3 named M4A": (FRAME * 200, "phong-su.m4a"),
}


@pytest.mark.parametrize("fake", sorted(FAKES))
def test_a_file_that_is_not_a_recording_is_refused_and_the_form_kept(editor, fake):
    content, name = FAKES[fake]
    response = upload(editor, content, name)
    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSED in html
    assert "Phóng sự: đỡ đẻ giữa rừng" in html and "Đài Kon Tum" in html
    assert not AudioClip.objects.exists()


@pytest.mark.parametrize(("content", "name", "mime_type", "seconds"), [
    (mp3_file(seconds=3).read(), "phong-su.mp3", "audio/mpeg", 3),
    # An ID3v2.4 tag (with a 1 kB padded frame) before the first frame, as taggers write.
    (b"ID3\x04\x00\x00\x00\x00\x08\x00" + bytes(1024) + FRAME * 200, "co-the.mp3",
     "audio/mpeg", 5),
    (m4a(seconds=7), "phong-su.m4a", "audio/x-m4a", 7),
], ids=["MP3", "MP3 with ID3 tag", "M4A"])
def test_a_real_recording_is_accepted_with_its_type_and_duration(editor, content, name,
                                                                 mime_type, seconds):
    response = upload(editor, content, name)
    assert response.status_code == 302, response.content.decode()[:2000]
    clip = AudioClip.objects.get()
    assert clip.mime_type == mime_type and round(clip.duration) == seconds
    assert clip.size == len(content)
