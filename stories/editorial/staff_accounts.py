"""Staff accounts: the site administrator (Quản trị) manages the lower roles' people, and
cannot raise itself or anyone else above them.

Wagtail lets whoever holds the user permissions edit any account (the superuser's password
included) and tick "Administrator". On this site only the superuser keeps those powers.
Everyone else who manages staff edits, deactivates and deletes only accounts whose every
group is a lower role (reporter, editor, verifier, unit focal person), never its own (its
password and name are changed on its account page), a superuser's, an approver's or a site
administrator's; gives only lower roles; and never sees the "Administrator" (superuser)
box.

Wagtail's user views are used through its documented customisation (an app config
replacing `wagtail.users`, `stories.editorial.staff_app`); the users' bulk actions are
replaced by the subclasses in `BULK_ACTIONS`, registered after Wagtail's own
(`stories.editorial.wagtail_hooks`). Groups: `stories.editorial.staff_groups`.
"""

from django.shortcuts import get_list_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.admin import messages
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from stories.editorial.roles import (
    LOWER_ROLES,
    is_unrestricted,
    lower_role_groups,
    lower_role_names,
)


def may_manage_user(actor, account):
    """Whether ``actor`` may edit, set the password of, deactivate or delete ``account``.
    Reads ``account.groups`` and ``account.user_permissions`` through ``.all()``, so that a
    listing can prefetch them."""
    if is_unrestricted(actor):
        return True
    if account.pk == actor.pk or account.is_superuser:
        return False
    # Permissions given to the account itself, not through a role, are the superuser's.
    if account.user_permissions.all():
        return False
    return all(group.name in LOWER_ROLES for group in account.groups.all())


def account_refusal(actor, account):
    if account.pk == actor.pk:
        return gettext(
            "You cannot change your own account here: change your password and name on "
            "your account page. Your roles are changed by a superuser.")
    return gettext(
        "You cannot edit, set the password of, deactivate or delete the account "
        "“%(name)s”: the site administrator manages only accounts whose roles are all "
        "among %(roles)s. Accounts of approvers (Lãnh đạo), site administrators (Quản trị) "
        "and superusers are managed by a superuser.") % {
            "name": account.get_username(), "roles": lower_role_names()}


class RoleLimitedFormMixin:
    """For anyone but the superuser: no "Administrator" box, and only the lower roles."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if for_user is not None and not is_unrestricted(for_user):
            self.fields.pop("is_superuser", None)
            if "groups" in self.fields:
                self.fields["groups"].queryset = lower_role_groups()
                self.fields["groups"].help_text = gettext(
                    "The site administrator gives only these roles; approvers and site "
                    "administrators are appointed by a superuser.")


class StaffUserCreationForm(RoleLimitedFormMixin, UserCreationForm):
    pass


class StaffUserEditForm(RoleLimitedFormMixin, UserEditForm):
    pass


class FormForUserMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class ManagedAccountMixin:
    """Refuses, saying why, an account the user may not manage: before Wagtail's own
    checks, so the answer is the same whatever else the user may do."""

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_user(request.user, self.object):
            buttons = []
            if self.object.pk == request.user.pk:
                buttons = [messages.button(reverse("wagtailadmin_account"),
                                           gettext("My account"))]
            messages.error(request, account_refusal(request.user, self.object),
                           buttons=buttons)
            return redirect(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)


class UserIndexView(users.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("groups", "user_permissions")

    def get_edit_url(self, instance):
        if may_manage_user(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if may_manage_user(self.request.user, instance):
            return super().get_delete_url(instance)
        return None


class UserCreateView(FormForUserMixin, users.CreateView):
    pass


class UserEditView(ManagedAccountMixin, FormForUserMixin, users.EditView):
    pass


class UserDeleteView(ManagedAccountMixin, users.DeleteView):
    pass


class UserViewSet(users.UserViewSet):
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    delete_view_class = UserDeleteView

    def get_form_class(self, for_update=False):
        return StaffUserEditForm if for_update else StaffUserCreationForm


# --- bulk actions on accounts ---------------------------------------------------------------

class ManagedAccountsBulkMixin:
    """Acts only on accounts the user may manage, and says why the others were left out."""

    @classmethod
    def get_queryset(cls, model, object_ids):
        return get_list_or_404(model.objects.prefetch_related("groups", "user_permissions"),
                               pk__in=object_ids)

    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage_user(self.request.user, obj)

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = [account for account in extra["items_with_no_access"]
                   if not may_manage_user(self.request.user, account)]
        if refused:
            messages.warning(self.request, gettext(
                "Left out: %(names)s. The site administrator manages only accounts whose "
                "roles are all among %(roles)s, and never its own.") % {
                    "names": ", ".join(account.get_username() for account in refused),
                    "roles": lower_role_names()})
        return objects, extra


class StaffDeleteBulkAction(ManagedAccountsBulkMixin, DeleteBulkAction):
    pass


class StaffSetActiveStateBulkAction(ManagedAccountsBulkMixin, SetActiveStateBulkAction):
    pass


class StaffAssignRoleBulkAction(ManagedAccountsBulkMixin, AssignRoleBulkAction):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not is_unrestricted(self.request.user):
            form.fields["role"].queryset = lower_role_groups()
        return form


BULK_ACTIONS = (StaffDeleteBulkAction, StaffSetActiveStateBulkAction, StaffAssignRoleBulkAction)
