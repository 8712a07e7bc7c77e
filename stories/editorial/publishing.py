"""How pages reach or leave the public: through their review, or by the superuser with a
recorded reason.

No group holds Wagtail's "publish" permission (`stories.editorial.roles`), so Wagtail's own checks
keep every role but the superuser away from publishing, unpublishing, deleting or moving
live pages, privacy, unscheduling and reordering. The review still publishes: the
approval step's approval finishes the workflow, and `publish_approved_revision` (Wagtail's
`WAGTAIL_FINISH_WORKFLOW_ACTION`) publishes, or schedules when the draft has a go-live
date, without asking for a permission the workflow's own tasks have already checked.

The superuser may act outside the review, but only with a reason, kept in the page's
history as a "stories.override" entry of Wagtail's audit log. Each way in asks for it:

- the page editor's "Publish" (also when creating, and when reverting to a revision): a
  reason box on the page form (`PageFormReasonMixin`, templates `wagtailadmin/pages/
  edit.html`, `create.html`), logged by `after_publish_page`;
- unpublish, deleting or moving a live page: a reason box on Wagtail's confirmation pages
  (templates `wagtailadmin/pages/confirm_….html`), checked by `before_unpublish_page`,
  `before_delete_page` and `before_move_page`, and logged by `after_unpublish_page`,
  `before_delete_page` (while the page still exists) and `after_move_page`;
- copying with "publish copies", or as an alias of a live page: the copy form
  (`stories.forms.PageCopyForm`, template `wagtailadmin/pages/copy.html`), logged by
  `after_copy_page`;
- privacy and unscheduling, for which Wagtail has no hook: views of the page viewset
  (`stories.editorial.override_views`).

Bulk actions (`before_bulk_action`) never publish or unpublish, for anyone, and never delete
or move live pages: an override is a considered act on one page, with its own reason in
that page's history, not a side effect of a selection with "include subpages" ticked. The
superuser does it page by page. The admin API's page actions (publish, unpublish, move,
copy, alias, delete, revert) are turned off: the admin does not use them, and they would
skip every reason.

Reordering the children of a page (the explorer's drag and drop) stays the superuser's,
recorded by Wagtail's own "wagtail.reorder" entry: it publishes nothing, and the drag and
drop has no form to ask a reason in.

The hook functions below are registered in `stories.editorial.wagtail_hooks`. This module is
imported while Wagtail defines its workflow models (the finish action is read then), so
Wagtail's models and admin are imported inside the functions below.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

OVERRIDE_ACTION = "stories.override"
REASON_FIELD = "override_reason"
REASON_MAX_LENGTH = 1000

# What the superuser did, as the page's history says it.
OVERRIDES = {
    "publish": _("Published outside the review"),
    "unpublish": _("Unpublished outside the review"),
    "delete": _("Deleted a published page outside the review"),
    "move": _("Moved a published page outside the review"),
    "copy": _("Published a copy outside the review"),
    "alias": _("Made a published alias outside the review"),
    "privacy": _("Changed who may see the page outside the review"),
    "unschedule": _("Cancelled a scheduled publication outside the review"),
}

MISSING_REASON = _(
    "Write why you are doing this outside the review: only the superuser may, and the "
    "reason is kept in the page's history.")
BULK_PUBLISHING_REFUSED = _(
    "Pages are not published or unpublished in bulk: each page goes through its review. "
    "The superuser may publish or unpublish a page outside the review from that page, "
    "giving a reason.")
BULK_LIVE_REFUSED = _(
    "Some of the selected pages, or their subpages, are published: published pages are "
    "deleted or moved one at a time, by the superuser only, giving a reason for each.")


def publish_approved_revision(workflow_state, user=None):
    """Publish what the approval step approved (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

    As Wagtail's own finish action, but without checking the approver for a publish
    permission: no group holds one, and the workflow's tasks have checked who approved.
    A go-live date in the draft schedules the page instead (`publish_scheduled`).
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)


def reason_field():
    return forms.CharField(
        label=_("Reason for acting outside the review"),
        help_text=_("Only the superuser may change what the public sees without the review. "
                    "Say why: it is kept in the page's history."),
        required=False, max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReasonForm(forms.Form):
    """The reason box alone, for Wagtail's confirmation pages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[REASON_FIELD] = reason_field()


def given_reason(request):
    return request.POST.get(REASON_FIELD, "").strip()[:REASON_MAX_LENGTH]


def touches_public(page):
    """Whether deleting or moving ``page`` changes what the public sees."""
    return page.live or page.get_descendants().live().exists()


def record_override(request, page, what, deleted=False, **details):
    """The audit log entry of an override, with the reason the superuser gave."""
    from wagtail.log_actions import log

    log(instance=page, action=OVERRIDE_ACTION, user=request.user, deleted=deleted,
        data={"what": what, "reason": given_reason(request), **details})


class OverrideReasonMixin:
    """For a superuser's admin form: the reason box, required when the form acts
    outside the review (``acts_outside_review``)."""

    def add_reason_field(self, user):
        if user is not None and user.is_superuser:
            self.fields[REASON_FIELD] = reason_field()

    def acts_outside_review(self, cleaned_data):
        raise NotImplementedError

    def clean(self):
        cleaned_data = super().clean()
        if (REASON_FIELD in self.fields and self.acts_outside_review(cleaned_data)
                and not cleaned_data.get(REASON_FIELD, "").strip()):
            self.add_error(REASON_FIELD, MISSING_REASON)
        return cleaned_data


class PageFormReasonMixin:
    """Page editor: the "Publish" button is the way around the review (approving goes
    through the workflow's own actions).

    The reason box is not a field of the page form: Wagtail renders every form field no
    panel claims, bare, at the end of the editor, so it would appear twice. The footer
    shows its own box (`override_reason_form`) and this form checks what was typed in it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.asks_override_reason = bool(self.for_user and self.for_user.is_superuser)

    def clean(self):
        cleaned_data = super().clean()
        if (self.asks_override_reason and self.data.get("action-publish")
                and not self.data.get(REASON_FIELD, "").strip()):
            self.add_error(None, MISSING_REASON)
        return cleaned_data

    def missing_override_reason(self):
        return MISSING_REASON in self.non_field_errors()


class CopyFormReasonMixin(OverrideReasonMixin):
    """Copy form: a published copy, or an alias (always as live as its original)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_reason_field(self.user)

    def acts_outside_review(self, cleaned_data):
        return bool(cleaned_data.get("publish_copies") or cleaned_data.get("alias"))


def _refuse(request, message, back_to):
    messages.error(request, message)
    return redirect(back_to)


def register_override_action(actions):
    from wagtail.log_actions import LogFormatter

    @actions.register_action(OVERRIDE_ACTION)
    class OverrideFormatter(LogFormatter):
        label = _("Outside the review")

        def format_message(self, log_entry):
            return OVERRIDES.get(log_entry.data.get("what"), self.label)

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")


# --- publishing from the page editor ----------------------------------------------------

def refuse_publishing_without_reason(request, page):
    # The page form asks first; this stops a page type whose form would not.
    if not given_reason(request):
        return _refuse(request, MISSING_REASON,
                       reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return None


def record_publishing(request, page):
    # Only the editor's "Publish" runs this hook; the workflow's approval does not.
    record_override(request, page, "publish")


# --- unpublish, delete, move ------------------------------------------------------------

def refuse_unpublishing_without_reason(request, page):
    if not given_reason(request):
        return _refuse(request, MISSING_REASON, request.get_full_path())
    return None


def record_unpublishing(request, page):
    record_override(request, page, "unpublish")


def refuse_deleting_live_without_reason(request, page):
    if request.method != "POST" or not touches_public(page):
        return None
    if not given_reason(request):
        return _refuse(request, MISSING_REASON, request.get_full_path())
    # Kept now, while the page exists (as Wagtail keeps its own "wagtail.delete"); the
    # view's transaction drops it if the deletion fails. Only a mistyped site name, asked
    # before deleting many pages, stops the view after this hook without an error.
    typed = request.POST.get("confirm_site_name")
    if not typed or typed == settings.WAGTAIL_SITE_NAME:
        record_override(request, page, "delete", deleted=True)
    return None


def refuse_moving_live_without_reason(request, page, destination):
    if request.method == "POST" and not given_reason(request) and touches_public(page):
        return _refuse(request, MISSING_REASON, request.get_full_path())
    return None


def record_moving(request, page):
    if given_reason(request):
        record_override(request, page, "move")


# --- copies and aliases -----------------------------------------------------------------

def record_publishing_a_copy(request, page, new_page):
    if new_page.live:
        what = "alias" if new_page.alias_of_id else "copy"
        record_override(request, new_page, what, original=page.pk)


# --- bulk actions -----------------------------------------------------

def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    from wagtail.models import Page

    if not issubclass(action_class_instance.model, Page):
        return None
    back = action_class_instance.next_url
    if back == request.path:
        # No listing to go back to (Wagtail's own fallback is this address, without the
        # selection): the explorer.
        back = reverse("wagtailadmin_explore_root")
    if action_type in ("publish", "unpublish"):
        return _refuse(request, BULK_PUBLISHING_REFUSED, back)
    if action_type in ("delete", "move") and any(touches_public(page) for page in objects):
        return _refuse(request, BULK_LIVE_REFUSED, back)
    return None
