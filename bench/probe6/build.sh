#!/bin/sh
# Rebuild probe6: pdf/pNN_*.pdf (HTML + CSS paged media printed by WeasyPrint), pdf/cNN_*.pdf (HTML
# publication pages printed by headless Chromium) and pdf/wNN_*.pdf (python-docx + XML edits,
# converted by soffice), plus the *.gold.json files, which the generators write from the same
# strings they put in the documents.
# Needs: python3, WeasyPrint in $WP (default /tmp/wpvenv/bin/weasyprint; make it with
#   python3 -m venv /tmp/wpvenv && /tmp/wpvenv/bin/pip install weasyprint),
# chromium, soffice, and python-docx + Pillow importable by $PY (default /tmp/venv/bin/python).
# Usage: bench/probe6/build.sh
set -e
cd "$(dirname "$0")"
PY="${PY:-/tmp/venv/bin/python}"
WP="${WP:-/tmp/wpvenv/bin/weasyprint}"
TMP="${TMPDIR:-/tmp}/probe6_build.$$"
mkdir -p pdf weasy web docx "$TMP"
python3 gen_weasy.py
python3 gen_chrome.py
"$PY" gen_word.py
for n in p01_peel_ashcombe p02_custody_calderbrook p03_stalking_marrowby; do
    echo "building $n" >&2
    "$WP" "weasy/$n.html" "pdf/$n.pdf"
done
for n in c01_peel_kellingford c02_offenders_thornleigh c03_asb_oakhallow; do
    echo "building $n" >&2
    rm -f "pdf/$n.pdf"
    timeout 180 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="pdf/$n.pdf" "web/$n.html" >/dev/null 2>&1 || true
    test -s "pdf/$n.pdf" || { echo "error: pdf/$n.pdf not written" >&2; exit 1; }
done
for n in w01_workforce_ravensmere w02_rape_dunmarsh; do
    echo "building $n" >&2
    rm -f "pdf/$n.pdf"
    timeout 240 soffice --headless --convert-to pdf --outdir "$TMP" "docx/$n.docx" >/dev/null 2>&1 || true
    test -s "$TMP/$n.pdf" || { echo "error: docx/$n.docx not converted" >&2; exit 1; }
    mv "$TMP/$n.pdf" "pdf/$n.pdf"
done
rm -rf "$TMP"
