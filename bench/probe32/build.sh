#!/bin/sh
# Rebuild probe32 from scratch: pdf/aNN_*.pdf (Prince 17, PyPI prince-pdf: gen_prince.py),
# pdf/iNN_*.pdf (ironpress, PyPI ironpress: gen_ironpress.py) and pdf/bNN_*.pdf (fullbleed,
# PyPI fullbleed: gen_fullbleed.py), plus every NAME.gold.json and NAME.furniture.json,
# which the generators write from common.py's blocks; then check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends poppler-utils fontconfig fonts-urw-base35 \
#     fonts-liberation2 fonts-dejavu-core
#   python3 -m venv /tmp/p32venv && /tmp/p32venv/bin/pip install prince-pdf==17.0.0.post2 \
#     ironpress==1.7.0 fullbleed==2.5.39
# Versions used: Debian 12.11; Python 3.11.7 (venv); prince-pdf 17.0.0.post2 (manylinux
# wheel bundling the Prince 17 engine, non-commercial licence, no key; Producer "Prince 17
# (www.princexml.com)"); ironpress 1.7.0 (abi3 wheel, Rust; writes no Info dictionary);
# fullbleed 2.5.39 (abi3 wheel, Rust; Info has the Title only); fonts-urw-base35
# 20200910-7 (C059, Nimbus Sans and the D050000L dingbats for Prince), fonts-liberation2
# 2.1.5-1 (found by ironpress), fonts-dejavu-core 2.37-6, fontconfig 2.14.1-4;
# poppler-utils 22.12.0-2+deb12u3 (pdfinfo/pdftotext/pdffonts, used by check.py only).
# P32_PY overrides the Python (default /tmp/p32venv/bin/python).
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${P32_PY:-/tmp/p32venv/bin/python}
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
"$PY" gen_prince.py
"$PY" gen_ironpress.py
"$PY" gen_fullbleed.py
python3 check.py
python3 overlap_check.py
