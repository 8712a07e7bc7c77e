"""`make bench`: serve the demo site as in production and measure what each page costs.

Run as `python -m guongsang.bench`. It builds a demo database of its own under var/bench/,
starts gunicorn with production settings (2 workers) and the task worker, and requests every
page type many times. The server reports each request's CPU time and SQL query count in a
header added by `measured`, which wraps the whole Django application (WSGI), so pages and
the bare view are timed alike, every middleware included, and client-side noise does not
count. Figures are ratios to a bare Django view measured in the same run.
"""

import argparse
import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection
from django.http import HttpResponse

COST_HEADER = "X-Request-Cost"
# Asks past the page cache and the feed cache (honoured only with BENCH=1).
FRESH_HEADER = "X-Bench-Fresh"
FEED_ITEMS = {}


def measured(application):
    """The WSGI application, with each answer's cost in a header: CPU seconds of this
    worker process and SQL queries from the moment the server hands the request over to
    the last byte of the body, Django's request handling and every middleware included."""

    def measured_application(environ, start_response):
        queries = [0]

        def count(execute, sql, params, many, context):
            queries[0] += 1
            return execute(sql, params, many, context)

        answer = {}

        def keep(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, headers
            return lambda data: answer.setdefault("written", []).append(data)

        started = time.process_time()
        wall_started = time.perf_counter()
        with connection.execute_wrapper(count):
            result = application(environ, keep)
            try:
                body = b"".join([*answer.get("written", []), *result])
            finally:
                if hasattr(result, "close"):
                    result.close()
        cpu_ms = (time.process_time() - started) * 1000
        # Wall time too: PostgreSQL's work happens in its own processes, not in this CPU.
        wall_ms = (time.perf_counter() - wall_started) * 1000
        cost = f"cpu={cpu_ms:.4f};wall={wall_ms:.4f};queries={queries[0]}"
        start_response(answer["status"], [*answer["headers"], (COST_HEADER, cost)])
        return [body]

    return measured_application


def measured_wsgi():
    """What gunicorn serves in the bench: ``guongsang.bench:measured_wsgi()``."""
    from guongsang.wsgi import application

    return measured(application)


def bare_view(request):
    return HttpResponse("ok", content_type="text/plain")


ROOT = Path(__file__).resolve().parent.parent
# label: (query target, CPU target as a multiple of the bare view). Cached pages come
# from the page cache; uncached ones are made afresh for every request.
TARGETS = {
    "story, cached": (0, 2),
    "profile, cached": (0, 2),
    "home, cached": (0, 2),
    "directory, cached": (0, 2),
    "story": (15, 40),
    "profile": (15, 40),
    "home": (20, 60),
    "directory": (20, 60),
}
CACHED = ("home", "directory", "profile", "story")
PUBLISH_TARGET_SECONDS = 1
PLACE_SAVE_TARGET_MS = 300


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(cmd, env):
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(env, workdir, fresh):
    if fresh and workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    manage = [sys.executable, "manage.py"]
    print("Chuẩn bị cơ sở dữ liệu thử (migrate, load_demo, collectstatic)…", flush=True)
    run([*manage, "migrate", "--noinput"], env)
    run([*manage, "load_demo"], env)
    run([*manage, "collectstatic", "--noinput"], env)


def pick_urls(env):
    code = (
        "from stories.models import *\n"
        "s=StoryPage.objects.live().order_by('path').first()\n"
        "e=ExemplarPage.objects.live().filter(awards__isnull=False).order_by('path').first()\n"
        "c=ColumnPage.objects.live().order_by('path').first()\n"
        "sec=Sector.objects.filter(exemplars__isnull=False).first()\n"
        "pl=Place.objects.exclude(valid_to=None).first()\n"
        "cp=Place.objects.filter(valid_to=None, exemplars__isnull=False).first()\n"
        "print(s.url); print(e.url); print(c.url); print(sec.slug); print(pl.slug)\n"
        "print(c.slug); print(cp.slug)\n"
    )
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout.split()
    story, profile, column, sector, place, column_slug, current_place = out[-7:]
    cached = {"home": "/", "directory": "/dien-hinh/", "profile": profile, "story": story}
    return [
        ("bare view", "/_bench/ok/"),
        *((f"{label}, cached", cached[label]) for label in CACHED),
        ("home", "/"),
        ("directory", "/dien-hinh/"),
        ("directory, 2 filters", f"/dien-hinh/?linh_vuc={sector}&loai=ca_nhan"),
        ("profile", profile),
        ("story", story),
        ("column", column),
        ("sector", f"/linh-vuc/{sector}/"),
        ("former place", f"/dia-phuong/{place}/"),
        *feed_urls(column_slug, sector, current_place),
    ]


# Feeds: each kind built fresh (the bench header skips the feed cache), served again
# while nothing changed, and answered 304 to a reader that has it.
FEED_KINDS = [("RSS, all new content", "/nhan-tin/tat-ca.rss"),
              ("Atom, all new content", "/nhan-tin/tat-ca.atom"),
              ("JSON Feed, all new content", "/nhan-tin/tat-ca.json"),
              ("RSS, profiles", "/nhan-tin/ho-so.rss"),
              ("RSS, column", "/nhan-tin/chuyen-muc/{column}.rss"),
              ("RSS, sector", "/nhan-tin/linh-vuc/{sector}.rss"),
              ("RSS, place", "/nhan-tin/dia-phuong/{place}.rss"),
              ("podcast", "/nhan-tin/podcast/nguoi-tot-viec-tot.rss")]
FEED_MODES = {"fresh": {FRESH_HEADER: "1"}, "again": {}, "304": None}
FEED_TARGETS = {"fresh": 40, "again": 3, "304": 2}


def feed_urls(column, sector, place):
    urls = []
    for label, url in FEED_KINDS:
        url = url.format(column=column, sector=sector, place=place)
        for mode in FEED_MODES:
            urls.append((f"feed {mode}: {label}", url))
    return urls


_ETAGS = {}  # each feed's ETag, asked once: what a reader polling it would send


def headers_for(port, label, url):
    if not label.startswith("feed "):
        cached = label.endswith(", cached") or label == "bare view"
        return ({} if cached else {FRESH_HEADER: "1"}), 200
    mode = label.split(":")[0].removeprefix("feed ")
    if mode == "304":
        if url not in _ETAGS:
            _ETAGS[url] = _request(port, url, {})[0].getheader("ETag")
        return {"If-None-Match": _ETAGS[url]}, 304
    return FEED_MODES[mode], 200


def _request(port, url, headers, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request("GET", url, headers={"Host": "localhost", "X-Forwarded-Proto": "https",
                                      **headers})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def fetch(port, url, label=""):
    headers, expected = headers_for(port, label, url)
    response, body = _request(port, url, headers)
    if response.status != expected:
        raise RuntimeError(f"{url} answered {response.status}")
    if label.startswith("feed fresh"):
        FEED_ITEMS[url] = body.count(b"<item>") + body.count(b"<entry>") + body.count(
            b'"id":"tag:')
    cost = dict(part.split("=") for part in response.getheader(COST_HEADER).split(";"))
    return float(cost["cpu"]), int(cost["queries"]), float(cost["wall"])


def measure(port, urls, rounds):
    samples = {label: ([], [], []) for label, _ in urls}
    for label, url in urls:  # warm up: renditions, template caches, connections
        for _ in range(5):
            fetch(port, url, label)
    for _ in range(rounds):  # interleave page types so machine noise hits them alike
        for label, url in urls:
            for sample, value in zip(samples[label], fetch(port, url, label), strict=True):
                sample.append(value)
    return samples


def report(urls, samples):
    bare = statistics.median(samples["bare view"][0])
    print()
    print(f"{'trang':24} {'CPU trung vị (ms)':>18} {'× bare':>8} {'truy vấn SQL':>13}"
          f" {'(tối đa)':>9}  mục tiêu")
    failures = []
    for label, _url in urls:
        cpu = statistics.median(samples[label][0])
        # Typical queries, and the most seen: a worker meeting a photo for the first
        # time looks its renditions up in the database once.
        queries = round(statistics.median(samples[label][1]))
        most = max(samples[label][1])
        ratio = cpu / bare
        target = TARGETS.get(label)
        verdict = ""
        if target:
            max_queries, max_ratio = target
            ok = queries <= max_queries and ratio <= max_ratio
            verdict = f"≤{max_queries} truy vấn, ≤{max_ratio}× — {'đạt' if ok else 'CHƯA ĐẠT'}"
            if not ok:
                failures.append(label)
        print(f"{label:24} {cpu:18.3f} {ratio:8.1f} {queries:13d} {most:9d}  {verdict}")
    rounds = len(samples["bare view"][0])
    print(f"\n(bare view: {bare:.3f} ms CPU trung vị; {rounds} lượt mỗi trang)")
    return failures


def report_feeds(urls, samples):
    """Feeds, one line per kind: built fresh, served again, 304, as × the bare view."""
    bare = statistics.median(samples["bare view"][0])
    print()
    print(f"{'nguồn tin':28} {'mục':>4} {'dựng mới':>9} {'phục vụ lại':>12} {'304':>6}"
          f" {'truy vấn':>9}  mục tiêu ≤40× / ≤3× / ≤2×")
    failures = []
    for label, _url in FEED_KINDS:
        ratios, queries = {}, set()
        for mode in FEED_MODES:
            values = samples[f"feed {mode}: {label}"]
            ratios[mode] = statistics.median(values[0]) / bare
            queries.add(f"{mode}={round(statistics.median(values[1]))}")
        full_url = next(u for name, u in urls if name == f"feed fresh: {label}")
        ok = all(ratios[mode] <= FEED_TARGETS[mode] for mode in FEED_MODES)
        if not ok:
            failures.append(label)
        print(f"{label:28} {FEED_ITEMS.get(full_url, 0):4d} {ratios['fresh']:8.1f}×"
              f" {ratios['again']:11.1f}× {ratios['304']:5.1f}×  {', '.join(sorted(queries))}"
              f"  {'đạt' if ok else 'CHƯA ĐẠT'}")
    return failures


# Search: what citizens type (without and with diacritics, names, places, deeds), some
# with facets or sorted by date. 50 in all.
SEARCHES = [
    "a thut", "y hien", "dang thi hoa", "nguyen van nam", "tran thi lan", "pham minh tuan",
    "le thu trang", "hoang van son", "vu thi mai", "do quoc hung", "ho ngoc linh",
    "Già làng A Thút", "Cô giáo", "Bác sĩ", "Trung tá", "Nữ hộ sinh", "Hộ ông A Đứp",
    "Đặng Thị Hoa", "Nguyễn Văn Bình", "Cựu chiến binh", "dak to kan", "kon klốc",
    "kon rlong", "dak ring", "plei krong", "ngoc reo", "tan canh", "Đăk Hà", "xã Đăk Kôi",
    "kon ray", "giu rung", "hien dat mo duong", "day chu", "do de an toan", "xoa nha tam",
    "thoat ngheo", "det tho cam", "cuu nguoi duoi nuoc", "hien mau", "cong chieng",
    "nguoi tot viec tot", "song dep", "dien hinh tien tien", "thanh nien tinh nguyen",
    "hoi phu nu", "nguoi co uy tin", "nong thon moi", "ca phe", "rung dau nguon", "bao ve",
]
SEARCH_EXTRAS = ["", "&loai_noi_dung=story", "&sap-xep=moi-nhat", "&loai_noi_dung=exemplar",
                 "&nam=2025"]


def search_urls():
    from urllib.parse import quote

    return [(f"search {n:02d}", f"/tim-kiem/?q={quote(text)}{SEARCH_EXTRAS[n % 5]}")
            for n, text in enumerate(SEARCHES)]


def prepare_search(env, count):
    manage = [sys.executable, "manage.py"]
    print(f"Tạo {count} hồ sơ và tin bài tổng hợp (generate_search_corpus)…", flush=True)
    run([*manage, "generate_search_corpus", "--count", str(count), "--no-index"], env)
    started = time.monotonic()
    run([*manage, "search_index", "rebuild"], env)
    return time.monotonic() - started


def place_save(env):
    """(exemplars filed under the busiest place, median ms of saving it in the admin, tasks
    left queued for the worker)."""
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from guongsang.bench_place_save import measure; measure()"], cwd=ROOT,
        env={**env, "TWO_FACTOR_REQUIRED": "false"}, capture_output=True, text=True,
        check=True).stdout
    _label, pages, milliseconds, queued = output.split()[-4:]
    return int(pages), int(milliseconds), int(queued)


def report_place_save(pages, milliseconds, queued):
    ok = milliseconds < PLACE_SAVE_TARGET_MS
    print(f"  lưu một địa phương trong trang quản trị (có {pages} hồ sơ): {milliseconds} ms"
          f" — mục tiêu < {PLACE_SAVE_TARGET_MS} ms: {'đạt' if ok else 'CHƯA ĐẠT'};"
          f" {queued} việc để lại cho tiến trình nền")


def report_search(samples, rebuild_seconds):
    bare = statistics.median(samples["bare view"][2])
    walls = sorted(wall for label, values in samples.items() if label != "bare view"
                   for wall in values[2])
    queries = {count for label, values in samples.items() if label != "bare view"
               for count in values[1]}
    p50 = statistics.median(walls)
    p95 = walls[int(len(walls) * 0.95) - 1]
    print()
    print(f"Tìm kiếm: {len(SEARCHES)} truy vấn, {len(walls)} lượt (thời gian thực trên máy chủ)")
    print(f"  trung vị {p50:8.2f} ms  = {p50 / bare:6.1f}× bare view ({bare:.3f} ms)")
    print(f"  p95      {p95:8.2f} ms  = {p95 / bare:6.1f}× bare view — mục tiêu p95 < 150 ms: "
          f"{'đạt' if p95 < 150 else 'CHƯA ĐẠT'}")
    print(f"  truy vấn SQL mỗi trang tìm kiếm: {sorted(queries)}")
    print(f"  lập lại chỉ mục: {rebuild_seconds:.0f} giây")


# Run in `manage.py shell` beside the server: a new title for the story, published as the
# approval step publishes (`Revision.publish`) once the bench says go.
PUBLISH_CODE = (
    "import sys\n"
    "from stories.models import StoryPage\n"
    "story = StoryPage.objects.live().order_by('path').first()\n"
    "story.title = story.title + ' (mới)'\n"
    "revision = story.save_revision()\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "revision.publish()\n"
    "print('published', flush=True)\n"
)


def publish_to_fresh(env, port, story_url):
    """Seconds from publishing a new revision of a story to an anonymous visitor getting
    the new title, the page having been cached before."""
    fetch(port, story_url, "story, cached")
    publisher = subprocess.Popen([sys.executable, "manage.py", "shell", "-c", PUBLISH_CODE],
                                 cwd=ROOT, env=env, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
    try:
        while publisher.stdout.readline().strip() != "ready":
            if publisher.poll() is not None:
                raise RuntimeError("the publishing shell stopped before publishing")
        started = time.perf_counter()
        publisher.stdin.write("go\n")
        publisher.stdin.flush()
        while time.perf_counter() - started < 30:
            _response, body = _request(port, story_url, {})
            if "(mới)".encode() in body:
                return time.perf_counter() - started
            time.sleep(0.01)
        return None
    finally:
        publisher.stdin.close()
        publisher.wait(timeout=60)


def report_publish(seconds):
    print()
    if seconds is None:
        print("Xuất bản → trang mới: chưa thấy sau 30 giây — CHƯA ĐẠT")
        return ["publish"]
    ok = seconds <= PUBLISH_TARGET_SECONDS
    print(f"Xuất bản → khách xem thấy trang mới: {seconds:.2f} giây"
          f" — mục tiêu ≤{PUBLISH_TARGET_SECONDS} giây — {'đạt' if ok else 'CHƯA ĐẠT'}")
    return [] if ok else ["publish"]


def environment(workdir, database_url=""):
    """Production settings for the bench's own database, media and page cache."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "guongsang.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "PODCAST_OWNER_EMAIL": "podcast@bench.example.vn",
        "BENCH": "1",
        "DATABASE_URL": database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        # Shared by the server's workers and the task worker, so that a purge reaches all.
        "PAGE_CACHE_URL": f"file://{workdir / 'page-cache'}",
    }


def start_server(env, port, workers=2):
    """gunicorn serving the measured application, and the task worker beside it."""
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "guongsang.bench:measured_wsgi()", "--workers",
         str(workers), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
         # A page that takes long at scale is measured, not killed.
         "--timeout", "600"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    # Purges and derived data are the task worker's: polled often, as in production.
    worker = subprocess.Popen([sys.executable, "manage.py", "db_worker", "--interval", "0.1"],
                              cwd=ROOT, env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            fetch(port, "/_bench/ok/")
            return server, worker
        except (OSError, http.client.HTTPException):
            if time.monotonic() > deadline:
                stop_server(server, worker)
                raise
            time.sleep(0.3)


def stop_server(*processes):
    for process in processes:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--keep", action="store_true", help="reuse var/bench from a last run")
    parser.add_argument("--search", type=int, default=0, metavar="N",
                        help="benchmark search over the demo plus N synthetic documents")
    args = parser.parse_args()

    workdir = ROOT / "var" / ("bench-search" if args.search else "bench")
    env = environment(workdir, args.database_url)
    prepare(env, workdir, fresh=not args.keep)
    rebuild_seconds = None
    if args.search:
        if not args.keep:
            rebuild_seconds = prepare_search(env, args.search)
        urls = [("bare view", "/_bench/ok/"), *search_urls()]
    else:
        urls = pick_urls(env)
    port = free_port()
    # The work the demo left queued (search entries, feed entries) done before measuring:
    # otherwise feeds change under the bench.
    run([sys.executable, "manage.py", "db_worker", "--batch"], env)
    shutil.rmtree(workdir / "page-cache", ignore_errors=True)
    server, worker = start_server(env, port)
    publish_seconds = None
    try:
        samples = measure(port, urls, args.rounds)
        if not args.search:
            publish_seconds = publish_to_fresh(env, port, dict(urls)["story, cached"])
    finally:
        stop_server(server, worker)
    if args.search:
        report_search(samples, rebuild_seconds or 0)
        report_place_save(*place_save(env))
        return
    page_urls = [(label, url) for label, url in urls if not label.startswith("feed ")]
    failures = (report(page_urls, samples) + report_feeds(urls, samples)
                + report_publish(publish_seconds))
    if failures:
        print("Chưa đạt mục tiêu: " + ", ".join(failures))


if __name__ == "__main__":
    main()
