"""Quarterly introductions: each unit's focal person sends the quarter's exemplars to the
home-affairs office, which tracks them against the installation's quotas."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from stories.models.kinds import SubjectType
from stories.models.taxonomy import Unit
from stories.vietnamese import fold

QUARTERS = [(1, "I"), (2, "II"), (3, "III"), (4, "IV")]


def quarter_of(day):
    return (day.month - 1) // 3 + 1


def current_quarter(now=None):
    """(year, quarter) of ``now`` (default: this moment) in the site's time zone."""
    day = timezone.localdate(now or timezone.now())
    return day.year, quarter_of(day)


def year_range():
    return [MinValueValidator(2000), MaxValueValidator(2100)]


class FocalPerson(models.Model):
    """Đầu mối đơn vị: the user who sends a unit's introductions, and sees only them."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                                on_delete=models.CASCADE, related_name="focal_person")
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE,
                             related_name="focal_people")

    panels = [FieldRowPanel([FieldPanel("user"), FieldPanel("unit")])]

    class Meta:
        verbose_name = _("unit focal person")
        verbose_name_plural = _("unit focal people")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} ({self.unit})"

    def save(self, *args, **kwargs):
        from django.contrib.auth.models import Group

        from stories.editorial.roles import FOCAL_PERSON

        super().save(*args, **kwargs)
        # Naming someone a unit's focal person is what gives them the role.
        group = Group.objects.filter(name=FOCAL_PERSON).first()
        if group is not None:
            self.user.groups.add(group)


class Introduction(models.Model):
    """One exemplar a unit introduces for a quarter; it becomes a draft profile that goes
    through the profile review like any other."""

    class Source(models.TextChoices):
        ADMIN = "admin", _("Entered in the admin")
        IMPORT = "import", _("Imported from a file")

    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT,
                             related_name="introductions")
    year = models.PositiveSmallIntegerField(_("year"), validators=year_range())
    quarter = models.PositiveSmallIntegerField(_("quarter"), choices=QUARTERS)
    subject_name = models.CharField(
        _("name of the person or collective"), max_length=255)
    subject_type = models.CharField(_("subject type"), max_length=20,
                                    choices=SubjectType.choices)
    place = models.ForeignKey("stories.Place", verbose_name=_("place"), null=True,
                              blank=True, on_delete=models.SET_NULL, related_name="+")
    sectors = models.ManyToManyField("stories.Sector", verbose_name=_("sectors"),
                                     blank=True, related_name="+")
    movements = models.ManyToManyField("stories.Movement", verbose_name=_("movements"),
                                       blank=True, related_name="+")
    achievement_summary = models.TextField(_("achievement summary"), max_length=600)
    proposed_awards = models.TextField(
        _("proposed awards"), blank=True,
        help_text=_("What the unit proposes, e.g. Giấy khen của Chủ tịch UBND xã."))
    decisions = models.TextField(
        _("decisions already issued"), blank=True,
        help_text=_("Number, date and issuing body of each decision, one per line; the "
                    "home-affairs office checks them before publication."))
    name_key = models.CharField(max_length=255, editable=False)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices,
                              default=Source.ADMIN, editable=False)
    source_file = models.CharField(_("imported file"), max_length=255, blank=True,
                                   editable=False)
    exemplar = models.OneToOneField(
        "stories.ExemplarPage", verbose_name=_("draft profile"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="introduction", editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", editable=False)
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("unit"), FieldPanel("year"), FieldPanel("quarter")]),
        FieldRowPanel([FieldPanel("subject_name"), FieldPanel("subject_type")]),
        FieldPanel("place"),
        FieldPanel("achievement_summary"),
        MultiFieldPanel([FieldPanel("proposed_awards"), FieldPanel("decisions")],
                        heading=_("Awards")),
        FieldPanel("sectors"),
        FieldPanel("movements"),
    ]

    class Meta:
        ordering = ["-year", "-quarter", "unit__name", "subject_name"]
        verbose_name = _("unit introduction")
        verbose_name_plural = _("unit introductions")
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "quarter", "name_key"],
                                    name="one_introduction_per_person_and_quarter"),
        ]

    def __str__(self):
        return f"{self.subject_name} ({self.unit}, {self.quarter_label})"

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.subject_name)
        super().save(*args, **kwargs)

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude)
        self.name_key = name_key(self.subject_name)
        if exclude and "unit" in exclude:
            return
        clash = Introduction.objects.filter(
            unit_id=self.unit_id, year=self.year, quarter=self.quarter,
            name_key=self.name_key).exclude(pk=self.pk)
        if self.unit_id and clash.exists():
            raise ValidationError({"subject_name": gettext(
                "This unit has already introduced “%(name)s” for this quarter.")
                % {"name": self.subject_name}})

    @property
    def quarter_label(self):
        return gettext("Quarter %(quarter)s/%(year)s") % {
            "quarter": dict(QUARTERS)[self.quarter], "year": self.year}


def name_key(name):
    """Two spellings of one name are one person: case, marks and spacing ignored."""
    return " ".join(fold(name or "").split())


@register_setting(icon="tasks")
class DiscoverySettings(ClusterableModel, BaseGenericSetting):
    """How this installation runs discovery: quotas, deadlines, rotation, retention."""

    class DeadlineDay(models.IntegerChoices):
        FIFTH = 5, _("the 5th")
        FIFTEENTH = 15, _("the 15th")

    deadline_day = models.PositiveSmallIntegerField(
        _("deadline day in the last month of the quarter"), choices=DeadlineDay.choices,
        default=DeadlineDay.FIFTH)
    reminder_days = models.PositiveSmallIntegerField(
        _("remind units this many days before the deadline"), default=7,
        validators=[MaxValueValidator(60)])
    rotation_enabled = models.BooleanField(
        _("units take turns by quarter"), default=False,
        help_text=_("When on, only the units listed for a quarter below are expected to "
                    "introduce exemplars in it."))
    nomination_retention_days = models.PositiveIntegerField(
        _("anonymise nominations not turned into profiles after (days)"), default=365,
        validators=[MinValueValidator(30)])

    panels = [
        MultiFieldPanel([FieldRowPanel([FieldPanel("deadline_day"),
                                        FieldPanel("reminder_days")])],
                        heading=_("Deadlines")),
        InlinePanel("quotas", heading=_("Quotas"), label=_("Quota")),
        MultiFieldPanel([FieldPanel("rotation_enabled"),
                         InlinePanel("rotation", label=_("Unit's turn"))],
                        heading=_("Rotation")),
        FieldPanel("nomination_retention_days"),
    ]

    class Meta:
        verbose_name = _("discovery and quotas")

    def deadline(self, year, quarter):
        return datetime.date(year, quarter * 3, self.deadline_day)

    def quotas_for(self, year):
        """{unit kind: exemplars expected per quarter} for ``year``."""
        return {rule.unit_kind: rule.per_quarter for rule in self.quotas.all()
                if rule.year == year}

    def units_on_turn(self, quarter):
        """Unit ids expected in ``quarter``, or None when every unit is expected."""
        if not self.rotation_enabled:
            return None
        return {turn.unit_id for turn in self.rotation.all() if turn.quarter == quarter}


class Quota(Orderable):
    settings = ParentalKey(DiscoverySettings, related_name="quotas", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_range())
    unit_kind = models.CharField(_("unit kind"), max_length=20, choices=Unit.Kind.choices)
    per_quarter = models.PositiveSmallIntegerField(_("exemplars per quarter"), default=1)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("unit_kind"),
                             FieldPanel("per_quarter")])]

    class Meta(Orderable.Meta):
        verbose_name = _("quota")
        verbose_name_plural = _("quotas")
        constraints = [models.UniqueConstraint(fields=["settings", "year", "unit_kind"],
                                               name="one_quota_per_kind_and_year")]

    def __str__(self):
        return f"{self.get_unit_kind_display()} {self.year}: {self.per_quarter}"


class UnitTurn(Orderable):
    settings = ParentalKey(DiscoverySettings, related_name="rotation",
                           on_delete=models.CASCADE)
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.CASCADE,
                             related_name="+")
    quarter = models.PositiveSmallIntegerField(_("quarter"), choices=QUARTERS)

    panels = [FieldRowPanel([FieldPanel("quarter"), FieldPanel("unit")])]

    class Meta(Orderable.Meta):
        verbose_name = _("unit's turn")
        verbose_name_plural = _("rotation")

    def __str__(self):
        return f"{self.unit} – {self.get_quarter_display()}"


class Reminder(models.Model):
    """A reminder sent, so that a daily schedule reminds each unit once a quarter."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField(choices=QUARTERS)
    sent_at = models.DateTimeField(default=timezone.now)
    recipients = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "year", "quarter"],
                                               name="one_reminder_per_unit_and_quarter")]

    def __str__(self):
        return f"{self.unit} {self.quarter}/{self.year}"
