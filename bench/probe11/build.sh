#!/bin/sh
# Rebuild probe11: pdf/fNN_*.pdf (Apache FOP 2.8 from XSL-FO written by gen_fop.py, kept in
# fo/*.fo with fo/fop.xconf), pdf/qNN_*.pdf (Qt 6.12's PDF engine through PySide6: QTextDocument
# laid out and paginated by Qt, pages painted with QPainter on a QPdfWriter) and pdf/xNN_*.pdf
# (flat ODF in fodt/*.fodt -> LibreOffice 7.4.7 headless --convert-to pdf -> post-processing:
# x01 qpdf object streams + linearize + AES-256 owner-only encryption; x02 pdftocairo -pdf then
# qpdf --linearize; x03 Ghostscript pdfwrite /ebook then qpdf AES-128 owner-only encryption),
# plus every *.gold.json, which the generators write from the same strings they put in the
# documents; then check.py verifies that every PDF opens, prints the notice on page 1 and
# contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends fop qpdf ghostscript poppler-utils \
#       libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea \
#       fonts-liberation2 fonts-dejavu-core libegl1 libgl1 libxkbcommon0 libfontconfig1 \
#       libdbus-1-3 libglib2.0-0
#   fop 1:2.8-2 (OpenJDK 17.0.15), qpdf 11.3.0-1+deb12u1, ghostscript 10.0.0~dfsg-11+deb12u9,
#   poppler-utils 22.12.0-2+deb12u3 (cairo 1.16.0-7), libreoffice-writer-nogui
#   4:7.4.7-1+deb12u14, fonts-crosextra-carlito 20220224-1, fonts-crosextra-caladea 20200211-1,
#   fonts-liberation2 2.1.5-1, fonts-dejavu-core 2.37-6.
#   Python venv: /usr/bin/python3 -m venv /tmp/probe11/venv &&
#     /tmp/probe11/venv/bin/pip install PySide6-Essentials pypdf pdfplumber cryptography
#   (PySide6-Essentials 6.12.0, pypdf 7.1.1, pdfplumber 0.11.10, cryptography 50.0.2; pypdf
#   needs cryptography to open the AES-encrypted x01 and x03).
# gen_qt.py needs the venv (PySide6) and runs with QT_QPA_PLATFORM=offscreen; gen_fop.py and
# gen_post.py need only the standard library.  Scratch files go to $PROBE11_TMP (default
# /tmp/probe11/build).
# Usage: bench/probe11/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe11/venv/bin/python ]; then PY=/tmp/probe11/venv/bin/python; else PY=python3; fi
fi
PROBE11_TMP=${PROBE11_TMP:-/tmp/probe11/build}; export PROBE11_TMP
mkdir -p pdf fo fodt "$PROBE11_TMP"
SOURCE_DATE_EPOCH=1767225600; export SOURCE_DATE_EPOCH
python3 gen_fop.py
QT_QPA_PLATFORM=offscreen "$PY" gen_qt.py
python3 gen_post.py
"$PY" check.py
