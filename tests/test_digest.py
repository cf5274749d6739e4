"""The digest: content, provenance, escaping, and a real headless browser."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import chromium_path, require_in_ci

from extractor import Options, extract, read_report
from extractor.publish.digest import build_context, render_digest

REPORTS = Path(__file__).resolve().parent.parent / "reports"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def _keep(src: Path, name: str) -> None:
    """Keep a copy of ``src`` as an artefact, whole: CI runs three Pythons' suites at once in
    one tree, and a plain copy over the same name could interleave."""
    ARTIFACTS.mkdir(exist_ok=True)
    tmp = ARTIFACTS / f".{name}.{os.getpid()}.tmp"
    shutil.copy(src, tmp)
    os.replace(tmp, ARTIFACTS / name)


@pytest.fixture(scope="module")
def sample_reports():
    paths = sorted(REPORTS.glob("*.pdf")) + sorted(REPORTS.glob("*.txt"))
    batch = extract(paths, Options())
    assert not batch.errors
    return batch.reports


@pytest.fixture(scope="module")
def digest_html(sample_reports, tmp_path_factory):
    out = tmp_path_factory.mktemp("digest") / "digest.html"
    out.write_text(render_digest(sample_reports, "html", base=out.parent), encoding="utf-8")
    return out


def test_digest_names_every_force_and_theme(sample_reports, digest_html):
    html = digest_html.read_text()
    ctx = build_context(sample_reports)
    assert {"Wessex Constabulary", "Northmoor Police", "Severnside Constabulary"} <= set(ctx["forces"])
    for f in ctx["forces"]:
        assert f in html
    for _, name in ctx["themes"]:
        assert name.replace("'", "&#39;") in html or name in html
    assert len(ctx["themes"]) >= 8


def test_quotes_link_to_file_and_page(digest_html):
    html = digest_html.read_text()
    links = re.findall(r'href="([^"#]+\.pdf)#page=(\d+)"', html)
    assert len(links) >= 20
    for target, page in links[:30]:
        assert (digest_html.parent / target).resolve().exists(), target
        assert int(page) >= 1
    assert re.search(r"Wessex Constabulary[^<]*, HMICFRS, (January|February|March)[^<]*p\. \d+", html)


def test_quotes_are_exact_sentences(sample_reports, digest_html):
    html = digest_html.read_text()
    import html as h

    texts = {f.text for r in sample_reports for f in r.findings}
    quotes = [h.unescape(re.sub(r"</?mark[^>]*>", "", q)) for q in re.findall(r"<blockquote>“(.*?)”</blockquote>", html)]
    assert quotes and all(q in texts for q in quotes)


def test_recurring_issues_are_clustered_across_forces(sample_reports):
    issues = build_context(sample_reports)["issues"]
    assert issues, "sample reports share areas for improvement (e.g. supervision, workloads)"
    assert all(len(i.forces) >= 2 for i in issues)
    assert all(i.quote.label in ("area_for_improvement", "mixed") for i in issues)


def test_over_time_for_forces_with_several_reports(sample_reports):
    over = build_context(sample_reports)["over_time"]
    assert {o["force"] for o in over} >= {"Wessex Constabulary"}
    years = [r["month"] for r in next(o for o in over if o["force"] == "Wessex Constabulary")["reports"]]
    assert len(years) == 3


def test_no_network_resources(digest_html):
    html = digest_html.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert "default-src 'none'" in html


def _injected_report(tmp_path):
    p = tmp_path / "evil.txt"
    p.write_text(
        "Kent Police's approach to tackling domestic abuse\n\nMarch 2014\n\nIdentifying victims\n\n"
        "The force is good at <script>window.__pwned = 1</script> identifying victims and officers are well trained.\n\n"
        "Keeping victims safe\n\n"
        'The force should improve <img src=x onerror="window.__pwned=2"> its response to repeat victims.\n'
    )
    opts = Options()
    return read_report(p, opts)


def test_markup_in_report_text_is_shown_as_text(tmp_path):
    rep = _injected_report(tmp_path)
    html = render_digest([rep], "html")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    md = render_digest([rep], "md")
    assert "<script>" not in md and "<img" not in md and "&lt;script&gt;" in md


def test_markdown_twin(sample_reports):
    md = render_digest(sample_reports, "md")
    assert md.startswith("# ")
    assert "## Overview: forces × themes" in md and "## Recurring issues" in md
    assert re.search(r"“.+” \(\[.+, p\. \d+\]\([^)]+#page=\d+\)\)", md)


def _chromium(args, timeout=90):
    exe = chromium_path()
    if exe is None:
        require_in_ci("headless Chromium is not installed (apt-get install chromium)")
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0"]
    return subprocess.run(base + args, capture_output=True, text=True, timeout=timeout)


def test_digest_in_headless_chromium(digest_html, tmp_path):
    ud = tmp_path / "profile"
    proc = _chromium([f"--user-data-dir={ud}", "--virtual-time-budget=3000", "--dump-dom", digest_html.as_uri()])
    dom = proc.stdout
    assert 'data-js="ok"' in dom, proc.stderr[-2000:]
    assert "Uncaught" not in proc.stderr
    assert 'id="matrix"' in dom and "<blockquote>" in dom
    assert "quotes shown" in dom  # the filter script ran and counted
    # taken where no earlier run (or a suite running beside this one) left a file of that
    # name, then kept as an artefact
    shot = tmp_path / "digest.png"
    proc = _chromium([f"--user-data-dir={ud}", "--window-size=1280,2000", f"--screenshot={shot}", digest_html.as_uri()])
    assert shot.exists() and shot.stat().st_size > 10_000
    _keep(shot, "digest.png")


def test_injected_markup_inert_in_browser(tmp_path):
    rep = _injected_report(tmp_path)
    page = tmp_path / "evil.html"
    page.write_text(render_digest([rep], "html"), encoding="utf-8")
    proc = _chromium([f"--user-data-dir={tmp_path / 'p'}", "--virtual-time-budget=2000", "--dump-dom", page.as_uri()])
    dom = proc.stdout
    assert 'data-js="ok"' in dom
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in dom
    # the search index is inert data (JSON, "<" escaped); outside it no markup from the report is live
    index = re.search(r'id="findings-index">(.*?)</script>', dom, re.S)
    assert index and "<" not in index.group(1)
    live = dom.replace(index.group(0), "")
    assert "<img src=\"x\"" not in live and "onerror=" not in live.replace("&quot;", '"').split("<blockquote>")[0]


def test_theme_summary_says_who_was_praised_and_criticised(sample_reports):
    ctx = build_context(sample_reports)
    t = next(t for t in ctx["by_theme"] if t["key"] == "investigating_crime")
    assert "Wessex Constabulary" in t["criticised"]
    md = render_digest(sample_reports, "md")
    assert re.search(r"Praised: .+\. Criticised: .*Wessex Constabulary", md)


def test_every_finding_is_reachable_in_html_and_markdown(sample_reports, tmp_path):
    """Nothing is silently dropped: each non-neutral finding of every report appears in the
    HTML (shown or behind an expander) and in the Markdown."""
    import html as html_mod

    from extractor.publish.digest import render_digest

    page = html_mod.unescape(re.sub(r"</?mark[^>]*>", "", render_digest(sample_reports, "html", base=tmp_path)))
    md = render_digest(sample_reports, "md", base=tmp_path).replace("\\", "")
    # the search index does not count: every finding is on the page itself
    page = re.sub(r'<script type="application/json" id="findings-index">.*?</script>', "", page, flags=re.S)
    for r in sample_reports:  # every report, older ones included
        for f in r.findings:
            if f.label != "neutral":
                assert f"“{f.text}”" in page, f.text
                assert f"“{f.text}”" in md, f.text


def test_recurring_issues_match_clustering_everything_at_once():
    """Per-component clustering on sparse products gives the clusters that average
    linkage over every quote at once (dense cosine) gives: the old, quadratic way."""
    import json
    import random

    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    from extractor.publish.digest import Quote, recurring_issues
    from extractor.settings import DEFAULT_CLUSTER_DISTANCE

    root = Path(__file__).resolve().parent.parent / "corpora" / "sentences"
    texts = [json.loads(line)["text"] for f in sorted(root.glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)["label"] == "area_for_improvement"]
    random.Random(3).shuffle(texts)
    texts = texts[:400]
    forces = [f"Force {i % 9}" for i in range(len(texts))]
    quotes = [Quote(t, None, "area_for_improvement", 0.9, f, None, None, 1, "", "", "2020")
              for t, f in zip(texts, forces, strict=True)]
    got = recurring_issues(quotes, n_forces=9)

    X = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    keep = np.flatnonzero(np.asarray(X.multiply(X).sum(axis=1)).ravel() > 0)
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=DEFAULT_CLUSTER_DISTANCE).fit_predict(X[keep].toarray())
    want = []
    for lab in set(labels):
        idx = [keep[i] for i in np.flatnonzero(labels == lab)]
        fs = {forces[i] for i in idx}
        if len(fs) >= 2:
            want.append((len(fs), len(idx)))
    want.sort(key=lambda k: (-k[0], -k[1]))
    assert len(want) >= 3, "the sample should hold clusters across forces"
    assert [(len(i.forces), i.size) for i in got] == want[:25]


def test_a_report_given_as_text_and_pdf_is_one_report(extracted):
    """The text and the PDF of one report (and a second copy of the text) change no count or label."""
    import copy

    from extractor.classify.boilerplate import apply_boilerplate
    from extractor.understand.editions import group_editions

    stem = "gwent-peel-2021-22"
    pdf, text = copy.deepcopy(extracted(stem, "classic")), copy.deepcopy(extracted(stem, "text"))
    copy2 = copy.deepcopy(text)
    copy2.source = str(Path(text.source).with_name("gwent (1).txt"))
    other = copy.deepcopy(extracted("cleveland-peel-efficiency-2016", "text"))
    groups = group_editions([text, other, pdf, copy2])
    assert [len(g) for g in groups] == [3, 1]
    assert groups[0][0] is pdf, "the PDF stands for the report: its pages can be cited"

    labels_before = [f.label for f in pdf.findings]
    assert apply_boilerplate([text, other, pdf, copy2], min_reports=2) == 0
    assert [f.label for f in pdf.findings] == labels_before

    def without_sources(md: str) -> str:
        return md.split("## Sources")[0]

    alone = render_digest([pdf, other], "md")
    twice = render_digest([text, other, pdf, copy2], "md")
    assert without_sources(twice) == without_sources(alone)
    # every path stays listed, under the one report
    sources = twice.split("## Sources")[1]
    assert sources.count("\n- Gwent") == 1
    assert Path(text.source).name in sources and "gwent (1).txt" in sources


def test_different_reports_with_one_title_stay_apart(extracted):
    """Same force, month and title but different sentences: two reports, not editions."""
    import copy

    from extractor.understand.editions import group_editions

    a = copy.deepcopy(extracted("gwent-peel-2021-22", "text"))
    b = copy.deepcopy(extracted("cleveland-peel-efficiency-2016", "text"))
    b.force, b.title, b.published = a.force, a.title, a.published
    assert len(group_editions([a, b])) == 2


_MEASURE = """<!doctype html><html><body style="margin:0">
<iframe id="f" src="%s" style="width:%dpx;height:3000px;border:0"></iframe>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument, w = this.contentWindow, vw = d.documentElement.clientWidth, wide = [];
  function scroller(el) {
    for (var p = el.parentElement; p && p !== d.body; p = p.parentElement) {
      var o = w.getComputedStyle(p).overflowX; if (o === "auto" || o === "scroll") { return p; }
    }
    return null;
  }
  d.querySelectorAll("body *").forEach(function (el) {
    var r = el.getBoundingClientRect(); if (!r.width || el.closest("[hidden]")) { return; }
    var box = scroller(el), right = box ? box.getBoundingClientRect().right : r.right;
    if (right > vw + 1) { wide.push(el.tagName + ":" + Math.round(right)); }
  });
  document.body.setAttribute("data-result", JSON.stringify({vw: vw, scroll: d.documentElement.scrollWidth, wide: wide}));
});
</script></body></html>"""


@pytest.mark.exhaustive
def test_digest_fits_a_400px_screen(digest_html, tmp_path):
    """At 400 px no element is wider than the viewport (wide tables scroll inside their own box)."""
    import html as html_mod
    import json

    page = tmp_path / "measure.html"
    page.write_text(_MEASURE % (digest_html.as_uri(), 400), encoding="utf-8")
    proc = _chromium([f"--user-data-dir={tmp_path / 'p'}", "--allow-file-access-from-files",
                      "--virtual-time-budget=4000", "--dump-dom", page.as_uri()])
    m = re.search(r'data-result="([^"]*)"', proc.stdout)
    assert m, proc.stderr[-2000:]
    result = json.loads(html_mod.unescape(m.group(1)))
    assert result["vw"] <= 400 and result["scroll"] <= result["vw"], result
    assert result["wide"] == [], result["wide"][:10]
    shot = tmp_path / "digest-400px.png"
    _chromium([f"--user-data-dir={tmp_path / 'p'}", "--window-size=400,2400", f"--screenshot={shot}",
               digest_html.as_uri()])
    assert shot.exists() and shot.stat().st_size > 1_000
    _keep(shot, "digest-400px.png")


@pytest.mark.exhaustive
def test_printed_digest_keeps_every_matrix_cell(digest_html, tmp_path):
    """Printed, each family's matrix fits the page: every cell's counts are in the PDF, none cut off."""
    import pdfplumber

    html_text = digest_html.read_text(encoding="utf-8")
    matrices = html_text[html_text.index('<div id="matrix">'):html_text.index('<section id="by-theme">')]
    cells = len(re.findall(r'<span class="s">S \d+</span>', matrices))
    assert cells > 10
    pdf = tmp_path / "digest-print.pdf"  # read from here; a copy is kept as an artefact
    _chromium([f"--user-data-dir={tmp_path / 'p'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
               digest_html.as_uri()], timeout=120)
    assert pdf.exists()
    _keep(pdf, "digest-print.pdf")
    with pdfplumber.open(pdf) as doc:
        # the matrices come first: read pages until the "By theme" section starts
        pages = []
        for page in doc.pages:
            pages.append(page)
            if "By theme" in (page.extract_text() or ""):
                break
        text = "\n".join(p.extract_text() or "" for p in pages)
        widest = max(c["x1"] for p in pages for c in p.chars)
        page_width = doc.pages[0].width
    assert len(re.findall(r"S \d+ · A \d+", text)) >= cells
    assert widest <= page_width
    assert "Click a column heading" not in text  # interactive hints are not printed


def test_one_matrix_per_report_family(sample_reports):
    ctx = build_context(sample_reports)
    names = [m["name"] for m in ctx["matrices"]]
    assert "2014 domestic abuse" in names and any(n.startswith("PEEL") for n in names)
    da = next(m for m in ctx["matrices"] if m["name"] == "2014 domestic abuse")
    peel = [m for m in ctx["matrices"] if m["name"].startswith("PEEL")]
    da_keys = {k for k, _ in da["themes"]}
    assert da_keys and all(not (da_keys & {k for k, _ in m["themes"]}) for m in peel)
    # every cell a matrix shows is a theme its family's reports cover
    for m in ctx["matrices"]:
        assert all(k in {key for key, _ in m["themes"]} for _, k in m["cells"])
    md = render_digest(sample_reports, "md")
    assert "### 2014 domestic abuse" in md and "domestic_abuse_2014" not in md


def test_search_index_holds_every_finding_and_links_resolve(sample_reports, tmp_path):
    """The in-page search covers every sentence of every report (older ones too), findings and
    context alike, each with its label;
    every permalink points at an id that exists, and ids are unique."""
    import json

    page = render_digest(sample_reports, "html", base=tmp_path)
    m = re.search(r'<script type="application/json" id="findings-index">(.*?)</script>', page, re.S)
    assert m
    index = json.loads(m.group(1))
    want = {f.text for r in sample_reports for f in r.findings}
    assert {e["t"] for e in index} == want
    labels = {(f.text, f.label) for r in sample_reports for f in r.findings}
    assert {(e["t"], e["l"]) for e in index} == labels
    ids = re.findall(r'\bid="(q-[0-9a-f]+)"', page)
    assert len(ids) == len(set(ids)) and ids
    for target in re.findall(r'href="#(q-[0-9a-f]+)"', page):
        assert target in ids
    # report text cannot end the JSON block early
    assert "<" not in m.group(1)


def test_search_box_finds_findings_in_chromium(digest_html, tmp_path):
    import html as html_mod
    import json

    page = digest_html.read_text(encoding="utf-8")
    index = json.loads(re.search(r'id="findings-index">(.*?)</script>', page, re.S).group(1))
    words = ["risk", "assessment"]
    expected = [e for e in index if all(w in (e["t"] + " " + e["f"] + " " + e["th"]).lower() for w in words)]
    assert expected
    proc = _chromium([f"--user-data-dir={tmp_path / 'p'}", "--virtual-time-budget=3000", "--dump-dom",
                      digest_html.as_uri() + "#search=risk%20assessment"])
    dom = html_mod.unescape(proc.stdout)
    assert f"{len(expected)} sentence{'s' if len(expected) != 1 else ''} match" in dom, proc.stderr[-1500:]
    results = dom.split('id="search-results"')[1].split("</ol>")[0]
    for e in expected[:200]:
        assert f"“{e['t']}”" in results
    assert 'class="copy screen-only"' in dom and "Copy citation" in dom


def test_a_theme_across_the_years_lines_up_reports_by_theme_key(sample_reports):
    """Wessex was inspected on preventing crime in 2016 (PEEL pillar wording) and 2023–25:
    one row of history, oldest first, each with its own grade and quotes."""
    ctx = build_context(sample_reports)
    t = next(t for t in ctx["across_years"] if t["key"] == "preventing_crime")
    row = next(r for r in t["rows"] if r["force"] == "Wessex Constabulary")
    months = [x["report"].published for x in row["reports"]]
    assert months == sorted(months) and len(months) >= 2
    assert len({x["report"].report_type for x in row["reports"]}) >= 2  # two families, one theme
    for x in row["reports"]:
        assert all(q.theme_key == "preventing_crime" for q in x["areas"] + x["strengths"] + x["mixed"])
        # the grade shown is that report's own
        assert x["grade"] in (None, *x["report"].grades.values())
    md = render_digest(sample_reports, "md")
    html = render_digest(sample_reports, "html")
    assert "## Theme across the years" in md and 'id="across-years"' in html
    section = md.split("## Theme across the years")[1].split("## Sources")[0]
    for x in row["reports"]:
        for q in x["areas"]:
            assert q.text in section.replace("\\", "")


def test_tfidf_rows_equal_scikit_learns():
    """The digest's own TF-IDF gives scikit-learn's vectors (same similarities), without importing it."""
    import json

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from extractor.publish.digest import tfidf_rows

    root = Path(__file__).resolve().parent.parent / "corpora" / "sentences"
    texts = [json.loads(line)["text"] for line in (root / "train-b.jsonl").read_text(encoding="utf-8").splitlines()][:400]
    texts += ["", "the and of", "Supervisors' checks weren't done — 24/7 cover; crime-recording."]
    a = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    b = tfidf_rows(texts)
    assert np.abs((a @ a.T).toarray() - (b @ b.T).toarray()).max() < 1e-9


def test_mixed_sentences_are_shown_once_with_both_sides_marked(sample_reports):
    """A mixed sentence is neither praise nor criticism: it is listed once per force and theme,
    apart from both, with its praising and its criticising clause marked; nearly every mixed
    sentence of the sample reports splits into its two sides."""
    import html as html_mod

    mixed = [f for r in sample_reports for f in r.findings if f.label == "mixed"]
    assert len(mixed) >= 10
    split = [f for f in mixed if f.strength_clause and f.area_clause]
    assert len(split) >= 0.9 * len(mixed)
    for f in split:
        assert f.strength_clause in f.text and f.area_clause in f.text and f.strength_clause != f.area_clause
    ctx = build_context(sample_reports)
    for t in ctx["by_theme"]:
        for row in t["rows"]:
            assert all(q.label != "mixed" for q in row["strengths"] + row["areas"] + row["more_strengths"]
                       + row["more_areas"])
    page = render_digest(sample_reports, "html")
    f = split[0]
    assert (f'<mark class="side-s" title="praise">{html_mod.escape(f.strength_clause, quote=False)}</mark>'
            in page.replace("&#39;", "'"))


def test_own_average_linkage_equals_scipys():
    """The small-component merge loop gives SciPy's average-linkage clusters at the threshold."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist, squareform

    from extractor.publish.digest import _average_linkage

    rng = np.random.default_rng(7)
    for trial in range(40):
        m = int(rng.integers(3, 60))
        pts = rng.normal(size=(m, 5)) + rng.integers(0, 4, size=(m, 1)) * 3
        dist = squareform(pdist(pts, "cosine"))
        ours = _average_linkage(dist, 0.6)
        ref = fcluster(linkage(squareform(dist, checks=False), "average"), t=np.nextafter(0.6, 0), criterion="distance")
        as_sets = lambda labels: {frozenset(np.flatnonzero(labels == x)) for x in set(labels)}  # noqa: E731
        assert as_sets(ours) == as_sets(ref), trial


def test_markdown_links_and_absolute_links_resolve(sample_reports, tmp_path):
    """The Markdown twin links each quote and grade to its file and page, as the HTML does; with
    absolute links the digest still finds the files after it is moved to another folder."""
    from urllib.parse import unquote

    md_file = tmp_path / "out" / "digest.md"
    md_file.parent.mkdir()
    md = render_digest(sample_reports, "md", base=md_file.parent)
    links = re.findall(r"\]\(([^)\s]+)\)", md)
    assert len(links) >= 50
    for href in set(links):
        target = unquote(href.split("#")[0])
        assert (md_file.parent / target).resolve().exists(), href
    moved = tmp_path / "elsewhere" / "deeper"
    moved.mkdir(parents=True)
    html = render_digest(sample_reports, "html", base=tmp_path / "out", absolute_links=True)
    hrefs = {unquote(h.split("#")[0]) for h in re.findall(r'<a href="([^"#][^"]*)"', html) if not h.startswith("#")}
    assert hrefs and all(h.startswith("/") and Path(h).exists() for h in hrefs), sorted(hrefs)[:3]


def test_both_sides_are_marked_where_the_sentence_has_runs_of_spaces():
    """The labeller reads a run of spaces as one, so a mixed sentence's clauses may hold fewer
    spaces than its text: the digest still finds and marks both sides."""
    from extractor.publish.digest import _sides
    from extractor.records import Finding

    f = Finding(text="Supervision of  investigations is good,  but not all  officers are trained.", page=1,
                section=None, theme=None, theme_key=None, label="mixed", confidence=0.9, grade=None, index=0,
                kind="para", clause=None, grade_area=None,
                strength_clause="Supervision of investigations is good,",
                area_clause="but not all officers are trained.")
    parts = _sides(f)
    assert [side for _, side in parts if side] == ["s", "a"]
    assert "".join(text for text, _ in parts) == f.text
