#!/bin/sh
# Rebuild probe31 from scratch: pdf/nNN_*.pdf (Majorsilence.Pdf, PyPI majorsilence-pdf:
# gen_majorsilence.py), pdf/qNN_*.pdf (gopdfsuit's pure-Go gowkhtmltopdf, PyPI pypdfsuit:
# gen_gowk.py) and pdf/yNN_*.pdf (jtypeset's C++ "typeset" engine, PyPI jtypeset:
# gen_jtypeset.py), plus every NAME.gold.json and NAME.furniture.json, which the generators
# write from common.py's blocks; then check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends poppler-utils fonts-urw-base35 \
#     fonts-dejavu-core fonts-liberation libicu72
#   python3 -m venv /tmp/p31venv && /tmp/p31venv/bin/pip install majorsilence-pdf==26.0.1 \
#     pypdfsuit==7.0.1 jtypeset==0.2.0
# Versions used: Debian 12.11; Python 3.11.7 (venv); majorsilence-pdf 26.0.1 (Producer
# "Majorsilence.Pdf"; bundled AOT .NET native libraries, no .NET runtime); pypdfsuit 7.0.1
# (sdist with the prebuilt Go library libgopdfsuit.so; Producer "gowkhtmltopdf 1.4");
# jtypeset 0.2.0 (cp311 manylinux wheel; Producer "typeset"); fonts-urw-base35 20200910-7,
# fonts-dejavu-core 2.37-6, fonts-liberation 1:1.07.4-11 (gowkhtmltopdf embeds the system
# Liberation fonts); libicu72 72.1-3+deb12u1; poppler-utils 22.12.0-2+deb12u3
# (pdfinfo/pdftotext, used by check.py only).
# P31_PY overrides the Python (default /tmp/p31venv/bin/python).
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${P31_PY:-/tmp/p31venv/bin/python}
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
"$PY" gen_majorsilence.py
"$PY" gen_gowk.py
"$PY" gen_jtypeset.py
python3 check.py
python3 overlap_check.py
