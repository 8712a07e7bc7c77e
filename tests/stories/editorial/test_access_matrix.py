"""The role × action matrix (`stories.editorial.access_matrix`) holds on the site.

Every rule is performed as each role through the admin's own URLs, with the form data the
admin's forms send, and the outcome is what a person would notice: the page is public or
not, the photo changed or not, the account exists or not. Each performance is undone
before the next (a savepoint rolled back), so one set of pages, media and accounts serves
every role. A rule done "with a reason" is tried by the superuser without one first (it
must be refused), then with one (it must be done, and kept in the page's history).

Every admin URL that acts on pages, images, documents, audio, users or groups is either
performed here or declared harmless below with the reason, so a Wagtail upgrade that adds
a way in fails this file until someone looks at it; the README's table is the one
`manage.py access_matrix` prints.
"""

import datetime
import functools
import io
import itertools
import json
import re
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    Site,
    TaskState,
    WorkflowState,
)

from stories.editorial.access_matrix import COLUMNS, RULES, SUPERUSER, render_markdown
from stories.editorial.publishing import OVERRIDE_ACTION
from stories.editorial.roles import APPROVER, EDITOR, REPORTER, SITE_ADMIN, sync_roles
from stories.models import AudioClip, ColumnPage, Photo, PrivateDocument, Sector, StoryPage
from stories.syndication.entries import forget_feed_state
from tests.admin_forms import exemplar_form, story_form
from tests.factories import (
    AudioClipFactory,
    AwardFactory,
    ExemplarPageFactory,
    PhotoFactory,
    StoryPageFactory,
    UserFactory,
    jpeg_file,
    mp3_file,
)
from tests.html_forms import form_data

REASON = "Đính chính khẩn theo yêu cầu của Sở."
PASSWORD = "mat-khau-moi-2026-rat-dai"
FUTURE = "01/01/2099 08:00"
README = Path(__file__).resolve().parents[3] / "README.md"
_numbers = itertools.count(1)


def unique(prefix):
    return f"{prefix}-{next(_numbers)}"


# --- what every performance starts from -----------------------------------------------------

@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The roles, one person in each, and pages, media and accounts at every state the
    rules speak of, made once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", stdout=io.StringIO())
        sync_roles()
        people = {role: UserFactory(username=f"vai{number}", last_name="Thử",
                                    groups=[] if role == SUPERUSER else [role],
                                    is_superuser=role == SUPERUSER)
                  for number, role in enumerate(COLUMNS)}
        others = {role: UserFactory(username=f"khac{number}", last_name="Khác",
                                    groups=[] if role == SUPERUSER else [role],
                                    is_superuser=role == SUPERUSER)
                  for number, role in enumerate(COLUMNS)}
        reporter = people[REPORTER]
        columns = list(ColumnPage.objects.order_by("path")[:2])
        live_photo = PhotoFactory(title="Ảnh bài đã đăng", uploaded_by_user=reporter)
        live_clip = AudioClipFactory(title="Phóng sự đã phát")
        live_document = PrivateDocument.objects.create(
            title="Giấy đồng ý đã đăng", file=pdf(), uploaded_by_user=reporter)
        live_story = StoryPageFactory(parent=columns[0], owner=reporter,
                                      title="Người giữ rừng Đăk Kôi",
                                      hero_image=live_photo, audio=live_clip)
        live_story.save_revision(user=reporter).publish()
        live_profile = ExemplarPageFactory(owner=reporter, title="Hợp tác xã Đăk Tơ Lung",
                                           consent_evidence=live_document)
        pages = {
            "live_story": live_story,
            "live_profile": live_profile,
            "story_at_editing": waiting(draft(reporter, columns[0]), 0, people[SUPERUSER]),
            "profile_at_verification": waiting(verifiable_profile(reporter), 1,
                                               people[SUPERUSER]),
            "profile_at_approval": waiting(verifiable_profile(reporter), 2, people[SUPERUSER]),
        }
        yield {
            "people": people, "others": others, "columns": columns,
            "pages": {name: page.pk for name, page in pages.items()},
            "live_photo": live_photo.pk, "live_clip": live_clip.pk,
            "live_document": live_document.pk,
            "collection": Collection.get_first_root_node().add_child(name="Ảnh sự kiện").pk,
        }
        transaction.set_rollback(True)


def pdf():
    return ContentFile(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
                       name="giay-dong-y.pdf")


def draft(owner, parent=None):
    page = StoryPageFactory(parent=parent or ColumnPage.objects.order_by("path").first(),
                            owner=owner, live=False, title=unique("Bản nháp"))
    page.save_revision(user=owner)
    return page


def verifiable_profile(owner):
    page = ExemplarPageFactory(owner=owner, live=False, title=unique("Tổ hợp tác"))
    AwardFactory(page=page)
    page.save_revision(user=owner)
    return page


def waiting(page, step, superuser):
    """``page`` submitted and approved up to ``step`` (0: waits at the editing step)."""
    page.get_workflow().start(page, page.owner)
    for _ in range(step):
        page.refresh_from_db()
        page.current_workflow_task_state.approve(user=superuser)
    return page


@contextmanager
def undone():
    """Whatever happens inside is rolled back, caches included."""
    try:
        with transaction.atomic():
            yield
            transaction.set_rollback(True)
    finally:
        for alias in ("default", "renditions"):
            caches[alias].clear()
        forget_feed_state()


# --- acting as a role -----------------------------------------------------------------------

class Actor:
    """One role's signed-in browser; remembers which admin URLs it reached."""

    def __init__(self, world, role, superuser_client):
        self.world, self.role = world, role
        self.user = world["people"][role]
        self.client = Client()
        self.client.force_login(self.user)
        self.superuser = superuser_client
        self.reached, self.overrides = set(), 0

    def get(self, url, **extra):
        return self._seen(self.client.get(url, **extra))

    def post(self, url, data=None, **extra):
        return self._seen(self.client.post(url, data if data is not None else {}, **extra))

    def form(self, url, **changes):
        """What the form at ``url`` sends with ``changes``; refused roles send what the
        superuser's form would."""
        response = self.get(url)
        if response.status_code != 200 or b'method="post"' not in response.content.lower():
            response = self.superuser.get(url)
        try:
            data = form_data(response, action=url)
        except AssertionError:
            data = form_data(response)
        data.update({name: value if isinstance(value, list) else [value]
                     for name, value in changes.items()})
        return data

    def _seen(self, response):
        self.reached.add(url_name(response.request["PATH_INFO"]))
        return response

    @property
    def other(self):
        """Someone else in the same role (the reporter's colleague)."""
        return self.world["others"][self.role] if self.role != SUPERUSER \
            else self.world["others"][REPORTER]


# --- the performers: one per rule ------------------------------------------------------------

PERFORMERS = {}


def performs(subject, action, *urls):
    """Register what performs the rule; ``urls`` are the admin URLs it must reach."""
    def register(function):
        PERFORMERS[subject, action] = (function, frozenset(urls))
        return function
    return register


def page(pk):
    return Page.objects.get(pk=pk).specific


def is_live(pk):
    return Page.objects.filter(pk=pk, live=True).exists()


def public_status(url):
    return Client().get(url).status_code


def edit(pk):
    return reverse("wagtailadmin_pages:edit", args=[pk])


def add_story(parent):
    return reverse("wagtailadmin_pages:add", args=["stories", "storypage", parent.pk])


def page_bulk(action, *pks):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return url + "?" + "&".join(f"id={pk}" for pk in pks)


def bulk(model, action, *pks):
    url = reverse("wagtail_bulk_action", args=[model._meta.app_label,
                                               model._meta.model_name, action])
    return url + "?" + "&".join(f"id={pk}" for pk in pks)


def latest(pk):
    return page(pk).get_latest_revision_as_object()


def overrides_logged():
    return PageLogEntry.objects.filter(action=OVERRIDE_ACTION).count()


def each_path(actor, paths):
    """Run each path in its own savepoint: one path's deletion leaves the next its item.
    The overrides the paths kept in pages' histories are counted on ``actor``."""
    outcomes = {}
    for name, path in paths.items():
        with undone():
            before = overrides_logged()
            outcomes[name] = path()
            actor.overrides += overrides_logged() - before
    return outcomes


# Pages -----------------------------------------------------------------------------------

@performs("pages", "create_draft", "wagtailadmin_pages:add")
def create_draft(actor, reason):
    title = unique("Tin mới")
    actor.post(add_story(actor.world["columns"][0]), story_form(title=title))
    return {"add": StoryPage.objects.filter(title=title).exists()}


def _edits(actor, pk, form):
    actor.post(edit(pk), form)
    return latest(pk)


@performs("pages", "edit_own_draft", "wagtailadmin_pages:edit")
def edit_own_draft(actor, reason):
    own = draft(actor.user)
    return {"edit": _edits(actor, own.pk, story_form(own, lead="Sapo đã sửa.")).lead
            == "Sapo đã sửa."}


@performs("pages", "edit_others_draft", "wagtailadmin_pages:edit")
def edit_others_draft(actor, reason):
    theirs = draft(actor.world["others"][REPORTER])
    return {"edit": _edits(actor, theirs.pk, story_form(theirs, lead="Sapo đã sửa.")).lead
            == "Sapo đã sửa."}


def _edit_profile(actor, name):
    pk = actor.world["pages"][name]
    form = exemplar_form(page(pk), achievement_summary="Đã đối chiếu hồ sơ gốc.")
    return {"edit": _edits(actor, pk, form).achievement_summary == "Đã đối chiếu hồ sơ gốc."}


@performs("pages", "edit_at_verification", "wagtailadmin_pages:edit")
def edit_at_verification(actor, reason):
    return _edit_profile(actor, "profile_at_verification")


@performs("pages", "edit_at_approval", "wagtailadmin_pages:edit")
def edit_at_approval(actor, reason):
    return _edit_profile(actor, "profile_at_approval")


@performs("pages", "submit", "wagtailadmin_pages:edit")
def submit(actor, reason):
    own = draft(actor.user)
    actor.post(edit(own.pk), story_form(own, **{"action-submit": "action-submit"}))
    return {"submit": WorkflowState.objects.filter(
        object_id=str(own.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()}


def _approve(actor, name):
    pk = actor.world["pages"][name]
    task_state = page(pk).current_workflow_task_state
    actor.post(reverse("wagtailadmin_pages:workflow_action",
                       args=[pk, "approve", task_state.pk]), {"comment": ""})
    return TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_APPROVED


@performs("pages", "approve_editing", "wagtailadmin_pages:workflow_action")
def approve_editing(actor, reason):
    return {"approve": _approve(actor, "story_at_editing")}


@performs("pages", "approve_verification", "wagtailadmin_pages:workflow_action")
def approve_verification(actor, reason):
    return {"approve": _approve(actor, "profile_at_verification")}


@performs("pages", "approve_final", "wagtailadmin_pages:workflow_action")
def approve_final(actor, reason):
    approved = _approve(actor, "profile_at_approval")
    profile = page(actor.world["pages"]["profile_at_approval"])
    return {"approve, and the profile is public":
            approved and profile.live and public_status(profile.url) == 200}


@performs("pages", "publish_outside", "wagtailadmin_pages:edit", "wagtailadmin_pages:add",
          "wagtailadmin_pages:revisions_revert")
def publish_outside(actor, reason):
    world = actor.world
    publish = {"action-publish": "action-publish", "override_reason": reason}

    def from_the_editor():
        story = draft(world["people"][REPORTER])
        actor.post(edit(story.pk), story_form(story, **publish))
        return is_live(story.pk) and public_status(page(story.pk).url) == 200

    def scheduled_from_the_editor():
        story = draft(world["people"][REPORTER])
        actor.post(edit(story.pk), story_form(story, go_live_at=FUTURE, **publish))
        return Revision.page_revisions.filter(object_id=str(story.pk),
                                              approved_go_live_at__isnull=False).exists()

    def created_and_published():
        title = unique("Tin đăng ngay")
        actor.post(add_story(world["columns"][0]), story_form(title=title, **publish))
        return StoryPage.objects.filter(title=title, live=True).exists()

    def reverted_and_published():
        story = page(world["pages"]["live_story"])
        first = story.revisions.order_by("created_at").first()
        before = story.live_revision_id
        actor.post(reverse("wagtailadmin_pages:revisions_revert", args=[story.pk, first.pk]),
                   story_form(story, lead="Bản đầu tiên.", **publish))
        return page(story.pk).live_revision_id != before

    return each_path(actor, {"editor's Publish": from_the_editor,
                      "editor's Publish with a go-live date": scheduled_from_the_editor,
                      "create and publish": created_and_published,
                      "revert and publish": reverted_and_published})


@performs("pages", "copy_published", "wagtailadmin_pages:copy")
def copy_published(actor, reason):
    world = actor.world
    story = page(world["pages"]["live_story"])

    def copy(**choice):
        slug = unique("ban-sao")
        actor.post(reverse("wagtailadmin_pages:copy", args=[story.pk]), {
            "new_title": "Bản sao", "new_slug": slug,
            "new_parent_page": world["columns"][1].pk, "override_reason": reason, **choice})
        return Page.objects.filter(slug=slug, live=True).exists()

    return each_path(actor, {"copy with its copy published": lambda: copy(publish_copies="on"),
                      "alias of a published page": lambda: copy(alias="on")})


@performs("pages", "unpublish", "wagtailadmin_pages:unpublish")
def unpublish(actor, reason):
    story = page(actor.world["pages"]["live_story"])
    actor.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]),
               {"override_reason": reason})
    return {"unpublish": not is_live(story.pk) and public_status(story.url) == 404}


@performs("pages", "delete_live", "wagtailadmin_pages:delete")
def delete_live(actor, reason):
    pk = actor.world["pages"]["live_story"]
    actor.post(reverse("wagtailadmin_pages:delete", args=[pk]), {"override_reason": reason})
    return {"delete": not Page.objects.filter(pk=pk).exists()}


@performs("pages", "move_live", "wagtailadmin_pages:move_confirm")
def move_live(actor, reason):
    pk, destination = actor.world["pages"]["live_story"], actor.world["columns"][1]
    actor.post(reverse("wagtailadmin_pages:move_confirm", args=[pk, destination.pk]),
               {"override_reason": reason})
    return {"move": page(pk).get_parent().pk == destination.pk}


@performs("pages", "privacy", "wagtailadmin_pages:set_privacy")
def privacy(actor, reason):
    pk = actor.world["pages"]["live_story"]
    actor.post(reverse("wagtailadmin_pages:set_privacy", args=[pk]),
               {"restriction_type": "login", "override_reason": reason})
    return {"privacy": PageViewRestriction.objects.filter(page_id=pk).exists()}


@performs("pages", "unschedule", "wagtailadmin_pages:revisions_unschedule")
def unschedule(actor, reason):
    story = page(actor.world["pages"]["live_story"])
    revision = story.save_revision(user=actor.world["people"][REPORTER])
    Revision.objects.filter(pk=revision.pk).update(
        approved_go_live_at=datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC))
    actor.post(reverse("wagtailadmin_pages:revisions_unschedule", args=[story.pk, revision.pk]),
               {"override_reason": reason})
    return {"unschedule": Revision.objects.get(pk=revision.pk).approved_go_live_at is None}


@performs("pages", "reorder", "wagtailadmin_pages:set_page_position")
def reorder(actor, reason):
    column = actor.world["columns"][0]
    last = column.get_children().last()
    actor.post(reverse("wagtailadmin_pages:set_page_position", args=[last.pk]) + "?position=0")
    return {"reorder": column.get_children().first().pk == last.pk}


@performs("pages", "bulk_publish", "bulk:wagtailcore.page.publish",
          "bulk:wagtailcore.page.unpublish")
def bulk_publish(actor, reason):
    world = actor.world

    def publish():
        story = draft(world["people"][REPORTER])
        actor.post(page_bulk("publish", story.pk), {"include_descendants": ""})
        return is_live(story.pk)

    def unpublish_():
        pk = world["pages"]["live_story"]
        actor.post(page_bulk("unpublish", pk), {"include_descendants": ""})
        return not is_live(pk)

    return each_path(actor, {"bulk publish": publish, "bulk unpublish": unpublish_})


@performs("pages", "bulk_live", "bulk:wagtailcore.page.delete", "bulk:wagtailcore.page.move")
def bulk_live(actor, reason):
    pk, destination = actor.world["pages"]["live_story"], actor.world["columns"][1]

    def delete():
        actor.post(page_bulk("delete", pk))
        return not Page.objects.filter(pk=pk).exists()

    def move():
        actor.post(page_bulk("move", pk), {"chooser": destination.pk})
        return page(pk).get_parent().pk == destination.pk

    return each_path(actor, {"bulk delete": delete, "bulk move": move})


@performs("pages", "api_actions", "wagtailadmin_api:pages:action")
def api_actions(actor, reason):
    world = actor.world
    live, destination = world["pages"]["live_story"], world["columns"][1]

    def act(pk, name, **data):
        actor.post(reverse("wagtailadmin_api:pages:action", args=[pk, name]),
                   json.dumps(data), content_type="application/json")

    def publish():
        story = draft(world["people"][REPORTER])
        act(story.pk, "publish")
        return is_live(story.pk)

    def unpublish_():
        act(live, "unpublish")
        return not is_live(live)

    def delete():
        act(live, "delete")
        return not Page.objects.filter(pk=live).exists()

    def move():
        act(live, "move", destination_page_id=destination.pk)
        return page(live).get_parent().pk == destination.pk

    def copy(name, **data):
        slug = unique("ban-sao-api")
        act(live, name, destination_page_id=destination.pk, **data,
            **({"slug": slug} if name == "copy" else {"update_slug": slug}))
        return Page.objects.filter(slug=slug, live=True).exists()

    return each_path(actor, {
        "publish": publish, "unpublish": unpublish_, "delete": delete, "move": move,
        "copy": lambda: copy("copy", keep_live=True), "alias": lambda: copy("create_alias"),
    })


def _delete_or_move_drafts(actor, owner):
    destination = actor.world["columns"][1]

    def delete():
        story = draft(owner)
        actor.post(reverse("wagtailadmin_pages:delete", args=[story.pk]))
        return not Page.objects.filter(pk=story.pk).exists()

    def bulk_delete():
        story = draft(owner)
        actor.post(page_bulk("delete", story.pk))
        return not Page.objects.filter(pk=story.pk).exists()

    def move():
        story = draft(owner)
        actor.post(reverse("wagtailadmin_pages:move_confirm", args=[story.pk, destination.pk]))
        return page(story.pk).get_parent().pk == destination.pk

    def bulk_move():
        story = draft(owner)
        actor.post(page_bulk("move", story.pk), {"chooser": destination.pk})
        return page(story.pk).get_parent().pk == destination.pk

    return each_path(actor, {"delete": delete, "bulk delete": bulk_delete, "move": move,
                      "bulk move": bulk_move})


@performs("pages", "delete_own_draft", "wagtailadmin_pages:delete",
          "wagtailadmin_pages:move_confirm", "bulk:wagtailcore.page.delete",
          "bulk:wagtailcore.page.move")
def delete_own_draft(actor, reason):
    return _delete_or_move_drafts(actor, actor.user)


@performs("pages", "delete_others_draft", "wagtailadmin_pages:delete",
          "wagtailadmin_pages:move_confirm", "bulk:wagtailcore.page.delete",
          "bulk:wagtailcore.page.move")
def delete_others_draft(actor, reason):
    return _delete_or_move_drafts(actor, actor.world["others"][REPORTER])


# Images, documents and audio ------------------------------------------------------------------

MEDIA = {
    "images": {"model": Photo, "namespace": "wagtailimages", "chooser": "wagtailimages_chooser",
               "prefix": "image", "id": "image_id", "usage": "image_usage"},
    "documents": {"model": PrivateDocument, "namespace": "wagtaildocs",
                  "chooser": "wagtaildocs_chooser", "prefix": "doc", "id": "document_id",
                  "usage": "document_usage"},
}


def new_item(subject, owner):
    if subject == "images":
        return PhotoFactory(title=unique("Ảnh"), uploaded_by_user=owner)
    return PrivateDocument.objects.create(title=unique("Tài liệu"), file=pdf(),
                                          uploaded_by_user=owner)


def new_file(subject):
    if subject == "documents":
        return pdf()
    photo = jpeg_file(unique("anh") + ".jpg")
    photo.seek(0)  # as a browser sends it: from the start
    return photo


def _upload(actor, subject):
    kind = MEDIA[subject]
    model, namespace = kind["model"], kind["namespace"]

    def single():
        title = unique("Tải lên")
        actor.post(reverse(f"{namespace}:add"), {
            **actor.form(reverse(f"{namespace}:add"), title=title, description="Mô tả ảnh"),
            "file": new_file(subject)})
        return model.objects.filter(title=title).exists()

    def multiple():
        before = model.objects.count()
        response = actor.post(reverse(f"{namespace}:add_multiple"),
                              {"files[]": new_file(subject),
                               "collection": Collection.get_first_root_node().pk})
        if response.status_code == 200 and response.json().get("uploaded_file_id"):
            upload = response.json()["uploaded_file_id"]
            prefix = f"uploaded-{'image' if subject == 'images' else 'document'}-{upload}"
            actor.post(reverse(f"{namespace}:create_multiple_from_uploaded_"
                               f"{'image' if subject == 'images' else 'document'}",
                               args=[upload]),
                       {f"{prefix}-title": "Ảnh tải nhiều", f"{prefix}-description": "Mô tả",
                        f"{prefix}-collection": Collection.get_first_root_node().pk})
        return model.objects.count() > before

    def chooser():
        title = unique("Tải lên từ hộp chọn")
        prefix = f"{'image' if subject == 'images' else 'document'}-chooser-upload"
        actor.post(reverse(f"{kind['chooser']}:create"), {
            f"{prefix}-title": title, f"{prefix}-description": "Mô tả ảnh",
            f"{prefix}-file": new_file(subject),
            f"{prefix}-collection": Collection.get_first_root_node().pk})
        return model.objects.filter(title=title).exists()

    return each_path(actor, {"upload": single, "multiple upload": multiple,
                      "upload from the chooser": chooser})


def _change_media(actor, subject, item_of):
    """Every way to change or delete an item: ``item_of()`` gives the item to change."""
    kind = MEDIA[subject]
    model, namespace, prefix = kind["model"], kind["namespace"], kind["prefix"]

    def edited():
        item = item_of()
        url = reverse(f"{namespace}:edit", args=[item.pk])
        actor.post(url, actor.form(url, title="Tiêu đề đã sửa"))
        return model.objects.get(pk=item.pk).title == "Tiêu đề đã sửa"

    def replaced():
        item = item_of()
        before = model.objects.get(pk=item.pk).file.name
        url = reverse(f"{namespace}:edit", args=[item.pk])
        actor.post(url, {**actor.form(url), "file": new_file(subject)})
        return model.objects.get(pk=item.pk).file.name != before

    def edited_after_upload():
        item = item_of()
        actor.post(reverse(f"{namespace}:edit_multiple", args=[item.pk]), {
            f"{prefix}-{item.pk}-title": "Tiêu đề đã sửa",
            f"{prefix}-{item.pk}-description": "Mô tả đã sửa",
            f"{prefix}-{item.pk}-collection": item.collection_id,
            f"{prefix}-{item.pk}-tags": ""})
        return model.objects.get(pk=item.pk).title == "Tiêu đề đã sửa"

    def tagged():
        item = item_of()
        actor.post(bulk(model, "add_tags", item.pk), {"tags": "đã-sửa"})
        return model.objects.get(pk=item.pk).tags.filter(name="đã-sửa").exists()

    def moved_to_collection():
        item = item_of()
        actor.post(bulk(model, "add_to_collection", item.pk),
                   {"collection": actor.world["collection"]})
        return model.objects.get(pk=item.pk).collection_id == actor.world["collection"]

    def gone(url_of):
        item = item_of()
        actor.post(url_of(item))
        return not model.objects.filter(pk=item.pk).exists()

    return each_path(actor, {
        "edit": edited, "replace the file": replaced, "edit after upload": edited_after_upload,
        "bulk tag": tagged, "bulk add to collection": moved_to_collection,
        "delete": lambda: gone(lambda item: reverse(f"{namespace}:delete", args=[item.pk])),
        "delete after upload": lambda: gone(
            lambda item: reverse(f"{namespace}:delete_multiple", args=[item.pk])),
        "bulk delete": lambda: gone(lambda item: bulk(model, "delete", item.pk)),
    })


def with_its_file(item):
    """``item``, its file written again if a replacement that was rolled back took it
    away (Wagtail deletes a replaced image's file at once, not when the change commits)."""
    if not item.file.storage.exists(item.file.name):
        content = {Photo: lambda: new_file("images"), AudioClip: mp3_file}.get(
            type(item), pdf)()
        item.file.storage.save(item.file.name, ContentFile(content.read()))
    return item


def _media_rules(subject, model_label):
    namespace, chooser = MEDIA[subject]["namespace"], MEDIA[subject]["chooser"]
    changes = (f"{namespace}:edit", f"{namespace}:edit_multiple", f"{namespace}:delete",
               f"{namespace}:delete_multiple", f"bulk:stories.{model_label}.delete",
               f"bulk:stories.{model_label}.add_tags",
               f"bulk:stories.{model_label}.add_to_collection")
    live_key = "live_photo" if subject == "images" else "live_document"

    # Photos need their alt text, so a multiple upload is finished by a second form.
    finished = [f"{namespace}:create_multiple_from_uploaded_image"] if subject == "images" \
        else []
    performs(subject, "upload", f"{namespace}:add", f"{namespace}:add_multiple", *finished,
             f"{chooser}:create")(
        lambda actor, reason: _upload(actor, subject))
    performs(subject, "change_own_unused", *changes)(
        lambda actor, reason: _change_media(actor, subject,
                                            lambda: new_item(subject, actor.user)))
    performs(subject, "change_others_unused", *changes)(
        lambda actor, reason: _change_media(
            actor, subject, lambda: new_item(subject, actor.world["others"][REPORTER])))
    performs(subject, "change_live", *changes)(
        lambda actor, reason: _change_media(
            actor, subject, lambda: with_its_file(
                MEDIA[subject]["model"].objects.get(pk=actor.world[live_key]))))


_media_rules("images", "photo")
_media_rules("documents", "privatedocument")

AUDIO = "wagtailsnippets_stories_audioclip"


@performs("audio", "upload", f"{AUDIO}:add", f"{AUDIO}:copy")
def upload_audio(actor, reason):
    clip = AudioClip.objects.get(pk=actor.world["live_clip"])

    def upload(url, prefix=""):
        title = unique("Bản ghi")
        actor.post(url, {f"{prefix}title": title, f"{prefix}kind": "report",
                         f"{prefix}credit": "", f"{prefix}file": mp3_file()})
        return AudioClip.objects.filter(title=title).exists()

    return each_path(actor, {
        "upload": lambda: upload(reverse(f"{AUDIO}:add")),
        "upload a copy": lambda: upload(reverse(f"{AUDIO}:copy", args=[clip.pk])),
    })


def _edit_audio(actor, clip_of):
    def edited():
        clip = clip_of()
        url = reverse(f"{AUDIO}:edit", args=[clip.pk])
        actor.post(url, actor.form(url, title="Tiêu đề đã sửa"))
        return AudioClip.objects.get(pk=clip.pk).title == "Tiêu đề đã sửa"

    def replaced():
        clip = clip_of()
        before = clip.file.name
        url = reverse(f"{AUDIO}:edit", args=[clip.pk])
        actor.post(url, {**actor.form(url), "file": mp3_file(unique("thay") + ".mp3")})
        return AudioClip.objects.get(pk=clip.pk).file.name != before

    return {"edit": edited, "replace the file": replaced}


def _delete_audio(actor, clip_of):
    def gone(url_of):
        clip = clip_of()
        actor.post(url_of(clip))
        return not AudioClip.objects.filter(pk=clip.pk).exists()

    return {"delete": lambda: gone(lambda clip: reverse(f"{AUDIO}:delete", args=[clip.pk])),
            "bulk delete": lambda: gone(lambda clip: bulk(AudioClip, "delete", clip.pk))}


@performs("audio", "edit_unused", f"{AUDIO}:edit")
def edit_unused_audio(actor, reason):
    return each_path(actor, _edit_audio(actor, lambda: AudioClipFactory(title=unique("Bản ghi"))))


@performs("audio", "delete_unused", f"{AUDIO}:delete", "bulk:stories.audioclip.delete")
def delete_unused_audio(actor, reason):
    return each_path(actor, _delete_audio(actor, lambda: AudioClipFactory(title=unique("Bản ghi"))))


@performs("audio", "change_live", f"{AUDIO}:edit", f"{AUDIO}:delete",
          "bulk:stories.audioclip.delete")
def change_live_audio(actor, reason):
    def clip_of():
        return with_its_file(AudioClip.objects.get(pk=actor.world["live_clip"]))

    return each_path(actor, {**_edit_audio(actor, clip_of), **_delete_audio(actor, clip_of)})


# Users and groups ---------------------------------------------------------------------------

USERS, GROUPS = "wagtailusers_users", "wagtailusers_groups"


def group_pk(name):
    return Group.objects.get(name=name).pk


def _account(actor, username, **changes):
    url = reverse(f"{USERS}:add")
    return actor.form(url, username=username, email=f"{username}@donvi.example.vn",
                      first_name="Nguyễn", last_name="Văn Mới", password1=PASSWORD,
                      password2=PASSWORD, **changes)


@performs("users", "list", f"{USERS}:index")
def list_users(actor, reason):
    response = actor.get(reverse(f"{USERS}:index"))
    return {"list": response.status_code == 200
            and actor.world["others"][REPORTER].username in response.content.decode()}


@performs("users", "create_lower", f"{USERS}:add", f"{USERS}:copy")
def create_lower(actor, reason):
    def create(url):
        username = unique("phongvien.moi")
        actor.post(url, {**_account(actor, username), "groups": [group_pk(REPORTER)]})
        return get_user_model().objects.filter(username=username).exists()

    template = actor.world["others"][REPORTER]
    return each_path(actor, {"create": lambda: create(reverse(f"{USERS}:add")),
                      "copy": lambda: create(reverse(f"{USERS}:copy", args=[template.pk]))})


@performs("users", "create_higher", f"{USERS}:add")
def create_higher(actor, reason):
    def create(**changes):
        username = unique("lanhdao.moi")
        actor.post(reverse(f"{USERS}:add"), _account(actor, username, **changes))
        created = get_user_model().objects.filter(username=username).first()
        return bool(created and (created.is_superuser
                                 or created.groups.filter(name__in=[APPROVER, SITE_ADMIN])))

    return each_path(actor, {
        "create an approver": lambda: create(groups=[group_pk(APPROVER)]),
        "create a site administrator": lambda: create(groups=[group_pk(SITE_ADMIN)]),
        "create a superuser": lambda: create(groups=[group_pk(REPORTER)], is_superuser="on"),
    })


def _change_accounts(actor, target_of):
    return each_path(actor, _account_changes(actor, target_of))


def _account_changes(actor, target_of):
    def edited():
        target = target_of()
        url = reverse(f"{USERS}:edit", args=[target.pk])
        actor.post(url, actor.form(url, first_name="Đã sửa"))
        return get_user_model().objects.get(pk=target.pk).first_name == "Đã sửa"

    def password_set():
        target = target_of()
        url = reverse(f"{USERS}:edit", args=[target.pk])
        actor.post(url, actor.form(url, password1=PASSWORD, password2=PASSWORD))
        return get_user_model().objects.get(pk=target.pk).check_password(PASSWORD)

    def deactivated():
        target = target_of()
        actor.post(bulk(get_user_model(), "set_active_state", target.pk),
                   {"mark_as_active": "False"})
        return not get_user_model().objects.get(pk=target.pk).is_active

    def role_given():
        target = target_of()
        actor.post(bulk(get_user_model(), "assign_role", target.pk),
                   {"role": group_pk(EDITOR)})
        return target.groups.filter(name=EDITOR).exists()

    def gone(url_of):
        target = target_of()
        actor.post(url_of(target))
        return not get_user_model().objects.filter(pk=target.pk).exists()

    return {
        "edit": edited, "set the password": password_set, "bulk deactivate": deactivated,
        "bulk give the editor role": role_given,
        "delete": lambda: gone(lambda user: reverse(f"{USERS}:delete", args=[user.pk])),
        "bulk delete": lambda: gone(lambda user: bulk(get_user_model(), "delete", user.pk)),
    }


USER_CHANGES = (f"{USERS}:edit", f"{USERS}:delete", "bulk:auth.user.delete",
                "bulk:auth.user.set_active_state", "bulk:auth.user.assign_role")


@performs("users", "change_lower", *USER_CHANGES)
def change_lower(actor, reason):
    return _change_accounts(actor, lambda: UserFactory(username=unique("daumoi"),
                                                       last_name="Thử", groups=[REPORTER]))


@performs("users", "change_higher", *USER_CHANGES)
def change_higher(actor, reason):
    outcomes = {}
    targets = {"approver": APPROVER, "site administrator": SITE_ADMIN, "superuser": SUPERUSER}
    for name, role in targets.items():
        target = actor.world["others"][role]
        outcomes.update({f"{path} ({name})": happened for path, happened
                         in _change_accounts(actor, lambda target=target: target).items()})
    if actor.role in (APPROVER, SITE_ADMIN, SUPERUSER):
        # Its own account too (its password goes through its account settings page).
        changes = _account_changes(actor, lambda: actor.user)
        outcomes.update({f"{path} (oneself)": happened for path, happened in each_path(
            actor, {path: changes[path] for path in ("edit", "set the password")}).items()})
    return outcomes


def _group_form(actor, name, **changes):
    url = reverse(f"{GROUPS}:edit", args=[group_pk(name)])
    return url, actor.form(url, **changes)


def _grants(name, codename):
    return Group.objects.get(name=name).permissions.filter(codename=codename).exists()


def _with_permission(data, codename):
    permission = Permission.objects.get(codename=codename)
    return {**data, "permissions": [*data.get("permissions", []), str(permission.pk)]}


@performs("groups", "view", f"{GROUPS}:index")
def view_groups(actor, reason):
    response = actor.get(reverse(f"{GROUPS}:index"))
    return {"view": response.status_code == 200 and EDITOR in response.content.decode()}


@performs("groups", "edit_lower", f"{GROUPS}:edit")
def edit_lower_group(actor, reason):
    return {"edit": _toggled(actor, REPORTER)}


def _toggled(actor, name):
    """Gives the group a permission the site administrator holds, or takes it away."""
    permission = Permission.objects.get(codename="add_sector")
    url, data = _group_form(actor, name)
    held = _grants(name, "add_sector")
    others = [pk for pk in data.get("permissions", []) if pk != str(permission.pk)]
    actor.post(url, {**data, "permissions": others if held else [*others, str(permission.pk)]})
    return _grants(name, "add_sector") != held


@performs("groups", "grant_beyond", f"{GROUPS}:edit")
def grant_beyond(actor, reason):
    home = Site.objects.get(is_default_site=True).root_page_id

    def page_publishing():
        url, data = _group_form(actor, EDITOR)
        # "Publish" ticked on the editors' row for the home page.
        row = next(name[:-len("-page")] for name, value in data.items()
                   if re.fullmatch(r"page_permissions-\d+-page", name) and value == [str(home)])
        actor.post(url, {**data, f"{row}-permissions": [*data[f"{row}-permissions"],
                                                         "publish_page"]})
        return Group.objects.get(name=EDITOR).page_permissions.filter(
            permission__codename="publish_page").exists()

    def workflow_editing():
        url, data = _group_form(actor, EDITOR)
        actor.post(url, _with_permission(data, "change_workflow"))
        return _grants(EDITOR, "change_workflow")

    return each_path(actor, {"give publishing": page_publishing,
                      "give workflow editing": workflow_editing})


@performs("groups", "create", f"{GROUPS}:add", f"{GROUPS}:delete")
def create_group(actor, reason):
    def create():
        url = reverse(f"{GROUPS}:add")
        actor.post(url, actor.form(url, name="Cộng tác viên"))
        return Group.objects.filter(name="Cộng tác viên").exists()

    def delete():
        pk = group_pk(REPORTER)
        actor.post(reverse(f"{GROUPS}:delete", args=[pk]))
        return not Group.objects.filter(pk=pk).exists()

    return each_path(actor, {"create": create, "delete": delete})


@performs("groups", "edit_higher", f"{GROUPS}:edit")
def edit_higher_group(actor, reason):
    return each_path(actor, {name: lambda name=name: _toggled(actor, name)
                             for name in (APPROVER, SITE_ADMIN)})


@performs("workflows", "edit_workflows", "wagtailadmin_workflows:edit_task")
def edit_workflows(actor, reason):
    task = GroupApprovalTask.objects.get(groups__name=APPROVER)
    url = reverse("wagtailadmin_workflows:edit_task", args=[task.pk])
    actor.post(url, actor.form(url, groups=[group_pk(APPROVER), group_pk(REPORTER)]))
    return {"give a role the approval": task.groups.filter(name=REPORTER).exists()}


@performs("workflows", "edit_sites", "wagtailsites:edit")
def edit_sites(actor, reason):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsites:edit", args=[site.pk])
    actor.post(url, actor.form(url, hostname="lua-dao.example.vn"))
    return {"edit": Site.objects.get(pk=site.pk).hostname == "lua-dao.example.vn"}


@performs("site", "edit_taxonomies", "wagtailsnippets_stories_sector:add",
          "wagtailredirects:add")
def edit_taxonomies(actor, reason):
    def sector():
        actor.post(reverse("wagtailsnippets_stories_sector:add"),
                   {"name": "Môi trường", "slug": "", "description": "", "sort_order": "20"})
        return Sector.objects.filter(name="Môi trường").exists()

    def redirect():
        from wagtail.contrib.redirects.models import Redirect

        url = reverse("wagtailredirects:add")
        actor.post(url, actor.form(url, old_path="/tin-cu/",
                                   redirect_link="https://ttvh.example.vn/tin-moi/"))
        return Redirect.objects.filter(old_path="/tin-cu").exists()

    return each_path(actor, {"add a sector": sector, "add a redirect": redirect})


# --- running the rules ------------------------------------------------------------------------

def run(world, subjects):
    """Every rule about ``subjects``, as every role; the failures, in words."""
    failures, reached = [], defaultdict(set)
    admin = Client()
    admin.force_login(world["people"][SUPERUSER])
    rules = [rule for rule in RULES if rule.subject in subjects]
    for role in COLUMNS:
        actor = Actor(world, role, admin)
        for rule in rules:
            perform, _urls = PERFORMERS[rule.subject, rule.action]
            expected = rule.allows(role)
            tries = [("", False), (REASON, True)] if rule.with_reason and expected \
                else [(REASON, expected)]
            for reason, wanted in tries:
                # Anew each time: a password change in a rolled-back savepoint ends the
                # session.
                actor.client.force_login(actor.user)
                actor.reached, actor.overrides = set(), 0
                with undone():
                    before = overrides_logged()
                    try:
                        outcomes = perform(actor, reason)
                    except Exception as error:  # noqa: BLE001 (every failure is reported)
                        failures.append(f"{role} / {rule.action}: {error!r}")
                        continue
                    actor.overrides += overrides_logged() - before
                said = " without a reason" if rule.with_reason and not reason else ""
                failures += [f"{role} / {rule.action} / {path}{said}: "
                             f"{'done' if happened else 'not done'}, expected "
                             f"{'done' if wanted else 'refused'}"
                             for path, happened in outcomes.items() if happened != wanted]
                if rule.with_reason and wanted and actor.overrides < len(outcomes):
                    failures.append(f"{role} / {rule.action}: {actor.overrides} of "
                                    f"{len(outcomes)} overrides kept in the pages' history")
                reached[rule.subject, rule.action] |= actor.reached
    for rule in rules:
        _perform, urls = PERFORMERS[rule.subject, rule.action]
        if urls - reached[rule.subject, rule.action]:
            failures.append(f"{rule.action} never reached "
                            f"{sorted(urls - reached[rule.subject, rule.action])}")
    return failures


def test_every_rule_has_a_performer_and_every_performer_a_rule():
    assert {(rule.subject, rule.action) for rule in RULES} == set(PERFORMERS)


@pytest.mark.django_db
def test_page_rules_hold_for_every_role(world):
    failures = run(world, {"pages"})
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_media_rules_hold_for_every_role(world):
    failures = run(world, {"images", "documents", "audio"})
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_user_group_and_site_rules_hold_for_every_role(world):
    failures = run(world, {"users", "groups", "workflows", "site"})
    assert not failures, "\n".join(failures)


# --- no admin URL escapes the matrix ------------------------------------------------------

SCOPE = ("wagtailadmin_pages", "wagtailadmin_explore", "wagtailadmin_api:pages",
         "wagtailimages", "wagtaildocs", "wagtailsnippets_stories_audioclip",
         "wagtailsnippetchoosers_stories_audioclip", "wagtailusers_users",
         "wagtailusers_groups")
BULK_MODELS = (Page, Photo, PrivateDocument, AudioClip, get_user_model())

READS = "shows, lists or previews; changes nothing"
HARMLESS = {
    "wagtailadmin_explore_root": READS,
    "wagtailadmin_explore": READS,
    "wagtailadmin_explore_results": READS,
    "wagtailadmin_api:pages:listing": READS,
    "wagtailadmin_api:pages:detail": READS,
    "wagtailadmin_api:pages:find": READS,
    "wagtailadmin_pages:preview_on_add": READS,
    "wagtailadmin_pages:preview_on_edit": "a preview of the form's content; saves nothing",
    "wagtailadmin_pages:view_draft": READS,
    "wagtailadmin_pages:type_use": READS,
    "wagtailadmin_pages:type_use_results": READS,
    "wagtailadmin_pages:usage": READS,
    "wagtailadmin_pages:search": READS,
    "wagtailadmin_pages:search_results": READS,
    "wagtailadmin_pages:choose_parent": "chooses where to create; the add view acts",
    "wagtailadmin_pages:add_subpage": "chooses a page type; the add view acts",
    "wagtailadmin_pages:move": "chooses a destination; move_confirm acts",
    "wagtailadmin_pages:collect_workflow_action_data":
        "validates a workflow action's form and returns it; workflow_action acts",
    "wagtailadmin_pages:confirm_workflow_cancellation":
        "asks to confirm; cancelling a review changes nothing public",
    "wagtailadmin_pages:workflow_preview": READS,
    "wagtailadmin_pages:lock": "locks editing for others; changes nothing public",
    "wagtailadmin_pages:unlock": "unlocks editing; changes nothing public",
    "wagtailadmin_pages:convert_alias":
        "makes an alias (only the superuser makes them) a page of its own; its content "
        "and state stay as they are",
    "wagtailadmin_pages:revisions_index": "redirects to the history",
    "wagtailadmin_pages:revisions_view": READS,
    "wagtailadmin_pages:revisions_compare": READS,
    "wagtailadmin_pages:workflow_history": READS,
    "wagtailadmin_pages:workflow_history_detail": READS,
    "wagtailadmin_pages:history": READS,
    "wagtailadmin_pages:history_results": READS,
    "wagtailimages:index": READS,
    "wagtailimages:index_results": READS,
    "wagtailimages:url_generator": READS,
    "wagtailimages:url_generator_output": "a signed address of a rendition; changes nothing",
    "wagtailimages:preview": READS,
    "wagtailimages:image_usage": READS,
    "wagtailimages:delete_upload_multiple":
        "discards a file uploaded but not yet made an image; no image changes",
    "wagtailimages_chooser:choose": READS,
    "wagtailimages_chooser:choose_results": READS,
    "wagtailimages_chooser:chosen": READS,
    "wagtailimages_chooser:chosen_multiple": READS,
    "wagtailimages_chooser:select_format": "formats an image for rich text; changes nothing",
    "wagtaildocs:index": READS,
    "wagtaildocs:index_results": READS,
    "wagtaildocs:document_usage": READS,
    "wagtaildocs:create_multiple_from_uploaded_document":
        "finishes a multiple upload whose file was refused as a document; the add "
        "permission it needs is the upload rule's",
    "wagtaildocs:delete_upload_multiple":
        "discards a file uploaded but not yet made a document; no document changes",
    "wagtaildocs_chooser:choose": READS,
    "wagtaildocs_chooser:choose_results": READS,
    "wagtaildocs_chooser:chosen": READS,
    "wagtaildocs_chooser:chosen_multiple": READS,
    f"{AUDIO}:list": READS,
    f"{AUDIO}:list_results": READS,
    f"{AUDIO}:usage": READS,
    f"{AUDIO}:history": READS,
    f"{AUDIO}:history_results": READS,
    "wagtailsnippetchoosers_stories_audioclip:choose": READS,
    "wagtailsnippetchoosers_stories_audioclip:create":
        "no upload form: answers 404 (tests/stories/editorial/test_choosers.py)",
    "wagtailsnippetchoosers_stories_audioclip:choose_results": READS,
    "wagtailsnippetchoosers_stories_audioclip:chosen": READS,
    "wagtailsnippetchoosers_stories_audioclip:chosen_multiple": READS,
    f"{USERS}:index_results": READS,
    f"{USERS}:history": READS,
    f"{USERS}:history_results": READS,
    f"{USERS}:usage": READS,
    f"{GROUPS}:index_results": READS,
    f"{GROUPS}:history": READS,
    f"{GROUPS}:history_results": READS,
    f"{GROUPS}:usage": READS,
    "unnamed:quan\\-tri/test404/\\Z": "Wagtail's page for testing the admin's 404",
    "unnamed:quan\\-tri/.*/$": "the admin's answer to an unknown address: not found",
    "wagtaildocs_serve": "serves a document to whoever may open it; changes nothing",
    "wagtaildocs_authenticate_with_password": "checks a collection's password; changes nothing",
}


@functools.cache
def url_patterns():
    """(name, full regular expression) of every URL pattern, in the resolver's order; the
    name is None for a pattern without one."""
    found = []

    def walk(patterns, namespace, prefix):
        for pattern in patterns:
            regex = prefix + pattern.pattern.regex.pattern.lstrip("^")
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns,
                     ":".join(filter(None, [namespace, pattern.namespace])), regex)
            elif isinstance(pattern, URLPattern):
                name = ":".join(filter(None, [namespace, pattern.name])) if pattern.name \
                    else None
                found.append((name, re.compile(regex)))

    walk(get_resolver().url_patterns, "", "")
    return tuple(found)


def url_name(path):
    """The name of the admin URL ``path`` is, even where a pattern without a name answers
    it first (a project's view in front of Wagtail's); bulk actions by their action."""
    for name, regex in url_patterns():
        match = regex.match(path.lstrip("/"))
        if name and match:
            if name == "wagtail_bulk_action":
                return "bulk:{app_label}.{model_name}.{action}".format(**match.groupdict())
            return name
    return path


def admin_url_names():
    """The names of every admin URL in scope, and every bulk action on the models in
    scope, as Django's resolver and Wagtail's registry know them; an admin URL without a
    name counts too, unless it stands in front of a named one at the same address."""
    patterns = url_patterns()
    named = {regex.pattern for name, regex in patterns if name}
    admin = reverse("wagtailadmin_home").lstrip("/")
    in_scope = {name for name, _regex in patterns
                if name and any(name == prefix or name.startswith(prefix + ":")
                                or name.startswith(prefix + "_") for prefix in SCOPE)}
    in_scope |= {f"unnamed:{regex.pattern}" for name, regex in patterns
                 if not name and regex.pattern.startswith(re.escape(admin))
                 and regex.pattern not in named}
    for model in BULK_MODELS:
        for action in bulk_action_registry.get_bulk_actions_for_model(
                model._meta.app_label, model._meta.model_name):
            in_scope.add(f"bulk:{model._meta.app_label}.{model._meta.model_name}."
                         f"{action.action_type}")
    return in_scope


def test_every_admin_url_that_acts_is_performed_or_declared_harmless():
    performed = set().union(*(urls for _function, urls in PERFORMERS.values()))
    names = admin_url_names()
    unaccounted = names - performed - set(HARMLESS)
    assert not unaccounted, (
        "Admin URLs neither performed by a rule of stories.editorial.access_matrix nor declared "
        f"harmless (with the reason) in this file: {sorted(unaccounted)}")
    assert not set(HARMLESS) - names, f"stale: {sorted(set(HARMLESS) - names)}"
    assert not set(HARMLESS) & performed


def test_the_command_prints_the_table():
    printed = io.StringIO()
    call_command("access_matrix", stdout=printed)
    assert printed.getvalue() == render_markdown()
    assert "| Lãnh đạo (approver) |" in printed.getvalue()


def test_the_readme_shows_the_matrix_the_site_enforces():
    assert render_markdown() in README.read_text(encoding="utf-8"), (
        "README.md's table differs from stories.editorial.access_matrix: paste the output of "
        "`python manage.py access_matrix` into the \"Editorial review\" section")


def test_every_label_of_the_matrix_is_in_vietnamese():
    from stories.editorial.access_matrix import ACTION, FOOTNOTE, SUBJECT, SUBJECTS, bilingual

    texts = [SUBJECT, ACTION, FOOTNOTE, *SUBJECTS.values(), *(rule.label for rule in RULES)]
    assert not [str(text) for text in texts if " (" not in bilingual(text)]
