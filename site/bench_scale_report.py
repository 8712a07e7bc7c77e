"""The summary of `guongsang.bench_scale`: each figure judged against the targets of issue
#17, and the tables printed at the end of a run."""

DATABASES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}

# Targets of issue #17.
LISTING_GROWTH = 1.5  # a listing's cost at scale, as a multiple of its demo cost
SITEMAP_MS = 300  # each sitemap page, uncached, median wall time
REBUILD_SECONDS = {20000: 30, 200000: 300}
# (database, size): {statistic: ms}
SEARCH_TARGETS = {
    ("postgres", 20000): {"p95": 150},
    ("postgres", 200000): {"p95": 300},
    ("sqlite", 20000): {"p50": 50, "p95": 103},
}


def size_label(size):
    if size == 0:
        return "demo"
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def judge(results):
    """Targets met or not, written into the results; returns the failures."""
    failures = []
    demo = {(run["database"], page["label"]): page for run in results if run["size"] == 0
            for page in run["pages"]}
    for run in results:
        where = f"{DATABASES[run['database']]} {size_label(run['size'])}"
        for page in run["pages"]:
            if page["kind"] == "sitemap":
                page["target"] = f"≤{SITEMAP_MS} ms"
                page["ok"] = page["p50_ms"] <= SITEMAP_MS
            elif run["size"] and (run["database"], page["label"]) in demo:
                base = demo[(run["database"], page["label"])]
                page["growth_cpu"] = page["cpu_ratio"] / base["cpu_ratio"]
                page["growth_wall"] = page["p50_ms"] / base["p50_ms"]
                page["target"] = f"≤{LISTING_GROWTH}× demo"
                page["ok"] = max(page["growth_cpu"], page["growth_wall"]) <= LISTING_GROWTH
            if page.get("ok") is False:
                failures.append(f"{where}: {page['label']}")
        for label, status in run["errors"].items():
            if run["size"] == 0 and status == 404:
                continue  # a deep page the demo is too small to have
            failures.append(f"{where}: {label} trả lời {status}")
        targets = SEARCH_TARGETS.get((run["database"], run["size"]))
        if targets and "search" in run:
            run["search"]["target"] = ", ".join(f"{name} ≤{ms} ms"
                                                for name, ms in targets.items())
            run["search"]["ok"] = all(run["search"][f"{name}_ms"] <= ms
                                      for name, ms in targets.items())
            if not run["search"]["ok"]:
                failures.append(f"{where}: tìm kiếm")
        if run["size"] in REBUILD_SECONDS:
            run["rebuild_target_seconds"] = REBUILD_SECONDS[run["size"]]
            run["rebuild_ok"] = run["rebuild_seconds"] <= REBUILD_SECONDS[run["size"]]
            if not run["rebuild_ok"]:
                failures.append(f"{where}: search_index rebuild")
        # After a bulk load; the demo's few rows are planned well without statistics.
        if run["stale_statistics"] and run["size"]:
            failures.append(f"{where}: thống kê cũ ({', '.join(run['stale_statistics'])})")
    return failures


def verdict(ok):
    return "" if ok is None else ("đạt" if ok else "CHƯA ĐẠT")


def report(results, failures):
    sizes = sorted({run["size"] for run in results})
    print("\n" + "=" * 100)
    print("Danh sách và sơ đồ trang, không qua bộ đệm: p50 / p95 ms (thời gian thực trên máy"
          " chủ), CPU × bare view, truy vấn SQL; ở 20k/200k: × chi phí demo (CPU; thời gian"
          f" thực), mục tiêu ≤{LISTING_GROWTH}×; sơ đồ trang: mục tiêu p50 ≤{SITEMAP_MS} ms")
    for kind in DATABASES:
        runs = {run["size"]: run for run in results if run["database"] == kind}
        if not runs:
            continue
        labels = list(dict.fromkeys(label for size in sizes if size in runs
                                    for label in [*(page["label"] for page in
                                                    runs[size]["pages"]),
                                                  *runs[size]["errors"]]
                                    if not label.startswith("search ")))
        print(f"\n{DATABASES[kind]}   " + "   ".join(
            f"{size_label(size)}: {runs[size]['documents']} tài liệu, bare view "
            f"{runs[size]['bare_cpu_ms']:.3f} ms" for size in sizes if size in runs))
        print(f"{'trang':24}" + "".join(
            f" | {size_label(size):>5} {'p50':>7} {'p95':>7} {'×bare':>6} {'SQL':>4}"
            + ("" if size == 0 else f" {'×demo':>11} {'':8}") for size in sizes if size in runs))
        for label in labels:
            line = f"{label[:24]:24}"
            for size in sizes:
                if size not in runs:
                    continue
                page = next((p for p in runs[size]["pages"] if p["label"] == label), None)
                width = 37 + (0 if size == 0 else 21)
                if page is None:
                    status = runs[size]["errors"].get(label)
                    line += " | " + (f"HTTP {status}" if status else "—").center(width - 3)
                    continue
                line += (f" | {'':5} {page['p50_ms']:7.1f} {page['p95_ms']:7.1f}"
                         f" {page['cpu_ratio']:5.0f}× {page['queries']:4d}")
                if size:
                    growth = (f"{page['growth_cpu']:4.2f}; {page['growth_wall']:4.2f}"
                              if "growth_cpu" in page else "")
                    line += f" {growth:>11} {verdict(page.get('ok')):8}"
            print(line)
    print("\nTìm kiếm (50 truy vấn, thời gian thực trên máy chủ), lập lại chỉ mục, kho dữ liệu")
    print(f"{'cơ sở dữ liệu':14} {'cỡ':>5} {'tài liệu':>8} {'p50 ms':>8} {'p95 ms':>8}"
          f" {'SQL':>8} {'mục tiêu':22} {'':8} {'rebuild s':>9} {'':8} {'tạo kho s':>10}"
          f" {'lưu địa phương':>15}")
    for run in results:
        search = run.get("search", {})
        corpus = run["corpus"]
        made = (f"{corpus['generate_seconds']:.0f}" + (" (cũ)" if corpus["reused"] else "")
                + ("!" if corpus.get("sources_changed") else "") if run["size"] else "—")
        place = run.get("place_save")
        print(f"{DATABASES[run['database']]:14} {size_label(run['size']):>5}"
              f" {run['documents']:8d} {search.get('p50_ms', 0):8.1f}"
              f" {search.get('p95_ms', 0):8.1f} {str(search.get('queries', '')):>8}"
              f" {search.get('target', ''):22} {verdict(search.get('ok')):8}"
              f" {run['rebuild_seconds']:9.1f}{'*' if run['rebuild_reused'] else ' '}"
              f"{verdict(run.get('rebuild_ok')):8} {made:>10}"
              f" {(str(place['ms']) + ' ms') if place else '—':>15}")
    print("\n(tạo kho: giây của generate_search_corpus; «cũ»: kho của lần chạy trước, dùng lại;"
          " !: mã tạo kho đã đổi từ đó, --reuse-any; rebuild: search_index rebuild, mục tiêu"
          " ≤30 s ở 20k, ≤300 s ở 200k; *: đo ở lần chạy trước, --keep-index)")
    if failures:
        print("Chưa đạt mục tiêu: " + "; ".join(failures))
    else:
        print("Mọi mục tiêu đều đạt.")
