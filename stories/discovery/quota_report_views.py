"""The admin's quota tracking page (*Theo dõi chỉ tiêu*): the report of a year and quarter
filtered by unit kind and place (a focal person sees their own unit only), its chart, and
its XLSX export."""

import io

from django import forms
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils.translation import gettext, gettext_lazy
from django.views import View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from stories.discovery.quota_chart import chart
from stories.discovery.quota_report import ROMAN, UnitReport, ddmmyyyy, unit_report
from stories.editorial.roles import FOCAL_PERSON
from stories.models import QUARTERS, DiscoverySettings, FocalPerson, Place, Unit, current_quarter
from stories.vietnamese import fold

VIEW_PERMISSION = "stories.view_introduction"


def own_unit(user):
    """The unit a focal person is limited to; None for everyone else."""
    if user.is_superuser:
        return None
    person = FocalPerson.objects.filter(user=user).select_related("unit").first()
    return person.unit if person else None


def is_focal_person(user):
    return not user.is_superuser and user.groups.filter(name=FOCAL_PERSON).exists()


def place_choices():
    """Places grouped by kind (provinces first), in Vietnamese alphabetical order."""
    groups = {}
    for place in Place.objects.only("name", "kind", "valid_to", "successor_id"):
        groups.setdefault(place.kind, []).append((place.pk, str(place)))
    return [("", gettext("All"))] + [
        (label, sorted(groups[kind], key=lambda choice: (fold(choice[1]), choice[0])))
        for kind, label in Place.Kind.choices if kind in groups]


class ReportForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=2000, max_value=2100)
    quarter = forms.TypedChoiceField(label=gettext_lazy("Quarter"), choices=QUARTERS,
                                     coerce=int)
    unit_kind = forms.ChoiceField(
        label=gettext_lazy("Unit kind"), required=False,
        choices=[("", gettext_lazy("All")), *Unit.Kind.choices])
    place = forms.TypedChoiceField(
        label=gettext_lazy("Place"), required=False, coerce=int, empty_value=None,
        choices=place_choices,
        help_text=gettext_lazy("Units in this place or within it, including places "
                               "merged into it."))

    def __init__(self, data, *, limited):
        year, quarter = current_quarter()
        self.defaults = {"year": year, "quarter": quarter}
        super().__init__({**{k: str(v) for k, v in self.defaults.items()}, **data.dict()}
                         if data else None, initial=self.defaults)
        if limited:
            del self.fields["unit_kind"]
            del self.fields["place"]

    def filters(self):
        if not self.is_bound or not self.is_valid():
            return {**self.defaults, "unit_kind": None, "place": None}
        data = self.cleaned_data
        return {"year": data["year"], "quarter": data["quarter"],
                "unit_kind": data.get("unit_kind") or None, "place": data.get("place")}


COLUMNS = [
    ("unit", gettext_lazy("Unit")),
    ("kind", gettext_lazy("Unit kind")),
    ("place", gettext_lazy("Place")),
    ("expected", gettext_lazy("On turn")),
    ("quota", gettext_lazy("Quota for the quarter")),
    ("introduced", gettext_lazy("Introduced")),
    ("verified", gettext_lazy("Verified")),
    ("published", gettext_lazy("Published")),
    ("met", gettext_lazy("Quota met")),
    ("late", gettext_lazy("Late")),
]


def met_text(met):
    if met is None:
        return gettext("Not expected")
    return gettext("Met") if met else gettext("Not met")


def cells(row):
    """A row as the table and the spreadsheet show it, in COLUMNS order."""
    return [row.unit.name, row.kind, str(row.place) if row.place else "",
            gettext("Yes") if row.expected else gettext("No"), row.quota, row.introduced,
            row.verified, row.published, met_text(row.met), row.late]


def total_cells(totals):
    return [gettext("Total"), "", "", totals.expected, totals.quota, totals.introduced,
            totals.verified, totals.published,
            gettext("%(met)s of %(expected)s units") % {"met": totals.met,
                                                       "expected": totals.with_quota},
            totals.late]


def append_values(sheet, values):
    """Append a row of values, text kept as text: a name typed as "=…" is no formula."""
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"


def xlsx_response(report):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = gettext("Quarter %(quarter)s") % {"quarter": ROMAN[report.quarter]}
    sheet.append([str(label) for _key, label in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in report:
        append_values(sheet, cells(row))
    sheet.append(total_cells(report.totals))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJ", (40, 20, 28, 10, 12, 12, 12, 12, 16, 10),
                             strict=True):
        sheet.column_dimensions[letter].width = width

    year_sheet = workbook.create_sheet(gettext("Year %(year)s") % {"year": report.year})
    year_sheet.append([gettext("Unit")] + [
        text for q, label in QUARTERS for text in (
            gettext("Quarter %(quarter)s: introduced") % {"quarter": label},
            gettext("Quarter %(quarter)s: quota") % {"quarter": label})])
    for row in report:
        append_values(year_sheet, [row.unit.name] + [
            value for count in row.by_quarter for value in (count.introduced, count.quota)])

    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    filename = f"theo-doi-chi-tieu-{report.year}-quy-{report.quarter}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class TrackingReportView(WagtailAdminTemplateMixin, View):
    template_name = "stories/discovery/admin/tracking_report.html"
    page_title = gettext_lazy("Quota tracking")
    header_icon = "tasks"
    export = False

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        unit = own_unit(request.user)
        limited = unit is not None or is_focal_person(request.user)
        form = ReportForm(request.GET, limited=limited)
        filters = form.filters()
        if limited:
            filters.update(unit_kind=None, place=None)
        if limited and unit is None:
            # A focal person not yet attached to a unit sees no unit's figures.
            report = UnitReport([], year=filters["year"], quarter=filters["quarter"],
                                deadline=DiscoverySettings.load().deadline(
                                    filters["year"], filters["quarter"]), rotation=False)
        else:
            report = unit_report(**filters, unit=unit)
        if self.export or request.GET.get("format") == "xlsx":
            return xlsx_response(report)
        query = request.GET.copy()
        query.pop("format", None)
        values = {"quarter": ROMAN[report.quarter], "year": report.year,
                  "deadline": ddmmyyyy(report.deadline)}
        return self.render_to_response(self.get_context_data(
            form=form, report=report, chart=chart(report) if report else None,
            limited=limited, columns=[label for _key, label in COLUMNS],
            rows=[(row, cells(row)) for row in report],
            totals=total_cells(report.totals),
            caption=gettext("Introductions by unit, quarter %(quarter)s/%(year)s") % values,
            deadline_text=gettext("Deadline for quarter %(quarter)s/%(year)s: "
                                  "%(deadline)s") % values,
            rotation_text=gettext("Units take turns: only the units on turn are expected "
                                  "to introduce exemplars in a quarter."),
            limited_text=gettext("You see your own unit only."),
            export_url=f"{reverse('tracking_report_xlsx')}?{query.urlencode()}",
        ))


admin_urls = [
    path("theo-doi-chi-tieu/", TrackingReportView.as_view(), name="tracking_report"),
    path("theo-doi-chi-tieu/xlsx/", TrackingReportView.as_view(export=True),
         name="tracking_report_xlsx"),
]
