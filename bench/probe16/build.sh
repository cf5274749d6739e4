#!/bin/sh
# Rebuild probe16: pdf/fNN_*.pdf (Firefox ESR 153 printing HTML headless, driven through
# Marionette by gen_firefox.py, which also keeps the HTML it prints in html/), pdf/eNN_*.pdf
# (pdfme 0.4.12, gen_pdfme.py) and pdf/jNN_*.pdf (pdfje 0.6.1, gen_pdfje.py), plus every
# *.gold.json, which the generators write from the same strings they put in the documents;
# then check.py verifies that every PDF opens, prints the notice on page 1 and contains every
# gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends firefox-esr poppler-utils fonts-texgyre \
#       fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2 python3-venv
#   firefox-esr 153.8.0esr-1~deb12u1; poppler-utils 22.12.0-2+deb12u3; fonts-texgyre
#   20180621-6; fonts-crosextra-carlito 20220224-1; fonts-crosextra-caladea 20200211-1;
#   fonts-liberation2 2.1.5-1; python3 and python3-venv 3.11.2-1+b1.
#   Python venv:
#     /usr/bin/python3 -m venv /tmp/probe16/venv && /tmp/probe16/venv/bin/pip install \
#       marionette-driver==3.7.1 pdfme==0.4.12 pdfje==0.6.1 pyphen==0.18.1 \
#       fonttools==4.68.0 pypdf pdfplumber cryptography
#   (marionette-driver brings mozrunner 8.4.0; pypdf, pdfplumber and cryptography are for
#   check.py).  Firefox runs headless with a throw-away profile on Marionette port 2828
#   (MARIONETTE_PORT overrides it).
# Usage: bench/probe16/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe16/venv/bin/python ]; then PY=/tmp/probe16/venv/bin/python; else PY=python3; fi
fi
# fontTools takes the head.modified of the font subsets that pdfje embeds from SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1735689600}; export SOURCE_DATE_EPOCH
mkdir -p pdf
"$PY" gen_firefox.py
"$PY" gen_pdfme.py
"$PY" gen_pdfje.py
"$PY" check.py
