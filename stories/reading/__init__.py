"""Reading on: what a story or profile leads to (`related.py`), and how often pages are read
(`models.py`, counted by `counting.py` from the beacon in `views.py`, ranked by
`most_read.py`)."""
