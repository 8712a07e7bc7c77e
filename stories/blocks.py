"""StreamField blocks for profiles, stories and plain pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)
    credit = blocks.CharBlock(
        label=_("photo credit"), required=False, max_length=255,
        help_text=_("Leave empty to use the credit stored with the photo."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=255)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "components/blocks/gallery.html"


class VideoBlock(blocks.StructBlock):
    """A video shown as a link card: nothing is loaded from the video host until clicked."""

    url = blocks.URLBlock(label=_("video address"), help_text=_("YouTube, Facebook, VTV, …"))
    title = blocks.CharBlock(label=_("title"), max_length=255)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)
    duration = blocks.CharBlock(label=_("duration"), required=False, max_length=10,
                                help_text=_("e.g. 3:25"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=255)
    facts = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("facts"))

    class Meta:
        icon = "list-ul"
        label = _("Fact box")
        template = "components/blocks/fact_box.html"


class StoryStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=255, icon="title",
                               template="components/blocks/heading.html")
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=PARAGRAPH_FEATURES)
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    fact_box = FactBoxBlock()
