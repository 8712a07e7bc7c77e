"""`make bench` at scale: listings, sitemap pages, search and rebuild, side by side on SQLite
and PostgreSQL, at the demo size, 20,000 and 200,000 documents.

Run as `python -m guongsang.bench_scale [--sizes demo,20000] [--databases sqlite,postgres]`.
For each database and size it makes (or reuses) a corpus, times `search_index rebuild`,
serves it as `guongsang.bench` does (production settings, gunicorn, one sync worker, the
task worker beside it) and requests every listing and sitemap page uncached, then the
searches. Each answer's CPU time, wall time and SQL queries come from the server's
`X-Request-Cost` header. A corpus is kept under var/bench-scale/ (SQLite) or in a
`bench_<size>` database (PostgreSQL) and reused while the generator, the demo content, the
size and the seed are unchanged; `--fresh` makes it again. The summary is printed and
written to var/bench/last.json.
"""

import argparse
import datetime
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import urlsplit

from guongsang import bench
from guongsang.bench_scale_report import DATABASES, judge, report, size_label

ROOT = bench.ROOT
# Beside var/bench/, which `guongsang.bench` empties on every run.
SCALE = ROOT / "var" / "bench-scale"
LAST = ROOT / "var" / "bench" / "last.json"
LISTING_URLS = Path("/work/briefs/status/listing-urls.txt")
SEED = 2026

# Where a corpus comes from: a change to any of these makes it again (the generator only
# matters beyond the demo).
DEMO_SOURCES = ["stories/management/commands/load_demo.py", "stories/demo"]
GENERATOR = "search/management/commands/generate_search_corpus.py"


def parse_sizes(text):
    return [0 if part.strip() == "demo" else int(part.strip().replace("_", ""))
            for part in text.split(",") if part.strip()]


def corpus_key(size):
    digest = hashlib.sha256(f"{size}:{SEED}".encode())
    for source in [*DEMO_SOURCES, *([GENERATOR] if size else [])]:
        path = ROOT / source
        for file in sorted(path.rglob("*") if path.is_dir() else [path]):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(ROOT)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


class Database:
    """One benchmark database: a SQLite file under var/bench-scale/, or a PostgreSQL
    database named `bench_<size>` on the server `postgres_url` names."""

    def __init__(self, kind, size, postgres_url):
        self.kind, self.size = kind, size
        self.workdir = SCALE / f"{kind}-{size_label(size)}"
        self.name = f"bench_{size_label(size)}"
        self.postgres_url, self.server = postgres_url, urlsplit(postgres_url)
        if kind == "sqlite":
            self.url = f"sqlite:///{self.workdir / 'bench.sqlite3'}"
        else:
            self.url = postgres_url.rstrip("/") + "/" + self.name

    def _server(self):
        import psycopg

        return psycopg.connect(host=self.server.hostname or "127.0.0.1",
                               port=self.server.port or 5432,
                               user=self.server.username or "postgres",
                               password=self.server.password, dbname="postgres",
                               autocommit=True)

    def exists(self):
        if self.kind == "sqlite":
            return (self.workdir / "bench.sqlite3").exists()
        with self._server() as server:
            return server.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                  [self.name]).fetchone() is not None

    def recreate(self, copy_of=None):
        """Empty, or a copy of another benchmark database (its files and media too)."""
        from psycopg import sql

        shutil.rmtree(self.workdir, ignore_errors=True)
        self.workdir.mkdir(parents=True)
        if copy_of and (copy_of.workdir / "media").exists():
            shutil.copytree(copy_of.workdir / "media", self.workdir / "media")
        if self.kind == "sqlite":
            if copy_of:
                shutil.copy2(copy_of.workdir / "bench.sqlite3", self.workdir / "bench.sqlite3")
            return
        name = sql.Identifier(self.name)
        create = sql.SQL("CREATE DATABASE {}").format(name)
        if copy_of:
            create = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                name, sql.Identifier(copy_of.name))
        with self._server() as server:
            server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            server.execute(create)


def manage(env, *args, capture=False):
    # The project's own commands, with arguments of this module.
    command = [sys.executable, "manage.py", *args]
    if capture:
        return subprocess.run(command, cwd=ROOT, env=env, check=True,  # noqa: S603
                              capture_output=True, text=True).stdout
    subprocess.run(command, cwd=ROOT, env=env, check=True,  # noqa: S603
                   stdout=subprocess.DEVNULL)
    return None


def ensure_corpus(database, env, fresh, reuse_any=False):
    """The corpus in place, made again only when its sources changed (or, with `reuse_any`,
    only when there is none); returns what is known of its making (seconds, reused or
    not, made by other sources or not)."""
    stamp = database.workdir / "corpus.json"
    key = corpus_key(database.size)
    known = json.loads(stamp.read_text()) if stamp.exists() else {}
    if not fresh and known and (known.get("key") == key or reuse_any) and database.exists():
        manage(env, "migrate", "--noinput")  # migrations added since: applied on top
        return {**known, "reused": True, "sources_changed": known.get("key") != key}
    print(f"  tạo kho dữ liệu {DATABASES[database.kind]} {size_label(database.size)}…",
          flush=True)
    # The demo loaded once: a larger corpus starts from a copy of the demo's database.
    demo = Database(database.kind, 0, database.postgres_url)
    demo_stamp = demo.workdir / "corpus.json"
    if (database.size and demo.exists() and demo_stamp.exists()
            and json.loads(demo_stamp.read_text()).get("key") == corpus_key(0)):
        database.recreate(copy_of=demo)
        demo_seconds = json.loads(demo_stamp.read_text())["demo_seconds"]
        manage(env, "migrate", "--noinput")
    else:
        database.recreate()
        started = time.monotonic()
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
        demo_seconds = time.monotonic() - started
    generate_seconds = 0.0
    if database.size:
        started = time.monotonic()
        manage(env, "generate_search_corpus", "--count", str(database.size), "--seed",
               str(SEED), "--no-index")
        generate_seconds = time.monotonic() - started
    known = {"key": key, "size": database.size, "seed": SEED, "demo_seconds": demo_seconds,
             "generate_seconds": generate_seconds,
             "made": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")}
    stamp.write_text(json.dumps(known, indent=2))
    return {**known, "reused": False}


# Run in `manage.py shell`: what the bench needs to know of the corpus, as one JSON line.
FACTS_CODE = r"""
import json
from django.db import connection
from wagtail.models import Page
from stories.models import *
s = StoryPage.objects.live().order_by('path').first()
e = ExemplarPage.objects.live().filter(awards__isnull=False).order_by('path').first()
c = ColumnPage.objects.live().order_by('path').first()
sec = Sector.objects.filter(exemplars__isnull=False).order_by('pk').first()
mov = Movement.objects.filter(exemplars__isnull=False).order_by('pk').first()
pl = Place.objects.exclude(valid_to=None).order_by('pk').first()
cp = Place.objects.filter(valid_to=None, exemplars__isnull=False).order_by('pk').first()
pages = Page.objects.count()
documents = ExemplarPage.objects.live().count() + StoryPage.objects.live().count()
tables = ['wagtailcore_page', 'stories_exemplarpage', 'stories_storypage']
stale = []
with connection.cursor() as cursor:
    if connection.vendor == 'postgresql':
        cursor.execute("SELECT relname, n_live_tup, n_mod_since_analyze, "
                       "last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL "
                       "FROM pg_stat_user_tables WHERE relname = ANY(%s)", [tables])
        for name, live, modified, analysed in cursor.fetchall():
            if not analysed or modified > 0.1 * max(live, 1):
                stale.append(name)
    else:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        known = {}
        if cursor.fetchone():
            cursor.execute("SELECT tbl, stat FROM sqlite_stat1")
            for table, stat in cursor.fetchall():
                known[table] = max(known.get(table, 0), int(str(stat).split()[0]))
        for model in (Page, ExemplarPage, StoryPage):
            table = model._meta.db_table
            if known.get(table, 0) < 0.9 * model.objects.count():
                stale.append(table)
print(json.dumps({
    'story': s.url, 'profile': e.url, 'column': c.url, 'column_slug': c.slug,
    'sector': sec.slug, 'movement': mov.slug if mov else '', 'place': pl.slug,
    'cplace': cp.slug, 'pages': pages, 'documents': documents, 'stale_statistics': stale,
}))
"""


def corpus_facts(env):
    return json.loads(manage(env, "shell", "-c", FACTS_CODE, capture=True).splitlines()[-1])


def default_listings(facts):
    """Every listing a visitor or a portal asks for, picked from the corpus."""
    return [
        ("home", "/"),
        ("directory", "/dien-hinh/"),
        ("directory, 2 filters", f"/dien-hinh/?linh_vuc={facts['sector']}&loai=ca_nhan"),
        ("column", facts["column"]),
        ("sector", f"/linh-vuc/{facts['sector']}/"),
        ("movement", f"/phong-trao/{facts['movement']}/"),
        ("former place", f"/dia-phuong/{facts['place']}/"),
        ("current place", f"/dia-phuong/{facts['cplace']}/"),
        ("API stories", "/api/v2/bai-viet/"),
        ("API profiles", "/api/v2/dien-hinh/"),
    ]


def listing_urls(facts, path=LISTING_URLS):
    """The listings helper's list when it exists (`label<TAB>path` or a bare path per line,
    anything after the path ignored; `{column}`, `{sector}`, `{movement}`, `{place}` (a
    former place), `{cplace}` (a current one) filled from the corpus), else the default
    list; default entries it lacks are added. Sitemap lines are left out: the sitemap's
    pages are found by following its index."""
    urls = []
    if path.exists():
        names = {**facts, "column": facts["column_slug"], "column_url": facts["column"]}
        for line in path.read_text().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            label, _, url = line.partition("\t") if "\t" in line else ("", "", line)
            if "sitemap" in url:
                continue
            try:
                url = url.split()[0].format(**names)
            except (KeyError, IndexError, ValueError):
                print(f"  bỏ qua địa chỉ không điền được: {line}")
                continue
            if url.startswith("/"):
                urls.append((label.strip() or url, url))
    seen = {url for _label, url in urls}
    labels = {label for label, _url in urls}
    urls += [(label, url) for label, url in default_listings(facts)
             if url not in seen and label not in labels]
    return urls


def sample(port, url):
    """(CPU ms, SQL queries, wall ms) of one uncached answer, or the status if not 200."""
    response, _body = bench._request(port, url, {bench.FRESH_HEADER: "1"}, timeout=900)
    if response.status != 200:
        return response.status
    cost = dict(part.split("=") for part in response.getheader(bench.COST_HEADER).split(";"))
    return float(cost["cpu"]), int(cost["queries"]), float(cost["wall"])


def sitemap_urls(port):
    """/sitemap.xml, and every page its index lists."""
    response, body = bench._request(port, "/sitemap.xml", {bench.FRESH_HEADER: "1"},
                                    timeout=900)
    urls = [("sitemap.xml", "/sitemap.xml")]
    if response.status != 200:
        return urls
    root = ElementTree.fromstring(body)  # noqa: S314 (our own server's answer)
    if root.tag.endswith("sitemapindex"):
        for loc in root.iterfind(".//{*}loc"):
            parts = urlsplit(loc.text.strip())
            url = parts.path + (f"?{parts.query}" if parts.query else "")
            urls.append((url.removeprefix("/"), url))
    return urls


def measure(port, urls, rounds, budget, least=3):
    """Samples per label, interleaved so that machine noise hits all alike; a slow page is
    asked fewer times (at least `least`), so that one run stays within reason."""
    samples, planned, errors = {}, {}, {}
    for label, url in urls:
        first = sample(port, url)  # warm-up: template caches, connections
        if isinstance(first, int):
            errors[label] = first
            continue
        again = sample(port, url)
        wall_seconds = max(first[2], again[2] if not isinstance(again, int) else 0) / 1000
        planned[label] = max(least, min(rounds, int(budget / max(wall_seconds, 1e-4))))
        samples[label] = []
    for round_number in range(max(planned.values(), default=0)):
        for label, url in urls:
            if label in planned and round_number < planned[label]:
                answer = sample(port, url)
                if isinstance(answer, int):
                    errors[label] = answer
                    planned.pop(label)
                    continue
                samples[label].append(answer)
    return samples, errors


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def summarise(values, bare_cpu):
    cpu = [value[0] for value in values]
    queries = [value[1] for value in values]
    walls = [value[2] for value in values]
    return {"p50_ms": statistics.median(walls), "p95_ms": percentile(walls, 0.95),
            "cpu_ms": statistics.median(cpu), "cpu_ratio": statistics.median(cpu) / bare_cpu,
            "queries": round(statistics.median(queries)), "queries_max": max(queries),
            "samples": len(values)}


def bench_one(kind, size, args):
    database = Database(kind, size, args.postgres_url)
    database.workdir.mkdir(parents=True, exist_ok=True)
    env = {**bench.environment(database.workdir, database.url),
           "STATIC_ROOT": str(SCALE / "static"),
           # One client asks the API hundreds of times a minute: measured, not throttled.
           "API_RATE": "100000/min"}
    print(f"\n{DATABASES[kind]}, {size_label(size)}:", flush=True)
    corpus = ensure_corpus(database, env, args.fresh, args.reuse_any)
    if not args.static_done:
        manage(env, "collectstatic", "--noinput")
        args.static_done = True
    # Left queued by the demo (or an earlier run's place save): done before measuring.
    manage(env, "db_worker", "--batch")
    stamp = database.workdir / "corpus.json"
    if args.keep_index and corpus.get("rebuild_seconds") is not None:
        rebuild_seconds, rebuild_reused = corpus["rebuild_seconds"], True
    else:
        print("  search_index rebuild…", flush=True)
        started = time.monotonic()
        manage(env, "search_index", "rebuild")
        rebuild_seconds, rebuild_reused = time.monotonic() - started, False
        known = json.loads(stamp.read_text())
        stamp.write_text(json.dumps({**known, "rebuild_seconds": rebuild_seconds}, indent=2))
    if args.prepare:
        return None
    facts = corpus_facts(env)
    shutil.rmtree(database.workdir / "page-cache", ignore_errors=True)
    port = bench.free_port()
    server, worker = bench.start_server(env, port, workers=1)
    try:
        print("  đo danh sách và sơ đồ trang…", flush=True)
        pages = [("bare view", "/_bench/ok/"), *listing_urls(facts), *sitemap_urls(port)]
        samples, errors = measure(port, pages, args.rounds, args.budget)
        print("  đo tìm kiếm…", flush=True)
        search_samples, search_errors = measure(port, bench.search_urls(), args.search_rounds,
                                                budget=args.search_rounds * 10,
                                                least=args.search_rounds)
    finally:
        bench.stop_server(server, worker)
    bare_cpu = statistics.median(value[0] for value in samples.pop("bare view"))
    result = {
        "database": kind, "size": size, "documents": facts["documents"],
        "pages_in_tree": facts["pages"], "corpus": corpus, "rebuild_seconds": rebuild_seconds,
        "rebuild_reused": rebuild_reused,
        "stale_statistics": facts["stale_statistics"], "bare_cpu_ms": bare_cpu,
        "pages": [], "errors": {**errors, **search_errors},
    }
    for label, url in pages[1:]:
        if label in samples and samples[label]:
            kind_of = "sitemap" if label.startswith("sitemap") else "listing"
            result["pages"].append({"label": label, "url": url, "kind": kind_of,
                                    **summarise(samples[label], bare_cpu)})
    every_search = [value for values in search_samples.values() for value in values]
    if every_search:
        walls = [value[2] for value in every_search]
        result["search"] = {
            "searches": len(search_samples), "requests": len(every_search),
            "p50_ms": statistics.median(walls), "p95_ms": percentile(walls, 0.95),
            "cpu_ms": statistics.median(value[0] for value in every_search),
            "queries": sorted({value[1] for value in every_search})}
    if size:
        pages_filed, milliseconds, queued = bench.place_save(env)
        result["place_save"] = {"pages": pages_filed, "ms": milliseconds, "queued": queued}
    return result


def git_state():
    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT,  # noqa: S603, S607
                              capture_output=True, text=True).stdout.strip()

    return {"commit": git("rev-parse", "HEAD"), "changed_files": len(git(
        "status", "--porcelain").splitlines())}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="demo,20000,200000",
                        help="documents added to the demo, comma-separated (demo = none)")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--postgres-url", default="postgres://postgres@127.0.0.1:5432",
                        help="the server; databases bench_<size> are made on it")
    parser.add_argument("--rounds", type=int, default=30, help="requests per listing, at most")
    parser.add_argument("--budget", type=float, default=6,
                        help="seconds a listing or sitemap page is measured for, about")
    parser.add_argument("--search-rounds", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="make the corpora again")
    parser.add_argument("--reuse-any", action="store_true",
                        help="use the corpora in place even if the generator changed since")
    parser.add_argument("--prepare", action="store_true",
                        help="only make the corpora and index them, measuring nothing")
    parser.add_argument("--keep-index", action="store_true",
                        help="skip search_index rebuild where an earlier run indexed the same "
                             "corpus (its time is reported, marked as earlier)")
    parser.add_argument("--json", type=Path, default=LAST)
    args = parser.parse_args(argv)
    args.static_done = False
    sizes = parse_sizes(args.sizes)
    kinds = [kind.strip() for kind in args.databases.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in DATABASES]
    if unknown:
        parser.error(f"unknown database: {', '.join(unknown)}")
    if any(size for size in sizes) and 0 not in sizes:
        sizes.insert(0, 0)  # ratios at scale are to the demo's cost, measured in the same run
    started = time.monotonic()
    output = {"started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
              "command": " ".join(["python -m guongsang.bench_scale", *(argv or sys.argv[1:])]),
              **git_state(), "results": [], "broken": [], "failures": []}
    for size in sizes:
        for kind in kinds:
            try:
                result = bench_one(kind, size, args)
            except Exception as error:  # reported below; the other runs go on
                # One database or size failing leaves the others to measure.
                print(f"  HỎNG: {error!r}", flush=True)
                output["broken"].append(f"{DATABASES[kind]} {size_label(size)}: {error!r}")
                result = None
            if result is not None:
                output["results"].append(result)
            output["failures"] = judge(output["results"]) + [
                f"không đo được {broken}" for broken in output["broken"]]
            output["seconds"] = time.monotonic() - started
            if not args.prepare:  # written as it goes: a run cut short keeps what it measured
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(output, ensure_ascii=False, indent=2))
    if output["results"] or output["broken"]:
        report(output["results"], output["failures"])
        print(f"\n({output['seconds'] / 60:.0f} phút; kết quả: {args.json})")


if __name__ == "__main__":
    main()
