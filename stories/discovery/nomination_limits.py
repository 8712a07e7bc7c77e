"""How often nominations may be sent and codes looked up, and how often a receipt may
go to one mailbox: limits counted in the default cache (`guongsang.throttling`), per
client address, per nominator phone and email, and site-wide. `DEFAULT_LIMITS` are
overridden name by name with the `NOMINATION_LIMITS` setting."""

import contextlib

from guongsang.throttling import RateLimits

# name: (how many, per how many seconds).
DEFAULT_LIMITS = {
    # Nominations accepted from one address (an IPv6 /64 counts as one address).
    "ip": (5, 60 * 60),
    # Nominations giving the same nominator phone number or email address.
    "contact": (3, 24 * 60 * 60),
    # Nominations accepted from everyone: a flood waits instead of filling the inbox.
    "site": (60, 10 * 60),
    # Every submission from one address, valid or not: checking photos costs time.
    "attempts": (30, 60 * 60),
    # Reference-code look-ups from one address: codes cannot be guessed by trying.
    "lookup": (20, 60 * 60),
    # Receipts emailed to one mailbox, whoever typed its address.
    "receipt": (3, 24 * 60 * 60),
}

LIMITS = RateLimits("nomination-limit", DEFAULT_LIMITS, "NOMINATION_LIMITS")


def receipt_mailbox(email):
    """The mailbox an address reaches, as the receipt limit counts it: case, a "+tag"
    and the spelling of an international domain do not make another mailbox."""
    local, _at, domain = email.strip().lower().rpartition("@")
    # A domain that is not valid IDNA stays as typed: it reaches no mailbox anyway.
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local.split('+', 1)[0]}@{domain}"


def receipt_check(email):
    """The limit check of the receipt to ``email``, or None when none is to be sent: no
    address, or its mailbox has had its receipts for now. Nothing says so: the thanks
    page shows the code anyway, and whoever typed the address learns nothing of it."""
    if not email:
        return None
    check = ("receipt", receipt_mailbox(email))
    wait, _reached = LIMITS.reached(check)
    return None if wait else check
