"""Audio files of shown pages, for podcast apps and browsers."""

import re

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from stories.models import AudioClip
from stories.syndication.sources import shown_entries

# One range of at most 18 ASCII digits each side (\d also takes other scripts' digits, and a
# longer number is past any file); any other Range header is ignored, as RFC 9110 allows.
_RANGE = re.compile(r"bytes=([0-9]{0,18})-([0-9]{0,18})")


@require_safe
def audio_clip(request, pk, extension):
    """An audio file, at a URL that stays the same when the file is renamed, with byte
    ranges (podcast apps and browsers seek with them). Only audio of shown pages."""
    clip = get_object_or_404(AudioClip, pk=pk)
    if extension != clip.extension or not shown_entries().filter(audio=clip).exists():
        raise Http404
    size = clip.size
    start, end = 0, size - 1
    match = _RANGE.fullmatch(request.headers.get("Range", ""))
    status = 200
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:
            start = max(size - int(match[2]), 0)
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        status = 206
    handle = clip.file.open("rb")
    handle.seek(start)
    length = end - start + 1
    response = FileResponse(_limited(handle, length), status=status,
                            content_type=clip.mime_type)
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "public, max-age=86400"
    response["ETag"] = f'"audio-{clip.pk}-{size}-{int(clip.duration * 1000)}"'
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response


def _limited(handle, length, chunk=64 * 1024):
    try:
        while length > 0:
            data = handle.read(min(chunk, length))
            if not data:
                break
            length -= len(data)
            yield data
    finally:
        handle.close()
