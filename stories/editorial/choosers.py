"""Choosers show a role only what it may open.

Wagtail's choosers answer every admin user: the nominations' chooser lists the reference
and the name of every person citizens nominated, and the page chooser the title of every
draft, whoever asks. Here:

- `PermittedChooserViewSet`, the chooser of nominations, introductions and focal people,
  answers (list, search, "chosen") only those who may work with the model's items, by the
  model's own permission policy (a unit's focal person: their unit's introductions); anyone
  else gets a 403 and sees nothing of them.
- The page chooser (browse, browse of a parent, search, "chosen") shows a user who may
  neither add nor edit pages (focal people, verifiers, the site administrator) only live
  pages: the title of a draft is often the name of a person not yet published.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView
from wagtail.utils.urlpatterns import decorate_urlpatterns

WORKING_ACTIONS = {"add", "change", "delete", "view"}


class CreationFormRequiredView(SnippetCreateView):
    """Wagtail routes a chooser's "create" address even for a model whose chooser has no
    creation form, and then fails on `None.is_valid()`: answer 404 instead."""

    def get_creation_form(self):
        form = super().get_creation_form()
        if form is None:
            raise Http404
        return form


class ChooserViewSet(SnippetChooserViewSet):
    """The chooser of every snippet of the site."""

    create_view_class = CreationFormRequiredView


class PermittedChooserViewSet(ChooserViewSet):
    """A snippet chooser that answers only those who may work with the model's items."""

    def get_urlpatterns(self):
        return decorate_urlpatterns(super().get_urlpatterns(), self.for_those_who_may_see)

    def for_those_who_may_see(self, view):
        @wraps(view)
        def checked_view(request, *args, **kwargs):
            policy = policy_registry.get_by_type(self.model)
            if not policy.user_has_any_permission(request.user, WORKING_ACTIONS):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked_view


# --- the page chooser -----------------------------------------------------------------------

def sees_drafts(user):
    return user.is_active and (user.is_superuser or policy_registry.get_by_type(
        Page).user_has_any_permission(user, {"add", "change"}))


def live_pages_only(pages, request):
    if sees_drafts(request.user):
        return pages
    # Browsing into a draft would show its title as the parent's.
    parent_id = request.resolver_match and request.resolver_match.kwargs.get("parent_page_id")
    if parent_id and Page.objects.filter(pk=parent_id, depth__gt=1, live=False).exists():
        raise Http404
    return pages.live()


@never_cache
@require_admin_access
def chosen_pages(request):
    """Wagtail's answer to the page chooser's "choose these pages" (titles and addresses of
    the pages asked for by id), refused for a draft to those who see only live pages.
    Routed in place of Wagtail's own (`stories.editorial.urls`): no hook reaches that
    view."""
    ids = request.GET.getlist("id")
    # Wagtail's view fails on an id that is not a number, or on the root, which has no parent.
    if not all(pk.isascii() and pk.isdigit() and len(pk) < 19 for pk in ids):
        raise Http404
    pages = Page.objects.filter(pk__in=ids)
    if pages.filter(depth=1).exists() or (
            not sees_drafts(request.user) and pages.filter(live=False).exists()):
        raise Http404
    return ChosenMultipleView.as_view()(request)
