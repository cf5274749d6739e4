#!/bin/sh
# Rebuild probe19: pdf/dNN_*.pdf (dompdf 2.0.3, gen_dompdf.py + dompdf_render.php),
# pdf/gNN_*.pdf (gofpdf 2.17.2, gen_gofpdf.py + gofpdf_render.go) and pdf/sNN_*.pdf (R 4.2.2's
# pdf() device, gen_r.py + r_render.R), plus every *.gold.json, which the generators write from
# the same strings they put in the documents; then check.py verifies that every PDF opens,
# prints the notice on page 1 and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends php-cli php-dompdf r-base-core faketime \
#     golang-go golang-github-jung-kurt-gofpdf-dev fonts-liberation2 fonts-crosextra-carlito \
#     fonts-crosextra-caladea fonts-dejavu-core poppler-utils python3-venv
#   (php8.2-cli 8.2.36-1~deb12u1, php-dompdf 2.0.3+dfsg-1+deb12u1, php-font-lib 0.5.4+dfsg-2,
#   r-base-core 4.2.2.20221110-2, faketime 0.9.10-2.1, golang-1.19-go 1.19.8-2,
#   golang-github-jung-kurt-gofpdf-dev 2.17.2+ds-3, fonts-liberation2 2.1.5-1,
#   fonts-crosextra-carlito 20220224-1, fonts-crosextra-caladea 20200211-1,
#   fonts-dejavu-core 2.37-6, poppler-utils 22.12.0-2+deb12u3)
#   Python venv (outside the repo):
#     /usr/bin/python3 -m venv /tmp/probe19_venv && /tmp/probe19_venv/bin/pip install \
#       fonttools==4.68.0 pyphen==0.18.1 pypdf pdfplumber cryptography
#   (fontTools makes d01's private-use bullet font; Pyphen's en_GB patterns place the soft
#   hyphens; pypdf, pdfplumber and cryptography are for check.py).
# Go builds offline in GOPATH mode against /usr/share/gocode; R runs under faketime so that the
# dates R's pdf() device writes are fixed.
# Usage: bench/probe19/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe19_venv/bin/python ]; then PY=/tmp/probe19_venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf
"$PY" gen_dompdf.py
"$PY" gen_gofpdf.py
"$PY" gen_r.py
"$PY" check.py
