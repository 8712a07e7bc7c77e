"""Taxonomies editors tag content with: sectors, movements, places and units."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from stories.vietnamese import collation_key, fold, slugify


def home_route_url(name, slug):
    """URL of a taxonomy page routed by the home page, which is the site's root."""
    # Looked up by name: the home page's module imports this one.
    HomePage = apps.get_model("stories", "HomePage")  # noqa: N806
    return "/" + HomePage.get_resolver().reverse(name, slug)


class SluggedTaxonomy(index.Indexed, models.Model):
    """A named term with an ASCII slug made from its Vietnamese name, unique in its table."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Web address part; filled in from the name when left empty."),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.AutocompleteField("folded_name"),
        # The admin's listings sort search results by name.
        index.FilterField("name"),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(self.slug_source()) or "muc"
            candidate, suffix = base, 1
            others = type(self)._default_manager.exclude(pk=self.pk)
            while others.filter(slug=candidate).exists():
                suffix += 1
                candidate = f"{base}-{suffix}"
            self.slug = candidate
        super().save(*args, **kwargs)

    def slug_source(self):
        return self.name

    def folded_name(self):
        """For the admin's search: "Đăk Hà" is found by typing "dak ha"."""
        return fold(self.name)


class Sector(SluggedTaxonomy):
    """Lĩnh vực: a field of work an exemplar or story belongs to."""

    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"),
              FieldPanel("sort_order")]
    api_fields = [APIField("description")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def get_absolute_url(self):
        return home_route_url("sector_detail", self.slug)


class Movement(SluggedTaxonomy):
    """Phong trào thi đua or cuộc vận động: a dated emulation movement or campaign."""

    class Scope(models.TextChoices):
        NATIONAL = "national", _("National")
        PROVINCIAL = "provincial", _("Provincial")
        LOCAL = "local", _("Local")

    launched_by = models.CharField(_("launched by"), max_length=255)
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices,
                             default=Scope.NATIONAL)
    launched_on = models.DateField(_("launched on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    in_focus = models.BooleanField(
        _("in focus"), default=False, help_text=_("Shown on the home page.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("launched_by"), FieldPanel("scope")]),
        FieldRowPanel([FieldPanel("launched_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
        FieldPanel("in_focus"),
    ]
    search_fields = [*SluggedTaxonomy.search_fields, index.SearchField("launched_by")]
    api_fields = [APIField("launched_by"), APIField("scope"), APIField("launched_on"),
                  APIField("ends_on"), APIField("description")]

    class Meta:
        ordering = ["-launched_on", "name"]
        verbose_name = _("movement")
        verbose_name_plural = _("movements")

    def get_absolute_url(self):
        return home_route_url("movement_detail", self.slug)


class Place(SluggedTaxonomy):
    """An administrative unit, current or historical, with the unit it was merged into."""

    class Kind(models.TextChoices):
        PROVINCE = "tinh", _("Province")
        CENTRAL_CITY = "thanh_pho_tw", _("Centrally-run city")
        COMMUNE = "xa", _("Commune")
        WARD = "phuong", _("Ward")
        SPECIAL_ZONE = "dac_khu", _("Special zone")
        DISTRICT = "huyen", _("District (historical)")
        URBAN_DISTRICT = "quan", _("Urban district (historical)")
        TOWN = "thi_xa", _("Town (historical)")
        PROVINCIAL_CITY = "thanh_pho", _("Provincial city (historical)")
        TOWNSHIP = "thi_tran", _("Township (historical)")

    KIND_PREFIX = {
        "tinh": "tỉnh", "thanh_pho_tw": "thành phố", "xa": "xã", "phuong": "phường",
        "dac_khu": "đặc khu", "huyen": "huyện", "quan": "quận", "thi_xa": "thị xã",
        "thanh_pho": "thành phố", "thi_tran": "thị trấn",
    }

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(
        _("official code"), max_length=10, blank=True,
        help_text=_("Code in the national list of administrative units."),
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("belongs to"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(
        _("valid to"), null=True, blank=True,
        help_text=_("Leave empty while the unit exists."),
    )
    successor = models.ForeignKey(
        "self", verbose_name=_("merged into"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="predecessors",
        help_text=_("The unit this one became part of when it was merged or dissolved."),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("name")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("parent")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
             FieldPanel("successor")],
            heading=_("History"),
        ),
    ]
    search_fields = [*SluggedTaxonomy.search_fields, index.SearchField("code")]
    api_fields = [APIField("kind"), APIField("code"), APIField("is_current")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="place_code_unique"
            )
        ]

    def __str__(self):
        return self.describe(self.name, self.kind, current=self.is_current)

    def get_absolute_url(self):
        return home_route_url("place_detail", self.slug)

    @classmethod
    def describe(cls, name, kind, *, current=True, within=""):
        """"xã Đăk Hà", or "xã Đăk Kôi (trước đây, huyện Kon Rẫy)" for a unit that no
        longer exists: ``within`` names the unit it was part of, to tell it apart from
        today's unit of the same name."""
        label = f"{cls.KIND_PREFIX.get(kind, '')} {name}".strip()
        notes = ([] if current else [str(_("former"))]) + ([within] if within else [])
        return f"{label} ({', '.join(notes)})" if notes else label

    @property
    def label(self):
        """Its name as lists show it, told apart from today's unit of the same name.
        Reads ``parent``: select it with the place."""
        within = "" if self.is_current or not self.parent_id else self.parent.full_name
        return self.describe(self.name, self.kind, current=self.is_current, within=within)

    @property
    def full_name(self):
        return f"{self.KIND_PREFIX.get(self.kind, '')} {self.name}".strip()

    @property
    def is_current(self):
        return self.valid_to is None and self.successor_id is None

    def slug_source(self):
        return self.full_name


class PlaceGraph:
    """The whole place tree in memory, built from one query.

    A place "covers" every place that lies wholly inside today's area of it: an old
    district covers its old communes and the communes they were merged into, and a new
    commune covers the old communes merged into it, so old names still find content.
    """

    def __init__(self, rows):
        self.parent = {}
        self.successor = {}
        self.current = {}
        self.children = {}
        for pk, parent_id, successor_id, valid_to in rows:
            self.parent[pk] = parent_id
            self.successor[pk] = successor_id
            self.current[pk] = valid_to is None and successor_id is None
            self.children.setdefault(parent_id, []).append(pk)
        self._today = {}
        self._covering = None

    @classmethod
    def load(cls):
        return cls(Place.objects.values_list("pk", "parent_id", "successor_id", "valid_to"))

    def today(self, pk, _seen=None):
        """Today's units that ``pk`` leads to."""
        if pk in self._today:
            return self._today[pk]
        seen = _seen or set()
        if pk in seen or pk not in self.parent:
            return frozenset()
        seen.add(pk)
        if self.successor.get(pk):
            result = self.today(self.successor[pk], seen)
        elif self.current[pk]:
            result = frozenset([pk])
        else:
            result = frozenset().union(
                *(self.today(child, seen) for child in self.children.get(pk, []))
            ) or frozenset([pk])
        self._today[pk] = result
        return result

    def descendants(self, pk):
        found, stack = set(), [pk]
        while stack:
            for child in self.children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def covered(self, pk):
        """Every place whose content belongs on ``pk``'s pages."""
        if pk not in self.parent:
            return set()
        area = set(self.today(pk))
        for target in list(area):
            area |= self.descendants(target)
        covered = {pk} | self.descendants(pk)
        covered |= {other for other in self.parent if self.today(other) and
                    self.today(other) <= area}
        return covered

    def covering(self, pk):
        """Every place whose pages show content filed under ``pk``: the inverse of
        `covered` (a commune, the district it was in, the communes merged into it…)."""
        if self._covering is None:
            self._covering = {}
            for place in self.parent:
                for inside in self.covered(place):
                    self._covering.setdefault(inside, set()).add(place)
        return self._covering.get(pk, set())


class PlaceIndex:
    """The place list as /dia-phuong/ shows it, from one query: today's units grouped
    by the province they are in, then the former units, each with the units of today it
    became part of; all in Vietnamese alphabetical order, narrowed to those whose label
    contains a query typed with or without diacritics."""

    def __init__(self, places, query=""):
        self.query = " ".join(query.split())
        by_pk = {place.pk: place for place in places}
        graph = PlaceGraph([(p.pk, p.parent_id, p.successor_id, p.valid_to) for p in places])
        wanted = fold(self.query)
        order = sorted(places, key=lambda place: (collation_key(place.name),
                                                  collation_key(place.label)))
        shown = [place for place in order if wanted in fold(place.label)
                 or (place.parent_id and wanted in fold(place.parent.full_name))]
        self.total = len(places)
        groups, self.former = {}, []
        for place in shown:
            if place.is_current and place.kind not in PROVINCIAL_KINDS:
                groups.setdefault(place.parent_id, []).append(place)
            elif not place.is_current:
                today = sorted((by_pk[pk] for pk in graph.today(place.pk) if pk != place.pk),
                               key=lambda unit: collation_key(unit.name))
                self.former.append((place, today))
        # Today's communes and wards under the province they are in.
        self.provinces = sorted(((by_pk.get(pk), units) for pk, units in groups.items()),
                                key=lambda group: collation_key(group[0].name if group[0]
                                                                else ""))
        self.count = sum(len(units) for _province, units in self.provinces) + len(self.former)

    @classmethod
    def load(cls, query=""):
        return cls(list(Place.objects.select_related("parent")), query)


PROVINCIAL_KINDS = {Place.Kind.PROVINCE, Place.Kind.CENTRAL_CITY}


class Unit(SluggedTaxonomy):
    """Cơ quan, đơn vị, địa phương that introduces exemplars."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("Agency")
        COMMUNE = "commune", _("Commune or ward")
        SCHOOL = "school", _("School")
        POLICE = "police", _("Police")
        MILITARY = "military", _("Military")
        MASS_ORGANISATION = "mass_org", _("Mass organisation")
        ENTERPRISE = "enterprise", _("Enterprise")
        HEALTH = "health", _("Health facility")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    place = models.ForeignKey(
        Place, verbose_name=_("place"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="units",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"),
              FieldRowPanel([FieldPanel("kind"), FieldPanel("place")])]

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
