"""Photos as the site keeps them: read through to the last pixel, upright, and without the
metadata that gives away people and places.

A phone writes into a photo where it was taken (GPS), when, on which device and often the
owner's name; XMP and IPTC packets and comments can carry more, and the file's name often
names the person in it. None of it may reach storage, whoever sends the photo: citizens
through the nomination form (`stories.discovery.nomination_photos`), staff through the admin
(`stories.media.photo_uploads`), code (`stories.models.Photo.save`). Every photo is decoded in
full, which also finds damaged and truncated files before anything is kept, and written
again with only its colour profile (`reencode`), under a random name.
"""

import io
import logging
import os
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from stories.framework_internals import is_unsaved_file

logger = logging.getLogger(__name__)

# Only these decoders ever see an uploaded file's bytes, whatever it claims to be.
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP")
JPEG_QUALITY = 85


@dataclass(frozen=True)
class CleanPhoto:
    """A photo as it will be stored: re-encoded, upright, without metadata."""

    content: bytes
    extension: str
    width: int
    height: int


def reencode(image):
    """``image`` (loaded) written again as a CleanPhoto: PNG if it has transparency, JPEG
    otherwise, turned the way its orientation tag says, with nothing but its colour
    profile."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info)
    # A CMYK or grey profile would be wrong on the RGB copy.
    icc_profile = image.info.get("icc_profile") if image.mode in ("RGB", "RGBA") else None
    try:
        upright = ImageOps.exif_transpose(image)
    except Exception:  # noqa: BLE001 (broken orientation data fails in many ways)
        logger.info("Photo with unreadable orientation kept as is")
        upright = image.copy()
    upright = upright.convert("RGBA" if has_alpha else "RGB")
    # Nothing from the original's metadata (EXIF, GPS, XMP, IPTC, comments) is written
    # again; only the colour profile, so that colours stay right.
    upright.info = {}
    extra = {"icc_profile": icc_profile} if icc_profile else {}
    buffer = io.BytesIO()
    if has_alpha:
        upright.save(buffer, "PNG", **extra)
        extension = "png"
    else:
        upright.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
        extension = "jpg"
    return CleanPhoto(buffer.getvalue(), extension, upright.width, upright.height)


class CleanPhotoFile(ContentFile):
    """The content `reencode` wrote, under a random name: stored as it is, never cleaned
    twice (`needs_cleaning`)."""


def shown_name(upload):
    """The uploaded file's own name, short, for a message to the person who sent it."""
    name = (getattr(upload, "name", "") or "").replace("\\", "/").rsplit("/", 1)[-1]
    return Truncator(name).chars(60) or "?"


def damaged(upload):
    return ValidationError(
        _("The photo is damaged or incomplete: “%(name)s” cannot be read as a JPEG, PNG "
          "or WebP image. Copy or export it again from the camera or phone, then upload "
          "it again."),
        code="damaged_photo", params={"name": shown_name(upload)})


def clean_photo_file(upload):
    """``upload`` (a file of any kind) decoded in full and written again by `reencode`,
    as a CleanPhotoFile named ``<random>.jpg`` or ``.png``. Raises ValidationError
    (`damaged`) if it is not a whole JPEG, PNG or WebP photo."""
    try:
        upload.seek(0)
        with Image.open(upload, formats=PHOTO_FORMATS) as image:
            image.load()
            clean = reencode(image)
    except Exception as error:  # noqa: BLE001 (damaged or crafted files fail in many ways)
        raise damaged(upload) from error
    return CleanPhotoFile(clean.content, name=f"{uuid.uuid4().hex}.{clean.extension}")


def needs_cleaning(field_file):
    """Whether a photo field holds a new file, not yet stored, that nobody cleaned."""
    return is_unsaved_file(field_file) and not isinstance(field_file.file, CleanPhotoFile)


def with_extension(name, extension):
    """``name`` with its extension replaced: a WebP may be stored as a JPEG."""
    return f"{os.path.splitext(name)[0]}.{extension}"
