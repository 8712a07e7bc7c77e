from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Exemplars and stories")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from stories import signals
        from stories.derived import receivers

        post_migrate.connect(signals.sync_roles_after_migrate, sender=self)
        post_migrate.connect(signals.prepare_syndication_after_migrate, sender=self)
        receivers.connect()
