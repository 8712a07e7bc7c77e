"""`manage.py photo_privacy [--clean]`: once, after upgrading to private photos.

Photos uploaded before were all stored in public media, under their original names and
with their metadata. This puts each photo on the side its use says (public only while a live
page uses it, `stories.media.photo_privacy`) and, with ``--clean``, re-encodes every original
not yet cleaned without its metadata, under a random name (`stories.media.photo_cleaning`).
Running it again changes nothing more.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext

from stories.media.photo_cleaning import clean_photo_file
from stories.media.photo_privacy import (
    make_private_unless_used,
    make_public,
    used_by_live_pages,
)
from stories.models import Photo

CLEANED_NAME = re.compile(r"(private/)?original_images/[0-9a-f]{32}\.(jpg|png)")
BATCH = 500


def clean_stored(photo):
    """Re-encode ``photo``'s stored original without metadata, under a random name, on the
    same side; its renditions are made again from it."""
    old = photo.file.name
    with photo.file.open("rb") as handle:
        clean = clean_photo_file(handle)
    photo.file.save(clean.name, clean, save=False)
    photo.renditions.all().delete()
    photo.set_file_metadata()
    photo.save()
    photo.file.storage.delete(old)


class Command(BaseCommand):
    help = ("Put every photo on the side its use says (public only while a live page uses "
            "it) and, with --clean, remove the metadata of photos stored before.")

    def add_arguments(self, parser):
        parser.add_argument("--clean", action="store_true",
                            help="Also re-encode originals stored before, without metadata "
                                 "and under a random name.")

    def handle(self, *args, clean=False, **options):
        with translation.override(settings.LANGUAGE_CODE):
            cleaned = 0
            if clean:
                for photo in Photo.objects.order_by("pk").iterator():
                    if CLEANED_NAME.fullmatch(photo.file.name):
                        continue
                    try:
                        clean_stored(photo)
                    except (OSError, ValidationError) as error:
                        self.stderr.write(gettext(
                            "Photo %(id)d (“%(title)s”) could not be read and was left as "
                            "it is: %(error)s") % {"id": photo.pk, "title": photo.title,
                                                   "error": error})
                        continue
                    cleaned += 1
            made_public = made_private = 0
            ids = list(Photo.objects.order_by("pk").values_list("pk", flat=True))
            for start in range(0, len(ids), BATCH):
                batch = ids[start:start + BATCH]
                used = used_by_live_pages(batch)
                made_public += make_public(used)
                made_private += make_private_unless_used(set(batch) - used)
            self.stdout.write(gettext(
                "%(cleaned)d photos cleaned of their metadata; %(public)d moved to public "
                "media (a live page uses them), %(private)d moved to private storage (no "
                "live page uses them).") % {
                    "cleaned": cleaned, "public": made_public, "private": made_private})
