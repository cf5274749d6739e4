#!/bin/sh
# Rebuild probe4: pdf/sNN_*.pdf (Scribus) and pdf/wNN_*.pdf (python-docx + LibreOffice), plus the
# *.gold.json files. Needs scribus, xvfb-run, hyphen-en-gb, soffice and python-docx (in $PY's env).
# Usage: bench/probe4/build.sh [sNN_name.py|wNN_name.py ...]
set -e
cd "$(dirname "$0")"
PY="${PY:-/tmp/venv/bin/python}"
export PROBE4_LOGS="${PROBE4_LOGS:-/tmp/probe4_logs}"
rm -rf "$PROBE4_LOGS"; mkdir -p pdf "$PROBE4_LOGS"
for s in ${*:-[sw][0-9][0-9]_*.py}; do
    n=${s%.py}
    echo "building $n" >&2
    rm -f "pdf/$n.pdf"
    case "$n" in
        s*) timeout 300 xvfb-run -a scribus -g -ns -py "$n.py" >/dev/null 2>&1 || true ;;
        w*) timeout 300 "$PY" "$n.py" >>"$PROBE4_LOGS/word.log" 2>&1 || true ;;
    esac
    test -s "pdf/$n.pdf" || { echo "error: $n.pdf not written" >&2; cat "$PROBE4_LOGS/errors.log" "$PROBE4_LOGS/word.log" >&2 2>/dev/null; exit 1; }
done
if [ -s "$PROBE4_LOGS/errors.log" ]; then cat "$PROBE4_LOGS/errors.log" >&2; exit 1; fi
cat "$PROBE4_LOGS"/*.log >&2
