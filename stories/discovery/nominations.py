"""Citizens' nominations ("Giới thiệu người tốt việc tốt"): the public form, the thanks
page and the lookup of a reference code.

Protections, all without JavaScript:
- CSRF: Django's middleware; no view here is exempt.
- A honeypot field: a filled one gets the ordinary thanks page and nothing is saved.
- Limits counted in the default cache (`DEFAULT_LIMITS`, overridable key by key with the
  `NOMINATION_LIMITS` setting): per client address, per nominator phone and email, and
  site-wide. A limit reached re-shows the form with what was typed, HTTP 429 and
  Retry-After; a cache that fails lets submissions through rather than refusing them.
- The receipt: anyone can type any address as their own, so the form must not be a way
  to mail strangers. It goes only to the address given as the nominator's own (never to
  one typed elsewhere in the form), at most a few a day to one mailbox (a receipt past
  that is silently not sent; the nomination is saved all the same), and it carries no
  text typed in the form.
- Photos: size, count, real content read by Pillow (JPEG, PNG, WebP only), a pixel limit,
  then re-encoded without any metadata (EXIF, GPS, XMP) into private storage.
- Text: stored as plain NFC text, tags and control characters removed.

The client address is REMOTE_ADDR, which `guongsang.middleware.ClientAddressMiddleware`
sets to the visitor's address behind TRUSTED_PROXIES reverse proxies. The proxy should
also cap the request body (5 photos of 10 MB: about 55 MB).
"""

import contextlib
import datetime
import html
import logging
import re
import uuid

import nh3
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from guongsang.accounts.retry import retry_time
from guongsang.middleware import visitor_address
from guongsang.rate_limits import RateLimits
from PIL import Image

from stories.discovery.models.nominations import new_reference
from stories.editorial.roles import EDITOR
from stories.media.photo_cleaning import PHOTO_FORMATS, reencode
from stories.models import (
    DiscoverySettings,
    ExemplarPage,
    Nomination,
    NominationPhoto,
    Place,
    Sector,
    SubjectType,
)
from stories.models.base import live_public
from stories.vietnamese import fold, to_nfc

logger = logging.getLogger(__name__)

# name: (how many, per how many seconds). Windows are fixed: a refused visitor is told
# when the current one ends.
DEFAULT_LIMITS = {
    # Nominations accepted from one address (an IPv6 /64 counts as one address).
    "ip": (5, 60 * 60),
    # Nominations giving the same nominator phone number or email address.
    "contact": (3, 24 * 60 * 60),
    # Nominations accepted from everyone: a flood waits instead of filling the inbox.
    "site": (60, 10 * 60),
    # Every submission from one address, valid or not: checking photos costs time.
    "attempts": (30, 60 * 60),
    # Reference-code look-ups from one address: codes cannot be guessed by trying.
    "lookup": (20, 60 * 60),
    # Receipts emailed to one mailbox, whoever typed its address.
    "receipt": (3, 24 * 60 * 60),
}

MAX_PHOTOS = 5
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
MIN_STORY_LENGTH = 20

HONEYPOT = "website"
SESSION_KEY = "nomination_sent"
# Communes, wards and special zones: the level people give as where they live.
COMMUNE_KINDS = (Place.Kind.COMMUNE, Place.Kind.WARD, Place.Kind.SPECIAL_ZONE)


def _max_length(name):
    return Nomination._meta.get_field(name).max_length


# --- plain text ----------------------------------------------------------------------------

# PostgreSQL refuses NUL; the other control characters are invisible noise. Newlines and
# tabs are handled with the spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(value, *, multiline=False):
    """``value`` as plain NFC text: tags (and script/style content) removed, entities
    turned back into characters, repeated until nothing that looks like HTML is left."""
    text = to_nfc(value).replace("\r\n", "\n").replace("\r", "\n")
    for _round in range(5):
        stripped = html.unescape(nh3.clean(text, tags=set()))
        if stripped == text:
            break
        text = stripped
    else:
        # Still changing after five rounds: only something crafted nests entities that
        # deep, and its brackets go.
        text = text.replace("<", "").replace(">", "")
    text = to_nfc(_CONTROL.sub("", text))
    if not multiline:
        return " ".join(text.split())
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class PlainTextField(forms.CharField):
    """A text field whose value is stored as plain text; lengths are checked on it."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return plain_text(value, multiline=self.multiline) if value else value


# --- phone numbers -------------------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
# 0 and nine digits (mobiles), or 02 and nine digits (landlines); +84 for the leading 0.
_PHONE = re.compile(r"(?:\+84\s?0?|0)(?P<number>2[0-9]{9}|[1-9][0-9]{8})")


def normalise_phone(value):
    """"+84 905.123.456" -> "0905123456"; None when it is not a Vietnamese number."""
    match = _PHONE.fullmatch(_PHONE_SEPARATORS.sub("", to_nfc(value or "")))
    return f"0{match['number']}" if match else None


class VietnamesePhoneField(forms.CharField):
    default_error_messages = {
        "invalid": _("Enter a Vietnamese phone number: 10 digits starting with 0 (for "
                     "example 0905 123 456), or +84 followed by the number."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        phone = normalise_phone(value)
        if phone is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return phone


# --- photos ----------------------------------------------------------------------------------

class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_file_clean = super().clean
        if isinstance(data, list | tuple):
            return [single_file_clean(item, initial) for item in data]
        return [single_file_clean(data, initial)] if data else []


def _shown_name(upload):
    name = (upload.name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return Truncator(plain_text(name)).chars(60) or gettext("(no name)")


def clean_photo(upload):
    """Check one uploaded photo and re-encode it; raises ValidationError."""
    name = _shown_name(upload)
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(size)d MB."),
            code="too_large", params={"name": name, "size": MAX_PHOTO_BYTES // 2**20})
    too_many_pixels = ValidationError(
        _("“%(name)s” has too many pixels (at most %(megapixels)d megapixels): please "
          "send a smaller copy."),
        code="too_many_pixels",
        params={"name": name, "megapixels": MAX_PHOTO_PIXELS // 1_000_000})
    not_a_photo = ValidationError(
        _("“%(name)s” is not a JPEG, PNG or WebP photo, or it is damaged."),
        code="not_a_photo", params={"name": name})
    try:
        # Only these decoders ever see the bytes, whatever the file claims to be.
        upload.seek(0)
        with Image.open(upload, formats=PHOTO_FORMATS) as probe:
            if probe.width * probe.height > MAX_PHOTO_PIXELS:
                raise too_many_pixels
            probe.verify()
        upload.seek(0)
        with Image.open(upload, formats=PHOTO_FORMATS) as image:
            image.load()
            return reencode(image)
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise too_many_pixels from error
    except Exception as error:
        # Damaged or crafted files fail in many ways inside the decoders.
        raise not_a_photo from error


# --- the form ------------------------------------------------------------------------------

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
        help_text=_("For example 0905 123 456. Give a phone number, an email address, or "
                    "both."))
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


# --- limits --------------------------------------------------------------------------------

LIMITS = RateLimits("nomination-limit", DEFAULT_LIMITS, "NOMINATION_LIMITS")


def _until(wait):
    """When a refused visitor may try again, in local time: "14:30" or "07:00 ngày 21/10"."""
    return retry_time(timezone.now() + datetime.timedelta(seconds=wait))


def _too_many(request, template, context, wait, message):
    context = {**context, "limited": message % {"when": _until(wait)}}
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(wait)
    return response


def receipt_mailbox(email):
    """The mailbox an address reaches, as the receipt limit counts it: case, a "+tag"
    and the spelling of an international domain do not make another mailbox."""
    local, _at, domain = email.strip().lower().rpartition("@")
    # A domain that is not valid IDNA stays as typed: it reaches no mailbox anyway.
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local.split('+', 1)[0]}@{domain}"


# --- saving and telling people ---------------------------------------------------------

TEXT_FIELDS = ("subject_name", "subject_type", "place", "place_detail", "subject_contact",
               "story", "when_where", "sector", "nominator_name", "nominator_phone",
               "nominator_email")


def save_nomination(data, *, receipt):
    """Save the nomination; once it is committed, email the editors, and the nominator
    too if ``receipt``."""
    with transaction.atomic():
        nomination = Nomination(**{name: data[name] for name in TEXT_FIELDS},
                                consent_to_contact=True)
        # References are random: on the rare collision, draw another.
        for _attempt in range(4):
            try:
                with transaction.atomic():
                    nomination.save()
                break
            except IntegrityError:
                nomination.reference = new_reference()
        else:
            nomination.save()
        for photo in data["photos"]:
            NominationPhoto.objects.create(
                nomination=nomination, width=photo.width, height=photo.height,
                # A random name: the original one may carry a name or a place.
                file=ContentFile(photo.content, name=f"{uuid.uuid4().hex}.{photo.extension}"))
        pk = nomination.pk
        transaction.on_commit(lambda: notify(pk, receipt=receipt))
    return nomination


def admin_url(nomination):
    for name, args in (("wagtailsnippets_stories_nomination:edit", [nomination.pk]),
                       ("wagtailadmin_home", [])):
        try:
            return settings.SITE_BASE_URL + reverse(name, args=args)
        except NoReverseMatch:
            continue
    return settings.SITE_BASE_URL + "/"


def notify(pk, *, receipt):
    """Email the editors, and the receipt to the nominator's own address if ``receipt``.
    A mail server that fails is logged: the nomination is saved and shows in the
    editors' inbox anyway."""
    try:
        nomination = Nomination.objects.select_related("place", "sector").get(pk=pk)
        with translation.override(settings.LANGUAGE_CODE):
            messages = _messages(nomination, receipt=receipt)
        if messages:
            get_connection().send_messages(messages)
    except Exception:
        logger.exception("Could not send the emails about nomination %s", pk)


def _messages(nomination, *, receipt):
    context = {
        "nomination": nomination,
        "subject_type": nomination.get_subject_type_display(),
        "photo_count": nomination.photos.count(),
        "admin_url": admin_url(nomination),
        "lookup_url": settings.SITE_BASE_URL + reverse("nomination_lookup"),
        "received": timezone.localtime(nomination.created_at).strftime("%d/%m/%Y %H:%M"),
    }
    editors = (get_user_model().objects.filter(is_active=True, groups__name=EDITOR)
               .exclude(email="").values_list("email", flat=True).distinct())
    subject = gettext("New nomination %(reference)s: %(name)s") % {
        "reference": nomination.reference,
        "name": Truncator(nomination.subject_name).chars(80)}
    body = render_to_string("stories/emails/nomination_editors.txt", context)
    messages = [EmailMessage(subject, body, to=[email]) for email in sorted(editors)]
    if receipt and nomination.nominator_email:
        messages.append(EmailMessage(
            gettext("Gương Sáng received your nomination: code %(reference)s") % {
                "reference": nomination.reference},
            render_to_string("stories/emails/nomination_received.txt", context),
            to=[nomination.nominator_email]))
    return messages


# --- views -----------------------------------------------------------------------------

FORM_TEMPLATE = "stories/nomination_form.html"
LOOKUP_TEMPLATE = "stories/nomination_lookup.html"
FLOOD = _("The system is receiving too many nominations right now; please try again "
          "after %(when)s. Everything you typed is kept below, but the photos must be "
          "chosen again.")
YOURS = _("You have sent several nominations in a short time; please try again after "
          "%(when)s. Everything you typed is kept below, but the photos must be chosen "
          "again.")
LOOKUPS = _("There have been too many look-ups from your connection; please try again "
            "after %(when)s.")


def _retention_days(request):
    return DiscoverySettings.load(request_or_site=request).nomination_retention_days


def _refused(request, form, wait, reached):
    message = FLOOD if "site" in reached else YOURS
    return _too_many(request, FORM_TEMPLATE, {"form": form}, wait, message)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def nominate(request):
    days = _retention_days(request)
    if request.method != "POST":
        return render(request, FORM_TEMPLATE, {"form": NominationForm(retention_days=days)})
    address = visitor_address(request) or "unknown"
    if request.POST.get(HONEYPOT):
        # Looks like success, so that the robot learns nothing.
        LIMITS.record(("attempts", address))
        request.session[SESSION_KEY] = {"reference": new_reference(), "emailed": False}
        return redirect("nomination_thanks")
    wait, reached = LIMITS.reached(("attempts", address), ("ip", address), ("site", ""))
    if wait:
        return _refused(request, NominationForm(request.POST, retention_days=days), wait,
                        reached)
    LIMITS.record(("attempts", address))
    form = NominationForm(request.POST, request.FILES, retention_days=days)
    if not form.is_valid():
        return render(request, FORM_TEMPLATE, {"form": form})
    checks = [("ip", address), ("site", ""), *(("contact", key) for key in form.contacts())]
    wait, reached = LIMITS.reached(*checks)
    if wait:
        return _refused(request, form, wait, reached)
    LIMITS.record(*checks)
    receipt = _receipt_check(form.cleaned_data["nominator_email"])
    nomination = save_nomination(form.cleaned_data, receipt=receipt is not None)
    if receipt is not None:
        LIMITS.record(receipt)
    # The code stays in the session: the thanks page's address shows nothing.
    request.session[SESSION_KEY] = {"reference": nomination.reference,
                                    "emailed": receipt is not None}
    return redirect("nomination_thanks")


def _receipt_check(email):
    """The limit check of the receipt to ``email``, or None when none is to be sent: no
    address, or its mailbox has had its receipts for now. Nothing says so: the thanks
    page shows the code anyway, and whoever typed the address learns nothing of it."""
    if not email:
        return None
    check = ("receipt", receipt_mailbox(email))
    wait, _reached = LIMITS.reached(check)
    return None if wait else check


@never_cache
@require_safe
def thanks(request):
    sent = request.session.get(SESSION_KEY)
    if not sent:
        return redirect("nominate")
    return render(request, "stories/nomination_thanks.html", sent)


STATUS_TEXT = {
    Nomination.Status.NEW: (
        _("Received, waiting to be reviewed"),
        _("The editors have received your nomination and will read it soon.")),
    Nomination.Status.VERIFYING: (
        _("Being verified by the editors"),
        _("The editors are checking the story, with you and with the local authorities; "
          "they may call you.")),
    Nomination.Status.CONVERTED: (
        _("Turned into a profile by the editors"),
        _("The story has been written up as a profile. It is published once the person "
          "agrees and the profile has been approved.")),
    Nomination.Status.UNSUITABLE: (
        _("Not suitable for publication for now"),
        _("The editors decided not to publish this story for now. Thank you for taking "
          "the time to tell us.")),
}


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def lookup(request):
    if request.method != "POST":
        sent = request.session.get(SESSION_KEY) or {}
        form = LookupForm(initial={"reference": sent.get("reference", "")})
        return render(request, LOOKUP_TEMPLATE, {"form": form})
    form = LookupForm(request.POST)
    address = visitor_address(request) or "unknown"
    wait, _reached = LIMITS.reached(("lookup", address))
    if wait:
        return _too_many(request, LOOKUP_TEMPLATE, {"form": form}, wait, LOOKUPS)
    LIMITS.record(("lookup", address))
    context = {"form": form}
    if form.is_valid():
        nomination = form.find()
        if nomination is None:
            context["not_found"] = True
        else:
            status, explanation = STATUS_TEXT.get(
                nomination.status, STATUS_TEXT[Nomination.Status.NEW])
            profile = None
            if nomination.status == Nomination.Status.CONVERTED and nomination.exemplar_id:
                profile = live_public(ExemplarPage.objects).filter(
                    pk=nomination.exemplar_id).first()
            context.update(nomination=nomination, status=status, explanation=explanation,
                           profile=profile)
    return render(request, LOOKUP_TEMPLATE, context)


urlpatterns = [
    path("", nominate, name="nominate"),
    path("da-gui/", thanks, name="nomination_thanks"),
    path("tra-cuu/", lookup, name="nomination_lookup"),
]
