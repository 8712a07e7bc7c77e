"""The dashboard panel of discovery: new citizens' nominations waiting for the desk, and a
unit's focal person's count against the quarter's quota and its deadline."""

from django.template.loader import get_template
from django.urls import reverse
from wagtail.admin.ui.components import Component

from stories.discovery.models.introductions import current_quarter
from stories.discovery.models.nominations import Nomination
from stories.discovery.quota_report import unit_report


class DiscoveryPanel(Component):
    """New citizens' nominations for the desk; the quarter's count and deadline for a
    unit's focal person."""

    name = "discovery"
    template_name = "components/admin/discovery_panel.html"
    order = 40

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        if user.has_perm("stories.view_nomination"):
            context["new_nominations"] = Nomination.objects.filter(
                status=Nomination.Status.NEW).count()
            context["inbox_url"] = reverse("wagtailsnippets_stories_nomination:list")
        focal = getattr(user, "focal_person", None)
        if focal is not None:
            year, quarter = current_quarter()
            report = unit_report(year, quarter, unit=focal.unit)
            row = report[0]
            context.update(unit=focal.unit, quarter=quarter, year=year,
                           deadline=report.deadline, quota=row.quota,
                           on_turn=row.expected, introduced=row.introduced)
            context["import_url"] = reverse("introductions_import")
        return context

    def render_html(self, parent_context):
        # The counts are worked out once; the panel is left out when neither applies.
        context = self.get_context_data(parent_context)
        if "new_nominations" not in context and "unit" not in context:
            return ""
        return get_template(self.template_name).render(context)
