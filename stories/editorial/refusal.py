"""The admin's page for a refused request: what was refused and who may do it, in the
admin's look, where Wagtail would answer a bare 403."""

from django.template.response import TemplateResponse
from django.urls import reverse


def refusal(request, message, status=403):
    return TemplateResponse(request, "stories/editorial/refused.html",
                            {"message": message, "home_url": reverse("wagtailadmin_home")},
                            status=status)
