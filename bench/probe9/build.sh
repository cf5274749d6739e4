#!/bin/sh
# Rebuild probe9: pdf/aNN_*.pdf (AbiWord 3.0.5, `abiword --to=pdf`, rendered through cairo 1.16.0),
# pdf/kNN_*.pdf (pycairo 1.20.1 + PangoCairo 1.50.12: text frames drawn at absolute positions,
# out of reading order) and pdf/uNN_*.pdf (LuaHBTeX 1.15.0, fontspec + OpenType TeX Gyre fonts),
# plus every *.gold.json, which the generators write from the same strings they put in the
# documents (src/*.abw, tex/*.tex; the cairo generator draws its strings directly); then check.py
# verifies that every PDF opens, prints the notice on page 1 and contains every gold sentence.
# Needs (Debian 12 package names and the versions used):
#   apt-get install -y --no-install-recommends abiword python3-gi python3-gi-cairo \
#       gir1.2-pango-1.0 python3-cairo texlive-luatex fonts-texgyre fonts-dejavu-core \
#       fonts-liberation2 poppler-utils
#   abiword 3.0.5~dfsg-3.2, libcairo2 1.16.0-7, python3-gi 3.42.2-3+b1, python3-cairo 1.20.1-5+b1,
#   gir1.2-pango-1.0 / libpango-1.0-0 1.50.12+ds-1, texlive-luatex 2022.20230122-3,
#   texlive-binaries 2022.20220321.62855-5.1+deb12u2, texlive-latex-extra 2022.20230122-4
#   (lettrine, tocloft, tcolorbox, lastpage, enumitem, titlesec), fonts-texgyre 20180621-6,
#   fonts-dejavu-core 2.37-6, fonts-liberation2 2.1.5-1, poppler-utils 22.12.0-2+deb12u3.
# gen_cairo.py needs the system python3 (/usr/bin/python3) for the gi bindings; the other
# generators need only the standard library.  check.py uses pdftotext and, if $PY has them,
# pdfplumber and pypdf (python3 -m venv /tmp/probe9/venv && /tmp/probe9/venv/bin/pip install
# pdfplumber pypdf).  Scratch files go to $PROBE9_TMP (default /tmp/probe9/build).
# Usage: bench/probe9/build.sh
set -e
cd "$(dirname "$0")"
if [ -z "$PY" ]; then
  if [ -x /tmp/probe9/venv/bin/python ]; then PY=/tmp/probe9/venv/bin/python; else PY=python3; fi
fi
mkdir -p pdf src tex
SOURCE_DATE_EPOCH=1767225600; export SOURCE_DATE_EPOCH
python3 gen_abiword.py
/usr/bin/python3 gen_cairo.py
python3 gen_lualatex.py
"$PY" check.py
