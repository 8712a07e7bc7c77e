"""The admin's page for writing the search index anew: a button that queues the rebuild
for the task worker and answers at once, then the rebuild's progress (the page refreshes
itself, without JavaScript, as an import's page does) and its result. The state is the
one `manage.py search_index rebuild` keeps (`stories.derived.tasks`): a rebuild stopped
half-way, from the admin or a shell, is continued by the next one."""

import datetime

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from stories.derived import tasks

# Seconds between two looks of the page at a rebuild not finished yet.
REFRESH_SECONDS = 3


class SearchRebuildView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Search index")
    header_icon = "search"
    template_name = "stories/derived/admin/search_rebuild.html"

    def dispatch(self, request, *args, **kwargs):
        # Every page's entry is written again: a site administrator's decision.
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        state = tasks.rebuild_state()
        active = tasks.rebuild_active(state)
        finished = state.get("finished") if state else ""
        context = self.get_context_data(
            state=state, active=active, refresh=REFRESH_SECONDS if active else 0,
            unfinished=None if active else tasks.unfinished_rebuild(),
            finished=datetime.datetime.fromisoformat(finished) if finished else None,
            percent=round(100 * state["done"] / state["total"]) if (
                state and state.get("total")) else 0)
        response = self.render_to_response(context)
        if active:
            response["Refresh"] = str(REFRESH_SECONDS)
        return response

    def post(self, request):
        if not tasks.request_search_rebuild():
            messages.warning(request, _("A rebuild is already waiting or running."))
        return redirect("search_rebuild")


admin_urls = [path("chi-muc-tim-kiem/", SearchRebuildView.as_view(), name="search_rebuild")]
