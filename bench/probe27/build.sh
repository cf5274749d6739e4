#!/bin/sh
# Rebuild probe27 from scratch: pdf/pNN_*.pdf (pylopdf 0.15.0, PyPI: gen_pylopdf.py),
# pdf/mNN_*.pdf (mandoc 1.14.6 -T pdf: gen_mandoc.py) and pdf/tNN_*.pdf (cups-filters 1.28.17
# texttopdf: gen_texttopdf.py), plus every NAME.gold.json and NAME.furniture.json, which the
# generators write from common.py's blocks; then check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends mandoc=1.14.6-1+b1 \
#     cups-filters=1.28.17-3+deb12u2 faketime poppler-utils python3-venv
#   python3 -m venv /tmp/p27venv && /tmp/p27venv/bin/pip install pylopdf==0.15.0
# Versions used: Python 3.11.7, pylopdf 0.15.0, mandoc 1.14.6-1+b1, cups-filters
# 1.28.17-3+deb12u2, faketime 0.9.10-2.1, poppler-utils 22.12.0-2+deb12u3.
# PY overrides the Python that has pylopdf (default /tmp/p27venv/bin/python).
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${PY:-/tmp/p27venv/bin/python}
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
"$PY" gen_pylopdf.py
python3 gen_mandoc.py
python3 gen_texttopdf.py
python3 check.py
python3 overlap_check.py
