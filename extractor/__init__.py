"""hmic: extract, classify and compare findings from HMIC / HMICFRS inspection reports.

The package is a library first; :mod:`extractor.cli` is a thin Click layer over
:func:`extractor.pipeline.extract_reports` and :func:`extractor.digest.render_digest`.
"""

__version__ = "0.1.0"
