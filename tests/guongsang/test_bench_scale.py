"""`make bench` at scale: which listings it asks for, and how it judges what it measured.
The measuring itself needs corpora of 20,000 documents and more: it is the bench's own run,
not the suite's."""

from guongsang import bench_scale
from guongsang.bench_scale_report import judge, report

FACTS = {"column": "/nguoi-tot-viec-tot/", "column_slug": "nguoi-tot-viec-tot",
         "sector": "y-te", "movement": "dan-van-kheo", "place": "huyen-dak-ha",
         "cplace": "xa-dak-ha", "pages": 10, "documents": 5}


def test_the_listings_helpers_list_is_filled_from_the_corpus(tmp_path):
    listed = tmp_path / "listing-urls.txt"
    listed.write_text(
        "# comment\n"
        "home\t/\n"
        "column, deep page\t/{column}/?trang=50\n"
        "former place\t/dia-phuong/{place}/\n"
        "current place\t/dia-phuong/{cplace}/\n"
        "sitemap page\t/sitemap-trang.xml?p=1   (name to be confirmed)\n"
        "unknown\t/{nothing}/\n"
        "/phong-trao/{movement}/  trailing words\n"
    )
    urls = dict(bench_scale.listing_urls(FACTS, listed))
    assert urls["column, deep page"] == "/nguoi-tot-viec-tot/?trang=50"
    assert urls["former place"] == "/dia-phuong/huyen-dak-ha/"
    assert urls["current place"] == "/dia-phuong/xa-dak-ha/"
    assert urls["/phong-trao/dan-van-kheo/"] == "/phong-trao/dan-van-kheo/"
    # Sitemap pages are found from the index; unfillable lines are left out.
    assert not any("sitemap" in url or "{" in url for url in urls.values())
    # What the list lacks comes from the bench's own list, without doubles.
    assert urls["API profiles"] == "/api/v2/dien-hinh/"
    assert list(urls.values()).count("/") == 1
    assert "movement" not in urls


def test_without_the_list_every_kind_of_listing_is_asked_for(tmp_path):
    labels = [label for label, _url in bench_scale.listing_urls(FACTS, tmp_path / "none")]
    assert labels == ["home", "directory", "directory, 2 filters", "column", "sector",
                      "movement", "former place", "current place", "API stories",
                      "API profiles"]


def page(label, p50, cpu_ratio, kind="listing"):
    return {"label": label, "url": "/", "kind": kind, "p50_ms": p50, "p95_ms": p50 * 1.2,
            "cpu_ms": 1.0, "cpu_ratio": cpu_ratio, "queries": 8, "queries_max": 9,
            "samples": 5}


def run(database, size, pages, search, rebuild, errors=None, stale=()):
    return {"database": database, "size": size, "documents": size + 123, "pages_in_tree": 1,
            "corpus": {"generate_seconds": 12.0, "reused": size == 20000},
            "rebuild_seconds": rebuild, "rebuild_reused": False, "stale_statistics": list(stale),
            "bare_cpu_ms": 0.5, "pages": pages, "errors": errors or {},
            "search": {"p50_ms": search[0], "p95_ms": search[1], "queries": [6, 9]}}


def results():
    return [
        run("sqlite", 0, [page("home", 40, 20), page("directory", 30, 20),
                          page("sitemap.xml", 20, 9, "sitemap")],
            (20, 30), 2, errors={"directory, deep page": 404}),
        run("sqlite", 20000, [page("home", 44, 35), page("directory", 33, 22),
                              page("sitemap-trang.xml?p=1", 420, 600, "sitemap")],
            (45, 120), 25, errors={"directory, deep page": 500}),
        run("postgres", 0, [page("home", 50, 20)], (40, 60), 3),
        run("postgres", 20000, [page("home", 90, 21)], (100, 140), 40, stale=["wagtailcore_page"]),
    ]


def test_each_figure_is_judged_against_its_target():
    measured = results()
    failures = judge(measured)
    sqlite, postgres = measured[1], measured[3]
    home, directory, sitemap = sqlite["pages"]
    assert (home["ok"], directory["ok"], sitemap["ok"]) == (False, True, False)
    assert round(home["growth_cpu"], 2) == 1.75
    assert postgres["pages"][0]["ok"] is False  # CPU steady, but the wall time grew 1.8×
    assert measured[0]["pages"][2]["ok"] is True
    assert sqlite["search"]["ok"] is False and postgres["search"]["ok"] is True
    assert sqlite["rebuild_ok"] is True and postgres["rebuild_ok"] is False
    assert failures == [
        "SQLite 20k: home", "SQLite 20k: sitemap-trang.xml?p=1",
        "SQLite 20k: directory, deep page trả lời 500", "SQLite 20k: tìm kiếm",
        "PostgreSQL 20k: home", "PostgreSQL 20k: search_index rebuild",
        "PostgreSQL 20k: thống kê cũ (wagtailcore_page)",
    ]


def test_the_summary_sets_the_sizes_side_by_side(capsys):
    measured = results()
    report(measured, judge(measured))
    out = capsys.readouterr().out
    home = next(line for line in out.splitlines() if line.startswith("home ") and "1.75" in line)
    assert home.count("|") == 2 and "CHƯA ĐẠT" in home
    assert "HTTP 404" in out and "HTTP 500" in out
    assert "12 (cũ)" in out
    assert "Chưa đạt mục tiêu: SQLite 20k: home" in out


def test_a_corpus_is_made_again_only_when_its_size_or_sources_change():
    assert bench_scale.corpus_key(20000) == bench_scale.corpus_key(20000)
    assert bench_scale.corpus_key(20000) != bench_scale.corpus_key(200000)
