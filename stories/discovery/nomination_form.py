"""The public nomination form and the lookup of a reference code: their fields, the
cleaning of what was typed, and the error summary shown at the top of the page."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from stories.discovery.nomination_photos import (
    MAX_PHOTOS,
    MultipleFileField,
    MultipleFileInput,
    clean_photo,
)
from stories.discovery.phone_numbers import VietnamesePhoneField, normalise_phone
from stories.discovery.plain_text import PlainTextField
from stories.models import Nomination, Place, Sector, SubjectType
from stories.vietnamese import fold, to_nfc

MIN_STORY_LENGTH = 20
HONEYPOT = "website"
# Communes, wards and special zones: the level people give as where they live.
COMMUNE_KINDS = (Place.Kind.COMMUNE, Place.Kind.WARD, Place.Kind.SPECIAL_ZONE)


def _max_length(name):
    return Nomination._meta.get_field(name).max_length


def place_choices():
    """Today's communes and wards, grouped by the province (or city) they belong to."""
    places = (Place.objects.filter(kind__in=COMMUNE_KINDS, valid_to__isnull=True,
                                   successor__isnull=True).select_related("parent"))
    groups = {}
    for place in places:
        group = place.parent.full_name if place.parent_id else ""
        groups.setdefault(group, []).append((fold(place.name), place.pk, place.full_name))
    groups = {group: [(pk, label) for _key, pk, label in sorted(options)]
              for group, options in groups.items()}
    choices = [("", _("— Not sure, or not in the list —"))]
    if list(groups) == [""]:
        return choices + groups[""]
    for group in sorted(groups, key=lambda label: (label == "", fold(label))):
        choices.append((group or gettext("Other places"), groups[group]))
    return choices


class SummarisedForm(forms.Form):
    def error_summary(self):
        """(field id, text) of every error, in the order of the fields, for the list at
        the top of the page; the text names the field unless the message already does."""
        items = [("", str(error)) for error in self.non_field_errors()]
        for field in self:
            for error in field.errors:
                if field.widget_type == "checkbox":
                    items.append((field.id_for_label, str(error)))
                else:
                    label = str(field.label).rstrip(" ?:.")
                    items.append((field.id_for_label, f"{label}: {error}"))
        return items


class NominationForm(SummarisedForm):
    subject_name = PlainTextField(
        label=_("Name"), max_length=_max_length("subject_name"),
        help_text=_("Full name of the person, or the name of the family, group or model."),
        error_messages={"required": _("Enter the name of the person you are nominating.")})
    subject_type = forms.ChoiceField(label=_("This is"), choices=SubjectType.choices,
                                     initial=SubjectType.INDIVIDUAL)
    place = forms.TypedChoiceField(
        label=_("Commune or ward"), required=False, coerce=int, empty_value=None,
        error_messages={"invalid_choice": _("Choose a commune or ward from the list.")})
    place_detail = PlainTextField(
        label=_("Village or residential group"), required=False,
        max_length=_max_length("place_detail"),
        help_text=_("For example: thôn Kon Klor, tổ dân phố 3."))
    subject_contact = PlainTextField(
        label=_("How to reach them, if you know"), required=False,
        max_length=_max_length("subject_contact"),
        help_text=_("A phone number, an address, or someone who knows them. Only the "
                    "editors see it; nothing is sent to it."))
    story = PlainTextField(
        label=_("What did they do?"), multiline=True, min_length=MIN_STORY_LENGTH,
        max_length=Nomination._meta.get_field("story").max_length,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Tell the story in your own words: what happened, who was helped, what "
                    "changed. At most 5,000 characters."),
        error_messages={
            "required": _("Tell us what they did."),
            "min_length": _("Tell us a little more: at least %(limit_value)d characters."),
        })
    when_where = PlainTextField(
        label=_("When and where did it happen?"), required=False,
        max_length=_max_length("when_where"),
        help_text=_("For example: October 2026, at the Đăk Kôi commune market."))
    sector = forms.ModelChoiceField(
        label=_("Field"), queryset=Sector.objects.all(), required=False,
        empty_label=_("— Not sure —"),
        error_messages={"invalid_choice": _("Choose a field from the list.")})
    photos = MultipleFileField(
        label=_("Choose photos"), required=False,
        widget=MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("Up to 5 photos, JPEG, PNG or WebP, at most 10 MB each. Location and "
                    "camera data stored in photos are removed."))
    nominator_name = PlainTextField(
        label=_("Your name"), max_length=_max_length("nominator_name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name.")})
    nominator_phone = VietnamesePhoneField(
        label=_("Your phone number"), required=False,
        max_length=_max_length("nominator_phone"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text=_("For example 0905 123 456."))
    nominator_email = forms.EmailField(
        label=_("Your own email"), required=False,
        max_length=Nomination._meta.get_field("nominator_email").max_length,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("The reference code is emailed to this address, and to no other. Give "
                    "your own address, not that of the person you nominate."),
        error_messages={"invalid": _("Enter an email address such as ten@example.vn.")})
    consent_to_contact = forms.BooleanField(
        label=_("I agree that the editorial team may contact me about this nomination."),
        error_messages={"required": _("Tick the box to agree to be contacted: the editors "
                                      "need to check the story with you.")})
    # The honeypot: people are told to leave it empty, and never see it.
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"tabindex": "-1",
                                                            "autocomplete": "off"}))

    def __init__(self, *args, retention_days=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = place_choices()
        why = gettext("The editors use your name, phone and email only to check the story "
                      "with you and to tell you the outcome. They are never published.")
        if retention_days:
            why += " " + gettext(
                "If the story does not become a profile, they are erased after %(days)d "
                "days.") % {"days": retention_days}
        self.fields["consent_to_contact"].help_text = why

    def clean_place(self):
        pk = self.cleaned_data.get("place")
        return Place.objects.filter(pk=pk).first() if pk else None

    def clean_nominator_email(self):
        return to_nfc(self.cleaned_data.get("nominator_email", ""))

    def clean_photos(self):
        uploads = self.cleaned_data.get("photos") or []
        if len(uploads) > MAX_PHOTOS:
            raise ValidationError(
                _("You can send at most %(count)d photos; you chose %(chosen)d."),
                code="too_many", params={"count": MAX_PHOTOS, "chosen": len(uploads)})
        photos, problems = [], []
        for upload in uploads:
            try:
                photos.append(clean_photo(upload))
            except ValidationError as error:
                problems.append(error)
        if problems:
            raise ValidationError(problems)
        return photos

    def clean(self):
        cleaned_data = super().clean()
        phone_ok = "nominator_phone" not in self.errors
        email_ok = "nominator_email" not in self.errors
        if (phone_ok and email_ok and not cleaned_data.get("nominator_phone")
                and not cleaned_data.get("nominator_email")):
            self.add_error("nominator_phone", ValidationError(
                _("Give a phone number or an email address so that the editors can reach "
                  "you."), code="no_contact"))
        return cleaned_data

    def either_contact(self):
        """The nominator's phone and email: neither is needed alone, one of them is, so the
        page groups them under that rule instead of marking each optional."""
        return [self["nominator_phone"], self["nominator_email"]]

    def contacts(self):
        """The nominator's phone and email, as limits count them."""
        phone = self.cleaned_data.get("nominator_phone")
        email = self.cleaned_data.get("nominator_email", "").lower()
        return [value for value in (phone and f"phone:{phone}", email and f"email:{email}")
                if value]


class LookupForm(SummarisedForm):
    reference = forms.CharField(
        label=_("Reference code"), max_length=30,
        help_text=_("The code shown after you sent the nomination, such as GT-7K3M9Q."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false",
                                      "autocapitalize": "characters"}),
        error_messages={"required": _("Enter the reference code.")})
    contact = forms.CharField(
        label=_("The phone number or email you gave"), max_length=254,
        error_messages={"required": _("Enter the phone number or email you gave.")})

    def clean_reference(self):
        code = re.sub(r"[\s\-]", "", to_nfc(self.cleaned_data["reference"])).upper()
        if len(code) > 6 and code.startswith("GT"):
            code = code[2:]
        return f"GT-{code}"

    def find(self):
        """The nomination matching both the code and the contact, or None."""
        nomination = (Nomination.objects.select_related("exemplar")
                      .filter(reference=self.cleaned_data["reference"]).first())
        if nomination is None:
            return None
        contact = self.cleaned_data["contact"].strip()
        if "@" in contact:
            email = nomination.nominator_email
            return nomination if email and email.lower() == contact.lower() else None
        phone = normalise_phone(contact)
        return nomination if phone and phone == nomination.nominator_phone else None
