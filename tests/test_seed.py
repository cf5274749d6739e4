"""The seed executive summary (a real 2014 report) gives 19 sentences for Cleveland Police."""

import json

import pytest
from click.testing import CliRunner
from conftest import SEED_DA

from extractor.cli import cli

pytestmark = pytest.mark.skipif(not SEED_DA.exists(), reason="../shared/seeds is not present")

THEMES = {
    "Identifying victims": 4,
    "Keeping victims safe": 4,
    "Management of risk": 5,
    "Organisational effectiveness for keeping people safe": 5,
}


def test_seed_gives_19_sentences_for_cleveland():
    res = CliRunner().invoke(cli, ["extract", str(SEED_DA), "-q"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert len(recs) == 19
    assert {r["force"] for r in recs} == {"Cleveland Police"}
    assert recs[0]["text"].startswith("Although HMIC found")
    assert recs[0]["theme"] is None
    counts: dict[str, int] = {}
    for r in recs[1:]:
        counts[r["theme"]] = counts.get(r["theme"], 0) + 1
    assert counts == THEMES
    headings = {"Executive summary", *THEMES, "Cleveland Police's approach to tackling domestic abuse"}
    assert not any(r["text"] in headings for r in recs)
    assert {r["report_type"] for r in recs} == {"domestic_abuse_2014"}
    assert recs[0]["label"] == "mixed"


def test_the_seed_verdict_heads_the_force_in_the_digest(tmp_path):
    """An ungraded 2014 report gets no grades; its verdict sentence is its headline."""
    from extractor import read_report, render_digest

    rep = read_report(SEED_DA)
    assert rep.grades == {} and not rep.grade_sources
    verdict = rep.findings[0].text
    assert verdict.startswith("Although HMIC found")
    md = render_digest([rep], "md", base=tmp_path)
    headline = [line for line in md.splitlines() if line.startswith("> Headline verdict:")]
    assert headline and verdict.replace("'", "") in headline[0].replace("\\", "").replace("'", "")
    html = render_digest([rep], "html", base=tmp_path)
    assert "Headline verdict" in html
