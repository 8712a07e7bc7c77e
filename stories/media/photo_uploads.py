"""Photos uploaded through the admin (the image library, its multiple uploader and the
chooser's upload tab): damaged files refused with a message, every file cleaned of its
metadata before it is stored (`stories.media.photo_cleaning`).

Wagtail builds every image form from ``WAGTAILIMAGES_IMAGE_FORM_BASE`` (`PhotoForm`).
The multiple uploader keeps a file it cannot turn into a photo yet (our photos need alt
text) as Wagtail's ``UploadedFile``, in public media, until the editor fills in the
form: that copy is cleaned and renamed too (`clean_uploaded_photo`).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.models import UploadedFile

from stories.media.photo_cleaning import (
    PHOTO_FORMATS,
    clean_photo_file,
    damaged,
    needs_cleaning,
)

PHOTO_FORMAT_NAMES = {name.lower() for name in PHOTO_FORMATS}


class PhotoFileField(WagtailImageField):
    """Wagtail's image field, which lets a truncated JPEG through to a server error: any
    file that cannot be read to its end gets one clear message, and a good one is
    returned cleaned."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except ValidationError as error:
            if error.code != "invalid_image":
                raise
            raise damaged(data) from error
        except Exception as error:  # noqa: BLE001 (decoders fail in many ways on bad files)
            raise damaged(data) from error
        if upload is None:
            return None
        return clean_photo_file(upload)

    def check_image_file_format(self, f):
        # Willow takes any file starting with "<" (an HTML page) for an SVG drawing: that
        # is no photo at all, rather than a photo with the wrong extension.
        if f.image.format_name not in PHOTO_FORMAT_NAMES:
            raise damaged(f)
        super().check_image_file_format(f)


class PhotoForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        # Replaced here rather than declared: a declared field would come back into the
        # multiple uploader's form, which leaves the file out.
        if field is not None:
            self.fields["file"] = PhotoFileField(
                label=field.label, required=field.required, widget=field.widget)


@receiver(pre_save, sender=UploadedFile)
def clean_uploaded_photo(sender, instance, raw=False, **kwargs):
    from stories.models import Photo

    if raw or instance.for_content_type_id != ContentType.objects.get_for_model(Photo).pk:
        return
    if needs_cleaning(instance.file):
        instance.file = clean_photo_file(instance.file.file)
