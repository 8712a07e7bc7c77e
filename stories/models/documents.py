"""Documents: consent scans and other evidence about the people we write about.

No public content links a document, so every document is private: its file lives in the
private storage and is served only by Wagtail's document view, to staff whose role needs
it (`stories.wagtail_hooks`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from ..storage import private_storage


class PrivateDocument(AbstractDocument):
    file = models.FileField(upload_to="documents", storage=private_storage,
                            verbose_name=_("file"))

    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
