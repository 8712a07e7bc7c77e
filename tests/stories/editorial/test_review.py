"""Editorial review: who may do what, through the admin views, as each role."""

import datetime
import io
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from stories.editorial.roles import (
    APPROVER,
    EDITOR,
    PROFILE_WORKFLOW,
    REPORTER,
    SITE_ADMIN,
    STORY_WORKFLOW,
    VERIFIER,
)
from stories.models import Award, ExemplarPage, Sector, StoryPage, SubjectType
from tests.admin_forms import story_form
from tests.factories import (
    AwardFactory,
    ColumnPageFactory,
    ExemplarPageFactory,
    StoryPageFactory,
)

ROLES = {"reporter": REPORTER, "editor": EDITOR, "verifier": VERIFIER,
         "approver": APPROVER, "admin": SITE_ADMIN}


@pytest.fixture
def people(site_pages):
    users = {}
    for key, group in ROLES.items():
        user = get_user_model().objects.create_user(key, f"{key}@ttvh.example.vn", "x")
        user.groups.add(Group.objects.get(name=group))
        users[key] = user
    users["other"] = get_user_model().objects.create_user("other", "o@example.vn", "x")
    users["other"].groups.add(Group.objects.get(name=REPORTER))
    users["root"] = get_user_model().objects.create_superuser("root", "r@example.vn", "x")
    return users


def as_user(client, user):
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def draft_story(owner, column):
    page = StoryPageFactory(parent=column, owner=owner, live=False)
    page.save_revision(user=owner)
    return page


def at_step(page, step, people):
    """Submit ``page`` to its workflow and approve it up to ``step`` (0-based)."""
    workflow = page.get_workflow()
    workflow.start(page, people["root"])
    for _ in range(step):
        page.refresh_from_db()
        page.current_workflow_task_state.approve(user=people["root"])
    page.refresh_from_db()
    return page.current_workflow_task_state


def verified_collective(people):
    page = ExemplarPageFactory(owner=people["reporter"], live=False,
                               subject_type=SubjectType.COLLECTIVE)
    AwardFactory(page=page)
    page.save_revision(user=people["reporter"])
    return page


# --- one function per action: does it work for this user? ---------------------------------

def can_create(client, user, pages, people):
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", pages["column"].pk])
    as_user(client, user).post(url, story_form(title="Tin mới của phóng viên"))
    return StoryPage.objects.filter(title="Tin mới của phóng viên").exists()


def can_edit_own(client, user, pages, people):
    page = draft_story(user, pages["column"])
    as_user(client, user).post(edit_url(page), story_form(page, lead="Sapo đã sửa."))
    return StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().lead == "Sapo đã sửa."


def can_edit_others(client, user, pages, people):
    page = draft_story(people["other"], pages["column"])
    as_user(client, user).post(edit_url(page), story_form(page, lead="Sapo đã sửa."))
    return StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().lead == "Sapo đã sửa."


def can_submit(client, user, pages, people):
    page = draft_story(user, pages["column"])
    as_user(client, user).post(edit_url(page), story_form(page, **{"action-submit": "1"}))
    return WorkflowState.objects.filter(object_id=str(page.pk),
                                        status=WorkflowState.STATUS_IN_PROGRESS).exists()


def _approve(client, user, page, task_state):
    url = reverse("wagtailadmin_pages:workflow_action",
                  args=[page.pk, "approve", task_state.pk])
    as_user(client, user).post(url, {"comment": ""})
    return TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


def can_approve_editing(client, user, pages, people):
    page = draft_story(people["other"], pages["column"])
    return _approve(client, user, page, at_step(page, 0, people))


def can_approve_verification(client, user, pages, people):
    page = verified_collective(people)
    return _approve(client, user, page, at_step(page, 1, people))


def can_approve_final(client, user, pages, people):
    page = draft_story(people["other"], pages["column"])
    approved = _approve(client, user, page, at_step(page, 1, people))
    return approved and StoryPage.objects.get(pk=page.pk).live


def can_publish(client, user, pages, people):
    page = draft_story(user, pages["column"])
    as_user(client, user).post(edit_url(page), story_form(page, **{"action-publish": "1"}))
    return StoryPage.objects.get(pk=page.pk).live


def can_unpublish(client, user, pages, people):
    page = StoryPageFactory(parent=pages["column"], owner=user)
    as_user(client, user).post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return not StoryPage.objects.get(pk=page.pk).live


def can_delete_published(client, user, pages, people):
    page = StoryPageFactory(parent=pages["column"], owner=user)
    as_user(client, user).post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return not Page.objects.filter(pk=page.pk).exists()


def can_bulk_publish(client, user, pages, people):
    page = draft_story(user, pages["column"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    as_user(client, user).post(f"{url}?id={page.pk}", {"include_descendants": ""})
    return StoryPage.objects.get(pk=page.pk).live


def can_edit_taxonomies(client, user, pages, people):
    as_user(client, user).post(reverse("wagtailsnippets_stories_sector:add"),
                               {"name": "Môi trường", "slug": "", "description": "",
                                "sort_order": "20"})
    return Sector.objects.filter(name="Môi trường").exists()


Y, N = True, False
# Nobody below the superuser publishes, unpublishes or deletes what is live outside the
# review; the site administrator has no page rights at all.
#                          reporter editor verifier approver admin
MATRIX = {
    can_create:               (Y, Y, N, Y, N),
    can_edit_own:             (Y, Y, N, Y, N),
    can_edit_others:          (N, Y, N, Y, N),
    can_submit:               (Y, Y, N, Y, N),
    can_approve_editing:      (N, Y, N, N, N),
    can_approve_verification: (N, N, Y, N, N),
    can_approve_final:        (N, N, N, Y, N),
    can_publish:              (N, N, N, N, N),
    can_unpublish:            (N, N, N, N, N),
    can_delete_published:     (N, N, N, N, N),
    can_bulk_publish:         (N, N, N, N, N),
    can_edit_taxonomies:      (N, N, N, N, Y),
}
CASES = [(action, role, allowed)
         for action, outcomes in MATRIX.items()
         for role, allowed in zip(ROLES, outcomes, strict=True)]


@pytest.mark.parametrize(("action", "role", "allowed"), CASES,
                         ids=[f"{a.__name__}-{r}" for a, r, _ in CASES])
def test_permission_matrix(client, site_pages, people, action, role, allowed):
    assert action(client, people[role], site_pages, people) is allowed


def test_role_that_may_only_submit_cannot_publish_through_a_workflow_url(
        client, site_pages, people):
    """A reporter crafting the approve request of the final step gets nowhere."""
    page = draft_story(people["reporter"], site_pages["column"])
    task_state = at_step(page, 1, people)
    assert not _approve(client, people["reporter"], page, task_state)
    assert not StoryPage.objects.get(pk=page.pk).live


def test_story_goes_through_every_step_and_is_public_only_after_final_approval(
        client, site_pages, people):
    as_user(client, people["reporter"]).post(
        reverse("wagtailadmin_pages:add", args=["stories", "storypage", site_pages["column"].pk]),
        story_form(title="Chiếc cầu tre của bản Đăk Wơk", **{"action-submit": "1"}),
    )
    story = StoryPage.objects.get(title="Chiếc cầu tre của bản Đăk Wơk")
    public_url = "/nguoi-tot-viec-tot/" + story.slug + "/"
    assert client.get(public_url).status_code == 404
    # The editors were told there is something to review.
    assert any("editor@ttvh.example.vn" in message.to for message in mail.outbox)

    editing_step = story.current_workflow_task_state
    assert _approve(client, people["editor"], story, editing_step)
    client.logout()
    assert client.get(public_url).status_code == 404

    story.refresh_from_db()
    assert _approve(client, people["approver"], story, story.current_workflow_task_state)
    client.logout()
    assert client.get(public_url).status_code == 200

    # The audit log says who did what.
    from wagtail.models import PageLogEntry

    log = {(entry.action, entry.user.username)
           for entry in PageLogEntry.objects.filter(page=story).select_related("user")}
    assert {("wagtail.workflow.start", "reporter"), ("wagtail.workflow.approve", "editor"),
            ("wagtail.workflow.approve", "approver"), ("wagtail.publish", "approver")} <= log


def test_page_in_review_is_locked_for_its_author(client, site_pages, people):
    story = draft_story(people["reporter"], site_pages["column"])
    at_step(story, 0, people)
    as_user(client, people["reporter"]).post(edit_url(story), story_form(story, lead="Sửa lén."))
    assert StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object().lead != "Sửa lén."
    # The editor at that step may still edit it.
    as_user(client, people["editor"]).post(edit_url(story), story_form(story, lead="Biên tập."))
    assert StoryPage.objects.get(pk=story.pk).get_latest_revision_as_object().lead == "Biên tập."


def test_rejected_story_returns_to_its_author_with_the_comment(client, site_pages, people):
    story = draft_story(people["reporter"], site_pages["column"])
    task_state = at_step(story, 0, people)
    WorkflowState.objects.filter(pk=task_state.workflow_state_id).update(
        requested_by=people["reporter"])
    mail.outbox.clear()
    as_user(client, people["editor"]).post(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "reject", task_state.pk]),
        {"comment": "Cần ghi rõ số quyết định khen thưởng."},
    )
    assert not StoryPage.objects.get(pk=story.pk).live
    state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    comment = TaskState.objects.get(pk=task_state.pk).comment
    assert comment == "Cần ghi rõ số quyết định khen thưởng."
    assert [m.to for m in mail.outbox] == [["reporter@ttvh.example.vn"]]
    dashboard = as_user(client, people["reporter"]).get(reverse("wagtailadmin_home"))
    html = dashboard.content.decode()
    returned = html.split('data-queue="returned"', 1)[1].split("</div>", 1)[0]
    assert story.title in returned


def test_verification_cannot_be_approved_while_a_decision_is_missing(client, site_pages, people):
    page = ExemplarPageFactory(owner=people["reporter"], live=False,
                               subject_type=SubjectType.COLLECTIVE)
    AwardFactory(page=page, name="Bằng khen", decision_number="", decision_date=None)
    page.save_revision(user=people["reporter"])
    task_state = at_step(page, 1, people)
    assert not _approve(client, people["verifier"], page, task_state)
    editor_html = as_user(client, people["verifier"]).get(edit_url(page)).content.decode()
    assert "Khen thưởng “Bằng khen” (2023) thiếu quyết định: số, ngày." in editor_html


def test_verification_cannot_be_approved_without_a_private_persons_consent(
        client, site_pages, people):
    page = ExemplarPageFactory(owner=people["reporter"], live=False,
                               subject_type=SubjectType.INDIVIDUAL)
    page.save_revision(user=people["reporter"])
    task_state = at_step(page, 1, people)
    assert not _approve(client, people["verifier"], page, task_state)
    html = as_user(client, people["verifier"]).get(edit_url(page)).content.decode()
    assert "người đồng ý, ngày đồng ý, bằng chứng đồng ý" in html


def test_verification_passes_once_decision_and_consent_are_complete(client, site_pages, people):
    page = ExemplarPageFactory(owner=people["reporter"], live=False,
                               subject_type=SubjectType.INDIVIDUAL, with_consent=True)
    AwardFactory(page=page, kind=Award.Kind.TITLE, name="Chiến sĩ thi đua cơ sở",
                 decision_date=datetime.date(2023, 2, 1))
    page.save_revision(user=people["reporter"])
    task_state = at_step(page, 1, people)
    assert _approve(client, people["verifier"], page, task_state)
    assert not ExemplarPage.objects.get(pk=page.pk).live


def test_scheduled_story_is_listed_and_published_when_due(client, site_pages, people):
    from django.core.management import call_command
    from django.utils import timezone

    story = draft_story(people["reporter"], site_pages["column"])
    go_live = timezone.now() + datetime.timedelta(hours=2)
    story.go_live_at = go_live
    story.save_revision(user=people["reporter"])
    # The approval step's approval schedules the story instead of publishing it.
    assert _approve(client, people["approver"], story, at_step(story, 1, people))
    assert not StoryPage.objects.get(pk=story.pk).live
    html = as_user(client, people["approver"]).get(reverse("wagtailadmin_home")).content.decode()
    assert story.title in html.split('data-queue="scheduled"', 1)[1].split("</div>", 1)[0]
    call_command("publish_scheduled", stdout=io.StringIO())
    assert not StoryPage.objects.get(pk=story.pk).live
    # Three hours later, the timer runs publish_scheduled again.
    later = go_live + datetime.timedelta(hours=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=io.StringIO())
    assert StoryPage.objects.get(pk=story.pk).live


def test_a_new_column_inherits_the_story_workflow(site_pages):
    column = ColumnPageFactory(title="Gương sáng tuổi trẻ")
    story = StoryPageFactory(parent=column, live=False)
    assert column.get_workflow().name == STORY_WORKFLOW
    assert story.get_workflow().name == STORY_WORKFLOW


def test_profiles_follow_the_workflow_with_verification(site_pages):
    profile = ExemplarPageFactory(live=False)
    workflow = profile.get_workflow()
    assert workflow.name == PROFILE_WORKFLOW
    assert [task.specific.__class__.__name__ for task in workflow.tasks] == [
        "GroupApprovalTask", "VerificationTask", "GroupApprovalTask"]
