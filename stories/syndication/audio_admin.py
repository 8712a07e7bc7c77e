"""Audio files in the admin. They live in the private storage, which has no URL: the public
reaches a clip only through `stories.syndication.views.audio`, and only while a published page
uses it. Staff who may see audio clips listen to any clip through `audio_file`, and its
edit form links there (Django's own file input would ask the storage for a URL)."""

import os

from django import forms
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.permissions import policy_registry

from stories.models import AudioClip


class PrivateAudioInput(forms.FileInput):
    """A file input that shows the current file's name and duration, linked to
    `audio_file`."""

    def render(self, name, value, attrs=None, renderer=None):
        field = super().render(name, value, attrs, renderer)
        clip = getattr(value, "instance", None)
        if not value or clip is None or clip.pk is None:
            return field
        return format_html(
            '<p>{}: <a href="{}" target="_blank" rel="noopener">{}</a> ({})</p>'
            "<p>{}</p>{}",
            gettext("Current file"), reverse("audio_file", args=[clip.pk]),
            os.path.basename(value.name), clip.duration_text,
            gettext("To replace it, choose another file:"), field)


def audio_file(request, pk):
    """One clip's file, for staff who may see audio clips; a 404 for anyone else."""
    if not policy_registry.get_by_type(AudioClip).user_has_any_permission(
            request.user, ["view", "change"]):
        raise Http404
    clip = get_object_or_404(AudioClip, pk=pk)
    try:
        handle = clip.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(handle, content_type=clip.mime_type or "audio/mpeg")
    response["Cache-Control"] = "private, no-store"
    return response


admin_urls = [path("am-thanh/<int:pk>/", audio_file, name="audio_file")]
