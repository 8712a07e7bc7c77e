"""Columns (chuyên mục) and the stories they hold."""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from stories.blocks import StoryStreamBlock
from stories.cards import exemplar_cards, exemplar_rows, story_cards, story_rows
from stories.forms import StoryPageForm, withdrawn_people_problem
from stories.models.base import GuongSangPage, live_public, site_url
from stories.models.exemplars import topics_of
from stories.models.site_settings import site_name
from stories.paging import ByIds, CountedPaginator, requested_page
from stories.reading.related import related_to_story

COLUMN_PAGE_SIZE = 12
# Syllables a minute a Vietnamese adult reads silently; used for "x phút đọc".
READING_SPEED = 220
DEFAULT_REUSE_NOTE = _(
    "You may re-publish this story in full or in part; please credit Gương Sáng and "
    "link to the original."
)


class ColumnPage(GuongSangPage):
    """Chuyên mục: a running column such as "Người tốt việc tốt"."""

    intro = models.TextField(_("introduction"), blank=True)
    podcast_artwork = models.ForeignKey(
        "stories.Photo", verbose_name=_("podcast artwork"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Square, 1400 to 3000 pixels, for podcast apps. The site's emblem "
                    "is used when empty."),
    )

    content_panels = [*GuongSangPage.content_panels, FieldPanel("intro"),
                      FieldPanel("podcast_artwork")]
    parent_page_types = ["stories.HomePage"]
    subpage_types = ["stories.StoryPage"]
    is_creatable = True

    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("column")
        verbose_name_plural = _("columns")

    def get_meta_description(self):
        return self.search_description or self.intro

    @cached_property
    def has_podcast(self):
        """Whether one of the column's live public stories carries audio: its podcast
        feed then has episodes, and the page names it for podcast apps (one query)."""
        return live_public(StoryPage.objects).child_of(self).filter(
            audio__isnull=False).exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        order = ("-first_published_at", "-pk")
        ids = live_public(Page.objects).child_of(self).order_by(*order).values("pk")
        page_obj = CountedPaginator(ByIds(story_rows(StoryPage.objects.order_by(*order)), ids),
                                    COLUMN_PAGE_SIZE).get_page(
            requested_page(request.GET.get("trang")))
        page_obj.object_list = story_cards(page_obj.object_list, request)
        context["page_obj"] = page_obj
        context["stories"] = page_obj.object_list
        return context


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("stories.StoryPage", related_name="tagged_items",
                                 on_delete=models.CASCADE)


class StoryPage(GuongSangPage):
    base_form_class = StoryPageForm

    lead = models.TextField(_("lead"), max_length=800,
                            help_text=_("The sapo: two or three sentences under the title."))
    hero_image = models.ForeignKey(
        "stories.Photo", verbose_name=_("hero image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    hero_caption = models.CharField(_("hero caption"), max_length=500, blank=True)
    hero_credit = models.CharField(
        _("hero photo credit"), max_length=255, blank=True,
        help_text=_("Leave empty to use the credit stored with the photo."),
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("body"))
    audio = models.ForeignKey(
        "stories.AudioClip", verbose_name=_("audio"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("A narration or radio report, carried by the column's podcast."),
    )
    byline = models.CharField(_("byline"), max_length=255, blank=True,
                              help_text=_("e.g. Bài và ảnh: Y Hiền"))
    source = models.CharField(_("source"), max_length=255, blank=True,
                              help_text=_("Where the story was first published, if elsewhere."))
    reuse_note = models.TextField(_("re-use note"), blank=True, default=DEFAULT_REUSE_NOTE)
    sectors = ParentalManyToManyField("stories.Sector", verbose_name=_("sectors"),
                                      blank=True, related_name="stories")
    movements = ParentalManyToManyField("stories.Movement", verbose_name=_("movements"),
                                        blank=True, related_name="stories")
    places = ParentalManyToManyField("stories.Place", verbose_name=_("places"), blank=True,
                                     related_name="stories")
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))
    reading_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"),
                                                       default=1, editable=False)

    shown_relations = ("hero_image", "audio")
    parent_page_types = ["stories.ColumnPage"]
    subpage_types = []
    is_creatable = True

    content_panels = [
        *GuongSangPage.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("hero_image"),
                         FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")])],
                        heading=_("Hero image")),
        FieldPanel("body"),
        FieldPanel("audio"),
        FieldRowPanel([FieldPanel("byline"), FieldPanel("source")]),
        FieldPanel("reuse_note"),
    ]
    taxonomy_panels = [
        InlinePanel("exemplar_links", label=_("Related exemplars")),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("movements", widget=forms.CheckboxSelectMultiple),
        FieldPanel("places"),
        FieldPanel("tags"),
    ]
    edit_handler = TabbedInterface([
        ObjectList(content_panels, heading=_("Story")),
        ObjectList(taxonomy_panels, heading=_("Classification")),
        ObjectList(GuongSangPage.promote_panels, heading=_("Promote")),
        ObjectList(GuongSangPage.settings_panels, heading=_("Settings")),
    ])

    search_fields = [
        *GuongSangPage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("byline"),
    ]

    # What portals get from the API: published text and credits, nothing internal.
    api_fields = [
        APIField("lead"), APIField("byline"), APIField("source"), APIField("reuse_note"),
        APIField("last_published_at"),
        APIField("hero_image_url", serializer=ImageRenditionField(
            "width-1200|format-jpeg", source="hero_image")),
        APIField("hero_caption"), APIField("hero_credit_text"),
        APIField("body"), APIField("topics"), APIField("radio_version_url"),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def radio_version_url(self):
        """Whole, on the site's one root: portals read it from the API."""
        from django.urls import reverse

        return site_url(reverse("radio_version", args=[self.pk]))

    def plain_text(self):
        parts = [self.title, self.lead]
        for block in self.body:
            if block.block_type == "paragraph":
                parts.append(strip_tags(block.value.source))
            elif block.block_type in ("heading",):
                parts.append(str(block.value))
            elif block.block_type == "quote":
                parts.append(block.value["text"])
            elif block.block_type == "fact_box":
                parts.extend(block.value["facts"])
        return "\n".join(part for part in parts if part)

    def save(self, *args, **kwargs):
        # The last line of defence, whatever path publishes: admin, workflow, scheduler.
        if self.live:
            problem = withdrawn_people_problem(link.exemplar for link in self.exemplar_links.all())
            if problem:
                raise ValidationError(problem)
        self.reading_minutes = max(1, math.ceil(len(self.plain_text().split()) / READING_SPEED))
        return super().save(*args, **kwargs)

    @property
    def hero_credit_text(self):
        return self.hero_credit or (self.hero_image.credit if self.hero_image_id else "")

    def get_meta_description(self):
        return self.search_description or self.lead

    def get_meta_image(self):
        return self.hero_image

    @property
    def og_type(self):
        return "article"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["column"] = self.breadcrumbs[-1]
        context["exemplars"] = exemplar_cards(exemplar_rows(_exemplars_in(self.pk)), request)
        context["related"] = related_to_story(self, request)
        return context

    @cached_property
    def topics(self):
        return topics_of(self, "sectors", "movements", "places")

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "mainEntityOfPage": self.get_full_url(request),
            "inLanguage": "vi",
            "publisher": {"@type": "Organization", "name": site_name(request)},
        }
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.byline:
            data["author"] = {"@type": "Person", "name": self.byline}
        if self.hero_image_id:
            rendition = self.hero_image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = [site_url(rendition.url, request)]
        return data


def _exemplars_in(story_id):
    from stories.models.exemplars import ExemplarPage

    return (live_public(ExemplarPage.objects).filter(story_links__story_id=story_id)
            .order_by("story_links__sort_order"))


class StoryExemplar(Orderable):
    story = ParentalKey(StoryPage, related_name="exemplar_links", on_delete=models.CASCADE)
    exemplar = models.ForeignKey("stories.ExemplarPage", verbose_name=_("exemplar"),
                                 on_delete=models.CASCADE, related_name="story_links")

    panels = [PageChooserPanel("exemplar", "stories.ExemplarPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related exemplar")
