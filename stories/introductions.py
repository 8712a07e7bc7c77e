"""Units' quarterly introductions: entered in the admin or imported from a spreadsheet."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FocalPerson, Introduction


class IntroductionViewSet(SnippetViewSet):
    model = Introduction


class FocalPersonViewSet(SnippetViewSet):
    model = FocalPerson


admin_urls = []
