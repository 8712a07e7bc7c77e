"""The syndication package's place in Wagtail's admin: the audio clips (podcast episodes,
narrations, radio reports), whose files staff open through `audio_admin`, and the email
subscriptions report (`subscriptions_admin`); and the podcast owner's system check
(`checks`), registered here because this module is imported whenever Django starts.

Imported by `stories.wagtail_hooks`, the module Wagtail loads.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stories.editorial.choosers import ChooserViewSet
from stories.models import AudioClip
from stories.syndication import audio_admin, subscriptions_admin
from stories.syndication import checks as podcast_checks  # noqa: F401 (registers the check)


class AudioClipViewSet(SnippetViewSet):
    model = AudioClip
    chooser_viewset_class = ChooserViewSet
    icon = "media"
    menu_label = _("Audio")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "kind", Column("duration_text", label=_("duration")),
                    "created_at"]
    list_filter = ["kind"]
    # The file is private: its input links to the admin's audio view.
    panels = [FieldPanel("title"), FieldPanel("kind"),
              FieldPanel("file", widget=audio_admin.PrivateAudioInput), FieldPanel("credit")]


register_snippet(AudioClipViewSet)


@hooks.register("register_admin_urls")
def audio_admin_urls():
    return [*audio_admin.admin_urls, *subscriptions_admin.admin_urls]


class SubscriptionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(subscriptions_admin.VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def email_subscriptions_menu_item():
    return SubscriptionsMenuItem(_("Email subscriptions"), reverse("email_subscriptions"),
                                 name="email-subscriptions", icon_name="mail", order=1000)
