"""The page cache: finished responses to anonymous visitors, kept in the "pages" cache.

`middleware.PageCacheMiddleware` serves and stores them, `store` holds the keys and the
generation that invalidates them, `backends.PageCacheBackend` lets Wagtail's frontend cache
machinery (`purge_page_from_cache`, `purge_urls_from_cache`) purge them.
"""
