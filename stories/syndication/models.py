"""What stories travel with to portals, radio and the press: audio, and the prepared
entries feeds are written from."""

import os

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search import index

from stories.framework_internals import is_unsaved_file
from stories.media.storage import private_storage

AUDIO_TYPES = {"mp3": "audio/mpeg", "m4a": "audio/x-m4a"}
AUDIO_MAX_BYTES = 200 * 1024 * 1024


def audio_upload_path(instance, filename):
    stem, extension = os.path.splitext(filename)
    from stories.vietnamese import slugify

    return f"audio/{timezone.now():%Y/%m}/{slugify(stem) or 'am-thanh'}{extension.lower()}"


def read_audio(file):
    """(MIME type, duration in seconds) of an uploaded MP3 or M4A, read from its content
    (not its name); ValidationError if it is not one. The file must start as its format
    does (`audio_formats`): mutagen alone finds "MP3 frames" in any large enough file."""
    from mutagen.mp3 import MP3
    from mutagen.mp4 import MP4

    from stories.syndication.audio_formats import looks_like_m4a, looks_like_mp3

    extension = os.path.splitext(file.name)[1].lower().lstrip(".")
    reader, looks_right = {"mp3": (MP3, looks_like_mp3),
                           "m4a": (MP4, looks_like_m4a)}.get(extension, (None, None))
    audio = None
    if reader is not None and looks_right(file):
        try:
            audio = reader(file)
        except Exception:  # noqa: BLE001 (mutagen raises many kinds on a damaged file)
            audio = None
        finally:
            file.seek(0)
    if audio is None or not (audio.info and audio.info.length > 0):
        raise ValidationError(gettext(
            "This file is not a playable MP3 or M4A recording. Export it again as MP3 "
            "(128 kbps or more) or M4A and upload that."))
    return AUDIO_TYPES[extension], audio.info.length


class AudioClip(index.Indexed, models.Model):
    """A narration or radio report (MP3 or M4A), played on the site and carried by feeds
    and podcast apps. Its length, duration and type are read from the file itself."""

    class Kind(models.TextChoices):
        NARRATION = "narration", _("Narration of the text")
        REPORT = "report", _("Radio report")

    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices,
                            default=Kind.REPORT)
    file = models.FileField(
        _("audio file"), upload_to=audio_upload_path, storage=private_storage,
        validators=[FileExtensionValidator(list(AUDIO_TYPES))],
        help_text=_("MP3 or M4A, at most 200 MB."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True,
                              help_text=_("e.g. Đài Phát thanh - Truyền hình Kon Tum"))
    mime_type = models.CharField(_("type"), max_length=40, editable=False)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    duration = models.FloatField(_("duration in seconds"), default=0, editable=False)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audio clip")
        verbose_name_plural = _("audio clips")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # A new file (uploaded, or replaced in code without clean()) is read again, so
        # that feeds never announce the old one's length or duration.
        if self.file and (is_unsaved_file(self.file) or not self.mime_type):
            self.mime_type, self.duration = read_audio(self.file)
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        # Stable whatever the file is renamed to: podcast apps key episodes on it.
        return reverse("audio_clip", args=[self.pk, self.extension])

    def clean(self):
        if not self.file:
            return
        if self.file.size > AUDIO_MAX_BYTES:
            raise ValidationError({"file": gettext("The file is larger than 200 MB.")})
        try:
            self.mime_type, self.duration = read_audio(self.file)
        except ValidationError as error:
            raise ValidationError({"file": error.messages}) from error
        self.size = self.file.size

    @property
    def extension(self):
        return {value: key for key, value in AUDIO_TYPES.items()}.get(self.mime_type, "mp3")

    @property
    def duration_text(self):
        seconds = round(self.duration)
        return f"{seconds // 60}:{seconds % 60:02d}"


class SyndicationEntry(models.Model):
    """A live, public story or profile as feeds, radio and the widget carry it, prepared
    when it is published: a feed of fifty items is then one query and no rendering.

    URLs inside are root-relative; a feed makes them absolute for the host it is served
    on. Whether an entry may be shown is always decided by its page's own state at the
    time a feed is built, never by this row alone.
    """

    class Kind(models.TextChoices):
        STORY = "story", _("story")
        EXEMPLAR = "exemplar", _("exemplar profile")

    page = models.OneToOneField(Page, primary_key=True, on_delete=models.CASCADE,
                                related_name="syndication_entry")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    content_html = models.TextField(blank=True)
    author = models.CharField(max_length=255, blank=True)
    published_at = models.DateTimeField(db_index=True)
    updated_at = models.DateTimeField(db_index=True)
    # [[scheme, label], …]: scheme is "linh-vuc", "phong-trao" or "dia-phuong".
    categories = models.JSONField(default=list)
    # {"url", "width", "height", "type", "alt", "credit"} or {}.
    image = models.JSONField(default=dict)
    audio = models.ForeignKey(AudioClip, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    photo_ids = models.JSONField(default=list)
    rights = models.TextField(blank=True)
    radio_text = models.TextField(blank=True)
    radio_seconds = models.PositiveIntegerField(default=0)
    # The page's last publication this entry was prepared from.
    version = models.CharField(max_length=40)

    class Meta:
        verbose_name = _("syndication entry")

    def __str__(self):
        return self.title


class FeedIdentity(models.Model):
    """The identity a story or profile carries in every feed (RSS guid, Atom id, JSON Feed
    id), fixed when it is first prepared and never computed again: readers and podcast
    apps key items on it, so it must not follow a host, scheme, slug or parent change.

    Kept apart from SyndicationEntry, which is derived data and rebuilt at will."""

    page = models.OneToOneField(Page, primary_key=True, on_delete=models.CASCADE,
                                related_name="feed_identity")
    # A tag URI (RFC 4151): "tag:<authority>,<date of first publication>:trang-<page id>".
    guid = models.CharField(max_length=255, unique=True)

    class Meta:
        verbose_name = _("feed identity")

    def __str__(self):
        return self.guid


class FeedState(models.Model):
    """One row: when anything a feed may show last changed. Feeds are cached and answer
    conditional requests by it, so a 304 costs one primary-key lookup."""

    changed_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveBigIntegerField(default=1)

    class Meta:
        verbose_name = _("feed state")

    def __str__(self):
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
