#!/bin/sh
# Rebuild probe12: pdf/iNN_*.pdf (iText 5.5.13.3 driven from Java: gen_itext.py writes
# java/iNN_*.itext command scripts and runs java/ItextProbe.java on them), pdf/nNN_*.pdf
# (ConTeXt MkIV 2021.03.05 on LuaTeX 1.15: gen_context.py writes tex/nNN_*.tex and runs
# `context`) and pdf/vNN_*.pdf (LibreOffice 7.4.7 Draw and Impress: gen_lo.py writes flat ODF
# odf/v01_*.fodg and odf/v02_*.fodp of absolutely positioned text frames and runs
# `soffice --headless --convert-to pdf`), plus every *.gold.json, which the generators write from
# the same strings they put in the documents; then check.py verifies that every PDF opens, prints
# the notice on page 1 and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends context libitext5-java openjdk-17-jdk-headless \
#       libreoffice-draw-nogui libreoffice-impress-nogui poppler-utils \
#       fonts-crosextra-carlito fonts-liberation2 fonts-dejavu-core
#   context 2021.03.05.20230120+dfsg-1+deb12u1 (LuaTeX 1.15, TeX Gyre and Latin Modern fonts from
#   its texmf), libitext5-java 5.5.13.3-2 with OpenJDK 17.0.15, libreoffice-draw-nogui and
#   libreoffice-impress-nogui 4:7.4.7-1+deb12u14 (LibreOffice 7.4.7.2),
#   poppler-utils 22.12.0-2+deb12u3, fonts-crosextra-carlito 20220224-1, fonts-liberation2
#   2.1.5-1, fonts-dejavu-core 2.37-6.
#   Python venv for check.py: /usr/bin/python3 -m venv /tmp/probe12/venv &&
#     /tmp/probe12/venv/bin/pip install pypdf pdfplumber cryptography
#   (pypdf 7.1.1, pdfplumber 0.11.10, cryptography 50.0.2).  The generators need only the
#   standard library.  Scratch files (Java classes, ConTeXt work files, LibreOffice profile) go to
#   $PROBE12_TMP (default /tmp/probe12/build).
# Usage: bench/probe12/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe12/venv/bin/python ]; then PY=/tmp/probe12/venv/bin/python; else PY=python3; fi
fi
PROBE12_TMP=${PROBE12_TMP:-/tmp/probe12/build}; export PROBE12_TMP
mkdir -p pdf java tex odf "$PROBE12_TMP"
SOURCE_DATE_EPOCH=1767225600; export SOURCE_DATE_EPOCH
python3 gen_itext.py
python3 gen_context.py
python3 gen_lo.py
"$PY" check.py
