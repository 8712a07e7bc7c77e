"""The inbox in the admin: the nominations' snippet viewset (listing, filters, edit form,
the reply emailed when it changes) and the URLs of the inbox's own views."""

import functools

import django_filters
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from stories.discovery.inbox.panels import (
    ContactPanel,
    NominationOverviewPanel,
    ReplyStatePanel,
    received,
)
from stories.discovery.inbox.views import ConvertView, photo_view
from stories.discovery.nomination_mail import send_reply
from stories.editorial.choosers import PermittedChooserViewSet
from stories.models import Nomination, Place


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
        Column("created_at", label=_("received"), accessor=received, sort_key="created_at"),
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


admin_urls = [
    path("nominations/photo/<int:pk>/", photo_view, name="nomination_photo"),
    path("nominations/<int:pk>/convert/", ConvertView.as_view(), name="nomination_convert"),
]
