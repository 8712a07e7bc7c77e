"""Demo newsroom (``data/newsroom.yaml``): a user for every role and pages waiting at each
step of the review, so a newcomer can walk the whole review in the browser. Only ever loaded
with DEBUG on."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import TaskState

from stories.demo.content import read
from stories.demo.recordings import stand_in_recording
from stories.editorial.roles import APPROVER, EDITOR, REPORTER, SITE_ADMIN, VERIFIER
from stories.models import Award, ColumnPage, ExemplarIndexPage, ExemplarPage, StoryPage

PASSWORD = "gs-demo-2026"  # noqa: S105 - demo accounts exist only when DEBUG is on
# The data names roles by these keys; the groups' names are the editorial roles'.
ROLES = {"reporter": REPORTER, "editor": EDITOR, "verifier": VERIFIER, "approver": APPROVER,
         "site_admin": SITE_ADMIN}


def accounts():
    """The newsroom's demo accounts: [(username, full name, group)]."""
    return [(account["username"], account["name"], ROLES[account["role"]])
            for account in read("newsroom")["accounts"]]


def demo_user(username, full_name, group, domain="ttvh-demo.example.vn"):
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name = full_name
    user.email = f"{username}@{domain}"
    user.set_password(PASSWORD)
    user.save()
    user.groups.set([Group.objects.get(name=group)])
    return user


def demo_accounts():
    return {group: demo_user(username, full_name, group)
            for username, full_name, group in accounts()}


def _story(column, data, author):
    existing = StoryPage.objects.filter(title=data["title"]).first()
    if existing:
        return existing, False
    page = StoryPage(title=data["title"], lead=data["lead"], owner=author, live=False,
                     byline=f"Bài: {author.first_name}",
                     body=[{"type": "paragraph", "value": f"<p>{data['text']}</p>"}])
    column.add_child(instance=page)
    page.save_revision(user=author)
    return page, True


def _award(key, decided):
    """An award of ``data/newsroom.yaml`` as of the demo's day: recent, in ``decided``'s year,
    dated ``decided`` if it has its decision."""
    fields = dict(read("newsroom")["awards"][key])
    if fields.pop("decided", False):
        fields["decision_date"] = decided
    return {**fields, "year": decided.year}


def _profile(directory, data, author, today):
    existing = ExemplarPage.objects.filter(title=data["title"]).first()
    if existing:
        return existing, False
    newsroom = read("newsroom")
    decided = today - datetime.timedelta(days=newsroom["decided_days_ago"])
    page = ExemplarPage(title=data["title"], achievement_summary=data["summary"], owner=author,
                        live=False, subject_type=data["type"], recognition_year=decided.year)
    if data.get("consent"):
        page.consent_by = data["title"]
        page.consent_on = today - datetime.timedelta(
            days=newsroom["consent"]["signed_days_ago"])
        page.consent_note = newsroom["consent"]["note"]
    directory.add_child(instance=page)
    if "award" in data:
        Award.objects.create(page=page, **_award(data["award"], decided))
    page.save_revision(user=author)
    return page, True


def _advance(page, author, steps, reviewers):
    """Submit as the author, then approve ``steps`` steps as their reviewers."""
    page.get_workflow().start(page, author)
    for reviewer in reviewers[:steps]:
        page.refresh_from_db()
        page.current_workflow_task_state.approve(user=reviewer)


def _review(page, data, author, reviewers, users):
    """Take a page just created to where ``data`` says it waits."""
    if data.get("recording") or "go_live_in_days" in data:
        if data.get("recording"):  # no public address until the story is published
            page.audio = stand_in_recording(page.title)
        if "go_live_in_days" in data:  # the approval then schedules it
            page.go_live_at = timezone.now() + datetime.timedelta(days=data["go_live_in_days"])
        page.save_revision(user=author)
    if "approved_steps" in data:
        _advance(page, author, data["approved_steps"], reviewers)
    if "returned" in data:
        page.refresh_from_db()
        page.current_workflow_task_state.reject(user=users[EDITOR], comment=data["returned"])


def load_review_demo(today=None):
    """Idempotent; ``today`` (by default the site's) dates the profiles' awards and consent."""
    today = today or timezone.localdate()
    users = demo_accounts()
    column = ColumnPage.objects.order_by("path").first()
    directory = ExemplarIndexPage.objects.first()
    story_reviewers = [users[EDITOR], users[APPROVER]]
    profile_reviewers = [users[EDITOR], users[VERIFIER], users[APPROVER]]
    for data in read("newsroom")["stories"]:
        author = users[ROLES[data["author"]]]
        page, new = _story(column, data, author)
        if new:
            _review(page, data, author, story_reviewers, users)
    for data in read("newsroom")["profiles"]:
        author = users[ROLES[data["author"]]]
        page, new = _profile(directory, data, author, today)
        if new:
            _review(page, data, author, profile_reviewers, users)
    waiting = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).count()
    return users, waiting
