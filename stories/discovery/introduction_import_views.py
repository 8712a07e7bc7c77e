"""The admin's import of units' introductions: the page with the form, the template and the
instructions; the page of one import, which shows its progress until the worker is done
(it refreshes itself, without JavaScript) and then its report; the template downloads."""

from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.urls import re_path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from stories.discovery import introduction_import_jobs as jobs
from stories.discovery.introduction_access import require_adding, units_of
from stories.discovery.introduction_import import ImportOutcome
from stories.discovery.introduction_profiles import profile_link
from stories.discovery.introduction_sheet_columns import (
    MAX_ROWS,
    Vocabulary,
    column_guide,
    guide_notes,
    value_lists,
)
from stories.discovery.introduction_templates import download_template, template_links
from stories.discovery.uploaded_sheets import MAX_FILE_SIZE
from stories.models import QUARTERS, Introduction, Unit, current_quarter

# Seconds between two looks of the import's page at an import not finished yet.
REFRESH_SECONDS = 2


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet file"),
        widget=forms.FileInput(attrs={"accept": ".xlsx,.csv"}),
        error_messages={"empty": _("The file is empty."),
                        "required": _("Choose the file to import.")})
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.all())
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=_("Quarter"), choices=QUARTERS, coerce=int)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext(
            "XLSX or CSV laid out as the template, at most %(size)s MB and %(rows)s "
            "introductions.") % {"size": MAX_FILE_SIZE // 2**20, "rows": MAX_ROWS}
        year, quarter = current_quarter()
        self.fields["year"].initial = year
        self.fields["quarter"].initial = quarter
        units = units_of(user)
        if units is not None:
            # Disabled: whatever a tampered form sends, the focal person's unit is used.
            unit = self.fields["unit"]
            unit.queryset = Unit.objects.filter(pk__in=units)
            unit.initial = next(iter(units), None)
            unit.empty_label = None
            unit.disabled = True
            unit.help_text = _("Focal people import their own unit's introductions.")


class ImportPageMixin(WagtailAdminTemplateMixin):
    page_title = _("Import introductions")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        require_adding(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("wagtailsnippets_stories_introduction:list"),
                 "label": capfirst(Introduction._meta.verbose_name_plural)},
                {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vocabulary = Vocabulary()
        context.update(templates=template_links(), columns=column_guide(vocabulary),
                       value_lists=value_lists(vocabulary), notes=guide_notes(),
                       list_url=reverse("wagtailsnippets_stories_introduction:list"))
        return context


class ImportView(ImportPageMixin, FormView):
    """The form; a file sent is stored and its import queued, and the import's page
    answers at once."""

    form_class = ImportForm
    template_name = "stories/discovery/admin/introductions_import.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        data = form.cleaned_data
        job_id = jobs.start_import(data["file"], unit=data["unit"], year=data["year"],
                                   quarter=data["quarter"], user=self.request.user)
        return redirect("introductions_import_status", job_id)


class ImportStatusView(ImportPageMixin, TemplateView):
    """One import: waiting or running (the page refreshes itself), failed, refused with
    every problem and the form again, or its report."""

    template_name = "stories/discovery/admin/introductions_import_status.html"
    form_template_name = "stories/discovery/admin/introductions_import.html"
    result_template_name = "stories/discovery/admin/introductions_import_result.html"

    def get(self, request, job_id):
        state = jobs.read_state(job_id)
        # Only whoever started an import sees it.
        if state is None or state.get("user") != request.user.pk:
            raise Http404
        if state["status"] in (jobs.WAITING, jobs.RUNNING):
            response = self.render_to_response(self.get_context_data(
                state=state, refresh=REFRESH_SECONDS, running=state["status"] == jobs.RUNNING))
            response["Refresh"] = str(REFRESH_SECONDS)
            return response
        if state["status"] == jobs.FAILED:
            return self.render_to_response(self.get_context_data(state=state, failed=True))
        outcome = ImportOutcome(file_name=state["file_name"], problems=state["problems"])
        if outcome.problems:
            form = ImportForm(user=request.user, initial={
                "unit": state["unit"], "year": state["year"], "quarter": str(state["quarter"])})
            return self.response_class(
                request=request, template=[self.form_template_name],
                context=self.get_context_data(form=form, outcome=outcome))
        introductions = Introduction.objects.select_related("exemplar").in_bulk(
            [entry[-1] for entry in state["created"] + state["skipped"]])
        created = [{"row": row, "name": introductions[pk].subject_name,
                    "introduction": introductions[pk],
                    "profile": profile_link(introductions[pk], request)}
                   for row, pk in state["created"] if pk in introductions]
        skipped = [{"row": row, "name": name, "introduction": introductions[pk],
                    "profile": profile_link(introductions[pk], request)}
                   for row, name, pk in state["skipped"] if pk in introductions]
        quarter = gettext("Quarter %(quarter)s/%(year)s") % {
            "quarter": dict(QUARTERS)[state["quarter"]], "year": state["year"]}
        return self.response_class(
            request=request, template=[self.result_template_name],
            context=self.get_context_data(outcome=outcome,
                                          unit=Unit.objects.filter(pk=state["unit"]).first(),
                                          quarter=quarter, created=created, skipped=skipped))


admin_urls = [
    re_path(r"^gioi-thieu-don-vi/nhap-tu-tep/$", ImportView.as_view(),
            name="introductions_import"),
    re_path(r"^gioi-thieu-don-vi/nhap-tu-tep/(?P<job_id>[0-9a-f]{32})/$",
            ImportStatusView.as_view(), name="introductions_import_status"),
    re_path(r"^gioi-thieu-don-vi/(?P<kind>mau|vi-du)\.(?P<fmt>xlsx|csv)$", download_template,
            name="introductions_template"),
]
