"""Panels of the page editor."""

from django.apps import apps
from wagtail.admin.panels import Panel

from stories.editorial.models.review import verification_problems


class VerificationChecklistPanel(Panel):
    """What the verification step will check, shown to everyone who edits a profile, so
    the verifier sees exactly what is missing and the author can fix it before review."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "components/admin/verification_checklist.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["problems"] = verification_problems(self.instance)
            return context


class ProposalPanel(Panel):
    """What the introducing unit proposed (awards, decisions already issued), for the
    editors to enter as awards and the verifiers to check against the decisions."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "components/admin/proposal.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            # Looked up by name: the content model imports this module.
            Introduction = apps.get_model("stories", "Introduction")
            context["introduction"] = (Introduction.objects.select_related("unit")
                                       .filter(exemplar_id=self.instance.pk).first()
                                       if self.instance.pk else None)
            return context

        def is_shown(self):
            return bool(self.instance.pk) and super().is_shown()
