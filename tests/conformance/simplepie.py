"""SimplePie 1.9 (vendored under vendor/simplepie, see README.md), the feed library of PHP
portals and importers, run through `simplepie_read.php` by Debian's `php` (.ci/run
installs php-cli, php-xml and php-mbstring)."""

import json
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "simplepie_read.php"
PHP = shutil.which("php")
MISSING = "`php` is not installed (Debian: php-cli php-xml php-mbstring; .ci/run installs them)"


def read_with_simplepie(files: dict[str, bytes], folder: Path) -> tuple[dict, list[str]]:
    """What SimplePie reads in each feed of ``files`` (name → bytes), keyed by name, and
    the warnings PHP printed meanwhile (deprecations of the library itself left out): one
    `php` process for all the feeds."""
    paths = {}
    for number, (name, body) in enumerate(files.items()):
        path = folder / f"feed-{number}.xml"
        path.write_bytes(body)
        paths[str(path)] = name
    completed = subprocess.run(
        [PHP, "-d", "display_errors=stderr", "-d", "error_reporting=E_ALL", str(SCRIPT),
         *paths], capture_output=True, text=True, timeout=120, check=False)
    if completed.returncode != 0:
        raise AssertionError(f"php {SCRIPT.name} failed ({completed.returncode}):\n"
                             f"{completed.stderr}{completed.stdout[:2000]}")
    read = json.loads(completed.stdout)
    messages = [line for line in completed.stderr.splitlines()
                if line.strip() and "Deprecated:" not in line]
    return {name: read[path] for path, name in paths.items()}, messages
