"""Pages reach or leave the public through their review; the superuser alone acts outside
it, giving a reason that the page's history keeps (`stories.editorial.publishing`)."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
)

from stories.editorial.publishing import OVERRIDE_ACTION
from stories.editorial.roles import APPROVER, EDITOR, REPORTER, SITE_ADMIN
from stories.models import ColumnPage, HomePage, StoryPage
from tests.admin_forms import story_form
from tests.factories import StoryPageFactory, UserFactory

pytestmark = pytest.mark.django_db

MISSING_REASON = "Hãy ghi lý do làm việc này ngoài quy trình duyệt"
REASON = "Gỡ theo công văn số 12/SVHTT của Sở."


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    """The roles, one person in each and the superuser, made once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", stdout=io.StringIO())
        people = {role: UserFactory(username=f"nguoi{number}", last_name="Thử", groups=[role])
                  for number, role in enumerate((REPORTER, EDITOR, APPROVER, SITE_ADMIN))}
        people["root"] = UserFactory(username="root", is_superuser=True)
        yield people
        transaction.set_rollback(True)


@pytest.fixture
def story(newsroom):
    return StoryPageFactory(owner=newsroom[REPORTER], title="Người giữ rừng Đăk Kôi")


def signed_in(client, user):
    client.force_login(user)
    return client


def messages_of(response):
    return " ".join(str(message) for message in response.context["messages"])


def overrides(page):
    return list(PageLogEntry.objects.filter(page_id=page.pk, action=OVERRIDE_ACTION))


# --- no group publishes -------------------------------------------------------------------

def test_sync_roles_takes_publishing_away_from_every_group(client, newsroom):
    home = HomePage.objects.get()
    helpers = Group.objects.create(name="Cộng tác viên")
    for name in (APPROVER, SITE_ADMIN, helpers.name):
        for kind in ("publish", "bulk_delete"):
            GroupPagePermission.objects.create(group=Group.objects.get(name=name), page=home,
                                               permission_type=kind)
    GroupPagePermission.objects.create(group=Group.objects.get(name=SITE_ADMIN), page=home,
                                       permission_type="change")

    call_command("sync_roles", stdout=io.StringIO())

    assert not GroupPagePermission.objects.filter(
        permission__codename__in=["publish_page", "bulk_delete_page"]).exists()
    assert not GroupPagePermission.objects.filter(group__name=SITE_ADMIN).exists()
    draft = StoryPageFactory(owner=newsroom[REPORTER], live=False)
    draft.save_revision(user=newsroom[REPORTER])
    editor_html = signed_in(client, newsroom[APPROVER]).get(
        reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-submit"' in editor_html
    assert 'name="action-publish"' not in editor_html


def test_the_reason_box_is_the_superusers_alone(client, newsroom, story):
    edit = reverse("wagtailadmin_pages:edit", args=[story.pk])
    html = signed_in(client, newsroom["root"]).get(edit).content.decode()
    # One box, with its label: a second, bare one lost what was typed in it.
    assert html.count('name="override_reason"') == 1
    assert html.count('id="id_override_reason"') == 1
    assert "Lý do làm ngoài quy trình duyệt" in html
    for role in (REPORTER, EDITOR, APPROVER):
        assert 'name="override_reason"' not in signed_in(client, newsroom[role]).get(
            edit).content.decode()


# --- the superuser, with a reason ---------------------------------------------------------

def test_publishing_from_the_editor_asks_the_reason_and_keeps_what_was_typed(client, newsroom):
    draft = StoryPageFactory(owner=newsroom[REPORTER], live=False, title="Cầu tre bản Đăk Wơk")
    draft.save_revision(user=newsroom[REPORTER])
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    superuser = signed_in(client, newsroom["root"])

    response = superuser.post(edit, story_form(draft, lead="Sapo viết lại gấp.",
                                               **{"action-publish": "action-publish"}))

    assert response.status_code == 200
    html = response.content.decode()
    box = BeautifulSoup(html, "html.parser").select_one("[data-override-reason]")
    assert str(MISSING_REASON) in box.get_text(" ", strip=True)
    assert html.count('name="override_reason"') == 1
    assert "Sapo viết lại gấp." in html
    assert not StoryPage.objects.get(pk=draft.pk).live

    response = superuser.post(edit, story_form(
        draft, lead="Sapo viết lại gấp.",
        **{"action-publish": "action-publish", "override_reason": REASON}))

    assert response.status_code == 302
    assert client.get(StoryPage.objects.get(pk=draft.pk).url).status_code == 200
    assert [entry.data["reason"] for entry in overrides(draft)] == [REASON]
    history = superuser.get(reverse("wagtailadmin_pages:history", args=[draft.pk]))
    assert "Xuất bản ngoài quy trình duyệt" in history.content.decode()
    assert REASON in history.content.decode()


@pytest.mark.parametrize("action", ["unpublish", "delete", "move"])
def test_unpublishing_deleting_or_moving_a_live_page_asks_the_reason(
        client, newsroom, story, action):
    other_column = ColumnPage.objects.exclude(pk=story.get_parent().pk).first()
    url = {"unpublish": reverse("wagtailadmin_pages:unpublish", args=[story.pk]),
           "delete": reverse("wagtailadmin_pages:delete", args=[story.pk]),
           "move": reverse("wagtailadmin_pages:move_confirm",
                           args=[story.pk, other_column.pk])}[action]
    superuser = signed_in(client, newsroom["root"])
    assert 'name="override_reason"' in superuser.get(url).content.decode()

    refused = superuser.post(url, {}, follow=True)

    assert MISSING_REASON in messages_of(refused)
    assert StoryPage.objects.get(pk=story.pk).live
    assert StoryPage.objects.get(pk=story.pk).get_parent().pk == story.get_parent().pk

    superuser.post(url, {"override_reason": REASON})

    entry = PageLogEntry.objects.get(page_id=story.pk, action=OVERRIDE_ACTION)
    assert (entry.data["what"], entry.data["reason"], entry.user) == (
        action, REASON, newsroom["root"])
    if action == "unpublish":
        assert not StoryPage.objects.get(pk=story.pk).live
    elif action == "delete":
        assert not Page.objects.filter(pk=story.pk).exists()
    else:
        assert StoryPage.objects.get(pk=story.pk).get_parent().pk == other_column.pk


def test_a_draft_is_deleted_or_moved_without_a_reason(client, newsroom):
    draft = StoryPageFactory(owner=newsroom[REPORTER], live=False)
    superuser = signed_in(client, newsroom["root"])
    assert 'name="override_reason"' not in superuser.get(
        reverse("wagtailadmin_pages:delete", args=[draft.pk])).content.decode()

    superuser.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))

    assert not Page.objects.filter(pk=draft.pk).exists()


def test_copying_with_the_copy_published_asks_the_reason_and_keeps_what_was_typed(
        client, newsroom, story):
    url = reverse("wagtailadmin_pages:copy", args=[story.pk])
    superuser = signed_in(client, newsroom["root"])
    data = {"new_title": "Người giữ rừng (bản đăng lại)", "new_slug": "dang-lai",
            "new_parent_page": story.get_parent().pk, "publish_copies": "on"}

    response = superuser.post(url, data)

    assert response.status_code == 200
    assert MISSING_REASON in response.content.decode()
    assert "Người giữ rừng (bản đăng lại)" in response.content.decode()
    assert not Page.objects.filter(slug="dang-lai").exists()

    superuser.post(url, {**data, "override_reason": REASON})

    copy = Page.objects.get(slug="dang-lai")
    assert copy.live
    assert [entry.data["what"] for entry in overrides(copy)] == ["copy"]


def test_privacy_asks_the_reason(client, newsroom, story):
    url = reverse("wagtailadmin_pages:set_privacy", args=[story.pk])
    superuser = signed_in(client, newsroom["root"])

    refused = json.loads(superuser.post(url, {"restriction_type": "login"}).content)

    assert refused["step"] == "set_privacy"
    assert MISSING_REASON in refused["html"]
    assert not PageViewRestriction.objects.filter(page=story).exists()

    done = json.loads(superuser.post(url, {"restriction_type": "login",
                                           "override_reason": REASON}).content)

    assert done["step"] == "set_privacy_done"
    client.logout()
    assert client.get(story.url).status_code == 302  # to the login page
    assert [entry.data["what"] for entry in overrides(story)] == ["privacy"]


def test_cancelling_a_scheduled_publication_asks_the_reason(client, newsroom, story):
    from django.utils import timezone

    revision = story.save_revision(user=newsroom[REPORTER])
    Revision.objects.filter(pk=revision.pk).update(
        approved_go_live_at=timezone.now() + timezone.timedelta(days=1))
    url = reverse("wagtailadmin_pages:revisions_unschedule", args=[story.pk, revision.pk])
    superuser = signed_in(client, newsroom["root"])

    refused = superuser.post(url, {})

    assert MISSING_REASON in refused.content.decode()
    assert Revision.objects.get(pk=revision.pk).approved_go_live_at is not None

    superuser.post(url, {"override_reason": REASON})

    assert Revision.objects.get(pk=revision.pk).approved_go_live_at is None
    assert [entry.data["reason"] for entry in overrides(story)] == [REASON]


# --- not in bulk, not through the admin API -----------------------------------------------

def test_bulk_publishing_says_to_go_page_by_page(client, newsroom):
    draft = StoryPageFactory(owner=newsroom[REPORTER], live=False)
    draft.save_revision(user=newsroom[REPORTER])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + \
        f"?id={draft.pk}"
    superuser = signed_in(client, newsroom["root"])

    confirm = superuser.get(url).content.decode()

    assert "Không xuất bản hay gỡ xuất bản hàng loạt" in confirm
    assert f'action="{url}"' not in confirm  # nothing to confirm

    refused = superuser.post(url, {"include_descendants": ""}, follow=True)

    assert "Không xuất bản hay gỡ xuất bản hàng loạt" in messages_of(refused)
    assert not StoryPage.objects.get(pk=draft.pk).live


def test_bulk_delete_of_a_live_page_is_refused_with_the_reason(client, newsroom, story):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + \
        f"?id={story.pk}"

    refused = signed_in(client, newsroom["root"]).post(url, follow=True)

    assert "trang đang xuất bản chỉ được xóa hoặc chuyển từng trang một" in \
        messages_of(refused)
    assert Page.objects.filter(pk=story.pk).exists()


def test_the_admin_api_lists_pages_but_acts_on_none(client, newsroom, story):
    superuser = signed_in(client, newsroom["root"])
    api = "/quan-tri/api/main/pages/"

    assert superuser.get(api).status_code == 200
    response = superuser.post(f"{api}{story.pk}/action/unpublish/", "{}",
                              content_type="application/json")

    assert response.status_code == 404
    assert StoryPage.objects.get(pk=story.pk).live
