"""The syndication package's public views outside the feeds, one module for each thing
served: the "Nhận tin" page, audio files, radio text and the widget. Routed by
`stories.syndication.urls`."""
