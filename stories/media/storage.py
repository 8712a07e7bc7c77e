"""Where uploaded files live: public media, or private files served only through views
that check who asks.

Two named storages (settings ``STORAGES``): ``default`` is served as ``MEDIA_URL`` by the
web server; ``private`` never is. Documents (consent scans), audio and citizens' photos live
in ``private``. A photo moves between the two with the pages that use it: it is private
until a live page uses it (`PhotoStorage`), so a draft's photos cannot be fetched by URL.
"""

from django.core.files.storage import Storage, storages
from django.utils.deconstruct import deconstructible

from stories.media.photo_cleaning import CleanPhotoFile, clean_photo_file, with_extension

PRIVATE_PREFIX = "private/"
ORIGINALS = "original_images/"


def is_private(name):
    return name.startswith(PRIVATE_PREFIX)


def private_storage():
    """The storage of files never served as media (a callable, so that migrations name it
    and not its location)."""
    return storages["private"]


@deconstructible
class PhotoStorage(Storage):
    """Photos and their renditions: a name under ``private/`` is kept in the private
    storage, any other in the public one.

    Written here because a Django file field has one storage while a photo must be able
    to move between two: Wagtail offers a rendition storage setting, not an image one.
    """

    def _split(self, name):
        if name.startswith(PRIVATE_PREFIX):
            return storages["private"], name
        return storages["default"], name

    def _open(self, name, mode="rb"):
        storage, name = self._split(name)
        return storage.open(name, mode)

    def _save(self, name, content):
        # Whichever way a photo arrives, its metadata never reaches the disk: what the
        # upload form or Photo.save cleaned is kept as it is, anything else cleaned here.
        is_original = name.removeprefix(PRIVATE_PREFIX).startswith(ORIGINALS)
        if is_original and not isinstance(content, CleanPhotoFile):
            content = clean_photo_file(content)
            name = with_extension(name, content.name.rsplit(".", 1)[-1])
        storage, name = self._split(name)
        return storage.save(name, content)

    def relocate(self, name, *, public):
        """Copy the file ``name`` to the public media (or back to the private storage) and
        return its new name there; the old file stays until it is deleted."""
        target = name.removeprefix(PRIVATE_PREFIX) if public else (
            name if is_private(name) else PRIVATE_PREFIX + name)
        if target == name:
            return name
        source, destination = self._split(name)[0], self._split(target)[0]
        with source.open(name, "rb") as handle:
            return destination.save(target, handle)

    def get_available_name(self, name, max_length=None):
        storage, name = self._split(name)
        return storage.get_available_name(name, max_length=max_length)

    def delete(self, name):
        storage, name = self._split(name)
        storage.delete(name)

    def exists(self, name):
        storage, name = self._split(name)
        return storage.exists(name)

    def size(self, name):
        storage, name = self._split(name)
        return storage.size(name)

    def path(self, name):
        storage, name = self._split(name)
        return storage.path(name)

    def url(self, name):
        storage, name = self._split(name)
        if is_private(name):
            # Private photos are shown in the admin through a permission-checked view.
            from django.urls import reverse

            return reverse("private_photo", args=[name.removeprefix(PRIVATE_PREFIX)])
        return storage.url(name)

    def get_modified_time(self, name):
        storage, name = self._split(name)
        return storage.get_modified_time(name)

    def listdir(self, path):
        storage, path = self._split(path)
        return storage.listdir(path)
