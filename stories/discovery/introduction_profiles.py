"""From a unit's introduction to a draft profile in the profile review, and where that
profile stands (draft, in review, published) for the one who looks."""

from django.db import transaction
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState
from wagtail.permissions import policy_registry

from stories.models import ExemplarIndexPage, ExemplarPage


@transaction.atomic
def submit(introduction, user):
    """Make the saved ``introduction`` a draft profile in the directory, send that into the
    profile review as ``user``, and link the two. Returns the profile; an introduction that
    already has one keeps it."""
    if introduction.exemplar_id:
        return introduction.exemplar
    page = ExemplarPage(
        title=introduction.subject_name, subject_type=introduction.subject_type,
        achievement_summary=introduction.achievement_summary, unit_id=introduction.unit_id,
        place_id=introduction.place_id, owner=user, live=False,
    )
    page.sectors.set(introduction.sectors.all())
    page.movements.set(introduction.movements.all())
    # The slug is made from the title, unique among the directory's profiles.
    ExemplarIndexPage.objects.get().add_child(instance=page)
    log(page, "wagtail.create", user=user)
    page.save_revision(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    introduction.exemplar = page
    introduction.submitted_by = introduction.submitted_by or user
    introduction.save(update_fields=["exemplar", "submitted_by"])
    return page


PROFILE_STATES = {"draft": _("Draft"), "in_review": _("In review"),
                  "published": _("Published")}


def with_profile_state(queryset):
    """Introductions with whether their profile is in review, in the listing's query."""
    reviews = WorkflowState.objects.filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page",
        object_id=Cast(OuterRef("exemplar_id"), output_field=CharField()),
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )
    return queryset.annotate(profile_in_review=Exists(reviews))


def profile_state(introduction):
    """"draft", "in_review" or "published"; "" while there is no profile."""
    page = introduction.exemplar
    if page is None:
        return ""
    if page.live:
        return "published"
    in_review = getattr(introduction, "profile_in_review", None)
    if in_review is None:
        in_review = page.workflow_in_progress
    return "in_review" if in_review else "draft"


def can_edit_profiles(user):
    allowed = getattr(user, "_can_edit_profiles", None)
    if allowed is None:
        directory = ExemplarIndexPage.objects.first()
        allowed = directory is not None and policy_registry.get_by_type(
            Page).user_has_permission_for_instance(user, "change", directory)
        user._can_edit_profiles = allowed
    return allowed


def profile_url(page, request):
    """Where ``request.user`` opens the profile: the page editor for those who edit
    profiles, the public page once published, otherwise nowhere."""
    if page is None:
        return None
    if can_edit_profiles(request.user):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])
    if page.live:
        return page.get_url(request)
    return None


def profile_link(introduction, request):
    state = profile_state(introduction)
    if not state:
        return gettext("No profile yet")
    url = profile_url(introduction.exemplar, request)
    label = PROFILE_STATES[state]
    return format_html('<a href="{}">{}</a>', url, label) if url else label
