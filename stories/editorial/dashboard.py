"""The dashboard panel that tells each member of the newsroom what is theirs to do."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

SHOWN_PER_SECTION = 5
RECENT_DAYS = 7


def _page_workflow_states(**filters):
    page_type = ContentType.objects.get_for_model(Page)
    return WorkflowState.objects.filter(base_content_type=page_type, **filters)


def _pages(ids):
    return Page.objects.filter(pk__in=ids).only("title", "url_path", "path", "depth")


def editorial_queue(user):
    """The five lists of the dashboard, each as (key, heading, count, pages)."""
    in_review = {int(pk) for pk in _page_workflow_states(
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
    ).values_list("object_id", flat=True)}

    drafts = (Page.objects.filter(owner=user, has_unpublished_changes=True)
              .exclude(pk__in=in_review).order_by("-latest_revision_created_at"))

    waiting_ids = [int(pk) for pk in TaskState.objects.reviewable_by(user)
                   .filter(status=TaskState.STATUS_IN_PROGRESS)
                   .values_list("workflow_state__object_id", flat=True)]
    waiting = _pages(waiting_ids).order_by("-latest_revision_created_at")

    returned_ids = [int(pk) for pk in _page_workflow_states(
        status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=user,
    ).values_list("object_id", flat=True)]
    returned = _pages(returned_ids).order_by("-latest_revision_created_at")

    scheduled_ids = [int(pk) for pk in Revision.objects.page_revisions()
                     .filter(approved_go_live_at__isnull=False)
                     .values_list("object_id", flat=True)]
    scheduled = _pages(scheduled_ids).order_by("go_live_at")

    since = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
    published_ids = (PageLogEntry.objects.filter(action="wagtail.publish", timestamp__gte=since)
                     .values_list("page_id", flat=True).distinct())
    published = _pages(published_ids).order_by("-last_published_at")

    sections = [
        ("drafts", _("My drafts"), drafts),
        ("waiting", _("Waiting for my step"), waiting),
        ("returned", _("Returned to me"), returned),
        ("scheduled", _("Scheduled"), scheduled),
        ("published", _("Published in the last 7 days"), published),
    ]
    return [(key, heading, queryset.count(), list(queryset[:SHOWN_PER_SECTION]))
            for key, heading, queryset in sections]


class EditorialQueuePanel(Component):
    name = "editorial_queue"
    template_name = "components/admin/editorial_queue.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["sections"] = [
            {"key": key, "heading": heading, "count": count,
             "items": [(page.title, reverse("wagtailadmin_pages:edit", args=[page.pk]))
                       for page in pages]}
            for key, heading, count, pages in editorial_queue(user)
        ]
        return context
