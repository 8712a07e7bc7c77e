"""Exemplar profiles (hồ sơ điển hình) and their awards; the directory that lists them is in
`stories.models.directory`."""

import functools

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index

from stories.blocks import StoryStreamBlock
from stories.cards import story_cards, story_rows
from stories.editorial.models.consent import ConsentWithdrawal
from stories.editorial.panels import ProposalPanel, VerificationChecklistPanel
from stories.forms import ExemplarPageForm
from stories.framework_internals import unsaved_relations
from stories.models.base import GuongSangPage, live_public, site_url
from stories.models.kinds import RecognitionLevel, SubjectType
from stories.models.taxonomy import Place
from stories.reading.related import related_to_exemplar

TOPIC_ROUTES = {"sectors": "sector_detail", "movements": "movement_detail",
                "places": "place_detail"}


def topics_of(page, *relations):
    """The sectors, movements and places a page is filed under, in one query.

    ``relations`` names many-to-many fields of the page. Returns {"sectors": [(name,
    url)], ...}, each list sorted by name.
    """
    from stories.models.taxonomy import home_route_url

    found = {relation: [] for relation in relations}
    if unsaved_relations(page) & set(relations):
        # A preview: the choices live on the page object, not yet in the database.
        rows = [(relation, getattr(term, "kind", ""), term.name, term.slug,
                 not getattr(term, "is_current", True))
                for relation in relations for term in getattr(page, relation).all()]
    elif page.pk:
        with connection.cursor() as cursor:
            cursor.execute(_topics_sql(type(page), relations), [page.pk] * len(relations))
            rows = cursor.fetchall()
    else:
        rows = []
    for relation, kind, name, slug, former in rows:
        # A former unit says so: a story filed under a commune and the one it merged into
        # shows two chips, not the same name twice.
        label = Place.describe(name, kind, current=not former) if kind else name
        found[relation].append((label, home_route_url(TOPIC_ROUTES[relation], slug)))
    for items in found.values():
        items.sort()
    return found


@functools.cache
def _topics_sql(model, relations):
    # Hand-written and built once: the ORM spends ten times longer composing this union
    # than the database spends running it, on every story and profile view.
    parts = []
    for relation in relations:
        field = model._meta.get_field(relation)
        through = field.remote_field.through._meta
        term = field.related_model._meta
        kind = "t.kind" if term.model is Place else "''"
        former = ("CASE WHEN t.valid_to IS NULL AND t.successor_id IS NULL THEN 0 ELSE 1 END"
                  if term.model is Place else "0")
        parts.append(
            f"SELECT '{relation}', {kind}, t.name, t.slug, {former}"  # noqa: S608
            f" FROM {term.db_table} t"
            f" JOIN {through.db_table} m ON m.{field.m2m_reverse_name()} = t.id"
            f" WHERE m.{field.m2m_column_name()} = %s"
        )
    return " UNION ALL ".join(parts)


def format_decision(number, symbol, date, issuer):
    """ "Quyết định số 123/QĐ-UBND ngày 01/02/2023 của Ủy ban nhân dân tỉnh Kon Tum"."""
    return gettext("Decision No. %(number)s/%(symbol)s dated %(date)s of %(issuer)s") % {
        "number": number,
        "symbol": symbol,
        "date": date.strftime("%d/%m/%Y"),
        "issuer": issuer,
    }


class ExemplarPage(GuongSangPage):
    """Hồ sơ điển hình: a person, collective, household or model practice held up as an
    example, with every award traceable to its decision."""

    subject_type = models.CharField(_("subject type"), max_length=20,
                                    choices=SubjectType.choices)
    portrait = models.ForeignKey(
        "stories.Photo", verbose_name=_("portrait"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    unit = models.ForeignKey(
        "stories.Unit", verbose_name=_("introducing unit"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="exemplars",
    )
    place = models.ForeignKey(
        "stories.Place", verbose_name=_("place at recognition"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="exemplars",
        help_text=_("The place as it was named when the exemplar was recognised."),
    )
    sectors = ParentalManyToManyField("stories.Sector", verbose_name=_("sectors"),
                                      blank=True, related_name="exemplars")
    movements = ParentalManyToManyField("stories.Movement", verbose_name=_("movements"),
                                        blank=True, related_name="exemplars")
    recognition_level = models.CharField(
        _("recognition level"), max_length=20, choices=RecognitionLevel.choices,
        default=RecognitionLevel.GRASSROOTS,
    )
    recognition_year = models.PositiveSmallIntegerField(_("year recognised"), null=True,
                                                        blank=True)
    achievement_summary = models.TextField(
        _("achievement summary"), max_length=600,
        help_text=_("Plain text, two or three sentences, used in lists, feeds and radio."),
    )
    profile = StreamField(StoryStreamBlock(), verbose_name=_("full profile"), blank=True)
    audio = models.ForeignKey(
        "stories.AudioClip", verbose_name=_("audio"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("A narration or radio report about this exemplar."),
    )

    consent_by = models.CharField(
        _("consent given by"), max_length=255, blank=True,
        help_text=_("The person (or head of household) who agreed to the publication."),
    )
    consent_on = models.DateField(_("consent date"), null=True, blank=True)
    consent_evidence = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name=_("consent evidence"), null=True,
        blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Scan of the signed consent form, kept private."),
    )
    consent_note = models.TextField(
        _("consent note"), blank=True,
        help_text=_("How consent was obtained, if there is no scanned form."),
    )

    base_form_class = ExemplarPageForm
    shown_relations = ("portrait", "unit", "place__parent")
    parent_page_types = ["stories.ExemplarIndexPage"]
    subpage_types = []
    is_creatable = True

    content_panels = [
        *GuongSangPage.content_panels,
        FieldRowPanel([FieldPanel("subject_type"), FieldPanel("recognition_level"),
                       FieldPanel("recognition_year")]),
        FieldPanel("portrait"),
        FieldPanel("achievement_summary"),
        FieldPanel("profile"),
        FieldPanel("audio"),
        InlinePanel("photos", label=_("Photos")),
    ]
    awards_panels = [
        VerificationChecklistPanel(),
        ProposalPanel(),
        HelpPanel(content=_("Every award needs its decision: number, symbol, date and "
                            "issuing body. Revoked awards are never shown as held.")),
        InlinePanel("awards", label=_("Awards")),
    ]
    taxonomy_panels = [
        FieldRowPanel([FieldPanel("unit"), FieldPanel("place")]),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("movements", widget=forms.CheckboxSelectMultiple),
    ]
    consent_panels = [
        VerificationChecklistPanel(),
        HelpPanel(content=_("Individuals and households are published only with their "
                            "informed consent (Personal Data Protection Law 91/2025/QH15).")),
        MultiFieldPanel([FieldRowPanel([FieldPanel("consent_by"), FieldPanel("consent_on")]),
                         FieldPanel("consent_evidence"), FieldPanel("consent_note")],
                        heading=_("Consent")),
    ]
    edit_handler = TabbedInterface([
        ObjectList(content_panels, heading=_("Profile")),
        ObjectList(awards_panels, heading=_("Awards")),
        ObjectList(taxonomy_panels, heading=_("Classification")),
        ObjectList(consent_panels, heading=_("Consent")),
        ObjectList(GuongSangPage.promote_panels, heading=_("Promote")),
        ObjectList(GuongSangPage.settings_panels, heading=_("Settings")),
    ])

    search_fields = [
        *GuongSangPage.search_fields,
        index.SearchField("achievement_summary"),
        index.SearchField("profile"),
        index.FilterField("subject_type"),
        index.FilterField("recognition_level"),
        index.FilterField("recognition_year"),
    ]

    # Consent records, the introducing unit's contacts and awards not shown as held are
    # never part of the API.
    api_fields = [
        APIField("subject_type"), APIField("recognition_level"), APIField("recognition_year"),
        APIField("achievement_summary"),
        APIField("portrait_url", serializer=ImageRenditionField(
            "fill-800x800|format-jpeg", source="portrait")),
        APIField("place_name"), APIField("awards_held"), APIField("profile"),
        APIField("topics"), APIField("last_published_at"), APIField("radio_version_url"),
    ]

    class Meta:
        verbose_name = _("exemplar profile")
        verbose_name_plural = _("exemplar profiles")

    @property
    def radio_version_url(self):
        """Whole, on the site's one root: portals read it from the API."""
        from django.urls import reverse

        return site_url(reverse("radio_version", args=[self.pk]))

    @property
    def place_name(self):
        return str(self.place) if self.place_id else ""

    @property
    def awards_held(self):
        return [{"name": award.display_name, "level": award.get_level_display(),
                 "year": award.year, "decision": award.decision_text}
                for award in self.public_awards]

    @property
    def requires_consent(self):
        return self.subject_type in (SubjectType.INDIVIDUAL, SubjectType.HOUSEHOLD)

    @property
    def standing_withdrawal(self):
        """The latest withdrawal of consent, unless a new consent has lifted it."""
        if not self.pk:
            return None
        withdrawal = ConsentWithdrawal.objects.filter(page_id=self.pk).first()
        if withdrawal is None:
            return None
        evidence = self.consent_evidence if self.consent_evidence_id else None
        return None if withdrawal.is_lifted_by(self.consent_on, evidence) else withdrawal

    def consent_problem(self):
        """Why this profile may not be published for lack of consent, or None."""
        withdrawal = self.standing_withdrawal
        if withdrawal is not None:
            return gettext(
                "Consent to publish this profile was withdrawn on %(date)s. It can be "
                "published again only with a new consent: a consent date after %(date)s "
                "and a new scan of the signed form, uploaded after the withdrawal was "
                "recorded (tab “Consent”)."
            ) % {"date": withdrawal.withdrawn_on.strftime("%d/%m/%Y")}
        if not self.requires_consent:
            return None
        missing = []
        if not self.consent_by:
            missing.append(gettext("who consented"))
        if not self.consent_on:
            missing.append(gettext("the date of consent"))
        if not self.consent_evidence_id and not self.consent_note.strip():
            missing.append(gettext("the evidence of consent"))
        if not missing:
            return None
        return gettext(
            "This profile of a private person cannot be published without their consent. "
            "Missing: %(missing)s (tab “Consent”)."
        ) % {"missing": ", ".join(missing)}

    def save(self, *args, **kwargs):
        # The last line of defence, whatever path publishes: admin, workflow, scheduler.
        if self.live:
            problem = self.consent_problem()
            if problem:
                raise ValidationError(problem)
        return super().save(*args, **kwargs)

    @cached_property
    def topics(self):
        return topics_of(self, "sectors", "movements")

    # A preview or a revision keeps its children on the page object; the managers of
    # modelcluster answer from there, or from the database for a page as published.
    @cached_property
    def gallery_photos(self):
        return list(self.photos.select_related("image"))

    @cached_property
    def public_awards(self):
        """Awards that may be shown as held: valid, with a complete decision."""
        return [award for award in self.awards.all() if award.is_shown_as_held]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = story_cards(story_rows(_stories_about(self.pk)), request)
        context["stories"] = stories
        context["related"] = related_to_exemplar(self, request, [story.pk for story in stories])
        return context

    def get_meta_description(self):
        return self.search_description or self.achievement_summary

    def get_meta_image(self):
        return self.portrait

    @property
    def og_type(self):
        return "profile"

    def get_json_ld(self, request):
        is_person = self.subject_type == SubjectType.INDIVIDUAL
        data = {
            "@context": "https://schema.org",
            "@type": "Person" if is_person else "Organization",
            "name": self.title,
            "description": self.achievement_summary,
            "url": self.get_full_url(request),
        }
        if self.public_awards:
            data["award"] = [award.full_text() for award in self.public_awards]
        if self.portrait_id:
            rendition = self.portrait.get_rendition("fill-800x800|format-jpeg")
            data["image"] = site_url(rendition.url, request)
        if self.unit_id:
            key = "affiliation" if is_person else "parentOrganization"
            data[key] = {"@type": "Organization", "name": self.unit.name}
        return data


def _stories_about(exemplar_id):
    # Looked up by name: the stories' module imports this one.
    StoryPage = apps.get_model("stories", "StoryPage")  # noqa: N806
    return (live_public(StoryPage.objects).filter(exemplar_links__exemplar_id=exemplar_id)
            .order_by("-first_published_at")[:6])


class ExemplarPhoto(Orderable):
    page = ParentalKey(ExemplarPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey("stories.Photo", verbose_name=_("photo"),
                              on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=500, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class Award(Orderable):
    """A title (danh hiệu thi đua) or form of commendation (hình thức khen thưởng),
    conferred by a decision that may later be revoked."""

    class Kind(models.TextChoices):
        TITLE = "danh_hieu", _("Emulation title")
        COMMENDATION = "khen_thuong", _("Form of commendation")

    class Level(models.TextChoices):
        GRASSROOTS = "co_so", _("Grassroots level")
        COMMUNE = "cap_xa", _("Commune level")
        DISTRICT = "cap_huyen", _("District level")
        PROVINCIAL = "cap_tinh", _("Provincial level")
        MINISTRY = "cap_bo", _("Ministry or central level")
        NATIONAL = "nha_nuoc", _("State level")

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")

    page = ParentalKey(ExemplarPage, related_name="awards", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=255,
                            help_text=_("e.g. Bằng khen, Chiến sĩ thi đua cơ sở"))
    grade = models.CharField(_("grade"), max_length=50, blank=True,
                             help_text=_("e.g. hạng Nhì"))
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    issuer = models.CharField(_("issuing body"), max_length=255, blank=True,
                              help_text=_("e.g. Ủy ban nhân dân tỉnh Kon Tum"))
    decision_number = models.CharField(_("decision number"), max_length=20, blank=True)
    decision_symbol = models.CharField(_("decision symbol"), max_length=50, blank=True,
                                       help_text=_("e.g. QĐ-UBND"))
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.VALID)
    revocation_number = models.CharField(_("revoking decision number"), max_length=20,
                                         blank=True)
    revocation_symbol = models.CharField(_("revoking decision symbol"), max_length=50,
                                         blank=True)
    revocation_date = models.DateField(_("revoking decision date"), null=True, blank=True)
    revocation_issuer = models.CharField(_("revoking body"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("name"), FieldPanel("grade")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("year")]),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_symbol"),
                           FieldPanel("decision_date")]),
            FieldPanel("issuer"),
        ], heading=_("Decision")),
        MultiFieldPanel([
            FieldPanel("status"),
            FieldRowPanel([FieldPanel("revocation_number"), FieldPanel("revocation_symbol"),
                           FieldPanel("revocation_date")]),
            FieldPanel("revocation_issuer"),
        ], heading=_("Revocation")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def __str__(self):
        return self.display_name

    def clean(self):
        errors = {}
        if self.status == self.Status.REVOKED:
            for field in ("revocation_number", "revocation_symbol", "revocation_date",
                          "revocation_issuer"):
                if not getattr(self, field):
                    errors[field] = gettext("A revoked award needs its revoking decision.")
        if self.decision_date and self.year and self.decision_date.year != self.year:
            errors["year"] = gettext("The year does not match the decision date.")
        if errors:
            raise ValidationError(errors)

    @property
    def display_name(self):
        return f"{self.name} {self.grade}".strip()

    @property
    def missing_decision_parts(self):
        labels = {
            "decision_number": gettext("number"),
            "decision_symbol": gettext("symbol"),
            "decision_date": gettext("date"),
            "issuer": gettext("issuing body"),
        }
        return [label for field, label in labels.items() if not getattr(self, field)]

    @property
    def has_complete_decision(self):
        return not self.missing_decision_parts

    @property
    def is_shown_as_held(self):
        return self.status == self.Status.VALID and self.has_complete_decision

    @property
    def decision_text(self):
        if not self.has_complete_decision:
            return ""
        return format_decision(self.decision_number, self.decision_symbol,
                               self.decision_date, self.issuer)

    @property
    def revocation_text(self):
        if not (self.revocation_number and self.revocation_symbol and self.revocation_date):
            return ""
        return format_decision(self.revocation_number, self.revocation_symbol,
                               self.revocation_date, self.revocation_issuer)

    def full_text(self):
        return f"{self.display_name} ({self.decision_text})"

