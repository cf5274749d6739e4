#!/bin/sh
# Rebuild probe22: pdf/yNN_*.pdf (GNU troff + ms macros, written by groff's own PDF driver
# gropdf, gen_groff.py), pdf/zNN_*.pdf (the Python pdfme package 0.4.12, gen_pdfme.py) and
# pdf/vNN_*.pdf (PyX 0.18 with LaTeX for the typesetting, gen_pyx.py), plus every *.gold.json,
# which the generators write from the same strings they put in the documents; then check.py
# verifies that every PDF opens, prints the notice on page 1 and contains every gold sentence.
# common.py is shared.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends groff faketime ghostscript fonts-urw-base35 \
#     texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern \
#     poppler-utils python3-venv
#   (groff 1.22.4-10, faketime 0.9.10-2.1, ghostscript 10.0.0~dfsg-11+deb12u9 for the URW
#   Type 1 files gropdf embeds, fonts-urw-base35 20200910-7, texlive 2022.20230122-3,
#   poppler-utils 22.12.0-2+deb12u3)
#   Python venv (outside the repo):
#     /usr/bin/python3 -m venv /tmp/probe22_venv && /tmp/probe22_venv/bin/pip install \
#       pdfme==0.4.12 PyX==0.18 pypdf pdfplumber
# gen_groff.py runs groff under faketime (gropdf stamps the clock's time); gen_pyx.py sets
# SOURCE_DATE_EPOCH (PyX honours it); pdfme writes no dates and gen_pdfme.py fixes its /ID.
# Scratch files (groff sources, LaTeX runs) go to $PROBE22_WORK (default /tmp/probe22_work).
# Usage: bench/probe22/build.sh
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe22_venv/bin/python ]; then PY=/tmp/probe22_venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf "${PROBE22_WORK:-/tmp/probe22_work}"
rm -f pdf/*.pdf ./*.gold.json
"$PY" gen_groff.py
"$PY" gen_pdfme.py
"$PY" gen_pyx.py
"$PY" check.py
