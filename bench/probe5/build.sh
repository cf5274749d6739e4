#!/bin/sh
# Rebuild probe5: pdf/cNN_*.pdf (HTML printed by headless Chromium), pdf/oNN_*.pdf (hand-written
# LibreOffice flat XML converted by soffice) and pdf/wNN_*.pdf (python-docx + XML edits, converted
# by soffice), plus the *.gold.json files. Needs chromium, soffice, python3, and python-docx in $PY.
# Usage: bench/probe5/build.sh
set -e
cd "$(dirname "$0")"
PY="${PY:-/tmp/venv/bin/python}"
TMP="${TMPDIR:-/tmp}/probe5_build.$$"
mkdir -p pdf docx "$TMP"
chrome() {  # chrome SRC.html NAME
    echo "building $2" >&2
    rm -f "pdf/$2.pdf"
    timeout 180 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="pdf/$2.pdf" "$1" >/dev/null 2>&1 || true
    test -s "pdf/$2.pdf" || { echo "error: pdf/$2.pdf not written" >&2; exit 1; }
    python3 goldlib.py "$1" "$2.gold.json"
}
fodt() {  # fodt SRC.fodt NAME
    echo "building $2" >&2
    rm -f "pdf/$2.pdf"
    timeout 240 soffice --headless --convert-to pdf --outdir "$TMP" "$1" >/dev/null 2>&1 || true
    test -s "$TMP/${1%.fodt}.pdf" || { echo "error: $1 not converted" >&2; exit 1; }
    mv "$TMP/${1%.fodt}.pdf" "pdf/$2.pdf"
    python3 goldlib.py "$1" "$2.gold.json"
}
word() {  # word SRC.py NAME
    echo "building $2" >&2
    rm -f "pdf/$2.pdf"
    timeout 300 "$PY" "$1"
    test -s "pdf/$2.pdf" || { echo "error: pdf/$2.pdf not written" >&2; exit 1; }
}
chrome 01_peel_web.html c01_peel_web
chrome 02_custody_sidebar.html c02_custody_sidebar
chrome 03_vetting_web.html c03_vetting_web
chrome 04_contact_twocol.html c04_contact_twocol
fodt 05_peel_writer.fodt o01_peel_writer
fodt 06_child_protection_writer.fodt o02_child_protection_writer
word 07_peel_docx.py w01_peel_docx
word 08_letter_docx.py w02_letter_docx
rm -rf "$TMP"
