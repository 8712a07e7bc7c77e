"""The panels of a nomination's edit page: the overview (reference, date, status, photos,
the way to the profile), the reply's state, and the nominator's fields."""

from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel, Panel

from stories.discovery.inbox.conversion import can_convert
from stories.models import Nomination


def received(nomination, fmt="%d/%m/%Y %H:%M"):
    return timezone.localtime(nomination.created_at).strftime(fmt)


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
        template_name = "stories/discovery/admin/nomination_overview.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            nomination = self.instance
            exemplar = nomination.exemplar
            user = self.request.user
            context.update(
                nomination=nomination,
                received=received(nomination),
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
        template_name = "stories/discovery/admin/nomination_reply_state.html"

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
