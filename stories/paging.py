"""Page numbers as visitors type them (`?trang=`), read the same way by every listing:
columns, taxonomy pages, the exemplar directory and search.

Anything that is not a whole number written in ASCII digits, or is below 1, is the first
page; a number past the end, however long, is the last page (never an error: `int()`
refuses numbers of thousands of digits, and databases numbers beyond 64 bits).
"""

# Past the end of any listing; a larger number is read as this one.
MAX_PAGE_NUMBER = 10**6


def requested_page(raw):
    """The page number ``raw`` (a query string value, or None) asks for, from 1 to
    MAX_PAGE_NUMBER."""
    if not raw or not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw) > len(str(MAX_PAGE_NUMBER)):
        return MAX_PAGE_NUMBER
    return min(max(int(raw), 1), MAX_PAGE_NUMBER)
