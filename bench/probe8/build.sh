#!/bin/sh
# Rebuild probe8: pdf/lNN_*.pdf (LaTeX compiled by pdfLaTeX) and pdf/gNN_*.pdf (groff -ms -> PostScript
# -> ps2pdf), plus every *.gold.json, which the generators write from the same strings they put in
# the markup (tex/*.tex, ms/*.ms); then check.py verifies that every PDF opens, prints the notice on
# page 1 and contains every gold sentence.
# Needs (Debian 12 package names):
#   apt-get install -y --no-install-recommends texlive-latex-base texlive-latex-recommended \
#       texlive-latex-extra texlive-fonts-recommended lmodern groff ghostscript poppler-utils
#   (groff-base alone lacks the ms macros; texlive-latex-extra brings tcolorbox, mdframed, framed,
#    enumitem, titlesec; texlive-fonts-recommended brings Times, Palatino, Helvetica, Dingbats.)
# The generators need only python3's standard library.  check.py uses pdftotext and, if $PY has them,
# pdfplumber and pypdf (python3 -m venv /tmp/probe8/venv && /tmp/probe8/venv/bin/pip install
# pdfplumber pypdf).  Scratch files go to $PROBE8_TMP (default /tmp/probe8/build).  With
# SOURCE_DATE_EPOCH fixed by the generators, rebuilds are byte-for-byte identical.
# Usage: bench/probe8/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe8/venv/bin/python ]; then PY=/tmp/probe8/venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf tex ms
python3 gen_latex.py
python3 gen_groff.py
"$PY" check.py
