#!/bin/sh
# Rebuild probe25 from scratch: pdf/fNN_*.pdf (folio, Go, through PyPI folio-pdf 0.2.0:
# gen_folio.py), pdf/xNN_*.pdf (oxidize-pdf, Rust, through PyPI oxidize-pdf 0.23.0:
# gen_oxidize.py) and pdf/oNN_*.pdf (pdf_oxide, Rust, PyPI pdf_oxide 0.3.78: gen_pdfoxide.py),
# plus every NAME.gold.json and NAME.furniture.json, which the generators write from the same
# blocks they render; then check.py --no-hmic verifies that every PDF opens, prints the
# notice on page 1 and contains every gold sentence, and overlap_check.py counts gold
# sentences sharing a six-word run with /work/shared/seeds (and the helper's saved excerpts
# in /tmp/probe25_work/excerpts, when that folder exists).  common.py is shared.
# Needs (Debian 12: poppler-utils for check.py's pdftotext; nothing else from Debian):
#   python3 -m venv /tmp/probe25_venv
#   /tmp/probe25_venv/bin/pip install folio-pdf==0.2.0 oxidize-pdf==0.23.0 \
#       pdf_oxide==0.3.78 pypdf pdfplumber
# `PY` overrides the Python.  The generators write nothing outside pdf/ and this folder's
# *.gold.json / *.furniture.json.
# Usage: bench/probe25/build.sh
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe25_venv/bin/python ]; then PY=/tmp/probe25_venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
"$PY" gen_folio.py
"$PY" gen_oxidize.py
"$PY" gen_pdfoxide.py
"$PY" check.py --no-hmic
"$PY" overlap_check.py
