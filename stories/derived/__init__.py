"""Everything the site derives from its pages and keeps in step with them: the public
search index (`search.indexing`) and the prepared feed entries
(`stories.syndication.entries`), refreshed together by one set of receivers
(`receivers`), one task per batch of pages (`tasks`), one definition of the pages the
public may see (`public_pages`), one drift report (`drift`), and the page-cache purges
that follow (`purges`)."""
