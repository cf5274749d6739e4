#!/bin/sh
# Rebuild probe20: pdf/fNN_*.pdf (Free Pascal fcl-pdf, gen_fclpdf.py + fclpdf_render.pas),
# pdf/pNN_*.pdf (PDF::Reuse 0.39, gen_reuse.py + reuse_render.pl) and pdf/uNN_*.pdf (PDFium
# through pypdfium2, gen_pdfium.py), plus every *.gold.json, which the generators write from the
# same strings they put in the documents; then check.py verifies that every PDF opens, prints
# the notice on page 1 and contains every gold sentence.  layout.py (shared page layout) and
# common.py are used by all three generators.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends fpc libpdf-reuse-perl faketime \
#     fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation fonts-liberation2 \
#     fonts-dejavu-core poppler-utils python3-venv
#   (fpc 3.2.2+dfsg-20 with fp-units-fcl 3.2.2+dfsg-20, libpdf-reuse-perl 0.39-3 on perl
#   5.36.0, faketime 0.9.10-2.1, fonts-crosextra-carlito 20220224-1,
#   fonts-crosextra-caladea 20200211-1, fonts-liberation 1:1.07.4-11, fonts-liberation2
#   2.1.5-1, fonts-dejavu-core 2.37-6, poppler-utils 22.12.0-2+deb12u3)
#   Python venv (outside the repo):
#     /usr/bin/python3 -m venv /tmp/probe20_venv && /tmp/probe20_venv/bin/pip install \
#       fonttools==4.68.0 pyphen==0.18.1 pypdfium2==5.15.2 pypdf pdfplumber cryptography
#   (fontTools reads the fonts' advance widths and makes the private-use bullet font; Pyphen's
#   en_GB patterns place the soft hyphens; pypdfium2 carries PDFium; pypdf, pdfplumber and
#   cryptography are for check.py).
# fpc compiles fclpdf_render.pas into a temporary folder; gen_pdfium.py re-runs itself under
# faketime so that the CreationDate PDFium writes is fixed.
# Usage: bench/probe20/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe20_venv/bin/python ]; then PY=/tmp/probe20_venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf
"$PY" gen_fclpdf.py
"$PY" gen_reuse.py
"$PY" gen_pdfium.py
"$PY" check.py
