from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class Photo(AbstractImage):
    """A photo with the alt text and credit every public use needs."""

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
        return self.description or self.title


class PhotoRendition(AbstractRendition):
    image = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
