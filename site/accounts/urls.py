"""Under the admin's address (/quan-tri/xac-thuc/…): Wagtail's own admin pages send here,
and the public site's Content-Security-Policy leaves the admin alone."""

from django.urls import path
from guongsang.accounts import verification

urlpatterns = [
    path("", verification.verify, name="two_factor_verify"),
    path("cai-dat/", verification.enrol, name="two_factor_enrol"),
]
