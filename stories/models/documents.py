"""Documents: consent scans and other evidence about the people we write about.

No public content links a document, so every document is private: its file lives in the
private storage and is served only by Wagtail's document view, to staff whose role needs
it (`stories.media.document_access`). Its file name is random: the name a scan arrives with
usually names the person, and the file name is part of the document's address.
"""

import os
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from stories.editorial.roles import APPROVER, EDITOR, VERIFIER
from stories.media.storage import private_storage

# Who checks or signs off consent: the editorial desk, the verifiers and the approvers.
READER_ROLES = (EDITOR, VERIFIER, APPROVER)


def document_upload_path(instance, filename):
    """``documents/<random>.<ext>``: only the extension of the uploaded name is kept."""
    extension = os.path.splitext(filename)[1].lower()
    return f"documents/{uuid.uuid4().hex}{extension}"


class PrivateDocument(AbstractDocument):
    file = models.FileField(upload_to=document_upload_path, storage=private_storage,
                            verbose_name=_("file"))

    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

    def may_be_opened_by(self, user):
        """Whether ``user`` may open the file: its uploader, the roles in `READER_ROLES`
        and superusers; never anyone else, whatever collection permissions they hold."""
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser or (self.uploaded_by_user_id == user.pk):
            return True
        return user.groups.filter(name__in=READER_ROLES).exists()
