"""Photos and their renditions. A photo is stored cleaned of its metadata and under a
random name (`stories.media.photo_cleaning`), private until a live page uses it
(`stories.media.photo_privacy`)."""

import os
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Filter,
    Image,
    WagtailImageField,
    get_upload_to,
)
from wagtail.utils.file import hash_filelike

from stories.media.photo_cleaning import clean_photo_file, needs_cleaning
from stories.media.storage import ORIGINALS, PRIVATE_PREFIX, PhotoStorage, is_private

_parsed_filters = {}


def parsed_filter(spec):
    """The Filter for ``spec``, parsed once per process: Wagtail's image tags build a new
    one, and inspect every operation's signature again, on each use."""
    found = _parsed_filters.get(spec)
    if found is None:
        found = _parsed_filters[spec] = Filter(spec=spec)
    return found


class Photo(AbstractImage):
    """A photo with the alt text and credit every public use needs."""

    # Private until a live page uses it (stories/storage.py).
    file = WagtailImageField(verbose_name=_("file"), upload_to=get_upload_to,
                             width_field="width", height_field="height",
                             storage=PhotoStorage())

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("What the photo shows, for readers who cannot see it. Required."),
    )
    credit = models.CharField(
        _("photo credit"), max_length=255, blank=True, help_text=_("e.g. Ảnh: Nguyễn Văn An")
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        permissions = [("choose_image", "Can choose image")]

    @property
    def default_alt_text(self):
        # Never the title: it is often the file's name, and names the person in it.
        return self.description

    def save(self, *args, **kwargs):
        # Photos made by code (nominations, the demo, imports) are cleaned like uploads;
        # before saving, so that the size, dimensions and hash are the stored file's.
        if needs_cleaning(self.file):
            self.file = clean_photo_file(self.file.file)
            self.set_file_metadata()
        super().save(*args, **kwargs)

    def set_file_metadata(self):
        """The size and hash of the file as it will be stored, recorded as Wagtail's upload
        views record them, for a file set or replaced by code."""
        with self.open_file() as handle:
            self.file_size = self.file.size
            self.file_hash = hash_filelike(handle)
            handle.seek(0)

    def get_upload_to(self, filename):
        """``[private/]original_images/<random>.<ext>``: the uploaded file's name often
        names the person, and must reach neither the disk nor a URL. A new photo is
        private; a replaced file keeps the side its photo is on."""
        extension = os.path.splitext(filename)[1].lower()
        extension = extension if extension.isascii() and extension[1:].isalnum() else ""
        stored = Photo.objects.filter(pk=self.pk).values_list("file", flat=True).first() if (
            self.pk) else None
        folder = "" if stored and not is_private(stored) else PRIVATE_PREFIX
        return f"{folder}{ORIGINALS}{uuid.uuid4().hex}{extension}"

    def get_rendition(self, filter):
        spec = filter if isinstance(filter, str) else filter.spec
        return self.get_renditions(spec)[spec]

    def get_renditions(self, *filters):
        """Renditions found in the cache are returned as they are. Wagtail writes every
        one back to the cache on each use, which costs more than finding it. Renditions
        prefetched (`prefetch_renditions`) are left to Wagtail, which reads them first."""
        parsed = [parsed_filter(f if isinstance(f, str) else f.spec)
                  for f in dict.fromkeys(filters)]
        if not hasattr(self, "prefetched_renditions") and not self.is_svg():
            found = self._cached_renditions(parsed)
            if len(found) == len(parsed):
                return {f.spec: found[f] for f in parsed}
        return super().get_renditions(*parsed)

    def _cached_renditions(self, filters):
        Rendition = self.get_rendition_model()
        keys = {Rendition.construct_cache_key(self, f.get_cache_key(self), f.spec): f
                for f in filters}
        found = {}
        for key, rendition in Rendition.cache_backend.get_many(list(keys)).items():
            rendition.image = self  # as Wagtail does: alt text and the like come from here
            found[keys[key]] = rendition
        return found


class PhotoRendition(AbstractRendition):
    image = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        # A private photo's renditions are private too.
        name = super().get_upload_to(filename)
        return PRIVATE_PREFIX + name if is_private(self.image.file.name) else name

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
