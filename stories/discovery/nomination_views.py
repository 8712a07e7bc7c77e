"""Citizens' nominations ("Giới thiệu người tốt việc tốt"): the public form, the thanks
page and the lookup of a reference code.

Protections, all without JavaScript:
- CSRF: Django's middleware; no view here is exempt.
- A honeypot field: a filled one gets the ordinary thanks page and nothing is saved.
- Limits (`nomination_limits`): per client address, per nominator phone and email, and
  site-wide. A limit reached re-shows the form with what was typed, HTTP 429 and
  Retry-After; a cache that fails lets submissions through rather than refusing them.
- The receipt: anyone can type any address as their own, so the form must not be a way
  to mail strangers. It goes only to the address given as the nominator's own (never to
  one typed elsewhere in the form), at most a few a day to one mailbox (a receipt past
  that is silently not sent; the nomination is saved all the same), and it carries no
  text typed in the form.
- Photos (`nomination_photos`) and text (`plain_text`) are checked and cleaned by the form.

The client address is REMOTE_ADDR, which `guongsang.middleware.ClientAddressMiddleware`
sets to the visitor's address behind TRUSTED_PROXIES reverse proxies. The proxy should
also cap the request body (5 photos of 10 MB: about 55 MB).
"""

import datetime
import uuid

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from guongsang.accounts.retry import retry_time
from guongsang.middleware import visitor_address

from stories.discovery.models.nominations import new_reference
from stories.discovery.nomination_form import HONEYPOT, LookupForm, NominationForm
from stories.discovery.nomination_limits import LIMITS, receipt_check
from stories.discovery.nomination_mail import notify
from stories.models import DiscoverySettings, ExemplarPage, Nomination, NominationPhoto
from stories.models.base import live_public

SESSION_KEY = "nomination_sent"


def _until(wait):
    """When a refused visitor may try again, in local time: "14:30" or "07:00 ngày 21/10"."""
    return retry_time(timezone.now() + datetime.timedelta(seconds=wait))


def _too_many(request, template, context, wait, message):
    context = {**context, "limited": message % {"when": _until(wait)}}
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(wait)
    return response


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
        transaction.on_commit(lambda: notify.enqueue(pk, receipt=receipt))
    return nomination


FORM_TEMPLATE = "stories/discovery/nomination_form.html"
LOOKUP_TEMPLATE = "stories/discovery/nomination_lookup.html"
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
    receipt = receipt_check(form.cleaned_data["nominator_email"])
    nomination = save_nomination(form.cleaned_data, receipt=receipt is not None)
    if receipt is not None:
        LIMITS.record(receipt)
    # The code stays in the session: the thanks page's address shows nothing.
    request.session[SESSION_KEY] = {"reference": nomination.reference,
                                    "emailed": receipt is not None}
    return redirect("nomination_thanks")


@never_cache
@require_safe
def thanks(request):
    sent = request.session.get(SESSION_KEY)
    if not sent:
        return redirect("nominate")
    return render(request, "stories/discovery/nomination_thanks.html", sent)


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
