"""The form a citizen subscribes with: an address, and the columns and places whose new
stories the weekly digest brings."""

from django import forms
from django.utils.translation import gettext_lazy as _

from stories.discovery.nomination_form import COMMUNE_KINDS, SummarisedForm
from stories.models import ColumnPage, Place
from stories.models.base import live_public
from stories.vietnamese import fold

HONEYPOT = "website"
PROVINCE_KINDS = (Place.Kind.PROVINCE, Place.Kind.CENTRAL_CITY)


def column_choices():
    return [(column.pk, column.title) for column in
            live_public(ColumnPage.objects).order_by("path").only("pk", "title")]


def place_choices():
    """Today's provinces, then today's communes and wards grouped by their province."""
    places = list(Place.objects.filter(
        kind__in=(*PROVINCE_KINDS, *COMMUNE_KINDS), valid_to__isnull=True,
        successor__isnull=True).select_related("parent"))
    provinces = sorted((p for p in places if p.kind in PROVINCE_KINDS),
                       key=lambda p: fold(p.name))
    groups = {}
    for place in places:
        if place.kind in PROVINCE_KINDS:
            continue
        group = place.parent.full_name if place.parent_id else ""
        groups.setdefault(group, []).append(place)
    choices = [(str(_("Whole province")), [(p.pk, p.full_name) for p in provinces])] if (
        provinces) else []
    for group in sorted(groups, key=lambda label: (label == "", fold(label))):
        options = sorted(groups[group], key=lambda p: fold(p.name))
        choices.append((group or str(_("Other places")),
                        [(p.pk, p.full_name) for p in options]))
    return choices


class SubscribeForm(SummarisedForm):
    email = forms.EmailField(
        label=_("Your email address"), max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": _("Enter your email address."),
                        "invalid": _("Enter an email address like ten@vidu.vn.")})
    columns = forms.TypedMultipleChoiceField(
        label=_("Columns"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose columns from the list.")})
    places = forms.TypedMultipleChoiceField(
        label=_("Places"), required=False, coerce=int,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or ⌘ on a Mac) to choose more than one place."),
        error_messages={"invalid_choice": _("Choose places from the list.")})
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"tabindex": "-1",
                                                            "autocomplete": "off"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["columns"].choices = column_choices()
        self.fields["places"].choices = place_choices()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("columns") and not cleaned.get("places"):
            raise forms.ValidationError(
                _("Choose at least one column or place to receive news about."))
        return cleaned
