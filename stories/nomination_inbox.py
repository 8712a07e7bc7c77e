"""The editors' inbox of citizens' nominations."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Nomination


class NominationViewSet(SnippetViewSet):
    model = Nomination


admin_urls = []
