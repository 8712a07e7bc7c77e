"""Editorial roles and review workflows of a culture-information centre.

`sync_roles()` creates the six groups with their permissions and the two workflows, and
keeps them as defined here: it runs after every `migrate` and as `manage.py sync_roles`.
Model permissions added by hand to a group are kept and the ones listed here are restored;
a role's page and collection permissions are exactly the ones listed. What reaches the
public goes through a workflow: no group holds Wagtail's "publish" or "bulk_delete" page
permission, nor may edit workflows, tasks or sites, and `sync_roles()` takes them away
from every group that holds them (an earlier version granted some). The superuser alone
acts outside the workflow, with a recorded reason (`stories.editorial.publishing`).
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REPORTER = "Phóng viên"
EDITOR = "Biên tập viên"
VERIFIER = "Thẩm định"
APPROVER = "Lãnh đạo"
SITE_ADMIN = "Quản trị"
FOCAL_PERSON = "Đầu mối đơn vị"
# The roles the site administrator may give; approvers, site administrators and
# superusers are made by the superuser.
LOWER_ROLES = (REPORTER, EDITOR, VERIFIER, FOCAL_PERSON)

# Reporters upload narrations and radio reports with their stories.
AUDIO_EDITING = [f"stories.{action}_audioclip" for action in ("add", "change", "view")]
# Citizens' nominations carry private contacts: the editorial desk handles them.
NOMINATION_HANDLING = ["stories.view_nomination", "stories.change_nomination"]
INTRODUCTIONS = [f"stories.{action}_introduction" for action in ("add", "change", "view")]
# The editorial desk keeps the media library: upload, edit and delete anyone's items
# (those a live page uses only with the approver: `stories.media.live_media`).
MEDIA_DESK = [f"{action}_{kind}" for kind in ("image", "document")
              for action in ("add", "change", "delete", "choose")]

# Publishing outside the workflow is the superuser's alone: no group may hold these page
# permissions, whoever granted them.
NEVER_GRANTED_PAGE_PERMISSIONS = ("publish", "bulk_delete")
# Superuser only: whoever edits the approval task's groups can give itself approval, and a
# site's root page decides what the public sees.
NEVER_GRANTED = [f"wagtailcore.{action}_{model}" for model in ("workflow", "task", "site")
                 for action in ("add", "change", "delete")]

ROLES = {
    REPORTER: {
        "pages": ["add"],
        "collections": ["add_image", "choose_image", "add_document", "choose_document"],
        "models": AUDIO_EDITING,
    },
    EDITOR: {
        "pages": ["add", "change"],
        "collections": MEDIA_DESK,
        "models": AUDIO_EDITING + ["stories.delete_audioclip"] + NOMINATION_HANDLING
        + ["stories.view_introduction"],
    },
    VERIFIER: {
        # Verifiers (the home-affairs office) open a profile in the editor only while it
        # waits at their step; they track units' introductions and set the quotas.
        "pages": [],
        "collections": ["choose_image", "choose_document"],
        "models": ["stories.view_audioclip", *INTRODUCTIONS,
                   "stories.change_discoverysettings"],
    },
    APPROVER: {
        # Final approval publishes through the workflow (`stories.editorial.publishing`), not
        # through a "publish" permission.
        "pages": ["add", "change", "lock", "unlock"],
        "collections": MEDIA_DESK,
        "models": AUDIO_EDITING + ["stories.delete_audioclip"] + NOMINATION_HANDLING
        + ["stories.view_introduction"],
    },
    FOCAL_PERSON: {
        # Limited to their own unit's introductions by the admin views themselves.
        "pages": [],
        "collections": [],
        "models": INTRODUCTIONS,
    },
    SITE_ADMIN: {
        # Runs the site, not its content: no pages, no media, no workflows.
        "pages": [],
        "collections": [],
        "models": [
            f"stories.{action}_{model}"
            for model in ("sector", "movement", "place", "unit", "introduction",
                          "focalperson")
            for action in ("add", "change", "delete", "view")
        ] + [
            "stories.change_discoverysettings", "stories.change_siteidentity",
            "auth.add_user", "auth.change_user", "auth.delete_user", "auth.view_user",
            "auth.change_group", "auth.view_group",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect",
            "wagtailsearchpromotions.add_searchpromotion",
            "wagtailsearchpromotions.change_searchpromotion",
            "wagtailsearchpromotions.delete_searchpromotion",
            "wagtailcore.view_pagelogentry", "wagtailcore.view_modellogentry",
        ],
        # Granted by an earlier version: content and citizens' contacts are the
        # newsroom's, groups are created by the superuser.
        "revoked": [f"stories.{action}_{model}"
                    for model in ("audioclip", "nomination")
                    for action in ("add", "change", "delete", "view")] + ["auth.add_group"],
    },
}

STORY_WORKFLOW = "Quy trình duyệt tin bài"
PROFILE_WORKFLOW = "Quy trình duyệt hồ sơ điển hình"
# What Wagtail's own migrations create; on this site they would only confuse.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
EDITING_TASK = "Biên tập"
VERIFICATION_TASK = "Thẩm định thành tích, khen thưởng"
APPROVAL_TASK = "Phê duyệt xuất bản"


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collection_permission(codename):
    # Wagtail checks image permissions against its own Image model, even with a custom one.
    app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def sync_roles():
    """Create or repair the groups; then the workflows, once the site's pages exist."""
    # After `migrate`, other apps' permissions may not exist yet: make them first.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    groups = {}
    admin_access = _permission("wagtailadmin.access_admin")
    root_collection = Collection.get_first_root_node()
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(admin_access, *(_permission(p) for p in grants["models"]))
        group.permissions.remove(*_existing_permissions(grants.get("revoked", [])))
        GroupCollectionPermission.objects.filter(group=group).exclude(
            permission__codename__in=grants["collections"]).delete()
        if root_collection is not None:
            for codename in grants["collections"]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=_collection_permission(codename),
                )
        GroupPagePermission.objects.filter(group=group).exclude(
            permission__codename__in=[f"{kind}_page" for kind in grants["pages"]]).delete()
    _take_away_publishing()
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
    sync_workflows(groups)
    return groups


def _existing_permissions(dotted_names):
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        yield from Permission.objects.filter(content_type__app_label=app_label,
                                             codename=codename)


def _take_away_publishing():
    """No group, ours or made by hand, publishes outside a workflow or edits workflows."""
    GroupPagePermission.objects.filter(permission__codename__in=[
        f"{kind}_page" for kind in NEVER_GRANTED_PAGE_PERMISSIONS]).delete()
    forbidden = list(_existing_permissions(NEVER_GRANTED))
    Group.permissions.through.objects.filter(permission__in=forbidden).delete()


def sync_workflows(groups):
    # Looked up by name: the content model imports this module.
    HomePage, ExemplarIndexPage, VerificationTask = (
        apps.get_model("stories", name)
        for name in ("HomePage", "ExemplarIndexPage", "VerificationTask"))
    home = HomePage.objects.first()
    if home is None:
        return
    for name, grants in ROLES.items():
        for permission_type in grants["pages"]:
            if not GroupPagePermission.objects.filter(
                group=groups[name], page=home, permission__codename=f"{permission_type}_page"
            ).exists():
                GroupPagePermission.objects.create(group=groups[name], page=home,
                                                   permission_type=permission_type)

    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        workflow.deactivate()
    editing = _task(GroupApprovalTask, EDITING_TASK, groups[EDITOR])
    approval = _task(GroupApprovalTask, APPROVAL_TASK, groups[APPROVER])
    verification = _task(VerificationTask, VERIFICATION_TASK, groups[VERIFIER])

    story_workflow = _workflow(STORY_WORKFLOW, [editing, approval])
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": story_workflow})
    directory = ExemplarIndexPage.objects.first()
    if directory is not None:
        profile_workflow = _workflow(PROFILE_WORKFLOW, [editing, verification, approval])
        WorkflowPage.objects.get_or_create(page=directory,
                                           defaults={"workflow": profile_workflow})


def _task(model, name, group):
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name)
    task.groups.add(group)
    return task


def _workflow(name, tasks):
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


# --- who manages whom ------------------------------------------------------------------------

def is_unrestricted(user):
    """The superuser: the one who appoints approvers and site administrators."""
    return user.is_active and user.is_superuser


def lower_role_groups():
    return Group.objects.filter(name__in=LOWER_ROLES).order_by("name")


def lower_role_names():
    return ", ".join(LOWER_ROLES)
