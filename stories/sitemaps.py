"""The sitemap as search engines read it: `/sitemap.xml` is an index naming the pages of
each section, `/sitemap-<section>.xml?p=N`, each of at most `SITEMAP_LIMIT` addresses, so
that no answer grows with the archive (Django's sitemap framework does the paging).

Sections: "trang", every live public page of the site asked for, in tree order, read as
query rows (no page object is built); "danh-muc", the sector, movement and place pages
the home page routes. Every address is on the site's one root (`site_root_url`).
"""

from xml.sax.saxutils import escape

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.models import Page, Site

from stories.cards import page_urls
from stories.models.base import below, live_public, site_root_url
from stories.models.taxonomy import Movement, Place, Sector
from stories.paging import CountedPaginator, kept

# The sitemaps protocol allows 50,000; fewer keep each answer quick to make.
SITEMAP_LIMIT = 10_000
# As Django's sitemap views say it: the sitemap itself is not a page to show in results.
ROBOTS_TAG = "noindex, noodp, noarchive"
URLSET_START = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')


class PageSitemap(Sitemap):
    """Every live public page of the request's site, as Wagtail's sitemap listed them."""

    limit = SITEMAP_LIMIT

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none().values_list("url_path", "last_published_at")
        return (live_public(Page.objects.filter(below(site.root_page.path, inclusive=True)))
                .order_by("path")
                .values_list("url_path", Coalesce("last_published_at",
                                                  "latest_revision_created_at")))

    @cached_property
    def paginator(self):
        return CountedPaginator(self.items(), self.limit)

    def get_urls(self, page=1, site=None, protocol=None):
        number = self.paginator.validate_number(page)
        # Each part starts at a known tree path and reads on through the path's index: no
        # offset, which would read every page before the part. The starts are found once
        # per purge of the page cache (one read of every path).
        starts = kept(self.items().values_list("path", flat=True), "sitemap-starts",
                      lambda paths: list(paths)[::self.limit])
        rows = self.items().filter(path__gte=starts[number - 1])[:self.limit]
        root, url = site_root_url(self.request), page_urls(self.request)
        urls = []
        for url_path, lastmod in rows:
            location = url(url_path)
            if location is not None:
                urls.append({"location": location if "://" in location else root + location,
                             "lastmod": lastmod})
        return urls


class TaxonomySitemap(Sitemap):
    """The lists of sectors, movements and places, and one page for each term."""

    limit = SITEMAP_LIMIT
    TERMS = (("sector", Sector), ("movement", Movement), ("place", Place))

    def __init__(self, request):
        self.request = request

    def items(self):
        items = []
        for kind, model in self.TERMS:
            items.append((f"{kind}_index", None))
            items.extend((f"{kind}_detail", slug) for slug in
                         model.objects.order_by("slug").values_list("slug", flat=True))
        return items

    def get_urls(self, page=1, site=None, protocol=None):
        items = self.paginator.page(page).object_list
        home = self.home()
        if home is None:
            return []
        base = home.get_full_url(self.request)
        return [{"location": base + home.reverse_subpage(
            route, kwargs={"slug": slug} if slug else {})} for route, slug in items]

    def home(self):
        from stories.models import HomePage

        site = Site.find_for_request(self.request)
        if site is None:
            return None
        return HomePage.objects.filter(pk=site.root_page_id).first()


SECTIONS = {"trang": PageSitemap, "danh-muc": TaxonomySitemap}


def sitemaps_for(request):
    return {name: section(request) for name, section in SECTIONS.items()}


def index(request):
    """/sitemap.xml: the address of every page of every section."""
    root = site_root_url(request)
    entries = []
    for name, section in sitemaps_for(request).items():
        address = root + reverse("sitemap_section", kwargs={"section": name})
        entries.extend(sitemap_views.SitemapIndexItem(
            address if number == 1 else f"{address}?p={number}")
            for number in section.paginator.page_range)
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries},
                            content_type="application/xml",
                            headers={"X-Robots-Tag": ROBOTS_TAG})


def section(request, section):
    """/sitemap-<section>.xml?p=N: one page of a section; an unknown section, a page past
    the end or a page number that is not one is not found. Written here rather than by
    Django's sitemap template, which takes half a second for 10,000 addresses."""
    if section not in SECTIONS:
        raise Http404("no such sitemap")
    try:
        urls = SECTIONS[section](request).get_urls(page=request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("no such sitemap page") from error
    lines = [URLSET_START]
    for url in urls:
        lastmod = url.get("lastmod")
        lastmod = (f"<lastmod>{timezone.localtime(lastmod).date().isoformat()}</lastmod>"
                   if lastmod else "")
        lines.append(f"<url><loc>{escape(url['location'])}</loc>{lastmod}</url>")
    lines.append("</urlset>\n")
    return HttpResponse("\n".join(lines), content_type="application/xml",
                        headers={"X-Robots-Tag": ROBOTS_TAG})
