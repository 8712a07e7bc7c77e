"""Finding the page for a public request with as little work as possible.

Wagtail's own `serve` looks up the Site (one query), loads the site's root page and its
specific type (two more), walks the path, and the menu and breadcrumbs then cost a query
each. Here the sites come from the cache, one query fetches the page's ancestors together
with the main menu, and a second loads the page as its specific type. The result is handed
to Wagtail's `serve`, so its hooks (view restrictions, previews, `on_serve_page`) still run.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site

from stories.prepared import PreparedInstances

SITES_CACHE_KEY = "guongsang:sites"
# Several workers each keep their own local-memory cache: bound how long one of them can
# serve an edited Site's old hostname (a shared cache is invalidated at once).
SITES_CACHE_SECONDS = 300
SITE_FIELDS = ("id", "hostname", "port", "is_default_site", "root_page_id", "site_name")


def site_for_request(request):
    """The Site serving ``request``, chosen as Wagtail's `get_site_for_hostname` chooses,
    from a cached list of sites instead of a query per request."""
    if not hasattr(request, "_wagtail_site"):
        rows = cache.get(SITES_CACHE_KEY)
        if rows is None:
            rows = list(Site.objects.values(*SITE_FIELDS))
            cache.set(SITES_CACHE_KEY, rows, SITES_CACHE_SECONDS)
        hostname = split_domain_port(request._get_raw_host())[0]
        row = _best_site(rows, hostname, request.get_port())
        request._wagtail_site = Site(**row) if row else None
    return request._wagtail_site


def _best_site(rows, hostname, port):
    exact = [r for r in rows if r["hostname"] == hostname and str(r["port"]) == str(port)]
    if exact:
        return exact[0]
    same_host = [r for r in rows if r["hostname"] == hostname]
    default = next((r for r in rows if r["is_default_site"]), None)
    if default and default in same_host:
        return default
    if len(same_host) == 1:
        return same_host[0]
    return default


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def forget_sites(**kwargs):
    cache.delete(SITES_CACHE_KEY)


@dataclass(slots=True)
class PageLink:
    """What menus and breadcrumbs need of a page: far cheaper to build than a Page."""

    pk: int
    title: str
    url_path: str
    path: str
    depth: int
    content_type_id: int
    live: bool
    show_in_menus: bool
    restricted: bool
    url: str

    @property
    def slug(self):
        return self.url_path.rstrip("/").rsplit("/", 1)[-1]


def menu_pages(links):
    """The main menu: the home page's live children marked "show in menus", with the
    exemplar directory singled out for links to it."""
    directory_type = ContentType.objects.get_by_natural_key("stories", "exemplarindexpage")
    pages = sorted((link for link in links if link.depth == 3 and link.live
                    and link.show_in_menus), key=lambda link: link.path)
    directory = next((p for p in pages if p.content_type_id == directory_type.pk), None)
    return {"pages": pages, "directory": directory}


def _frame_sql(count):
    page = Page._meta.db_table
    restriction = PageViewRestriction._meta.db_table
    url_paths = ", ".join(["%s"] * count) or "NULL"
    # Hand-written because building this statement through the ORM costs ten times as
    # much as running it, on every page view. Only table names are interpolated.
    return (
        "SELECT p.id, p.title, p.url_path, p.path, p.depth, p.content_type_id, p.live,"  # noqa: S608
        " p.show_in_menus,"
        f" EXISTS (SELECT 1 FROM {restriction} r WHERE r.page_id = p.id) AS restricted"
        f" FROM {page} p"
        f" WHERE p.url_path IN ({url_paths})"
        "  OR (p.depth = 3 AND p.live = %s AND SUBSTR(p.url_path, 1, %s) = %s)"
        " ORDER BY p.depth, p.path"
    )


def frame_rows(root_path, url_paths):
    """One query: the pages at ``url_paths`` and the site's sections (the home page's
    live children: columns, the directory, menu pages), each marked with whether a view
    restriction is set on it, as `PageLink`s."""
    with connection.cursor() as cursor:
        cursor.execute(_frame_sql(len(url_paths)),
                       [*url_paths, True, len(root_path), root_path])
        rows = cursor.fetchall()
    prefix = len(root_path)
    return [
        PageLink(pk, title, url_path, path, depth, content_type_id, bool(live),
                 bool(in_menu), bool(restricted), "/" + url_path[prefix:])
        for pk, title, url_path, path, depth, content_type_id, live, in_menu, restricted
        in rows
    ]


_page_queries = {}


def specific_page(model, pk):
    """The page ``pk`` as ``model``, with the foreign keys its template shows."""
    query = _page_queries.get(model)
    if query is None:
        query = _page_queries[model] = PreparedInstances(
            model, lambda pk: model._default_manager.filter(pk=pk),
            related=dict.fromkeys(getattr(model, "select_on_route", ())))
    found = query(pk)
    return found[0] if found else None


def page_at(root_path, components, request=None):
    """The page at the path ``components`` below the site root ``root_path`` as its
    specific type, with its breadcrumbs and restriction flag filled in.

    Returns ``(page, remaining_components)``: when no page sits at the full path, the
    deepest page found on the way, to route the rest itself (the home page's taxonomy
    pages). The menu found on the way is left on ``request`` for the context processor.
    """
    url_paths = [root_path + "".join(f"{c}/" for c in components[:n])
                 for n in range(len(components) + 1)]
    rows = frame_rows(root_path, url_paths)
    if request is not None:
        request.guongsang_sections = [row for row in rows if row.depth == 3 and row.live]
        request.guongsang_menu = menu_pages(rows)
    found = {row.url_path: row for row in rows if row.url_path in url_paths}
    trail = []
    for url_path in url_paths:
        if url_path not in found:
            break
        trail.append(found[url_path])
    if not trail:
        return None, components
    target = trail[-1]
    model = ContentType.objects.get_for_id(target.content_type_id).model_class()
    if model is None:
        return None, components
    page = specific_page(model, target.pk)
    if page is None:  # deleted since the first query
        return None, components
    # Filled in here, these cost the page no query of their own.
    page.__dict__["breadcrumbs"] = [row for row in trail[:-1] if row.depth > 2]
    page.__dict__["is_restricted"] = any(row.restricted for row in trail)
    return page, components[len(trail) - 1:]


def root_path_of(site):
    """The url_path of the site's home page, from Wagtail's cached site root paths."""
    if site is None:
        return None
    return next((entry.root_path for entry in Site.get_site_root_paths()
                 if entry.site_id == site.pk), None)


def menu_for_request(request):
    """The main menu: found while routing a page, or fetched on its own for other views."""
    menu = getattr(request, "guongsang_menu", None)
    if menu is None:
        root_path = root_path_of(site_for_request(request))
        menu = menu_pages(frame_rows(root_path, []) if root_path else [])
        request.guongsang_menu = menu
    return menu


def page_urls(request):
    """A function from a page's url_path to its URL as Wagtail's `pageurl` gives it:
    relative within the request's site, absolute for a page of another site."""
    entries = Site.get_site_root_paths()
    site = site_for_request(request) if request is not None else None
    current = next((e.root_path for e in entries if site and e.site_id == site.pk), None)
    if current is None and len({e.root_path for e in entries}) == 1:
        current = entries[0].root_path

    def url(url_path):
        if current and url_path.startswith(current):
            return "/" + url_path[len(current):]
        for entry in entries:  # most specific root first
            if url_path.startswith(entry.root_path):
                return entry.root_url + "/" + url_path[len(entry.root_path):]
        return None

    return url


def serve(request, path):
    """Wagtail's `serve`, with the site and the route found as described above."""
    site = site_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        root_path = root_path_of(site)
        components = [component for component in path.split("/") if component]
        page = None
        if root_path is not None:
            page, remaining = page_at(root_path, components, request)
        if page is not None:
            try:
                request._wagtail_route_for_request = page.route(request, remaining)
            except Http404:
                request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
