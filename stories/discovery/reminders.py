"""Reminders to units behind their quota: once a quarter, in the days before the deadline,
each unit expected that quarter whose introductions fall short is emailed at its focal
people's addresses (`manage.py send_reminders`, run daily)."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Count, Prefetch, Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

from stories.discovery.quota_report import ROMAN, ddmmyyyy
from stories.models import DiscoverySettings, FocalPerson, Reminder, Unit, quarter_of
from stories.models.base import site_url
from stories.models.site_settings import site_name
from stories.vietnamese import fold


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
            return site_url(reverse(name))
        except NoReverseMatch:
            continue
    return site_url("/quan-tri/")


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
        gettext("This message was sent automatically by %(site_name)s; please do not reply.")
        % {"site_name": site_name()},
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
