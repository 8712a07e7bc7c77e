"""Staff groups: the site administrator (Quản trị) edits only the lower roles' groups,
creates none, and grants a group nothing it does not hold itself, nor the powers kept for
the superuser: publishing and bulk deletion of pages, staff accounts and groups, workflows
and sites. Wagtail lets whoever holds the group permissions grant any permission to any
group; on this site only the superuser keeps that power.

Wagtail's group views are used through its documented customisation (an app config
replacing `wagtail.users`, `stories.editorial.staff_app`). Accounts:
`stories.editorial.staff_accounts`.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.ui.tables import TitleColumn
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
)
from wagtail.users.views import groups

from stories.editorial.roles import LOWER_ROLES, is_unrestricted, lower_role_names

# Never granted but by the superuser, whatever the granter holds: these would let a group
# manage staff, change the review itself, or publish around it.
SUPERUSER_MODELS = {("auth", "user"), ("auth", "group"), ("auth", "permission"),
                    ("wagtailcore", "workflow"), ("wagtailcore", "task"),
                    ("wagtailcore", "site")}
SUPERUSER_PAGE_PERMISSIONS = {"publish_page", "bulk_delete_page"}
PERMISSION_ACTIONS = {
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
    "view": pgettext_lazy("permission", "view"),
    "choose": pgettext_lazy("permission", "choose"),
    "publish": pgettext_lazy("permission", "publish"),
    "bulk_delete": pgettext_lazy("permission", "bulk delete"),
    "lock": pgettext_lazy("permission", "lock"),
    "unlock": pgettext_lazy("permission", "unlock"),
}


def may_edit_group(actor, group):
    return is_unrestricted(actor) or group.name in LOWER_ROLES


def group_refusal(group):
    return gettext(
        "You cannot change the group “%(name)s”: the site administrator edits only the "
        "groups %(roles)s. Other groups, and new ones, are a superuser's.") % {
            "name": group.name, "roles": lower_role_names()}


def grants_of(group):
    """Everything the group is given: model permissions, and page, collection and site
    permissions with where they apply."""
    return {
        *(("model", pk) for pk in group.permissions.values_list("pk", flat=True)),
        *(("page", place, permission) for place, permission in
          GroupPagePermission.objects.filter(group=group).values_list("page_id",
                                                                       "permission_id")),
        *(("collection", place, permission) for place, permission in
          GroupCollectionPermission.objects.filter(group=group).values_list(
              "collection_id", "permission_id")),
        *(("site", place, permission) for place, permission in
          GroupSitePermission.objects.filter(group=group).values_list("site_id",
                                                                       "permission_id")),
    }


class Granter:
    """What ``user`` holds and may therefore pass on to a group."""

    def __init__(self, user):
        self.user = user

    def holds(self, grant):
        if is_unrestricted(self.user):
            return True
        kind, *rest = grant
        permission = Permission.objects.select_related("content_type").get(pk=rest[-1])
        app_label = permission.content_type.app_label
        if (app_label, permission.content_type.model) in SUPERUSER_MODELS:
            return False
        if kind == "model":
            return self.user.has_perm(f"{app_label}.{permission.codename}")
        if kind == "page":
            if permission.codename in SUPERUSER_PAGE_PERMISSIONS:
                return False
            return self._holds_in_tree(Page, GroupPagePermission, "page", *rest)
        if kind == "collection":
            return self._holds_in_tree(Collection, GroupCollectionPermission, "collection",
                                       *rest)
        return GroupSitePermission.objects.filter(
            group__user=self.user, site_id=rest[0], permission=permission).exists()

    def _holds_in_tree(self, node_model, grant_model, field, node_id, permission_id):
        # A permission on a page or collection holds for everything below it too.
        node = node_model.objects.filter(pk=node_id).only("path").first()
        if node is None:
            return False
        held_at = grant_model.objects.filter(
            group__user=self.user, permission_id=permission_id,
        ).values_list(f"{field}__path", flat=True)
        return any(node.path.startswith(path) for path in held_at)

    def describe(self, grant):
        """The grant as the group form shows it, e.g. "sửa người dùng", "xuất bản trang
        (Trang chủ)"."""
        kind, *rest = grant
        permission = Permission.objects.select_related("content_type").get(pk=rest[-1])
        content_type = permission.content_type
        action = permission.codename.removesuffix(f"_{content_type.model}")
        model = content_type.model_class()
        label = (f"{PERMISSION_ACTIONS[action]} {model._meta.verbose_name}"
                 if action in PERMISSION_ACTIONS and model else permission.name)
        place = None
        if kind == "page":
            page = Page.objects.filter(pk=rest[0]).first()
            place = page and page.get_admin_display_title()
        elif kind == "collection":
            place = Collection.objects.filter(pk=rest[0]).values_list("name", flat=True).first()
        elif kind == "site":
            place = Site.objects.filter(pk=rest[0]).values_list("hostname", flat=True).first()
        return f"{label} ({place})" if place else label


class GrantRefused(Exception):
    pass


class RefusedGroupMixin:
    def dispatch(self, request, *args, **kwargs):
        # Wagtail's edit view looks the group up only in get() and post().
        self.object = getattr(self, "object", None) or self.get_object()
        if not may_edit_group(request.user, self.object):
            messages.error(request, group_refusal(self.object))
            return redirect(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)


class GroupIndexView(groups.IndexView):
    @cached_property
    def columns(self):
        return [TitleColumn("name", label=_("Group name"), sort_key="name",
                            get_url=self.get_edit_url)]

    def get_edit_url(self, instance):
        if may_edit_group(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if may_edit_group(self.request.user, instance):
            return super().get_delete_url(instance)
        return None

    def get_add_url(self):
        if is_unrestricted(self.request.user):
            return super().get_add_url()
        return None


class GroupCreateView(groups.CreateView):
    def dispatch(self, request, *args, **kwargs):
        if not is_unrestricted(request.user):
            messages.error(request, gettext(
                "Only a superuser creates groups: the site's roles are fixed, and a new "
                "group could be given the powers of the approver or the site "
                "administrator."))
            return redirect(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)


class GroupEditView(RefusedGroupMixin, groups.EditView):
    """Saves the group and its permission panels together, then checks what the group
    gained: if the user does not hold it, nothing is saved and the form comes back with
    what was typed and the reason."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not is_unrestricted(self.request.user) and "name" in form.fields:
            # The roles are found by their names (stories.editorial.roles).
            form.fields["name"].disabled = True
        return form

    def process_form(self):
        form = self.get_form()
        if not self.is_valid(form):
            return self.form_invalid(form)
        try:
            return self.form_valid(form)
        except GrantRefused as refused:
            self.produced_error_message = str(refused)
            return self.form_invalid(form)

    def save_instance(self):
        before = grants_of(self.object)
        with transaction.atomic():
            group = super().save_instance()
            for panel in self.permission_panel_forms:
                panel.save()
            granter = Granter(self.request.user)
            refused = [grant for grant in grants_of(group) - before
                       if not granter.holds(grant)]
            if refused:
                raise GrantRefused(gettext(
                    "Nothing was saved: you cannot give a group a permission you do not "
                    "hold yourself, nor publishing, bulk deletion, staff accounts, groups, "
                    "workflows or sites, which are a superuser's. Untick: %(grants)s.")
                    % {"grants": "; ".join(sorted(granter.describe(g) for g in refused))})
        return group


class GroupDeleteView(RefusedGroupMixin, groups.DeleteView):
    pass


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView
