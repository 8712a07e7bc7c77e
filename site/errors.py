"""The server error page, with a Content-Security-Policy of its own.

It is self-contained on purpose (no static files, no template inheritance: those may be
what failed), so its few styles are inline. The site's policy would refuse them; this one
allows inline styles on this one page and nothing else at all: no script, no image, no form.
"""

from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

SERVER_ERROR_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                       "form-action 'none'; frame-ancestors 'none'")


@requires_csrf_token
def server_error(request):
    response = defaults.server_error(request)
    response["Content-Security-Policy"] = SERVER_ERROR_POLICY
    return response
