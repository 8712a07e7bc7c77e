"""Photos in the portal API: wherever a photo appears (a story's hero image, a profile's
portrait, an image or gallery in a body), the API gives absolute addresses on the site's
one root (`stories.models.base.site_root_url`) and the same photo in a few widths, so that
a portal picks the size its layout needs instead of an id it cannot resolve.

Only pages that are live and public reach the API, and the photos such pages use are public
media (`stories.media.photo_privacy`); a photo still on the private side is left out
rather than given an address.
"""

from rest_framework.fields import Field
from wagtail import blocks
from wagtail.api.v2.serializers import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import SourceImageIOError

from stories.media.storage import is_private
from stories.models.base import site_url

# Widths a portal chooses from: a list thumbnail, a column, a full-width photo. `width-N`
# never enlarges, so a small photo has fewer distinct sizes.
RENDITION_WIDTHS = (480, 800, 1200)


def rendition_spec(width):
    return f"width-{width}|format-jpeg"


def photo_data(photo, request):
    """The photo's alt text, credit and renditions, largest first as `url`; None for no
    photo, a private one or a file that cannot be read."""
    if photo is None or is_private(photo.file.name):
        return None
    try:
        renditions = photo.get_renditions(*(rendition_spec(w) for w in RENDITION_WIDTHS))
    except SourceImageIOError:
        return None
    sizes = {}
    for width in RENDITION_WIDTHS:
        rendition = renditions[rendition_spec(width)]
        sizes.setdefault(rendition.width, {
            "url": site_url(rendition.url, request),
            "width": rendition.width, "height": rendition.height,
        })
    largest = sizes[max(sizes)]
    return {
        "id": photo.pk,
        "url": largest["url"], "full_url": largest["url"],
        "width": largest["width"], "height": largest["height"],
        "alt": photo.default_alt_text, "credit": photo.credit,
        "renditions": [sizes[width] for width in sorted(sizes)],
    }


class PortalImageField(Field):
    """In place of Wagtail's `ImageRenditionField` (one rendition, its `full_url` on the
    WAGTAILADMIN_BASE_URL setting): the same keys, on the site's root, with renditions."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return photo_data(value, self.context.get("request"))


def block_data(block, value, context):
    """A StreamField block's API representation, as Wagtail's, with each image chooser's
    id replaced by the photo's data."""
    if isinstance(block, ImageChooserBlock):
        return photo_data(value, context.get("request")) if value else None
    if isinstance(block, blocks.StreamBlock):
        return [{"type": child.block.name,
                 "value": block_data(child.block, child.value, context), "id": child.id}
                for child in value or ()]
    if isinstance(block, blocks.ListBlock):
        return [block_data(block.child_block, item, context) for item in value or ()]
    if isinstance(block, blocks.StructBlock):
        return {name: block_data(block.child_blocks[name], item, context)
                for name, item in value.items() if name in block.child_blocks}
    return block.get_api_representation(value, context=context)


class PortalStreamField(StreamField):
    def to_representation(self, value):
        return block_data(value.stream_block, value, self.context)
