"""The email of subscriptions: the signed links (confirm, unsubscribe), the confirmation
message, and the weekly digest with one-click unsubscribe (RFC 8058).

Links are signed with the secret key (`django.core.signing`): nothing but the address and
its choices is stored, and no login is needed. Both messages are sent by the task worker;
a mail server that fails is logged, and a digest not sent is tried again at the next run.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

from stories.models.base import site_url
from stories.models.site_settings import site_name
from stories.syndication.sources import source
from stories.syndication.subscriptions import PENDING_DAYS, EmailSubscription

logger = logging.getLogger(__name__)

CONFIRM_SALT = "stories.subscriptions.confirm"
UNSUBSCRIBE_SALT = "stories.subscriptions.unsubscribe"
DIGEST_DAYS = 7
ONE_CLICK = "List-Unsubscribe=One-Click"


def absolute(url):
    return site_url(url)


def confirm_token(email, column_ids, place_ids):
    """The confirmation link's token: the address and its choices, valid `PENDING_DAYS`."""
    return signing.dumps({"e": email, "c": sorted(column_ids), "p": sorted(place_ids)},
                         salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token):
    """(email, column ids, place ids); signing.BadSignature (SignatureExpired included)
    for a token that was not made here or has lapsed."""
    data = signing.loads(token, salt=CONFIRM_SALT,
                         max_age=datetime.timedelta(days=PENDING_DAYS))
    try:
        return (str(data["e"]), [int(pk) for pk in data["c"]],
                [int(pk) for pk in data["p"]])
    except (KeyError, TypeError, ValueError) as error:
        raise signing.BadSignature("malformed subscription token") from error


def unsubscribe_token(email):
    return signing.dumps(email, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """The address an unsubscribe link was made for; signing.BadSignature if none."""
    email = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(email, str):
        raise signing.BadSignature("malformed unsubscribe token")
    return email


def unsubscribe_url(email):
    return absolute(reverse("email_unsubscribe", args=[unsubscribe_token(email)]))


def unsubscribe_headers(email):
    """RFC 2369 and RFC 8058 headers: mail programs offer a one-click unsubscribe that
    POSTs `ONE_CLICK` to the https link; the mailto link is given when an address that
    handles such requests is configured (UNSUBSCRIBE_EMAIL)."""
    links = [f"<{unsubscribe_url(email)}>"]
    mailbox = getattr(settings, "UNSUBSCRIBE_EMAIL", "")
    if mailbox:
        links.append(f"<mailto:{mailbox}?subject=unsubscribe>")
    return {"List-Unsubscribe": ", ".join(links), "List-Unsubscribe-Post": ONE_CLICK}


@task()
def send_confirmation(email, column_ids, place_ids):
    """Mail the confirmation link: nothing else is sent until it is followed."""
    link = absolute(reverse("email_subscribe_confirm",
                            args=[confirm_token(email, column_ids, place_ids)]))
    with translation.override(settings.LANGUAGE_CODE):
        context = {"link": link, "days": PENDING_DAYS, "site_name": site_name(),
                   "subscribe_url": absolute(reverse("email_subscribe"))}
        message = EmailMultiAlternatives(
            gettext("Confirm your subscription to %(site_name)s") % context,
            render_to_string("stories/syndication/emails/subscription_confirm.txt", context),
            to=[email])
    try:
        message.send()
    except OSError:  # smtplib's errors included
        logger.exception("Could not send a subscription confirmation")


def digest_sections(subscription, since, until):
    """[(list title, [feed items])] of what each chosen column and place published in
    [since, until); an item shown under one list is not repeated under another."""
    seen, sections = set(), []
    lists = [("chuyen-muc", column.slug) for column in subscription.columns.all()]
    lists += [("dia-phuong", place.slug) for place in subscription.places.all()]
    for kind, slug in lists:
        try:
            feed_source = source(kind, slug)
        except Http404:  # a column unpublished since
            continue
        items = [item for item in feed_source.entries(limit=50, since=since, until=until)
                 if item.page_id not in seen]
        seen.update(item.page_id for item in items)
        if items:
            title = feed_source.title.rsplit(" — ", 1)[0]
            for item in items:
                item.url = absolute(item.url)
            sections.append((title, items))
    return sections


def digest_message(subscription, sections, since, until):
    last_day = timezone.localtime(until - datetime.timedelta(seconds=1)).date()
    context = {
        "sections": sections, "site_name": site_name(),
        "start": timezone.localtime(since).date(), "end": last_day,
        "unsubscribe_url": unsubscribe_url(subscription.email),
        "subscribe_url": absolute(reverse("email_subscribe")),
    }
    message = EmailMultiAlternatives(
        gettext("%(site_name)s: new stories from %(start)s to %(end)s") % {
            "site_name": context["site_name"], "start": f"{context['start']:%d/%m}",
            "end": f"{last_day:%d/%m/%Y}"},
        render_to_string("stories/syndication/emails/subscription_digest.txt", context),
        to=[subscription.email], headers=unsubscribe_headers(subscription.email))
    message.attach_alternative(
        render_to_string("stories/syndication/emails/subscription_digest.html", context),
        "text/html")
    return message


@task()
def send_digest(pk, until):
    """Mail one confirmed address what its lists published in the `DIGEST_DAYS` before
    ``until`` (ISO 8601). Nothing is sent when they published nothing, or when the address
    already had this week's digest (the command was run twice)."""
    until = datetime.datetime.fromisoformat(until)
    since = until - datetime.timedelta(days=DIGEST_DAYS)
    subscription = (EmailSubscription.objects.confirmed().filter(pk=pk)
                    .prefetch_related("columns", "places").first())
    if subscription is None or (subscription.last_sent_at and subscription.last_sent_at
                                > until - datetime.timedelta(days=DIGEST_DAYS - 1)):
        return False
    with translation.override(settings.LANGUAGE_CODE):
        sections = digest_sections(subscription, since, until)
        if not sections:
            return False
        message = digest_message(subscription, sections, since, until)
    try:
        message.send()
    except OSError:
        logger.exception("Could not send the weekly digest to subscription %s", pk)
        return False
    EmailSubscription.objects.filter(pk=pk).update(last_sent_at=until)
    return True
