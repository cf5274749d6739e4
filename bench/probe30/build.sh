#!/bin/sh
# Rebuild probe30 from scratch: pdf/sNN_*.pdf (Flying Saucer R8 + iText 2.1.7, Java, Debian:
# gen_flyingsaucer.py + Render.java), pdf/hNN_*.pdf (pyHanko 0.38.0, PyPI: gen_pyhanko.py +
# layout.py) and pdf/xNN_*.pdf (ExactImage hocr2pdf 1.0.2, Debian: gen_hocr.py + layout.py),
# plus every NAME.gold.json and NAME.furniture.json, which the generators write from
# common.py's blocks; then check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends poppler-utils qpdf openjdk-17-jdk-headless \
#     libcore-renderer-java exactimage fonts-urw-base35 fonts-liberation
#   python3 -m venv /tmp/p30venv && /tmp/p30venv/bin/pip install pyhanko==0.38.0 \
#     uharfbuzz==0.57.0 fonttools==4.68.0 pillow==13.0.0
# Versions used: Debian 12.11; Python 3.11.7 (venv); OpenJDK 17.0.15;
# libcore-renderer-java 0.0~R8+dfsg2-1.1 (Flying Saucer R8), libitext-java 2.1.7-14;
# pyHanko 0.38.0 (pyhanko-certvalidator 0.33.0), uharfbuzz 0.57.0, fonttools 4.68.0;
# exactimage 1.0.2-11+b2 (hocr2pdf), Pillow 13.0.0; fonts-urw-base35 20200910-7,
# fonts-liberation 1:1.07.4-11; poppler-utils 22.12.0-2+deb12u3 (pdfinfo/pdftotext).
# P30_PY overrides the Python (default /tmp/p30venv/bin/python).
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${P30_PY:-/tmp/p30venv/bin/python}
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
python3 gen_flyingsaucer.py
"$PY" gen_pyhanko.py
"$PY" gen_hocr.py
python3 check.py
python3 overlap_check.py
