"""Wagtail's users app with the site's own user and group views (`staff_accounts`,
`staff_groups`), through Wagtail's documented customisation: this config replaces
`wagtail.users` in INSTALLED_APPS.

In a module of its own: Django reads it while loading the settings, before any model can
be imported, and a second app config in `stories.apps` would hide the stories app's own.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class StaffUsersConfig(WagtailUsersAppConfig):
    user_viewset = "stories.editorial.staff_accounts.UserViewSet"
    group_viewset = "stories.editorial.staff_groups.GroupViewSet"
