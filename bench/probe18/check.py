"""Sanity checks for probe18 (not a score): the checks all probes share, in
``bench/probe_check.py``, run on this folder's PDFs and gold with its notice.

Usage: python3 check.py [NAME ...]   (exit status 1 on any failure)
"""
import os
import sys

from common import HERE, NOTICE

sys.path.insert(1, os.path.dirname(HERE))
from probe_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, NOTICE))
