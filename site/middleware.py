"""Behind a reverse proxy every request comes from the proxy's address; rate limits per
address (nominations, the portal API, sign-in lockouts) need the visitor's own."""

import ipaddress

from django.conf import settings


class ClientAddressMiddleware:
    """With TRUSTED_PROXIES = n, REMOTE_ADDR becomes the address the outermost of the n
    proxies saw: the n-th entry from the right of X-Forwarded-For. Entries further left
    are whatever the client sent and are never trusted."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.proxies = settings.TRUSTED_PROXIES

    def __call__(self, request):
        if self.proxies:
            forwarded = [part.strip() for part in
                         request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
                         if part.strip()]
            if len(forwarded) >= self.proxies:
                request.META["REMOTE_ADDR"] = forwarded[-self.proxies]
        return self.get_response(request)


def visitor_address(request):
    """The address sign-in failures are counted against: REMOTE_ADDR as set above, with an
    IPv6 /64 (one subscriber's line, which picks its own addresses inside it) as its first
    address, so that it still fits an IP address field. None when there is no valid one."""
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return None
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)
