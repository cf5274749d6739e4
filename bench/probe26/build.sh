#!/bin/sh
# Rebuild probe26 from scratch: pdf/eNN_*.pdf (GNU enscript 1.6.5.90 -> pstoedit 3.78's PDF
# driver: gen_enscript.py), pdf/lNN_*.pdf (@libpdf/core 0.4.2 on Node: gen_libpdf.py +
# render_libpdf.mjs) and pdf/jNN_*.pdf (FreeHEP VectorGraphics PDF driver 2.4 on OpenJDK 17:
# gen_freehep.py + RenderFreehep.java), plus every NAME.gold.json and NAME.furniture.json,
# which the generators write from common.py's blocks; then check.py and overlap_check.py.
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends enscript=1.6.5.90-3+b1 pstoedit=3.78-2 \
#     ghostscript faketime poppler-utils nodejs npm openjdk-17-jdk-headless fonts-urw-base35 \
#     libfreehep-graphicsio-pdf-java libfreehep-graphicsio-java libfreehep-graphics2d-java \
#     libfreehep-graphicsbase-java libfreehep-io-java libfreehep-util-java
# Versions used: enscript 1.6.5.90-3+b1, pstoedit 3.78-2 (Ghostscript 10.0.0~dfsg-11+deb12u9 as
# its interpreter), faketime 0.9.10-2.1, poppler-utils 22.12.0-2+deb12u3, Node 20.20.2 with
# @libpdf/core 0.4.2 (package-lock.json), FreeHEP graphicsio-pdf/graphicsio/graphics2d/
# graphicsbase 2.4 and io/util 2.0.2 (Debian), OpenJDK 17.0.15, fonts-urw-base35, Python 3.11.
# PROBE26_NPM (default /tmp/probe26_npm) is where the npm package is installed; PY overrides
# the Python.  Nothing but pdf/*.pdf and this folder's gold/furniture files is written here.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PY=${PY:-python3}
NPMDIR=${PROBE26_NPM:-/tmp/probe26_npm}
mkdir -p "$NPMDIR"
cp package.json package-lock.json "$NPMDIR/"
(cd "$NPMDIR" && npm ci --no-audit --no-fund --silent)
mkdir -p pdf
rm -f pdf/*.pdf ./*.gold.json ./*.furniture.json
"$PY" gen_enscript.py
PROBE26_NPM="$NPMDIR" "$PY" gen_libpdf.py
"$PY" gen_freehep.py
"$PY" check.py
"$PY" overlap_check.py
