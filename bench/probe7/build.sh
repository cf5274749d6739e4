#!/bin/sh
# Rebuild probe7: pdf/tNN_*.pdf (Typst markup compiled by the PyPI package `typst`) and
# pdf/fNN_*.pdf (laid out by hand with fpdf2), plus every *.gold.json, which the generators write
# from the same strings they put in the documents; then check.py verifies that every PDF opens,
# prints the notice on page 1 and contains every gold sentence.
# Needs: a Python with typst, fpdf2, pyphen and pypdf in $PY (default /tmp/p7venv/bin/python; make it
#   with python3 -m venv /tmp/p7venv && /tmp/p7venv/bin/pip install typst fpdf2 pyphen pypdf),
# the Liberation and DejaVu TTF fonts (fonts-liberation2, fonts-dejavu-core; found with fc-match),
# and pdftotext (poppler-utils) for the check.
# Usage: bench/probe7/build.sh
set -e
cd "$(dirname "$0")"
PY="${PY:-/tmp/p7venv/bin/python}"
mkdir -p pdf typ
"$PY" gen_typst.py
"$PY" gen_fpdf.py
"$PY" check.py
