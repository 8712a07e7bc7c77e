"""Who may do what in the admin, as data: the rules every part of the site enforces.

Each rule is a subject (pages, images, users, …), an action and the roles allowed; no role
is allowed what its rule does not name. `manage.py access_matrix` prints the rules as the
Markdown table in the README ("Editorial review"), and tests/stories/test_access_matrix.py
performs every rule through the admin's own URLs as each role, so the README, the code
and what the site does cannot drift apart.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from stories.editorial.roles import (
    APPROVER,
    EDITOR,
    FOCAL_PERSON,
    REPORTER,
    SITE_ADMIN,
    VERIFIER,
)

SUPERUSER = "superuser"
# The table's columns, in order: the groups' (Vietnamese) names, and in English.
COLUMNS = {
    REPORTER: (REPORTER, "reporter"),
    EDITOR: (EDITOR, "editor"),
    VERIFIER: (VERIFIER, "verifier"),
    APPROVER: (APPROVER, "approver"),
    FOCAL_PERSON: (FOCAL_PERSON, "unit focal person"),
    SITE_ADMIN: (SITE_ADMIN, "site administrator"),
    SUPERUSER: ("Quản trị viên cấp cao", "superuser"),
}

SUBJECTS = {
    "pages": _("Pages"),
    "images": _("Images"),
    "documents": _("Documents"),
    "audio": _("Audio"),
    "users": _("Users"),
    "groups": _("Groups"),
    "workflows": _("Workflows, tasks and sites"),
    "site": _("Taxonomies, settings, redirects, search promotions, focal people"),
}

SUBJECT, ACTION = _("Subject"), _("Action")
ALLOWED, REFUSED, WITH_REASON = "✓", "—", "✓*"
FOOTNOTE = _("with a reason, kept in the page's history")


@dataclass(frozen=True)
class Rule:
    subject: str
    action: str
    label: object
    allowed: frozenset
    # The superuser acts outside the review: a reason is asked and kept.
    with_reason: bool = False

    def allows(self, role):
        return role in self.allowed


def rule(subject, action, label, *allowed, with_reason=False):
    return Rule(subject, action, label, frozenset(allowed), with_reason)


NEWSROOM = (REPORTER, EDITOR, APPROVER, SUPERUSER)
DESK = (EDITOR, APPROVER, SUPERUSER)
RUNS_THE_SITE = (SITE_ADMIN, SUPERUSER)

RULES = (
    rule("pages", "create_draft", _("Create a draft in a section granted"), *NEWSROOM),
    rule("pages", "edit_own_draft", _("Edit one's own draft"), *NEWSROOM),
    rule("pages", "edit_others_draft", _("Edit someone else's draft"), *DESK),
    rule("pages", "edit_at_verification", _("Edit a profile waiting for verification"),
         VERIFIER, SUPERUSER),
    rule("pages", "edit_at_approval", _("Edit a page waiting for final approval"),
         APPROVER, SUPERUSER),
    rule("pages", "submit", _("Submit one's draft for review"), *NEWSROOM),
    rule("pages", "approve_editing", _("Approve, or request changes, at the editing step"),
         EDITOR, SUPERUSER),
    rule("pages", "approve_verification",
         _("Approve, or request changes, at the verification step"), VERIFIER, SUPERUSER),
    rule("pages", "approve_final",
         _("Approve at the approval step: publishes, or schedules with a go-live date"),
         APPROVER, SUPERUSER),
    rule("pages", "publish_outside",
         _("Publish or schedule outside the review (the editor's Publish, also when "
           "creating or reverting to an earlier version)"), SUPERUSER, with_reason=True),
    rule("pages", "copy_published",
         _("Copy a page with its copy published, or as an alias of a published page"),
         SUPERUSER, with_reason=True),
    rule("pages", "unpublish", _("Unpublish"), SUPERUSER, with_reason=True),
    rule("pages", "delete_live", _("Delete a published page"), SUPERUSER, with_reason=True),
    rule("pages", "move_live", _("Move a published page"), SUPERUSER, with_reason=True),
    rule("pages", "privacy", _("Set who may see a page (privacy)"), SUPERUSER,
         with_reason=True),
    rule("pages", "unschedule", _("Cancel a scheduled publication"), SUPERUSER,
         with_reason=True),
    rule("pages", "reorder", _("Reorder the pages of a section"), SUPERUSER),
    rule("pages", "bulk_publish", _("Publish or unpublish in bulk")),
    rule("pages", "bulk_live", _("Delete or move published pages in bulk")),
    rule("pages", "api_actions",
         _("Page actions of the admin API (publish, unpublish, move, copy, delete)")),
    rule("pages", "delete_own_draft", _("Delete or move one's own unpublished draft"),
         *NEWSROOM),
    rule("pages", "delete_others_draft", _("Delete or move someone else's unpublished draft"),
         *DESK),

    rule("images", "upload", _("Upload"), *NEWSROOM),
    rule("images", "change_own_unused",
         _("Edit or delete one's own upload that no published page uses"), *NEWSROOM),
    rule("images", "change_others_unused",
         _("Edit or delete someone else's upload that no published page uses"), *DESK),
    rule("images", "change_live", _("Replace, edit or delete one a published page uses"),
         APPROVER, SUPERUSER),
    rule("documents", "upload", _("Upload"), *NEWSROOM),
    rule("documents", "change_own_unused",
         _("Edit or delete one's own upload that no published page uses"), *NEWSROOM),
    rule("documents", "change_others_unused",
         _("Edit or delete someone else's upload that no published page uses"), *DESK),
    rule("documents", "change_live", _("Replace, edit or delete one a published page uses"),
         APPROVER, SUPERUSER),
    rule("audio", "upload", _("Upload"), *NEWSROOM),
    rule("audio", "edit_unused", _("Edit one that no published page uses"), *NEWSROOM),
    rule("audio", "delete_unused", _("Delete one that no published page uses"), *DESK),
    rule("audio", "change_live", _("Replace, edit or delete one a published page uses"),
         APPROVER, SUPERUSER),

    rule("users", "list", _("List users"), *RUNS_THE_SITE),
    rule("users", "create_lower", _("Create a user with lower roles only"), *RUNS_THE_SITE),
    rule("users", "create_higher",
         _("Create an approver, a site administrator or a superuser"), SUPERUSER),
    rule("users", "change_lower",
         _("Edit, deactivate or delete a user whose roles are all lower roles"),
         *RUNS_THE_SITE),
    rule("users", "change_higher",
         _("Edit, set the password of or delete a superuser, an approver or a site "
           "administrator"), SUPERUSER),
    rule("groups", "view", _("View groups"), *RUNS_THE_SITE),
    rule("groups", "edit_lower",
         _("Edit a lower role's group, granting only permissions one holds"),
         *RUNS_THE_SITE),
    rule("groups", "grant_beyond",
         _("Grant a permission one does not hold (such as publishing pages)"), SUPERUSER),
    rule("groups", "create", _("Create or delete a group"), SUPERUSER),
    rule("groups", "edit_higher", _("Edit the approver or site administrator group"),
         SUPERUSER),
    rule("workflows", "edit_workflows", _("Edit workflows and their tasks"), SUPERUSER),
    rule("workflows", "edit_sites", _("Edit sites"), SUPERUSER),
    rule("site", "edit_taxonomies",
         _("Edit taxonomies, settings, redirects, search promotions and focal people"),
         *RUNS_THE_SITE),
)


def bilingual(text):
    """"Vietnamese (English)" of a translatable text."""
    with translation.override("vi"):
        vietnamese = str(text)
    with translation.override("en"):
        english = str(text)
    return vietnamese if vietnamese == english else f"{vietnamese} ({english})"


def render_markdown():
    """The rules as the README's Markdown table, one row per rule."""
    header = [bilingual(SUBJECT), bilingual(ACTION)] + [
        f"{name} ({english})" for name, english in COLUMNS.values()]
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join([" --- "] * len(header)) + "|"]
    subject = None
    for each in RULES:
        cells = [bilingual(SUBJECTS[each.subject]) if each.subject != subject else "",
                 bilingual(each.label)]
        subject = each.subject
        for role in COLUMNS:
            if not each.allows(role):
                cells.append(REFUSED)
            else:
                cells.append(WITH_REASON if each.with_reason else ALLOWED)
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"\\* {bilingual(FOOTNOTE)}"]
    return "\n".join(lines) + "\n"
