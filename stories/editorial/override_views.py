"""Page privacy and unscheduling ask the superuser for a reason, like the other ways
around the review (`stories.editorial.publishing`).

Wagtail has no hook before either, so they are views of the page viewset registered for
every page type (Wagtail's `PageViewSet`, through `register_admin_viewset`). Only the
superuser reaches them: both need the "publish" permission no group holds.
"""

from django.contrib import messages
from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views.page_privacy import SetPrivacyView
from wagtail.admin.views.pages.revisions import RevisionsUnscheduleView
from wagtail.admin.viewsets.pages import PageViewSet

from stories.editorial.publishing import (
    MISSING_REASON,
    OverrideReasonMixin,
    given_reason,
    record_override,
)


class PrivacyForm(OverrideReasonMixin, PageViewRestrictionForm):
    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_reason_field(user)

    def acts_outside_review(self, cleaned_data):
        return True


class PrivacyView(SetPrivacyView):
    form_class = PrivacyForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        response = super().form_valid(form)
        record_override(self.request, self.page, "privacy",
                        restriction=form.cleaned_data["restriction_type"])
        return response

    def render_to_response(self, context, **response_kwargs):
        if not self.page.private_page_options:
            return super().render_to_response(context, **response_kwargs)
        # Wagtail's modal, with the reason box.
        return render_modal_workflow(self.request, "stories/editorial/set_page_privacy.html",
                                     None, template_vars=context,
                                     json_data={"step": "set_privacy"}, **response_kwargs)


class UnscheduleView(RevisionsUnscheduleView):
    template_name = "stories/editorial/confirm_unschedule_page.html"

    def post(self, request, *args, **kwargs):
        if not given_reason(request):
            messages.error(request, MISSING_REASON)
            return self.render_to_response(self.get_context_data())
        response = super().post(request, *args, **kwargs)
        record_override(request, self.object, "unschedule", revision=self.revision.pk)
        return response


class OverridePageViewSet(PageViewSet):
    """Wagtail's views for every page type, but for privacy and unscheduling."""

    set_privacy_view_class = PrivacyView
    revisions_unschedule_view_class = UnscheduleView
