"""The editors' inbox of citizens' nominations: triage, replies to the nominator, turning a
nomination into a draft profile, and the retention that anonymises what was never used.

The nominator's name, phone and email stay in the inbox: nothing here copies them to a
page, an image, a feed or the search index.
"""

import datetime
import functools
import logging
import mimetypes
import re

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from stories.editorial.choosers import PermittedChooserViewSet
from stories.models import (
    DiscoverySettings,
    ExemplarIndexPage,
    ExemplarPage,
    ExemplarPhoto,
    Nomination,
    NominationPhoto,
    Photo,
    Place,
)

logger = logging.getLogger(__name__)

SUMMARY_LENGTH = 600
# Photo types a citizen's photo may be served as; anything else is sent as a download.
IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*(?=\s|$)")
_BLANK_LINE = re.compile(r"\n\s*\n")


def _policy():
    return policy_registry.get_by_type(Nomination)


def _received(nomination, fmt="%d/%m/%Y %H:%M"):
    return timezone.localtime(nomination.created_at).strftime(fmt)


def _edit_url(nomination):
    return reverse("wagtailsnippets_stories_nomination:edit", args=[nomination.pk])


# --- conversion to a draft profile --------------------------------------------------------

def shorten(text, limit=SUMMARY_LENGTH):
    """``text`` on one line, cut to at most ``limit`` characters after its last whole
    sentence, or after a whole word (with "…") when the first sentence alone is too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= limit]
    if ends and ends[-1] >= limit // 3:
        return text[:ends[-1]]
    cut = text[:limit]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut[:limit - 1]
    return words.rstrip(" ,;:-–") + "…"


def profile_blocks(nomination):
    """The profile's first draft: the story as sent, one paragraph for each block of text
    between blank lines, then when and where it happened."""
    blocks = []
    for paragraph in _BLANK_LINE.split(nomination.story.replace("\r\n", "\n")):
        lines = [escape(line.strip()) for line in paragraph.splitlines() if line.strip()]
        if lines:
            blocks.append(("paragraph", RichText("<p>" + "<br/>".join(lines) + "</p>")))
    if nomination.when_where.strip():
        label = escape(gettext("When and where:"))
        blocks.append(("paragraph", RichText(
            f"<p><b>{label}</b> {escape(nomination.when_where.strip())}</p>")))
    return blocks


def _copy_photos(nomination, user, created):
    """Add to ``created`` Wagtail images made from the nomination's photos, titled after
    the subject and credited to "the public": never to the nominator, whose name the
    uploaded files may carry. Each is cleaned of its metadata and stored under a random
    name, private until the profile is published (`stories.media.photo_privacy`)."""
    name = nomination.subject_name
    for number, photo in enumerate(nomination.photos.order_by("pk"), start=1):
        image = Photo(
            title=gettext("%(name)s, photo %(number)d") % {"name": name, "number": number},
            description=gettext("Photo of %(name)s") % {"name": name},
            credit=gettext("Photo provided by a member of the public"),
            uploaded_by_user=user,
        )
        try:
            with photo.file.open("rb") as source:
                image.file = ContentFile(source.read(), name=photo.file.name)
            image.save()
        except (OSError, ValidationError):
            logger.warning("Nomination %s: photo %s could not be read", nomination.reference,
                           photo.pk, exc_info=True)
            continue
        created.append(image)


def convert(nomination, user):
    """Turn ``nomination`` into a draft ExemplarPage under the directory, owned by ``user``,
    and mark it converted. Raises ValidationError if it already was, or if there is no
    directory. Returns the page."""
    created_photos = []
    try:
        with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
            nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
            if nomination.exemplar_id or nomination.status == Nomination.Status.CONVERTED:
                raise ValidationError(gettext(
                    "Nomination %(reference)s has already been turned into a profile.")
                    % {"reference": nomination.reference})
            directory = ExemplarIndexPage.objects.first()
            if directory is None:
                raise ValidationError(gettext(
                    "There is no exemplar directory to add the profile to."))
            _copy_photos(nomination, user, created_photos)
            page = ExemplarPage(
                title=nomination.subject_name,
                subject_type=nomination.subject_type,
                place_id=nomination.place_id,
                achievement_summary=shorten(nomination.story),
                profile=profile_blocks(nomination),
                owner=user,
                live=False,
            )
            if nomination.sector_id:
                page.sectors.set([nomination.sector])
            page.photos = [ExemplarPhoto(image=image, sort_order=order)
                           for order, image in enumerate(created_photos)]
            directory.add_child(instance=page)
            page.save_revision(user=user, log_action=False)
            log(instance=page, action="wagtail.create", user=user)
            nomination.status = Nomination.Status.CONVERTED
            nomination.exemplar = page
            nomination.save(update_fields=["status", "exemplar"])
    except BaseException:
        # The images' files were written outside the transaction: do not leave them behind.
        for image in created_photos:
            image.file.delete(save=False)
        raise
    return page


def can_convert(user, directory=None):
    directory = directory or ExemplarIndexPage.objects.first()
    return bool(
        directory
        and _policy().user_has_permission(user, "change")
        and ExemplarPage.can_create_at(directory)
        and directory.permissions_for_user(user).can_add_subpage()
    )


class ConvertView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what the draft profile will hold; POST: create it and open it in the editor."""

    template_name = "stories/admin/nomination_convert.html"
    page_title = _("Create a draft profile")
    header_icon = "user"

    def dispatch(self, request, pk):
        self.nomination = get_object_or_404(Nomination.objects.select_related(
            "place", "sector", "exemplar"), pk=pk)
        self.directory = ExemplarIndexPage.objects.first()
        if not can_convert(request.user, self.directory):
            raise PermissionDenied
        if self.nomination.exemplar_id or (
                self.nomination.status == Nomination.Status.CONVERTED):
            messages.error(request, gettext(
                "Nomination %(reference)s has already been turned into a profile.")
                % {"reference": self.nomination.reference})
            return redirect(_edit_url(self.nomination))
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.nomination)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("wagtailsnippets_stories_nomination:list"),
                 "label": capfirst(Nomination._meta.verbose_name_plural)},
                {"url": _edit_url(self.nomination), "label": str(self.nomination)},
                {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        nomination = self.nomination
        with translation.override(settings.LANGUAGE_CODE):
            blocks = profile_blocks(nomination)
        context.update(
            nomination=nomination, directory=self.directory,
            summary=shorten(nomination.story), paragraph_count=len(blocks),
            photo_count=nomination.photos.count(), edit_url=_edit_url(nomination),
        )
        return context

    def post(self, request, pk):
        try:
            page = convert(self.nomination, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(_edit_url(self.nomination))
        messages.success(request, gettext(
            "Draft profile “%(title)s” created from nomination %(reference)s. Check it, "
            "record the consent and the awards, then submit it for review.")
            % {"title": page.title, "reference": self.nomination.reference})
        return redirect("wagtailadmin_pages:edit", page.pk)


# --- photos, served only to the editorial desk --------------------------------------------

def photo_view(request, pk):
    if not _policy().user_has_any_permission(request.user, ["view", "change"]):
        raise PermissionDenied
    photo = get_object_or_404(NominationPhoto, pk=pk)
    content_type = mimetypes.guess_type(photo.file.name)[0]
    try:
        handle = photo.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    if content_type in IMAGE_TYPES:
        response = FileResponse(handle, content_type=content_type)
    else:
        response = FileResponse(handle, as_attachment=True,
                                content_type="application/octet-stream")
    # Never kept by a shared cache or proxy: the photos are private.
    response["Cache-Control"] = "private, max-age=3600"
    return response


# --- replies to the nominator -------------------------------------------------------------

def send_reply(nomination_id):
    """Email the reply to the nominator and note when. True if sent, False if the mail
    server refused it (the editor is told; saving the reply again retries)."""
    nomination = Nomination.objects.filter(pk=nomination_id).first()
    if nomination is None or not nomination.nominator_email or not nomination.outcome.strip():
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Reply to your nomination %(reference)s") % {
            "reference": nomination.reference}
        body = render_to_string("stories/emails/nomination_reply.txt", {
            "nomination": nomination, "received": _received(nomination, "%d/%m/%Y"),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "lookup_url": settings.SITE_BASE_URL + reverse("nomination_lookup"),
        })
    try:
        send_mail(subject, body, None, [nomination.nominator_email])
    except OSError:  # smtplib's errors included
        logger.exception("Reply to nomination %s could not be emailed", nomination.reference)
        return False
    Nomination.objects.filter(pk=nomination.pk).update(outcome_sent_at=timezone.now())
    return True


class NominationForm(WagtailAdminModelForm):
    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == Nomination.Status.CONVERTED and not self.instance.exemplar_id:
            raise ValidationError(gettext(
                "A nomination is turned into a profile with the button “Create a draft "
                "profile”, which creates the profile too."))
        return status


class NominationEditView(EditView):
    reply_sent = None

    def save_instance(self):
        outcome_changed = "outcome" in self.form.changed_data
        nomination = super().save_instance()
        if outcome_changed and nomination.outcome.strip() and nomination.nominator_email:
            # After the commit, so a reply is never emailed for a change that was undone.
            transaction.on_commit(functools.partial(self._send_reply, nomination.pk))
        return nomination

    def _send_reply(self, pk):
        self.reply_sent = send_reply(pk)

    def save_action(self):
        if self.reply_sent is False:
            messages.warning(self.request, gettext(
                "The reply was saved but could not be emailed to the nominator. Save it "
                "again later to retry."))
        return super().save_action()

    def get_success_message(self):
        message = super().get_success_message()
        if self.reply_sent:
            message = f"{message} " + gettext("The reply was emailed to the nominator.")
        return message


# --- the edit page ------------------------------------------------------------------------

class ContactPanel(FieldPanel):
    """A field of the nominator's: editable for those who may add nominations (the site's
    administrators, correcting a mistyped address), shown read-only to the editors."""

    def __init__(self, field_name, permission="stories.add_nomination", **kwargs):
        kwargs.setdefault("disable_comments", True)
        super().__init__(field_name, permission=permission, **kwargs)

    def format_value_for_display(self, value):
        if isinstance(value, bool):
            return gettext("Yes") if value else gettext("No")
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is not None and self.bound_field is None:
                self.read_only = True
                self.heading = self.panel.heading or capfirst(
                    self.panel.db_field.verbose_name)
                self.help_text = self.panel.help_text

        def is_shown(self):
            return self.bound_field is not None or self.read_only


class NominationOverviewPanel(Panel):
    """Reference, date, status, the photos sent, and the way to the profile."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/nomination_overview.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            nomination = self.instance
            exemplar = nomination.exemplar
            user = self.request.user
            context.update(
                nomination=nomination,
                received=_received(nomination),
                is_new=nomination.status == Nomination.Status.NEW,
                anonymised=(timezone.localtime(nomination.anonymised_at).strftime("%d/%m/%Y")
                            if nomination.anonymised_at else ""),
                photos=[reverse("nomination_photo", args=[pk])
                        for pk in nomination.photos.order_by("pk").values_list("pk",
                                                                              flat=True)],
                exemplar=exemplar,
                exemplar_url=(reverse("wagtailadmin_pages:edit", args=[exemplar.pk])
                              if exemplar else ""),
                convert_url=(reverse("nomination_convert", args=[nomination.pk])
                             if nomination.is_open and not exemplar and can_convert(user)
                             else ""),
            )
            return context


class ReplyStatePanel(Panel):
    """Whether the reply reached the nominator by email, or waits on the lookup page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/nomination_reply_state.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            sent_at = self.instance.outcome_sent_at
            context.update(
                nomination=self.instance,
                sent_at=timezone.localtime(sent_at).strftime("%d/%m/%Y %H:%M")
                if sent_at else "",
            )
            return context


# --- the inbox ----------------------------------------------------------------------------

def _places_with_nominations(request):
    return Place.objects.filter(pk__in=Nomination.objects.values("place_id"))


class NominationFilterSet(WagtailFilterSet):
    place = django_filters.ModelChoiceFilter(label=_("place"),
                                             queryset=_places_with_nominations)

    class Meta:
        model = Nomination
        fields = ["status", "place"]


class NominationViewSet(SnippetViewSet):
    model = Nomination
    icon = "mail"
    list_display = [
        "reference",
        Column("subject_name", label=_("who"), sort_key="subject_name"),
        Column("place", label=_("place"), accessor=lambda nomination: nomination.place or ""),
        Column("sector", label=_("sector"),
               accessor=lambda nomination: nomination.sector or ""),
        StatusTagColumn("status", label=_("status"), accessor="get_status_display",
                        sort_key="status",
                        primary=lambda nomination: nomination.status == Nomination.Status.NEW),
        Column("created_at", label=_("received"), accessor=_received, sort_key="created_at"),
        Column("photo_count", label=_("photos"), sort_key="photo_count"),
    ]
    filterset_class = NominationFilterSet
    ordering = "-created_at"
    list_per_page = 50
    # Nominations are not in a Wagtail search index, so this searches with the database's
    # own `icontains`: none of the FTS5 trouble described in wagtail_hooks.
    search_fields = ["reference", "subject_name", "nominator_name", "nominator_phone",
                     "nominator_email"]
    search_backend_name = None
    copy_view_enabled = False
    edit_view_class = NominationEditView
    # Only the editorial desk may see who was nominated, in the chooser too.
    chooser_viewset_class = PermittedChooserViewSet
    edit_handler = ObjectList([
        NominationOverviewPanel(heading=_("Nomination")),
        FieldRowPanel([FieldPanel("status"), FieldPanel("sector")]),
        FieldPanel("internal_note"),
        MultiFieldPanel([FieldPanel("outcome"), ReplyStatePanel()],
                        heading=_("Reply to the nominator")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("subject_name"), FieldPanel("subject_type")]),
            FieldRowPanel([FieldPanel("place"), FieldPanel("place_detail")]),
            FieldPanel("subject_contact"),
            FieldPanel("story"),
            FieldPanel("when_where"),
        ], heading=_("What was sent")),
        MultiFieldPanel([
            FieldRowPanel([ContactPanel("nominator_name"), ContactPanel("nominator_phone"),
                           ContactPanel("nominator_email")]),
            ContactPanel("consent_to_contact"),
        ], heading=_("Nominator (never published)")),
    ], base_form_class=NominationForm)

    def get_queryset(self, request):
        return (Nomination.objects.select_related("place", "sector")
                .annotate(photo_count=Count("photos")))


# --- retention ----------------------------------------------------------------------------

def retention_cutoff(now=None):
    """(the moment before which unconverted nominations are anonymised, retention days)."""
    days = DiscoverySettings.load().nomination_retention_days
    return (now or timezone.now()) - datetime.timedelta(days=days), days


def expired_nominations(now=None):
    cutoff, _days = retention_cutoff(now)
    return (Nomination.objects.filter(created_at__lt=cutoff, anonymised_at__isnull=True,
                                      exemplar__isnull=True)
            .exclude(status=Nomination.Status.CONVERTED))


def _redact(text, secrets, replacement):
    for secret in secrets:
        # A very short value would also match inside ordinary words.
        if len(secret) >= 3:
            text = text.replace(secret, replacement)
    return text


def anonymise_expired(now=None):
    """Anonymise the nominations not turned into profiles and received more than the
    retention period before ``now``: the nominator's and the subject's contacts go, and
    the photos with their files. Returns how many were anonymised."""
    now = now or timezone.now()
    with translation.override(settings.LANGUAGE_CODE):
        replacement = gettext("(anonymised)")
    count = 0
    for pk in list(expired_nominations(now).values_list("pk", flat=True)):
        with transaction.atomic():
            nomination = expired_nominations(now).select_for_update().filter(pk=pk).first()
            if nomination is None:  # converted or anonymised meanwhile
                continue
            for photo in nomination.photos.all():
                # The file first: a row left without its file is retried on the next run,
                # a file left without its row would be forgotten.
                photo.file.delete(save=False)
                photo.delete()
            # Notes often record the calls made: the contacts go from them too.
            secrets = [nomination.nominator_name, nomination.nominator_phone,
                       nomination.nominator_email, nomination.subject_contact]
            nomination.internal_note = _redact(nomination.internal_note, secrets,
                                               replacement)
            nomination.outcome = _redact(nomination.outcome, secrets, replacement)
            nomination.nominator_name = replacement
            nomination.nominator_phone = ""
            nomination.nominator_email = ""
            nomination.subject_contact = ""
            nomination.anonymised_at = now
            nomination.save(update_fields=[
                "internal_note", "outcome", "nominator_name", "nominator_phone",
                "nominator_email", "subject_contact", "anonymised_at"])
            count += 1
    return count


admin_urls = [
    path("nominations/photo/<int:pk>/", photo_view, name="nomination_photo"),
    path("nominations/<int:pk>/convert/", ConvertView.as_view(), name="nomination_convert"),
]
