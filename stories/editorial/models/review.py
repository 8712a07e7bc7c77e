"""The verification step of the profile workflow: the home-affairs office checks every
achievement and award against its decision before a profile can go further."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


def verification_problems(page):
    """What stops a profile from passing verification, in words a verifier acts on."""
    problems = []
    for award in page.awards.all():
        missing = award.missing_decision_parts
        if missing:
            problems.append(gettext("Award “%(award)s” (%(year)s) lacks its decision: %(missing)s.")
                            % {"award": award.display_name, "year": award.year,
                               "missing": ", ".join(missing)})
        if award.status == award.Status.REVOKED and not award.revocation_text:
            problems.append(gettext("Award “%(award)s” is revoked but its revoking decision "
                                    "is incomplete.") % {"award": award.display_name})
    consent = page.consent_problem()
    if consent:
        problems.append(consent)
    return problems


class VerificationTask(AbstractGroupApprovalTask):
    """Thẩm định: like a group approval, but approval is refused while a decision or a
    private person's consent is missing."""

    class Meta:
        verbose_name = _("verification task")
        verbose_name_plural = _("verification tasks")

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups check awards against their decisions and "
                 "consent; they cannot approve while something is missing.")

    @staticmethod
    def problems_of(obj):
        draft = obj.get_latest_revision_as_object() if hasattr(obj, "awards") else obj
        return verification_problems(draft) if hasattr(draft, "awards") else []

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self.problems_of(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            problems = self.problems_of(task_state.revision.as_object())
            if problems:
                raise PermissionDenied(" ".join(problems))
        return super().on_action(task_state, user, action_name, **kwargs)
