"""Sanity checks for probe23 (not a score): the checks all probes share, in
``bench/probe_check.py``, run on this folder's PDFs and gold with its notice.  probe19's one
tolerance is kept unchanged (U+2212 MINUS SIGN counts as a hyphen); none of probe23's producers
prints a minus for a hyphen, so it changes nothing here.

Usage: python3 check.py [NAME ...]   (exit status 1 on any failure)
"""
import os
import sys

from common import HERE, NOTICE

sys.path.insert(1, os.path.dirname(HERE))
import probe_check  # noqa: E402

_canon = probe_check.canon
probe_check.canon = lambda s: _canon(s.replace("\u2212", "-"))

if __name__ == "__main__":
    sys.exit(probe_check.main(sys.argv[1:], HERE, NOTICE))
