#!/bin/sh
# Rebuild probe10: pdf/mNN_*.pdf (MuPDF 1.28.5 via PyMuPDF 2.0: HTML/CSS laid out with
# pymupdf.Story, headers, footers, footnote texts, contents and covers drawn per page by the
# generator), pdf/hNN_*.pdf (wkhtmltopdf 0.12.6, Debian build on unpatched Qt 5.15.8 WebKit; HTML
# paginated by hand into fixed-size page divs because this build ignores --header-*/--footer-*)
# and pdf/dNN_*.pdf (a Distiller-like route: flat ODF written by the generator -> LibreOffice
# 7.4.7.2 headless --convert-to pdf -> poppler pdftops -level3 -> Ghostscript 10.00.0 ps2pdf), plus
# every *.gold.json, which the generators write from the same strings they put in the documents
# (HTML in $PROBE10_TMP, fodt/*.fodt); then check.py verifies that every PDF opens, prints the
# notice on page 1 and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends wkhtmltopdf ghostscript poppler-utils \
#       fonts-texgyre fonts-liberation2 fonts-dejavu-core hyphen-en-gb
#   (LibreOffice Writer 7.4.7.2 was already installed, `soffice`)
#   wkhtmltopdf 0.12.6-2+b1 (Qt 5.15.8), ghostscript 10.00.0~dfsg-11+deb12u9,
#   poppler-utils 22.12.0-2+deb12u3, fonts-texgyre 20180621-6, fonts-liberation2 2.1.5-1,
#   fonts-dejavu-core 2.37-6, hyphen-en-gb 1:7.5.0-1.
#   Python venv: /usr/bin/python3 -m venv /tmp/probe10/venv &&
#     /tmp/probe10/venv/bin/pip install pymupdf pypdf pdfplumber
#   (pymupdf 2.0 = MuPDF 1.28.5, pypdf 7.1.1, pdfplumber 0.11.10).
# gen_mupdf.py needs the venv (PyMuPDF); gen_wkhtml.py and gen_lo_ps.py need only the standard
# library.  Scratch files go to $PROBE10_TMP (default /tmp/probe10/build).
# Usage: bench/probe10/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe10/venv/bin/python ]; then PY=/tmp/probe10/venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf fodt
SOURCE_DATE_EPOCH=1767225600; export SOURCE_DATE_EPOCH
"$PY" gen_mupdf.py
python3 gen_wkhtml.py
python3 gen_lo_ps.py
"$PY" check.py
