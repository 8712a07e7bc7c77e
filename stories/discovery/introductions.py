"""Units' quarterly introductions: entered in the admin or imported from a spreadsheet.

Each introduction becomes a draft profile in the profile review. A unit's focal person
works only with their own unit's introductions, in every admin view; the home-affairs
office, editors and administrators see every unit's.
"""


import django_filters
from django import forms
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    HistoryView,
    IndexView,
    InspectView,
    SnippetViewSet,
    UsageView,
)

from stories.discovery.models.introductions import name_key
from stories.editorial.choosers import PermittedChooserViewSet
from stories.editorial.roles import FOCAL_PERSON
from stories.models import (
    QUARTERS,
    ExemplarIndexPage,
    ExemplarPage,
    FocalPerson,
    Introduction,
    Place,
    Unit,
    current_quarter,
)

# --- Who sees which unit's introductions ----------------------------------------------------

_NOT_LOOKED_UP = object()


def units_of(user):
    """The units whose introductions ``user`` works with: None for every unit (the
    home-affairs office, editors, administrators: whoever may view introductions other
    than as a focal person), else the focal person's own unit, or none at all for a
    focal person not yet linked to a unit."""
    if not user.is_authenticated:
        return frozenset()
    units = getattr(user, "_introduction_units", _NOT_LOOKED_UP)
    if units is _NOT_LOOKED_UP:
        if user.is_superuser or _views_every_unit(user):
            units = None
        else:
            units = frozenset(FocalPerson.objects.filter(user=user)
                              .values_list("unit_id", flat=True))
        user._introduction_units = units
    return units


def _views_every_unit(user):
    view = {"permissions__content_type__app_label": "stories",
            "permissions__codename": "view_introduction"}
    return (user.groups.exclude(name=FOCAL_PERSON).filter(**view).exists()
            or user.user_permissions.filter(content_type__app_label="stories",
                                            codename="view_introduction").exists())


def visible_introductions(user, queryset=None):
    queryset = Introduction.objects.all() if queryset is None else queryset
    units = units_of(user)
    return queryset if units is None else queryset.filter(unit_id__in=units)


class IntroductionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed for a focal person to their own unit's introductions;
    a focal person without a unit may do nothing."""

    def user_has_permission(self, user, action):
        units = units_of(user)
        return (units is None or bool(units)) and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        units = units_of(user)
        return self.user_has_permission(user, action) and (
            units is None or instance.unit_id in units)

    def instances_user_has_any_permission_for(self, user, actions):
        return visible_introductions(
            user, super().instances_user_has_any_permission_for(user, actions))


# Registered before any admin view asks for the model's policy: the views, the menu, the
# bulk actions and the choosers all take it from the registry.
register_permission_policy(Introduction, IntroductionPermissionPolicy(Introduction))


def introduction_policy():
    return policy_registry.get_by_type(Introduction)


# --- From introduction to draft profile -----------------------------------------------------

@transaction.atomic
def submit(introduction, user):
    """Make the saved ``introduction`` a draft profile in the directory, send that into the
    profile review as ``user``, and link the two. Returns the profile; an introduction that
    already has one keeps it."""
    if introduction.exemplar_id:
        return introduction.exemplar
    page = ExemplarPage(
        title=introduction.subject_name, subject_type=introduction.subject_type,
        achievement_summary=introduction.achievement_summary, unit_id=introduction.unit_id,
        place_id=introduction.place_id, owner=user, live=False,
    )
    page.sectors.set(introduction.sectors.all())
    page.movements.set(introduction.movements.all())
    # The slug is made from the title, unique among the directory's profiles.
    ExemplarIndexPage.objects.get().add_child(instance=page)
    log(page, "wagtail.create", user=user)
    page.save_revision(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    introduction.exemplar = page
    introduction.submitted_by = introduction.submitted_by or user
    introduction.save(update_fields=["exemplar", "submitted_by"])
    return page


PROFILE_STATES = {"draft": _("Draft"), "in_review": _("In review"),
                  "published": _("Published")}


def with_profile_state(queryset):
    """Introductions with whether their profile is in review, in the listing's query."""
    reviews = WorkflowState.objects.filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page",
        object_id=Cast(OuterRef("exemplar_id"), output_field=CharField()),
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )
    return queryset.annotate(profile_in_review=Exists(reviews))


def profile_state(introduction):
    """"draft", "in_review" or "published"; "" while there is no profile."""
    page = introduction.exemplar
    if page is None:
        return ""
    if page.live:
        return "published"
    in_review = getattr(introduction, "profile_in_review", None)
    if in_review is None:
        in_review = page.workflow_in_progress
    return "in_review" if in_review else "draft"


def can_edit_profiles(user):
    allowed = getattr(user, "_can_edit_profiles", None)
    if allowed is None:
        directory = ExemplarIndexPage.objects.first()
        allowed = directory is not None and policy_registry.get_by_type(
            Page).user_has_permission_for_instance(user, "change", directory)
        user._can_edit_profiles = allowed
    return allowed


def profile_url(page, request):
    """Where ``request.user`` opens the profile: the page editor for those who edit
    profiles, the public page once published, otherwise nowhere."""
    if page is None:
        return None
    if can_edit_profiles(request.user):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])
    if page.live:
        return page.get_url(request)
    return None


def profile_link(introduction, request):
    state = profile_state(introduction)
    if not state:
        return gettext("No profile yet")
    url = profile_url(introduction.exemplar, request)
    label = PROFILE_STATES[state]
    return format_html('<a href="{}">{}</a>', url, label) if url else label


# --- Admin views of introductions -----------------------------------------------------------

class IntroductionForm(WagtailAdminModelForm):
    """A focal person's unit is fixed; a new introduction defaults to this quarter."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = units_of(self.for_user) if self.for_user else None
        if units is not None and "unit" in self.fields:
            unit = self.fields["unit"]
            unit.queryset = Unit.objects.filter(pk__in=units)
            unit.empty_label = None
            unit.disabled = True
            if not self.instance.pk:
                self.initial["unit"] = next(iter(units), None)
        if not self.instance.pk:
            year, quarter = current_quarter()
            if self.initial.get("year") is None:
                self.initial["year"] = year
            if self.initial.get("quarter") is None:
                self.initial["quarter"] = quarter
        if "place" in self.fields:
            self.fields["place"].queryset = Place.objects.filter(
                Q(valid_to__isnull=True) | Q(pk=self.instance.place_id))


class ProfileLinkPanel(Panel):
    """What saving does, or the profile the introduction became and where it stands."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/introductions_profile_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            introduction = self.instance
            page = introduction.exemplar if introduction.pk else None
            context.update(is_new=not introduction.pk, profile=page,
                           profile_state=PROFILE_STATES.get(
                               profile_state(introduction) if page else ""),
                           profile_url=profile_url(page, self.request))
            return context


class ProfileColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = profile_link(instance, parent_context["request"])
        return context


def submitted_on(introduction):
    return timezone.localtime(introduction.submitted_at).strftime("%d/%m/%Y")


def introduction_years():
    years = set(Introduction.objects.values_list("year", flat=True).distinct())
    years.add(current_quarter()[0])
    return [(year, year) for year in sorted(years, reverse=True)]


def quarter_choices():
    return [(number, gettext("Quarter %(quarter)s") % {"quarter": roman})
            for number, roman in QUARTERS]


def filter_units(request):
    units = units_of(request.user) if request else frozenset()
    return Unit.objects.all() if units is None else Unit.objects.filter(pk__in=units)


class IntroductionFilterSet(WagtailFilterSet):
    year = django_filters.TypedChoiceFilter(label=_("Year"), choices=introduction_years,
                                            coerce=int)
    quarter = django_filters.TypedChoiceFilter(label=_("Quarter"), choices=quarter_choices,
                                               coerce=int)
    unit = django_filters.ModelChoiceFilter(label=_("Unit"), queryset=filter_units)

    class Meta:
        model = Introduction
        fields = ["year", "quarter", "unit"]


class IntroductionIndexView(IndexView):
    def search_queryset(self, queryset):
        # The listing is searched by name as units write it: "a thut" finds "A Thút".
        if not self.is_searching:
            return queryset
        return queryset.filter(name_key__contains=name_key(self.search_query))

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.user_has_permission("add"):
            buttons.append(HeaderButton(gettext("Import from a file"),
                                        url=reverse("introductions_import"),
                                        icon_name="upload"))
        return buttons


def log_introduction(introduction, action, user, **kwargs):
    """Log an action on an introduction under its number, not the person's name: Wagtail's
    site history lists every introduction's entries to whoever may work with introductions,
    focal people of other units included."""
    log(introduction, action, user=user, **kwargs,
        title=gettext("Introduction no. %(number)s") % {"number": introduction.pk})


class IntroductionCreateView(CreateView):
    def save_instance(self):
        introduction = self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=None,
        ).execute(skip_permission_checks=True)
        self.new_revision = None
        log_introduction(introduction, "wagtail.create", self.request.user)
        submit(introduction, self.request.user)
        return introduction

    def get_success_message(self, instance):
        return gettext("Introduction “%(name)s” sent: its draft profile is in review.") % {
            "name": instance.subject_name}


# Another unit's introduction is not found, whatever the view: each looks the object up
# among those the user may see.

class IntroductionEditView(EditView):
    def get_queryset(self):
        return visible_introductions(self.request.user)

    def save_instance(self):
        introduction = self.action_class(
            self.form.instance, user=self.request.user, form=self.form, log_action=None,
        ).execute(skip_permission_checks=True)
        self.new_revision = None
        log_introduction(introduction, "wagtail.edit", self.request.user, content_changed=True)
        return introduction


class IntroductionDeleteView(DeleteView):
    def get_queryset(self):
        return visible_introductions(self.request.user)

    @transaction.atomic
    def delete_action(self):
        log_introduction(self.object, "wagtail.delete", self.request.user, deleted=True)
        self.action_class(self.object, user=self.request.user, log_action=None).execute(
            skip_permission_checks=True)


class IntroductionHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return visible_introductions(self.request.user)


class IntroductionUsageView(UsageView):
    def get_base_object_queryset(self):
        return visible_introductions(self.request.user)


class IntroductionInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(visible_introductions(self.request.user), pk=self.pk)


class VisibleChoices:
    def get_object_list(self):
        return visible_introductions(self.request.user)


class IntroductionChooseView(VisibleChoices, snippet_chooser.ChooseView):
    pass


class IntroductionChooseResultsView(VisibleChoices, snippet_chooser.ChooseResultsView):
    pass


class IntroductionChosenView(snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return visible_introductions(self.request.user).get(pk=pk)


class IntroductionChosenMultipleView(snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible_introductions(self.request.user).filter(pk__in=pks)


class IntroductionChooserViewSet(PermittedChooserViewSet):
    choose_view_class = IntroductionChooseView
    choose_results_view_class = IntroductionChooseResultsView
    chosen_view_class = IntroductionChosenView
    chosen_multiple_view_class = IntroductionChosenMultipleView


class IntroductionDeleteBulkAction(DeleteBulkAction):
    """Snippets' bulk delete, which also never names another unit's introductions among
    those the user may not delete."""

    models = [Introduction]

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        units = units_of(self.request.user)
        hidden = extra["items_with_no_access"]
        if units is not None:
            hidden = [item for item in hidden if item.unit_id in units]
        return objects, {**extra, "items_with_no_access": hidden}


# After the snippets' own bulk delete (order 0), so that this one is the introductions'.
hooks.register("register_bulk_action", IntroductionDeleteBulkAction, order=1)


class IntroductionViewSet(SnippetViewSet):
    model = Introduction
    icon = "form"
    list_display = [
        "subject_name",
        "unit",
        Column("quarter", label=_("Quarter"), accessor="quarter_label"),
        Column("submitted_at", label=_("Submitted"), accessor=submitted_on,
               sort_key="submitted_at"),
        ProfileColumn("exemplar", label=_("Draft profile")),
    ]
    filterset_class = IntroductionFilterSet
    # Not in any search index: the names are searched in the database, folded.
    search_fields = ["name_key"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = IntroductionIndexView
    add_view_class = IntroductionCreateView
    edit_view_class = IntroductionEditView
    delete_view_class = IntroductionDeleteView
    history_view_class = IntroductionHistoryView
    usage_view_class = IntroductionUsageView
    inspect_view_class = IntroductionInspectView
    chooser_viewset_class = IntroductionChooserViewSet
    edit_handler = ObjectList([
        ProfileLinkPanel(),
        # Plain lists, not choosers: they offer only what the form accepts (the focal
        # person's unit, current places).
        FieldRowPanel([FieldPanel("unit", widget=forms.Select), FieldPanel("year"),
                       FieldPanel("quarter")]),
        FieldRowPanel([FieldPanel("subject_name"), FieldPanel("subject_type")]),
        FieldPanel("achievement_summary"),
        FieldPanel("place", widget=forms.Select),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("movements", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("proposed_awards"), FieldPanel("decisions")],
                        heading=_("Awards")),
    ], base_form_class=IntroductionForm)

    def get_queryset(self, request):
        return with_profile_state(visible_introductions(request.user)).select_related(
            "unit", "exemplar")


class FocalPersonViewSet(SnippetViewSet):
    """Who sends each unit's introductions; managed by the site's administrators."""

    model = FocalPerson
    icon = "user"
    list_display = ["user", "unit"]
    list_filter = ["unit"]
    copy_view_enabled = False
    chooser_viewset_class = PermittedChooserViewSet

    def get_queryset(self, request):
        return FocalPerson.objects.select_related("user", "unit").order_by(
            "unit__name", "user__username")
