"""Rate limits count visitors, not the reverse proxy in front of the site."""

from django.http import HttpResponse
from django.test import RequestFactory
from guongsang.middleware import ClientAddressMiddleware


def seen_address(settings, proxies, forwarded=None, remote="10.0.0.1"):
    settings.TRUSTED_PROXIES = proxies
    seen = {}

    def view(request):
        seen["address"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    request = RequestFactory().get("/", REMOTE_ADDR=remote, **headers)
    ClientAddressMiddleware(view)(request)
    return seen["address"]


def test_without_a_proxy_the_header_is_ignored(settings):
    assert seen_address(settings, 0, forwarded="203.0.113.9") == "10.0.0.1"


def test_behind_one_proxy_the_visitor_is_the_address_the_proxy_saw(settings):
    assert seen_address(settings, 1, forwarded="203.0.113.9") == "203.0.113.9"


def test_a_visitor_cannot_choose_their_address_by_sending_the_header(settings):
    # nginx appends the real peer to whatever the client sent.
    assert seen_address(settings, 1, forwarded="1.2.3.4, 203.0.113.9") == "203.0.113.9"


def test_two_proxies_take_the_second_entry_from_the_right(settings):
    assert seen_address(settings, 2, forwarded="1.2.3.4, 203.0.113.9, 10.0.0.7") == \
        "203.0.113.9"


def test_a_missing_header_keeps_the_socket_address(settings):
    assert seen_address(settings, 1) == "10.0.0.1"
