"""Units' quarterly introductions in the admin: entered there (each becomes a draft profile
in the review, `introduction_profiles`), listed, filtered and searched by name as units
write it, every view narrowed to the units the user works with (`introduction_access`);
and the focal people who send them."""

import django_filters
from django import forms
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log
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

from stories.discovery.introduction_access import units_of, visible_introductions
from stories.discovery.introduction_profiles import (
    PROFILE_STATES,
    profile_link,
    profile_state,
    profile_url,
    submit,
    with_profile_state,
)
from stories.discovery.models.introductions import name_key
from stories.editorial.choosers import PermittedChooserViewSet
from stories.models import (
    QUARTERS,
    FocalPerson,
    Introduction,
    Place,
    Unit,
    current_quarter,
)


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
        template_name = "stories/discovery/admin/introductions_profile_panel.html"

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
