"""Introductions against quotas, for the home-affairs office: `unit_report()` counts each
unit's introductions for a quarter (verified, published, late) against the installation's
quotas and rotation, in a constant number of queries."""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page, TaskState

from stories.models import (
    QUARTERS,
    DiscoverySettings,
    Introduction,
    PlaceGraph,
    Unit,
    VerificationTask,
)
from stories.vietnamese import fold

ROMAN = dict(QUARTERS)
KIND_ORDER = {kind: index for index, kind in enumerate(Unit.Kind.values)}


def ddmmyyyy(day):
    return day.strftime("%d/%m/%Y")


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
