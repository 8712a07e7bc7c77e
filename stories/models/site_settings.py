"""The site's name and its header and footer links, edited in the admin (Cài đặt) per site.

Every public page shows them, so what a page needs of them (names and URLs, not the setting
and its linked pages) is kept in the cache per site and forgotten whenever the setting, a
site or a page that may appear in the menu changes.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from stories.models.directory import ExemplarIndexPage

DEFAULT_SITE_NAME = "Gương Sáng"
NAVIGATION_CACHE_KEY = "guongsang:navigation"


def validate_link_target(value):
    if not (value.startswith("/") and not value.startswith("//")
            or value.startswith(("https://", "http://"))):
        raise ValidationError(gettext(
            "Enter a path on this site starting with “/”, or a full address starting with "
            "https:// or http://."))


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(label=_("text"), required=False, max_length=80,
                             help_text=_("Leave empty to show the page's title."))

    class Meta:
        icon = "doc-empty"
        label = _("Page")


class AddressLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("text"), max_length=80)
    url = blocks.CharBlock(label=_("address"), max_length=300,
                           validators=[validate_link_target],
                           help_text=_("A path on this site such as /linh-vuc/, or a full "
                                       "address starting with https://."))

    class Meta:
        icon = "link"
        label = _("Address")


def link_blocks(with_sections=False):
    found = []
    if with_sections:
        found.append(("section_pages", blocks.StaticBlock(
            label=_("Sections marked “Show in menus”"),
            admin_text=_("The home page's published sections whose “Show in menus” box is "
                         "ticked, in their order in the page tree."),
            icon="list-ul")))
    return [*found, ("page", PageLinkBlock()), ("link", AddressLinkBlock())]


def _address(title, url):
    return ("link", {"title": title, "url": url})


def default_header_links():
    """Today's menu: the sections, then the directories of the home page's own routes."""
    with translation.override(settings.LANGUAGE_CODE):
        return [("section_pages", None), _address(gettext("Sectors"), "/linh-vuc/"),
                _address(gettext("Movements"), "/phong-trao/"),
                _address(gettext("Places"), "/dia-phuong/")]


def default_footer_links():
    with translation.override(settings.LANGUAGE_CODE):
        return [_address(gettext("About"), "/gioi-thieu/"),
                _address(gettext("Contact"), "/lien-he/"),
                _address(gettext("Nominate a good person"), reverse("nominate")),
                _address(gettext("Get the news (RSS, radio, API)"), "/nhan-tin/"),
                _address(gettext("Sitemap"), "/sitemap.xml")]


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """What the public site is called and the links of its header menu and footer."""

    site_name = models.CharField(
        _("site name"), max_length=80, default=DEFAULT_SITE_NAME,
        help_text=_("Shown in the header, the footer, browser tabs, shared links and feeds."))
    header_links = StreamField(
        link_blocks(with_sections=True), blank=True, default=default_header_links,
        verbose_name=_("main menu"))
    footer_links = StreamField(
        link_blocks(), blank=True, default=default_footer_links,
        verbose_name=_("footer links"))

    panels = [FieldPanel("site_name"), FieldPanel("header_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("site name and menus")
        verbose_name_plural = _("site name and menus")

    def navigation(self):
        """The names and URLs the templates show, relative to this setting's site."""
        site = self.site
        sections = list(site.root_page.get_children().live().in_menu()
                        .only("title", "url_path", "path")) if site.root_page_id else []
        directory = (site.root_page.get_children().live().type(ExemplarIndexPage)
                     .only("title", "url_path", "path").first()
                     if site.root_page_id else None)
        return Navigation(
            name=self.site_name,
            header=links_of(self.header_links, site, sections),
            footer=links_of(self.footer_links, site, sections),
            directory=Link(directory.title, directory.relative_url(site)) if directory else None,
        )


@dataclass(frozen=True, slots=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Navigation:
    name: str
    header: list
    footer: list
    directory: Link | None = None


def links_of(stream, site, sections):
    links = []
    for child in stream:
        if child.block_type == "section_pages":
            links.extend(Link(page.title, page.relative_url(site)) for page in sections)
        elif child.block_type == "page":
            page = child.value["page"]
            # A page unpublished since it was chosen is left out, not linked to a 404.
            if page is not None and page.live:
                links.append(Link(child.value["title"] or page.title, page.relative_url(site)))
        else:
            links.append(Link(child.value["title"], child.value["url"]))
    return links


def navigation_for_site(site):
    """The site's name and links, from the cache; one setting and its pages on a miss.

    A request that no site serves gets the defaults' name and fixed links."""
    if site is None:
        fallback = SiteIdentity()
        return Navigation(name=fallback.site_name,
                          header=links_of(fallback.header_links, None, []),
                          footer=links_of(fallback.footer_links, None, []))
    by_site = cache.get(NAVIGATION_CACHE_KEY) or {}
    found = by_site.get(site.pk)
    if found is None:
        found = by_site[site.pk] = SiteIdentity.for_site(site).navigation()
        cache.set(NAVIGATION_CACHE_KEY, by_site, None)
    return found


def navigation_for_request(request):
    return navigation_for_site(Site.find_for_request(request))


def site_name(request=None):
    """The site's name, for feeds, emails and other text built outside a template."""
    site = Site.find_for_request(request) if request is not None else (
        Site.objects.filter(is_default_site=True).first())
    return navigation_for_site(site).name


@receiver(post_save, sender=SiteIdentity)
@receiver(post_delete, sender=SiteIdentity)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_delete, sender=Page)
@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_navigation(**kwargs):
    cache.delete(NAVIGATION_CACHE_KEY)
