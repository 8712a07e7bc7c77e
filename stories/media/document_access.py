"""Who may open a document (consent scans), and the record of every time someone did or
tried to.

Wagtail's document view (`/tai-lieu/<id>/<file name>`) asks the `before_serve_document`
hook first: anonymous visitors are sent to the login page, staff whose role does not need
consent evidence get a 403 with the reason, and every answer given to a logged-in person
is written to Wagtail's audit log ("Nhật ký", Reports → Site history); both hooks are
registered in `stories.media.wagtail_hooks`. Nothing the view sends may be kept by a
browser or a proxy: `serve` adds ``Cache-Control: private, no-store`` and is routed in
place of Wagtail's own view (`stories.media.urls`).
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from wagtail.documents.views.serve import serve as wagtail_serve
from wagtail.log_actions import log

from stories.editorial.refusal import refusal

VIEWED = "stories.document_viewed"
REFUSED = "stories.document_refused"


@cache_control(private=True, no_store=True)
def serve(request, document_id, document_filename):
    # The URL takes any number of digits: no document has a longer id, and Wagtail's
    # view would fail on one (a database overflow, or int() refusing 4,300 digits).
    if len(document_id) > 18:
        raise Http404
    return wagtail_serve(request, document_id, document_filename)


def check_document_reader(document, request):
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if not document.may_be_opened_by(user):
        log(document, REFUSED, user=user)
        return refusal(request, gettext(
            "You may not open this document: consent scans and other evidence about the "
            "people we write about are opened only by the person who uploaded them, the "
            "editors (Biên tập viên), the verifiers (Thẩm định) and the approvers (Lãnh "
            "đạo). Ask one of them if you need it."))
    log(document, VIEWED, user=user)
    return None


def register_document_actions(actions):
    actions.register_action(VIEWED, _("Document opened"), _("Opened the document"))
    actions.register_action(REFUSED, _("Document refused"),
                            _("Tried to open the document and was refused"))
