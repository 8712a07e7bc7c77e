"""Admin addresses the editorial package answers in place of Wagtail's own, included by
`guongsang.urls` under the admin's prefix before `wagtail.admin.urls`: a
`register_admin_urls` hook would come after Wagtail's patterns for the same address."""

from django.urls import path

from stories.editorial import choosers

urlpatterns = [
    # Answers for the pages the user may see only.
    path("choose-page/chosen-multiple/", choosers.chosen_pages),
]
