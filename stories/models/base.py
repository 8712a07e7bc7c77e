import html
from contextvars import ContextVar
from functools import reduce
from operator import or_
from urllib.parse import urljoin

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from stories.forms import GuongSangPageForm, PageCopyForm
from stories.vietnamese import fold, slugify


def is_request(value):
    """Whether ``value`` is a request (Django's, or REST framework's wrapping one): Wagtail
    passes other objects as `request` to cache site lookups on."""
    return hasattr(value, "build_absolute_uri") and hasattr(value, "get_host")


def site_root_url(request=None):
    """The public site's address without a trailing slash ("https://guongsang.example.vn"),
    the one root of every absolute link (feeds, sitemap, canonical and Open Graph links,
    share buttons, API, emails): the Site record's, which `setup_site` sets from
    SITE_BASE_URL. In development (DEBUG) a request's own address instead, so that a
    server started on any host and port links to itself."""
    if is_request(request):
        if settings.DEBUG:
            return request.build_absolute_uri("/").rstrip("/")
        # Found once per request, and found anyway by every page URL built for it.
        site = Site.find_for_request(request)
    else:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.SITE_BASE_URL


def site_url(url, request=None):
    """``url`` (a path such as "/nhan-tin/", or an address already absolute, e.g. a photo
    on another storage) as an absolute address on the site's root."""
    return urljoin(site_root_url(request) + "/", url)


# The restricted paths read during the current request, or None outside a request (a task
# or a shell reads them afresh each time).
_request_memo = ContextVar("restricted_paths", default=None)


def _start_request(**kwargs):
    _request_memo.set({})


def _finish_request(**kwargs):
    _request_memo.set(None)


request_started.connect(_start_request, dispatch_uid="stories.restricted_paths.start")
request_finished.connect(_finish_request, dispatch_uid="stories.restricted_paths.finish")


def _outermost(paths):
    kept_paths = []
    for path in sorted(set(paths)):
        if not (kept_paths and path.startswith(kept_paths[-1])):  # under one already kept
            kept_paths.append(path)
    return kept_paths


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (every page under one is
    restricted too). Restrictions are few: one tiny query, kept with the page cache's
    generation, which a changed restriction moves on (`stories.derived.receivers`), and
    read once per request."""
    from stories.paging import kept

    memo = _request_memo.get()
    if memo is not None and "paths" in memo:
        return memo["paths"]
    paths = kept(PageViewRestriction.objects.order_by("page__path")
                 .values_list("page__path", flat=True), "restricted", _outermost)
    if memo is not None:
        memo["paths"] = paths
    return paths


def view_restricted(path="path"):
    """Whether a view restriction applies to the page whose tree path is the field
    ``path`` (on that page or an ancestor), as a condition for the caller's query.

    With the page cache on (production), a prefix comparison with the restricted paths
    read beforehand (`restricted_paths`), whose plan stays good whatever the database's
    statistics, and which is left out when nothing is restricted; a join on the
    restriction's page, before an ANALYZE, made listings take seconds. Without the page
    cache nothing tells when restrictions change, so they are joined inside the query."""
    if not settings.PAGE_CACHE_SECONDS:
        return Exists(PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(path), 1, Length(F("page__path")))))
    paths = restricted_paths()
    if not paths:
        return Q(pk__in=[])
    return reduce(or_, (Q(**{f"{path}__startswith": prefix}) for prefix in paths))


# After every character of a tree path (digits and capital letters).
PATH_END = "~"


def below(path, field="path", inclusive=False):
    """Pages under the tree path ``path`` (and the page itself if ``inclusive``), as a
    range of the indexed path: Wagtail's `child_of` and `descendant_of` compare it with
    LIKE, for which SQLite uses no index and so reads every page."""
    return Q(**{f"{field}__{'gte' if inclusive else 'gt'}": path,
                f"{field}__lt": path + PATH_END})


def live_public(queryset):
    """Live pages not behind a view restriction, checked inside the listing's own query
    (Wagtail's `.public()` spends a query of its own every time it is called)."""
    return queryset.live().exclude(view_restricted())


class GuongSangPage(Page):
    """Behaviour shared by every page type: ASCII Vietnamese slugs, breadcrumbs, metadata."""

    base_form_class = GuongSangPageForm
    copy_form_class = PageCopyForm
    # The admin's page search matches autocomplete fields: with the folded title an
    # editor finds "Đặng" by typing "dang".
    search_fields = [*Page.search_fields, index.SearchField("folded_title"),
                     index.AutocompleteField("folded_title")]
    # Foreign keys the page's template shows ("place__parent" follows one further), read
    # in one query when the page is served rather than one query each.
    shown_relations = ()
    # Wagtail's page-type chooser lists only concrete types.
    is_creatable = False

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        self.set_ascii_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.set_ascii_slug()
        super().minimal_clean()

    def set_ascii_slug(self):
        """Before Wagtail fills in an empty slug (both cleans do, and `save` calls one):
        its slugify drops "đ" and keeps other marks; ours transliterates. A page not yet
        in the tree keeps an empty slug until it is added under its parent."""
        if self.slug and not self.slug.isascii():
            self.slug = slugify(self.slug)
        if not self.slug and self.path:
            base, parent = slugify(self.title) or "trang", self.get_parent()
            self.slug = find_available_slug(parent, base, ignore_page_id=self.pk) if (
                parent) else base

    def get_url_parts(self, request=None):
        # Pages of the site asked for are linked on the address it was asked at in
        # development (see `site_root_url`); otherwise Wagtail's, the Site record's.
        parts = super().get_url_parts(request)
        if not (settings.DEBUG and is_request(request) and parts and parts[1]):
            return parts
        site = Site.find_for_request(request)
        if site is None or site.pk != parts[0]:
            return parts
        return parts[0], site_root_url(request), parts[2]

    def folded_title(self):
        return fold(self.title)

    def get_view_restrictions(self):
        # One query over the page and its ancestors (the site uses no page aliases), or
        # none when routing already found that no restriction applies.
        if self.__dict__.get("is_restricted") is False:
            return PageViewRestriction.objects.none()
        steps = range(self.steplen, len(self.path) + 1, self.steplen)
        return PageViewRestriction.objects.filter(page__path__in=[self.path[:n] for n in steps])

    def get_context(self, request, *args, **kwargs):
        self.load_shown_relations()
        context = super().get_context(request, *args, **kwargs)
        context["json_ld_data"] = self.get_json_ld(request)
        return context

    def load_shown_relations(self):
        """Fill in ``shown_relations`` from one query. A preview that points a relation
        elsewhere than the stored page keeps its own choice, read when shown."""
        names = {relation.split("__")[0] for relation in self.shown_relations}
        fields = [self._meta.get_field(name) for name in sorted(names)]
        if not self.pk or not any(getattr(self, field.attname) for field in fields):
            return
        stored = (type(self).objects.filter(pk=self.pk).only(*names)
                  .select_related(*self.shown_relations).first())
        for field in fields:
            own = getattr(self, field.attname)
            if stored is not None and own is not None and getattr(stored, field.attname) == own:
                setattr(self, field.name, getattr(stored, field.name))

    @cached_property
    def breadcrumbs(self):
        """Ancestors below the home page, nearest last."""
        return list(self.get_ancestors().filter(depth__gt=2)
                    .only("title", "slug", "url_path", "path"))

    def get_meta_description(self):
        """Under the title in search results and link previews: the editor's search
        description, else the page's introduction or first paragraph (the template falls
        back on the site's description)."""
        if self.search_description:
            return self.search_description
        if intro := getattr(self, "intro", ""):
            return intro
        paragraphs = (
            " ".join(html.unescape(strip_tags(block.value.source)).split())
            for block in getattr(self, "body", None) or () if block.block_type == "paragraph")
        return next(filter(None, paragraphs), "")

    def get_meta_image(self):
        return None

    def get_json_ld(self, request):
        return None

    @property
    def og_type(self):
        return "website"
