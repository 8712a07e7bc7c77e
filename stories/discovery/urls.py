"""The public URLs of discovery: the nomination form, its thanks page and the lookup of a
reference code (included under /gioi-thieu-nguoi-tot/ by the site's URLconf)."""

from django.urls import path

from stories.discovery.nomination_views import lookup, nominate, thanks

urlpatterns = [
    path("", nominate, name="nominate"),
    path("da-gui/", thanks, name="nomination_thanks"),
    path("tra-cuu/", lookup, name="nomination_lookup"),
]
