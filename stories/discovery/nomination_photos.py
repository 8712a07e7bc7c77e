"""Photos sent with a nomination: how many and how large, what they really are (read by
Pillow with the JPEG, PNG and WebP decoders only), a pixel limit, then re-encoded without
any metadata (EXIF, GPS, XMP) by `stories.media.photo_cleaning`."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image

from stories.discovery.plain_text import plain_text
from stories.media.photo_cleaning import PHOTO_FORMATS, reencode

MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_file_clean = super().clean
        if isinstance(data, list | tuple):
            return [single_file_clean(item, initial) for item in data]
        return [single_file_clean(data, initial)] if data else []


def _shown_name(upload):
    name = (upload.name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return Truncator(plain_text(name)).chars(60) or gettext("(no name)")


def clean_photo(upload):
    """Check one uploaded photo and re-encode it; raises ValidationError."""
    name = _shown_name(upload)
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(size)d MB."),
            code="too_large", params={"name": name, "size": MAX_PHOTO_BYTES // 2**20})
    too_many_pixels = ValidationError(
        _("“%(name)s” has too many pixels (at most %(megapixels)d megapixels): please "
          "send a smaller copy."),
        code="too_many_pixels",
        params={"name": name, "megapixels": MAX_PHOTO_PIXELS // 1_000_000})
    not_a_photo = ValidationError(
        _("“%(name)s” is not a JPEG, PNG or WebP photo, or it is damaged."),
        code="not_a_photo", params={"name": name})
    try:
        # Only these decoders ever see the bytes, whatever the file claims to be.
        upload.seek(0)
        with Image.open(upload, formats=PHOTO_FORMATS) as probe:
            if probe.width * probe.height > MAX_PHOTO_PIXELS:
                raise too_many_pixels
            probe.verify()
        upload.seek(0)
        with Image.open(upload, formats=PHOTO_FORMATS) as image:
            image.load()
            return reencode(image)
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise too_many_pixels from error
    except Exception as error:
        # Damaged or crafted files fail in many ways inside the decoders.
        raise not_a_photo from error
