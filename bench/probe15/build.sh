#!/bin/sh
# Rebuild probe15: pdf/hNN_*.pdf (libharu 2.3.0 from C: gen_haru.py writes c/hNN_*.c over the
# hand-written c/probe15_haru.h, compiles them with gcc and runs them), pdf/dNN_*.pdf (PoDoFo
# 0.9.8 from C++: gen_podofo.py writes cpp/dNN_*.cpp over cpp/probe15_podofo.h, compiles them
# with g++ and runs them) and pdf/mNN_*.pdf (gen_mimic.py: the hand-written writer mimic.py,
# InDesign- and Word-style content streams assembled with pikepdf), plus every *.gold.json, which
# the generators write from the same strings they put in the documents; then check.py verifies
# that every PDF opens, prints the notice on page 1 and contains every gold sentence.
# All three share layout.py (line breaking with the fonts' own widths) and common.py.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends gcc g++ libhpdf-dev libpodofo-dev \
#       poppler-utils texlive-lang-english fonts-texgyre fonts-urw-base35 \
#       fonts-crosextra-carlito fonts-liberation2 python3-venv
#   libhpdf-dev 2.3.0+dfsg-1+b1 (libhpdf-2.3.0 2.3.0+dfsg-1+b1); libpodofo-dev 0.9.8+dfsg-3+b1
#   (libpodofo0.9.8 0.9.8+dfsg-3+b1, with libfreetype-dev 2.12.1+dfsg-5+deb12u4 and
#   libfontconfig1-dev 2.14.1-4); gcc/g++ 4:12.2.0-3 (GCC 12.2.0); poppler-utils
#   22.12.0-2+deb12u3; texlive-lang-english 2022.20230122-1 (hyph-en-gb.tex, for
#   common.hyphenate); fonts-texgyre 20180621-6; fonts-urw-base35 20200910-7 (AFM metrics of
#   the standard 14 fonts and the Nimbus .t1 files PoDoFo embeds); fonts-crosextra-carlito
#   20220224-1; fonts-liberation2 2.1.5-1.
#   Python venv (Python 3.11.2 from python3 3.11.2-1+b1):
#     /usr/bin/python3 -m venv /tmp/probe15/venv && /tmp/probe15/venv/bin/pip install \
#       fonttools==4.68.0 uharfbuzz==0.57.0 pikepdf==10.18.0 pypdf pdfplumber cryptography
#   (pikepdf 10.18.0 bundles qpdf 12.4.2; pypdf 7.1.1, pdfplumber 0.11.10, cryptography 50.0.2
#   for check.py).  Compiled programs and the .pfa copies of the URW Type 1 fonts go to
#   $PROBE15_TMP (default /tmp/probe15/build).
# Usage: bench/probe15/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe15/venv/bin/python ]; then PY=/tmp/probe15/venv/bin/python; else PY=python3; fi
fi
PROBE15_TMP=${PROBE15_TMP:-/tmp/probe15/build}; export PROBE15_TMP
mkdir -p pdf c cpp "$PROBE15_TMP"
"$PY" gen_haru.py
"$PY" gen_podofo.py
"$PY" gen_mimic.py
"$PY" check.py
