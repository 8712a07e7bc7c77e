"""Citizens' nominations: the public form, its protections and the editors' inbox."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Nomination


class NominationViewSet(SnippetViewSet):
    model = Nomination


admin_urls = []
urlpatterns = []
