"""Tracking for the home-affairs office: introductions against quotas, and reminders.

`unit_report()` counts each unit's introductions for a quarter (verified, published, late)
against the installation's quotas and rotation; the admin report shows it as a table and a
server-drawn SVG chart, and exports it to XLSX. `send_reminders()` emails the units that
are behind, once a quarter, in the days before the deadline (`manage.py send_reminders`).
"""

import datetime
import io
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import CharField, Count, Exists, OuterRef, Prefetch, Q
from django.db.models.functions import Cast
from django.http import HttpResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_lazy
from django.views import View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, TaskState

from stories.editorial.roles import FOCAL_PERSON
from stories.models import (
    QUARTERS,
    DiscoverySettings,
    FocalPerson,
    Introduction,
    Place,
    PlaceGraph,
    Reminder,
    Unit,
    VerificationTask,
    current_quarter,
    quarter_of,
)
from stories.vietnamese import fold

ROMAN = dict(QUARTERS)
VIEW_PERMISSION = "stories.view_introduction"
KIND_ORDER = {kind: index for index, kind in enumerate(Unit.Kind.values)}


def ddmmyyyy(day):
    return day.strftime("%d/%m/%Y")


# --- The report -------------------------------------------------------------------------


@dataclass
class QuarterCount:
    quarter: int
    introduced: int
    quota: int
    expected: bool

    @property
    def label(self):
        return ROMAN[self.quarter]

    @property
    def met(self):
        return None if not self.quota else self.introduced >= self.quota


@dataclass
class UnitRow:
    unit: Unit
    expected: bool
    quota: int
    introduced: int = 0
    verified: int = 0
    published: int = 0
    late: int = 0
    by_quarter: list = field(default_factory=list)

    @property
    def kind(self):
        return self.unit.get_kind_display()

    @property
    def place(self):
        return self.unit.place

    @property
    def met(self):
        """None when nothing is expected of the unit this quarter."""
        return None if not self.quota else self.introduced >= self.quota


@dataclass
class Totals:
    units: int = 0
    expected: int = 0
    quota: int = 0
    introduced: int = 0
    verified: int = 0
    published: int = 0
    late: int = 0
    met: int = 0
    with_quota: int = 0


class UnitReport(list):
    """The rows, one per unit, with the quarter, its deadline and the totals."""

    def __init__(self, rows, *, year, quarter, deadline, rotation):
        super().__init__(rows)
        self.year, self.quarter, self.deadline, self.rotation = year, quarter, deadline, rotation
        self.totals = Totals(units=len(rows))
        for row in rows:
            self.totals.expected += row.expected
            self.totals.quota += row.quota
            self.totals.introduced += row.introduced
            self.totals.verified += row.verified
            self.totals.published += row.published
            self.totals.late += row.late
            self.totals.with_quota += row.met is not None
            self.totals.met += bool(row.met)


def verification_passed():
    """Approved verification steps of the profile an introduction became."""
    return TaskState.objects.filter(
        status=TaskState.STATUS_APPROVED,
        task_id__in=VerificationTask.objects.values("pk"),
        workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        # Workflow states point at pages through a generic relation with a text id.
        workflow_state__object_id=Cast(OuterRef("exemplar_id"), CharField()),
    )


def late_from(year, quarter, discovery):
    """The first moment, in the site's time zone (Vietnam), after the deadline day."""
    day_after = discovery.deadline(year, quarter) + datetime.timedelta(days=1)
    return datetime.datetime.combine(day_after, datetime.time.min,
                                     tzinfo=timezone.get_current_timezone())


def filtered_units(unit_kind=None, place=None, unit=None):
    units = Unit.objects.select_related("place")
    if unit is not None:
        units = units.filter(pk=getattr(unit, "pk", unit))
    if unit_kind:
        units = units.filter(kind=unit_kind)
    if place is not None:
        covered = PlaceGraph.load().covered(getattr(place, "pk", place))
        units = units.filter(place_id__in=covered)
    return units


def unit_report(year, quarter, unit_kind=None, place=None, unit=None, discovery=None):
    """Each unit matching the filters, with its introductions for ``quarter`` of ``year``
    against its quota, and its counts for the four quarters of the year (for the chart).

    A constant number of queries, however many units there are.
    """
    discovery = discovery or DiscoverySettings.load()
    quotas = discovery.quotas_for(year)
    on_turn = {q: discovery.units_on_turn(q) for q, _label in QUARTERS}
    units = filtered_units(unit_kind, place, unit)
    of_quarter = Q(quarter=quarter)
    live = Q(exemplar__live=True)
    counts = {
        entry["unit_id"]: entry for entry in
        Introduction.objects.filter(year=year, unit__in=units.values("pk"))
        .annotate(passed=Exists(verification_passed()))
        .values("unit_id")
        .annotate(
            introduced=Count("pk", filter=of_quarter),
            verified=Count("pk", filter=of_quarter & (live | Q(passed=True))),
            published=Count("pk", filter=of_quarter & live),
            late=Count("pk", filter=of_quarter & Q(
                submitted_at__gte=late_from(year, quarter, discovery))),
            **{f"q{q}": Count("pk", filter=Q(quarter=q)) for q, _label in QUARTERS},
        )
        .order_by()
    }
    rows = []
    for each in units:
        found = counts.get(each.pk, {})

        def expected_in(q, unit_id=each.pk):
            return on_turn[q] is None or unit_id in on_turn[q]

        by_quarter = [
            QuarterCount(q, found.get(f"q{q}", 0),
                         quotas.get(each.kind, 0) if expected_in(q) else 0, expected_in(q))
            for q, _label in QUARTERS
        ]
        this = by_quarter[quarter - 1]
        rows.append(UnitRow(
            unit=each, expected=this.expected, quota=this.quota,
            introduced=found.get("introduced", 0), verified=found.get("verified", 0),
            published=found.get("published", 0), late=found.get("late", 0),
            by_quarter=by_quarter,
        ))
    rows.sort(key=lambda row: (KIND_ORDER.get(row.unit.kind, len(KIND_ORDER)),
                               fold(row.unit.name), row.unit.name, row.unit.pk))
    return UnitReport(rows, year=year, quarter=quarter,
                      deadline=discovery.deadline(year, quarter),
                      rotation=discovery.rotation_enabled)


# --- The chart --------------------------------------------------------------------------

# Colours chosen for at least 3:1 against white (WCAG AA for graphics) and told apart
# by people with red-green colour blindness; text is near-black on white.
COLOUR_MET = "#1f5fa8"
COLOUR_BELOW = "#a64b00"
COLOUR_NOT_EXPECTED = "#5f6368"
COLOUR_TEXT = "#1a1a1a"
COLOUR_GRID = "#767676"

CHART_WIDTH = 760
NAME_WIDTH = 210
QUARTER_LABEL_WIDTH = 56
BAR_LEFT = NAME_WIDTH + QUARTER_LABEL_WIDTH
BAR_AREA = 400
BAR_HEIGHT = 14
BAR_GAP = 4
UNIT_GAP = 16
LEGEND_HEIGHT = 64
NAME_CHARS = 28


def _short(name):
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1].rstrip() + "…"


def chart(report):
    """Geometry and words of the per-unit, per-quarter bar chart; tracking_chart.html
    draws it."""
    peak = max([1] + [max(q.introduced, q.quota) for row in report for q in row.by_quarter])
    scale = BAR_AREA / peak
    block = 4 * BAR_HEIGHT + 3 * BAR_GAP + UNIT_GAP
    units = []
    for index, row in enumerate(report):
        top = LEGEND_HEIGHT + index * block
        bars = []
        for position, count in enumerate(row.by_quarter):
            y = top + position * (BAR_HEIGHT + BAR_GAP)
            width = round(count.introduced * scale, 1)
            marker = round(count.quota * scale, 1) if count.quota else None
            if count.met is None:
                colour = COLOUR_NOT_EXPECTED
            else:
                colour = COLOUR_MET if count.met else COLOUR_BELOW
            bars.append({
                "label": gettext("Quarter %(quarter)s") % {"quarter": count.label},
                "y": y, "width": width, "colour": colour,
                # The figure goes after the bar or the quota line, whichever is further.
                "text_x": round(BAR_LEFT + max(width, marker or 0) + 6, 1),
                "text_y": y + BAR_HEIGHT - 3,
                "figure": (f"{count.introduced}/{count.quota}" if count.quota
                           else str(count.introduced)),
                "selected": count.quarter == report.quarter,
                "marker_x": None if marker is None else round(BAR_LEFT + marker, 1),
                "marker_top": y - 1, "marker_bottom": y + BAR_HEIGHT + 1,
            })
        units.append({"row": row, "name": _short(row.unit.name),
                      "name_y": top + (4 * BAR_HEIGHT + 3 * BAR_GAP) / 2 + 4, "bars": bars})
    height = LEGEND_HEIGHT + len(report) * block
    values = {"year": report.year}
    return {
        "width": CHART_WIDTH, "height": height, "units": units,
        "bar_left": BAR_LEFT, "bar_height": BAR_HEIGHT, "label_x": BAR_LEFT - 6,
        "axis_top": LEGEND_HEIGHT - 6, "axis_bottom": height - UNIT_GAP + 4,
        "title": gettext("Introductions against quota, by unit and quarter, %(year)s")
        % values,
        "description": gettext(
            "For each unit, four bars show the exemplars introduced in quarters I to IV "
            "of %(year)s, and a vertical line marks the quarter's quota. The figures "
            "after each bar are introduced/quota. Blue: quota met; orange: below quota; "
            "grey: nothing expected.") % values,
        "legend": [
            {"x": 0, "colour": COLOUR_MET, "text": gettext("Quota met")},
            {"x": 150, "colour": COLOUR_BELOW, "text": gettext("Below quota")},
            {"x": 300, "colour": COLOUR_NOT_EXPECTED, "text": gettext("Nothing expected")},
        ],
        "legend_marker": {"x": 470, "text": gettext("Quota")},
        "legend_figures": gettext("Figures: introduced/quota; the selected quarter in bold."),
        "colours": {"text": COLOUR_TEXT, "grid": COLOUR_GRID},
    }


# --- The admin view ---------------------------------------------------------------------


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
    template_name = "stories/admin/tracking_report.html"
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


# --- Reminders --------------------------------------------------------------------------


@dataclass
class Candidate:
    unit: Unit
    introduced: int
    quota: int
    recipients: list


@dataclass
class ReminderRun:
    today: datetime.date
    year: int
    quarter: int
    deadline: datetime.date
    in_window: bool
    dry_run: bool = False
    sent: list = field(default_factory=list)
    without_email: list = field(default_factory=list)
    failed: list = field(default_factory=list)


def reminder_window(today, discovery):
    """(year, quarter, deadline, whether ``today`` is a reminder day of that quarter)."""
    year, quarter = today.year, quarter_of(today)
    deadline = discovery.deadline(year, quarter)
    start = deadline - datetime.timedelta(days=discovery.reminder_days)
    return year, quarter, deadline, start <= today <= deadline


def reminder_candidates(today, discovery=None):
    """Units to remind on ``today``: in the days before the deadline of the quarter
    containing it, the units expected that quarter whose introductions fall short of a
    quota, not yet reminded this quarter, each with its focal people's addresses."""
    discovery = discovery or DiscoverySettings.load()
    year, quarter, _deadline, in_window = reminder_window(today, discovery)
    if not in_window:
        return []
    quotas = {kind: n for kind, n in discovery.quotas_for(year).items() if n > 0}
    on_turn = discovery.units_on_turn(quarter)
    units = (
        Unit.objects.filter(kind__in=list(quotas))
        .exclude(pk__in=Reminder.objects.filter(year=year, quarter=quarter).values("unit_id"))
        .annotate(introduced=Count("introductions", filter=Q(
            introductions__year=year, introductions__quarter=quarter)))
        .prefetch_related(Prefetch(
            "focal_people",
            queryset=FocalPerson.objects.filter(user__is_active=True).exclude(user__email="")
            .select_related("user"), to_attr="reachable"))
    )
    if on_turn is not None:
        units = units.filter(pk__in=on_turn)
    found = [
        Candidate(unit, unit.introduced, quotas[unit.kind],
                  sorted({person.user.email for person in unit.reachable}))
        for unit in units if unit.introduced < quotas[unit.kind]
    ]
    found.sort(key=lambda candidate: (fold(candidate.unit.name), candidate.unit.pk))
    return found


def import_link():
    """Where a focal person sends the quarter's introductions, as an absolute URL."""
    for name in ("introductions_import", "wagtailsnippets_stories_introduction:list",
                 "wagtailadmin_home"):
        try:
            return settings.SITE_BASE_URL + reverse(name)
        except NoReverseMatch:
            continue
    return settings.SITE_BASE_URL + "/quan-tri/"


def reminder_message(candidate, year, quarter, deadline):
    values = {"unit": candidate.unit.name, "quarter": ROMAN[quarter], "year": year,
              "deadline": ddmmyyyy(deadline), "sent": candidate.introduced,
              "quota": candidate.quota, "link": import_link()}
    subject = gettext("Reminder: %(unit)s has introduced %(sent)s of %(quota)s exemplars "
                      "for quarter %(quarter)s/%(year)s") % values
    body = "\n\n".join([
        gettext("Dear focal person of %(unit)s,") % values,
        gettext("The deadline for introducing exemplars for quarter %(quarter)s/%(year)s "
                "is %(deadline)s. Your unit has introduced %(sent)s of the %(quota)s "
                "expected.") % values,
        gettext("Please enter or import the remaining introductions here: %(link)s")
        % values,
        gettext("This message was sent automatically by Gương Sáng; please do not reply."),
    ])
    return subject, body + "\n"


def send_reminders(today, dry_run=False, discovery=None):
    """Email each unit to remind on ``today`` once, and record it; returns what was done.

    Run daily: a unit is reminded once a quarter, so running it again changes nothing.
    """
    discovery = discovery or DiscoverySettings.load()
    year, quarter, deadline, in_window = reminder_window(today, discovery)
    run = ReminderRun(today, year, quarter, deadline, in_window, dry_run)
    with translation.override(settings.LANGUAGE_CODE):
        for candidate in reminder_candidates(today, discovery):
            if not candidate.recipients:
                run.without_email.append(candidate)
                continue
            if dry_run:
                run.sent.append(candidate)
                continue
            subject, body = reminder_message(candidate, year, quarter, deadline)
            try:
                with transaction.atomic():
                    # Recorded first, so that two runs at once cannot both send; a failed
                    # sending rolls the record back and the next run tries again.
                    Reminder.objects.create(unit=candidate.unit, year=year, quarter=quarter,
                                            recipients=", ".join(candidate.recipients))
                    EmailMessage(subject, body, to=candidate.recipients).send()
            except IntegrityError:
                continue
            except OSError:
                run.failed.append(candidate)
                continue
            run.sent.append(candidate)
    return run
