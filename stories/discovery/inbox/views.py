"""The inbox's own admin views: the preview and creation of a draft profile from a
nomination, and the nomination's photos, served only to the editorial desk."""

import mimetypes

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from stories.discovery.inbox.conversion import (
    can_convert,
    convert,
    nomination_policy,
    profile_blocks,
    shorten,
)
from stories.models import ExemplarIndexPage, Nomination, NominationPhoto

# Photo types a citizen's photo may be served as; anything else is sent as a download.
IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}


def edit_url(nomination):
    return reverse("wagtailsnippets_stories_nomination:edit", args=[nomination.pk])


class ConvertView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what the draft profile will hold; POST: create it and open it in the editor."""

    template_name = "stories/discovery/admin/nomination_convert.html"
    page_title = _("Create a draft profile")
    header_icon = "user"

    def dispatch(self, request, pk):
        self.nomination = get_object_or_404(Nomination.objects.select_related(
            "place", "sector", "exemplar"), pk=pk)
        self.directory = ExemplarIndexPage.objects.first()
        if not can_convert(request.user, self.directory):
            raise PermissionDenied
        if self.nomination.exemplar_id or (
                self.nomination.status == Nomination.Status.CONVERTED):
            messages.error(request, gettext(
                "Nomination %(reference)s has already been turned into a profile.")
                % {"reference": self.nomination.reference})
            return redirect(edit_url(self.nomination))
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.nomination)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("wagtailsnippets_stories_nomination:list"),
                 "label": capfirst(Nomination._meta.verbose_name_plural)},
                {"url": edit_url(self.nomination), "label": str(self.nomination)},
                {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        nomination = self.nomination
        with translation.override(settings.LANGUAGE_CODE):
            blocks = profile_blocks(nomination)
        context.update(
            nomination=nomination, directory=self.directory,
            summary=shorten(nomination.story), paragraph_count=len(blocks),
            photo_count=nomination.photos.count(), edit_url=edit_url(nomination),
        )
        return context

    def post(self, request, pk):
        try:
            page = convert(self.nomination, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(edit_url(self.nomination))
        messages.success(request, gettext(
            "Draft profile “%(title)s” created from nomination %(reference)s. Check it, "
            "record the consent and the awards, then submit it for review.")
            % {"title": page.title, "reference": self.nomination.reference})
        return redirect("wagtailadmin_pages:edit", page.pk)


def photo_view(request, pk):
    if not nomination_policy().user_has_any_permission(request.user, ["view", "change"]):
        raise PermissionDenied
    photo = get_object_or_404(NominationPhoto, pk=pk)
    content_type = mimetypes.guess_type(photo.file.name)[0]
    try:
        handle = photo.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    if content_type in IMAGE_TYPES:
        response = FileResponse(handle, content_type=content_type)
    else:
        response = FileResponse(handle, as_attachment=True,
                                content_type="application/octet-stream")
    # Never kept by a shared cache or proxy: the photos are private.
    response["Cache-Control"] = "private, max-age=3600"
    return response
