"""Subscribing by email, without an account: the form, the confirmation link (double
opt-in) and unsubscribing.

- The form is limited per address typed, per visitor and site-wide
  (`guongsang.throttling`): a limit reached shows the form again with what was typed,
  HTTP 429 and Retry-After. A filled honeypot gets the ordinary "check your mailbox" page.
- Nothing changes for an address until its mailbox follows the confirmation link, which
  carries the choices; an address that never does is forgotten after `PENDING_DAYS`.
- Unsubscribing (RFC 8058): a POST to the signed link unsubscribes without a login or a
  CSRF token (mail programs send one for their "unsubscribe" button); a GET only shows
  the button, so that a link checker opening the mail unsubscribes no one.
"""

import datetime

from django.core import signing
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from guongsang.accounts.retry import retry_time
from guongsang.middleware import visitor_address
from guongsang.throttling import RateLimits

from stories.discovery.nomination_limits import receipt_mailbox
from stories.models import ColumnPage, Place
from stories.syndication.subscriptions import PENDING_DAYS, EmailSubscription
from stories.syndication.subscriptions_forms import HONEYPOT, SubscribeForm
from stories.syndication.subscriptions_mail import (
    read_confirm_token,
    read_unsubscribe_token,
    send_confirmation,
)

# name: (how many, per how many seconds); the SUBSCRIPTION_LIMITS setting overrides them.
LIMITS = RateLimits("subscription-limit", {
    # Confirmation emails to one mailbox, whoever typed its address.
    "email": (3, 24 * 60 * 60),
    # Subscriptions sent from one visitor's address.
    "ip": (10, 60 * 60),
    # Everyone's: a flood waits instead of sending mail.
    "site": (200, 60 * 60),
}, "SUBSCRIPTION_LIMITS")
SESSION_KEY = "subscription_sent"
FORM_TEMPLATE = "stories/syndication/subscription_form.html"
TOO_MANY = _("Too many subscription requests have been sent for now; please try again "
             "after %(when)s. What you typed is kept below.")


def subscribe_pending(email, column_ids, place_ids):
    """Note an address waiting for confirmation (its countdown starts again), and mail it
    the link once committed. A confirmed address keeps its choices until then."""
    with transaction.atomic():
        subscription, created = EmailSubscription.objects.get_or_create(email=email)
        if subscription.confirmed_at is None:
            if not created:
                subscription.created_at = timezone.now()
                subscription.save(update_fields=["created_at"])
            subscription.columns.set(column_ids)
            subscription.places.set(place_ids)
        transaction.on_commit(
            lambda: send_confirmation.enqueue(email, list(column_ids), list(place_ids)))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    if request.method != "POST":
        return render(request, FORM_TEMPLATE, {"form": SubscribeForm(), "days": PENDING_DAYS})
    if request.POST.get(HONEYPOT):
        request.session[SESSION_KEY] = True
        return redirect("email_subscribe_sent")
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, FORM_TEMPLATE, {"form": form, "days": PENDING_DAYS})
    email = form.cleaned_data["email"]
    checks = [("email", receipt_mailbox(email)), ("ip", visitor_address(request) or ""),
              ("site", "")]
    wait, _reached = LIMITS.reached(*checks)
    if wait:
        moment = retry_time(timezone.now() + datetime.timedelta(seconds=wait))
        response = render(request, FORM_TEMPLATE, {
            "form": form, "days": PENDING_DAYS, "limited": TOO_MANY % {"when": moment}},
            status=429)
        response["Retry-After"] = str(wait)
        return response
    LIMITS.record(*checks)
    subscribe_pending(email, form.cleaned_data["columns"], form.cleaned_data["places"])
    request.session[SESSION_KEY] = True
    return redirect("email_subscribe_sent")


@never_cache
@require_safe
def sent(request):
    if not request.session.get(SESSION_KEY):
        return redirect("email_subscribe")
    return render(request, "stories/syndication/subscription_sent.html",
                  {"days": PENDING_DAYS})


@never_cache
@require_safe
def confirm(request, token):
    """Following the link confirms: the address now receives the digest of these lists."""
    try:
        email, column_ids, place_ids = read_confirm_token(token)
    except signing.BadSignature:
        return render(request, "stories/syndication/subscription_invalid.html",
                      {"days": PENDING_DAYS}, status=400)
    with transaction.atomic():
        subscription, _created = EmailSubscription.objects.select_for_update().get_or_create(
            email=email)
        if subscription.confirmed_at is None:
            subscription.confirmed_at = timezone.now()
            subscription.save(update_fields=["confirmed_at"])
        columns = list(ColumnPage.objects.filter(pk__in=column_ids).order_by("path"))
        places = list(Place.objects.filter(pk__in=place_ids))
        subscription.columns.set(columns)
        subscription.places.set(places)
    return render(request, "stories/syndication/subscription_confirmed.html", {
        "email": email, "columns": columns, "places": places})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        email = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "stories/syndication/subscription_invalid.html",
                      {"days": PENDING_DAYS, "unsubscribing": True}, status=400)
    if request.method == "POST":
        EmailSubscription.objects.filter(email=email).delete()
        return render(request, "stories/syndication/subscription_unsubscribe.html",
                      {"email": email, "done": True})
    return render(request, "stories/syndication/subscription_unsubscribe.html",
                  {"email": email, "subscribed": EmailSubscription.objects.filter(
                      email=email, confirmed_at__isnull=False).exists()})
