"""Stand-in audio for the demo: the province has no real broadcast to lend it."""

from django.core.files.base import ContentFile

from stories.demo.images import seeded
from stories.models import AudioClip


def stand_in_recording(title):
    """A stand-in recording: real MP3 frames of silence, and titled as such, since the
    demo has no real broadcast to carry."""
    frame = b"\xff\xfb\x90\x00" + bytes(413)
    seconds = 45 + seeded(f"am-thanh:{title}").randrange(120)
    clip = AudioClip(title=f"Bản ghi minh họa (không có tiếng): {title}"[:255],
                     credit="Gương Sáng (dữ liệu mẫu)")
    clip.file.save("ban-ghi-minh-hoa.mp3",
                   ContentFile(frame * round(seconds * 44100 / 1152)), save=False)
    clip.save()
    return clip
