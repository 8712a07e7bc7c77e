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

from ..storage import PhotoStorage

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
        return self.description or self.title

    def get_rendition(self, filter):
        spec = filter if isinstance(filter, str) else filter.spec
        return self.get_renditions(spec)[spec]

    def get_renditions(self, *filters):
        """Renditions found in the cache are returned as they are. Wagtail writes every
        one back to the cache on each use, which costs more than finding it."""
        parsed = [parsed_filter(f if isinstance(f, str) else f.spec)
                  for f in dict.fromkeys(filters)]
        if self._get_prefetched_renditions() is None and not self.is_svg():
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

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
