"""Build the real-producer PDF fixtures in tests/data/pdf/ (output committed).

    python tools/build_fixtures.py

Each fixture is written once as HTML and printed to PDF by two producers that
real reports come from: LibreOffice (HTML → .docx → PDF, as a Word document is
exported; Debian's libreoffice-writer) and headless Chromium (Debian's
chromium). Their layouts differ from our reportlab fixtures in the ways real
government PDFs do: symbol-font bullets as private-use code points, numbered
paragraphs, judgement headings, back-cover furniture, letterheads.
``expected.json`` holds what a reader must get from every producer.
All text is synthetic and about fictional forces.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pdf"
NOTICE = "Synthetic test document written for the hmic test suite; the force is fictional."

FIXTURES = {
    "bullets-judgements": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Fenwick Constabulary</h1>
<p>{NOTICE}</p><p>March 2025</p>
<h2>Investigating crime: Good</h2>
<p>The constabulary investigates most crimes well. Supervisors review cases promptly and record clear plans.</p>
<h3>Areas for improvement</h3>
<ul><li>The constabulary should make sure victims are updated within the agreed time.</li>
<li>Timeliness of referrals to partner agencies.</li></ul>
<h2>Protecting vulnerable people: Requires improvement</h2>
<p>10.Assessments of risk are completed late in a minority of cases.</p>
<p>About 40 per cent of the case load is held by trainee investigators.</p>
<h2>About this report</h2>
<p>© HMICFRS 2025</p>
<p>You may re-use this information free of charge under the terms of the Open Government Licence.</p>
<p>Interested in our work? Follow us on social media.</p>
<p>Telephone: 020 7000 0000</p>""",
        "sentences": [
            "The constabulary investigates most crimes well.",
            "Supervisors review cases promptly and record clear plans.",
            "The constabulary should make sure victims are updated within the agreed time.",
            "Timeliness of referrals to partner agencies.",
            "Assessments of risk are completed late in a minority of cases.",
            "About 40 per cent of the case load is held by trainee investigators.",
        ],
        "bullets": ["Timeliness of referrals to partner agencies."],
        "grades": {"investigating_crime": "good", "protecting_vulnerable": "requires improvement"},
        "absent": ["Open Government Licence", "Interested in our work", "020 7000", "© HMICFRS"],
    },
    "letter": {
        "html": f"""<p>HM Inspectorate of Constabulary and Fire &amp; Rescue Services</p>
<p>10 Example Square, London SW1A 1AA</p>
<p>{NOTICE}</p><p>14 May 2024</p>
<p>Dear Chief Constable,</p>
<h2>Revisit of the cause of concern about call handling</h2>
<p>In our 2023 inspection we identified a cause of concern about how Marsh Vale Police handles calls from the public.</p>
<p>We are satisfied that the force has made enough progress for us to close the cause of concern.</p>
<p>Call handlers now assess risk on almost every call, and supervisors check their decisions.</p>
<p>Yours sincerely,</p><p>A. Inspector</p>""",
        "sentences": [
            "In our 2023 inspection we identified a cause of concern about how Marsh Vale Police handles calls from the public.",
            "We are satisfied that the force has made enough progress for us to close the cause of concern.",
            "Call handlers now assess risk on almost every call, and supervisors check their decisions.",
        ],
        "bullets": [],
        "grades": {},
        "absent": ["SW1A 1AA"],
    },
}


def producers() -> dict[str, list[str]]:
    found = {}
    if shutil.which("soffice"):
        found["libreoffice"] = ["soffice"]
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            found["chromium"] = [name]
            break
    return found


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    expected = {}
    found = producers()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for name, fx in FIXTURES.items():
            html = t / f"{name}.html"
            html.write_text(f"<html><head><meta charset='utf-8'><title>{name}</title></head><body>{fx['html']}"
                            "</body></html>", encoding="utf-8")
            if "libreoffice" in found:
                subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp,
                                str(html)], check=True, capture_output=True, timeout=180)
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                                str(t / f"{name}.docx")], check=True, capture_output=True, timeout=180)
                shutil.copy(t / f"{name}.pdf", OUT / f"{name}-libreoffice.pdf")
            if "chromium" in found:
                subprocess.run([*found["chromium"], "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", f"--print-to-pdf={OUT / (name + '-chromium.pdf')}",
                                html.as_uri()], check=True, capture_output=True, timeout=180)
            expected[name] = {k: v for k, v in fx.items() if k != "html"}
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", sorted(p.name for p in OUT.glob("*.pdf")))


if __name__ == "__main__":
    build()
