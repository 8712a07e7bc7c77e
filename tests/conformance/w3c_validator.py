"""The W3C Feed Validation Service's own checker (w3c/feedvalidator, vendored under
vendor/w3c-feedvalidator, see README.md), run on a feed's bytes as the online service runs
on a fetched feed: with its Content-Type and its address, at the service's level "AA"
(errors and warnings; its "informational" notes left out, as the service does)."""

import dataclasses
import functools
import io
import socket
import sys
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "vendor" / "w3c-feedvalidator"


@dataclasses.dataclass(frozen=True)
class Finding:
    level: str  # "error" or "warning"
    name: str  # the validator's name for it, e.g. "InvalidRFC2822Date"
    text: str  # its message as the service prints it, with line and column

    def __str__(self):
        return f"{self.level} {self.name}: {self.text}"


@functools.cache
def _validator():
    if str(VENDOR) not in sys.path:
        sys.path.append(str(VENDOR))
    # Importing it sets a default timeout on every socket of the process (it was written
    # for fetching feeds); the other tests in this process keep theirs.
    previous = socket.getdefaulttimeout()
    try:
        import feedvalidator
        from feedvalidator import compatibility, logging
        from feedvalidator.formatter.text_plain import Formatter
    finally:
        socket.setdefaulttimeout(previous)
    return feedvalidator, compatibility, logging, Formatter


def validate(body: bytes, url: str, content_type: str) -> list[Finding]:
    """The errors and warnings the W3C validator reports for the feed ``body`` served at
    ``url`` with ``content_type``."""
    feedvalidator, compatibility, logging, Formatter = _validator()
    try:
        result = feedvalidator.validateStream(io.BytesIO(body), firstOccurrenceOnly=1,
                                              contentType=content_type, base=url)
        events = result["loggedEvents"]
    except logging.ValidationFailure as failure:
        events = [failure.event]
    return [
        Finding("error" if isinstance(event, logging.Error) else "warning",
                type(event).__name__, " ".join(Formatter([event])[0].split()))
        for event in compatibility.AA(events)
    ]
