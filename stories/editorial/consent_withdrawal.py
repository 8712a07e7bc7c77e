"""Withdrawal of consent (Personal Data Protection Law 91/2025/QH15): an editor or approver
records that a person withdrew their consent, and the site stops showing them at once.

In one transaction: the `ConsentWithdrawal` record; the profile and every story that names
the person (linked to the profile) unpublished and unscheduled; the profile's review
cancelled; an audit log entry with the reason on each page. The site's own pipelines
(search index, feeds, sitemap) follow the unpublishing as they follow any other. The
profile stays off the site until a new consent lifts the withdrawal
(`ExemplarPage.consent_problem`).

Opened from the page's "…" menu ("Rút lại sự đồng ý") in the editor and in page listings;
the view, the buttons and the log entry are registered in `stories.editorial.wagtail_hooks`.
"""

import datetime

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.log_actions import LogFormatter, log

from stories.editorial.refusal import refusal
from stories.editorial.roles import APPROVER, EDITOR
from stories.models import ConsentWithdrawal, ExemplarPage, StoryPage

WITHDRAWN = "stories.consent_withdrawn"
# The editorial desk and the approvers answer to the people they publish.
RECORDING_ROLES = (EDITOR, APPROVER)


def may_record_withdrawal(user):
    # Asked for every profile of a page listing: the answer is kept on the request's user.
    if not hasattr(user, "may_record_consent_withdrawal"):
        user.may_record_consent_withdrawal = user.is_active and (
            user.is_superuser or user.groups.filter(name__in=RECORDING_ROLES).exists())
    return user.may_record_consent_withdrawal


def stories_naming(profile):
    """Every story linked to the profile, in the order of the page tree."""
    return list(StoryPage.objects.filter(exemplar_links__exemplar=profile).distinct()
                .order_by("path"))


@transaction.atomic
def withdraw_consent(profile, user, *, withdrawn_on, received_how, reason):
    """Record the withdrawal and take the person off the site; returns the withdrawal and
    the pages that were live, profile first."""
    withdrawal = ConsentWithdrawal.objects.create(
        page=profile, recorded_by=user, withdrawn_on=withdrawn_on,
        received_how=received_how, reason=reason)
    data = {"withdrawal": withdrawal.pk, "withdrawn_on": withdrawn_on.isoformat(),
            "received_how": received_how, "reason": reason,
            "profile": {"id": profile.pk, "title": profile.title}}
    taken_off = []
    for page in [profile, *stories_naming(profile)]:
        if page.live:
            # The editor holds no publish permission: the law, not the role, decides here.
            UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)
            taken_off.append(page)
        # A scheduled publication would bring the page back.
        page.revisions.filter(approved_go_live_at__isnull=False).update(
            approved_go_live_at=None)
        log(page, WITHDRAWN, user=user,
            data={**data, "is_profile": page.pk == profile.pk})
        review = page.current_workflow_state
        if review is not None:
            review.cancel(user=user)
    return withdrawal, taken_off


# --- the admin form -------------------------------------------------------------------------

class ConsentWithdrawalForm(forms.ModelForm):
    class Meta:
        model = ConsentWithdrawal
        fields = ["withdrawn_on", "received_how", "reason"]
        widgets = {"withdrawn_on": AdminDateInput(),
                   "reason": forms.Textarea(attrs={"rows": 5})}

    def clean_withdrawn_on(self):
        day = self.cleaned_data["withdrawn_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(gettext(
                "The date is in the future: enter the day the person withdrew their "
                "consent, today at the latest."))
        return day


class WithdrawConsentView(WagtailAdminTemplateMixin, FormView):
    """GET: the form, with what will leave the site; POST: record and unpublish."""

    form_class = ConsentWithdrawalForm
    template_name = "stories/editorial/consent_withdrawal.html"
    page_title = _("Withdraw consent")
    header_icon = "warning"

    def dispatch(self, request, page_id):
        self.profile = get_object_or_404(ExemplarPage, pk=page_id)
        if not may_record_withdrawal(request.user):
            return refusal(request, gettext(
                "You may not record a withdrawal of consent: only editors (Biên tập viên) "
                "and approvers (Lãnh đạo) may. Tell one of them what the person asked."))
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.profile.title

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("wagtailadmin_explore", args=[self.profile.get_parent().pk]),
                 "label": self.profile.get_parent().title},
                {"url": reverse("wagtailadmin_pages:edit", args=[self.profile.pk]),
                 "label": self.profile.title},
                {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            profile=self.profile,
            live_stories=[story for story in stories_naming(self.profile) if story.live],
            earlier=ConsentWithdrawal.objects.filter(page=self.profile)
            .select_related("recorded_by"),
            action_url=self.request.path,
            submit_button_label=gettext("Record the withdrawal and unpublish"),
            submit_button_active_label=gettext("Recording…"),
            media=context["form"].media,
        )
        return context

    def form_valid(self, form):
        _withdrawal, taken_off = withdraw_consent(
            self.profile, self.request.user, **form.cleaned_data)
        if taken_off:
            titles = ", ".join(f"“{page.title}”" for page in taken_off)
            messages.success(self.request, gettext(
                "Withdrawal of consent recorded for “%(title)s”. Taken off the site: "
                "%(pages)s. The profile cannot be published again until a new consent is "
                "recorded.") % {"title": self.profile.title, "pages": titles})
        else:
            messages.success(self.request, gettext(
                "Withdrawal of consent recorded for “%(title)s”. Nothing about the person was "
                "on the site. The profile cannot be published until a new consent is "
                "recorded.") % {"title": self.profile.title})
        return redirect("wagtailadmin_pages:edit", self.profile.pk)


admin_urls = [path("consent/<int:page_id>/withdraw/", WithdrawConsentView.as_view(),
                   name="consent_withdraw")]


# --- the button, in the editor's header menu and in page listings -------------------------

class WithdrawConsentButton(PageMenuItem):
    label = _("Withdraw consent")
    icon_name = "warning"
    url_name = "consent_withdraw"

    def is_shown(self, user):
        page_class = self.page.specific_class
        return (page_class is not None and issubclass(page_class, ExemplarPage)
                and may_record_withdrawal(user))


def withdraw_consent_header_button(page, user, view_name, next_url=None):
    yield WithdrawConsentButton(page=page, priority=62)


def withdraw_consent_listing_button(page, user, next_url=None):
    yield WithdrawConsentButton(page=page, priority=45)


# --- the audit log ----------------------------------------------------------------------------

class WithdrawalFormatter(LogFormatter):
    label = _("Consent withdrawn")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        try:
            day = datetime.date.fromisoformat(data["withdrawn_on"]).strftime("%d/%m/%Y")
        except (KeyError, TypeError, ValueError):
            day = "?"
        values = {"date": day, "reason": data.get("reason", ""),
                  "profile": data.get("profile", {}).get("title", "")}
        if data.get("is_profile"):
            return gettext("Consent withdrawn on %(date)s: %(reason)s") % values
        return gettext("Unpublished because “%(profile)s” withdrew consent on %(date)s: "
                       "%(reason)s") % values


def register_withdrawal_action(actions):
    actions.register_action(WITHDRAWN)(WithdrawalFormatter)
