"""The editorial package's place in Wagtail's admin: the dashboard's queue, how pages reach
the public (`publishing`), what choosers show (`choosers`), the withdrawal of consent
(`consent_withdrawal`) and the staff's bulk actions (`staff_accounts`).

Imported by `stories.wagtail_hooks`, the module Wagtail loads.
"""

from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet

from stories.editorial import choosers, consent_withdrawal, publishing, staff_accounts
from stories.editorial.dashboard import EditorialQueuePanel
from stories.editorial.override_views import OverridePageViewSet


@hooks.register("construct_homepage_panels")
def add_editorial_queue(request, panels):
    panels.append(EditorialQueuePanel())


# Pages reach the public through their review; the superuser's overrides need a reason.
hooks.register("register_log_actions", publishing.register_override_action)
hooks.register("before_publish_page", publishing.refuse_publishing_without_reason)
hooks.register("after_publish_page", publishing.record_publishing)
hooks.register("before_unpublish_page", publishing.refuse_unpublishing_without_reason)
hooks.register("after_unpublish_page", publishing.record_unpublishing)
hooks.register("before_delete_page", publishing.refuse_deleting_live_without_reason)
hooks.register("before_move_page", publishing.refuse_moving_live_without_reason)
hooks.register("after_move_page", publishing.record_moving)
hooks.register("after_copy_page", publishing.record_publishing_a_copy)
hooks.register("before_bulk_action", publishing.refuse_bulk_publishing)


class ReadOnlyPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The explorer's page listing, without the page actions (an unknown action is a 404):
    the admin does not use them, and they would skip every reason."""

    actions = {}


@hooks.register("construct_admin_api")
def read_only_admin_api(router):
    router.register_endpoint("pages", ReadOnlyPagesAdminAPIViewSet)


@hooks.register("register_admin_viewset")
def page_viewset():
    # Privacy and unscheduling, for which Wagtail has no hook, ask the superuser's reason.
    return OverridePageViewSet()


hooks.register("construct_page_chooser_queryset", choosers.live_pages_only)


@hooks.register("register_admin_urls")
def consent_admin_urls():
    return consent_withdrawal.admin_urls


hooks.register("register_page_header_buttons", consent_withdrawal.withdraw_consent_header_button)
hooks.register("register_page_listing_more_buttons",
               consent_withdrawal.withdraw_consent_listing_button)
hooks.register("register_log_actions", consent_withdrawal.register_withdrawal_action)

# After Wagtail's own (order 0): the registry keeps the last action of each type.
for action in staff_accounts.BULK_ACTIONS:
    hooks.register("register_bulk_action", action, order=1)
