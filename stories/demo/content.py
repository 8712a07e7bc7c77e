"""The demo's content, read from the YAML files in ``data/``: names, prose, dates and tags
live there; the modules beside this one only build pages and records from them."""

from functools import cache
from pathlib import Path

import yaml

try:  # libyaml's parser when PyYAML was built with it: the same result, sooner
    from yaml import CSafeLoader as SafeLoader
except ImportError:
    from yaml import SafeLoader

DATA = Path(__file__).resolve().parent / "data"


@cache
def read(name):
    """The parsed ``data/<name>.yaml``, read once; callers must not change it."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as stream:
        return yaml.load(stream, Loader=SafeLoader)
