"""Email about citizens' nominations: the editors' notice and the nominator's receipt when
one arrives, and the editors' reply to the nominator. A mail server that fails is logged
(and the editor told of a reply not sent): the nomination is saved all the same."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection, send_mail
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext
from django_tasks import task

from stories.editorial.roles import EDITOR
from stories.models import Nomination
from stories.models.base import site_url
from stories.models.site_settings import site_name

logger = logging.getLogger(__name__)


def admin_url(nomination):
    for name, args in (("wagtailsnippets_stories_nomination:edit", [nomination.pk]),
                       ("wagtailadmin_home", [])):
        try:
            return site_url(reverse(name, args=args))
        except NoReverseMatch:
            continue
    return site_url("/")


@task()
def notify(pk, *, receipt):
    """Email the editors, and the receipt to the nominator's own address if ``receipt``.
    Run by the task worker, so the citizen's form answers without waiting for the mail
    server.
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
        "lookup_url": site_url(reverse("nomination_lookup")),
        "received": timezone.localtime(nomination.created_at).strftime("%d/%m/%Y %H:%M"),
        "site_name": site_name(),
    }
    editors = (get_user_model().objects.filter(is_active=True, groups__name=EDITOR)
               .exclude(email="").values_list("email", flat=True).distinct())
    subject = gettext("New nomination %(reference)s: %(name)s") % {
        "reference": nomination.reference,
        "name": Truncator(nomination.subject_name).chars(80)}
    body = render_to_string("stories/discovery/emails/nomination_editors.txt", context)
    messages = [EmailMessage(subject, body, to=[email]) for email in sorted(editors)]
    if receipt and nomination.nominator_email:
        messages.append(EmailMessage(
            gettext("%(site_name)s received your nomination: code %(reference)s") % {
                "site_name": site_name(), "reference": nomination.reference},
            render_to_string("stories/discovery/emails/nomination_received.txt", context),
            to=[nomination.nominator_email]))
    return messages


def send_reply(nomination_id):
    """Email the reply to the nominator and note when. Sent within the editor's request,
    unlike the notices, because the editor must learn whether it went: True if sent,
    False if the mail server refused it (the editor is told; saving the reply again
    retries)."""
    nomination = Nomination.objects.filter(pk=nomination_id).first()
    if nomination is None or not nomination.nominator_email or not nomination.outcome.strip():
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Reply to your nomination %(reference)s") % {
            "reference": nomination.reference}
        body = render_to_string("stories/discovery/emails/nomination_reply.txt", {
            "nomination": nomination,
            "received": timezone.localtime(nomination.created_at).strftime("%d/%m/%Y"),
            "site_name": site_name(),
            "lookup_url": site_url(reverse("nomination_lookup")),
        })
    try:
        send_mail(subject, body, None, [nomination.nominator_email])
    except OSError:  # smtplib's errors included
        logger.exception("Reply to nomination %s could not be emailed", nomination.reference)
        return False
    Nomination.objects.filter(pk=nomination.pk).update(outcome_sent_at=timezone.now())
    return True
