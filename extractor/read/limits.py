"""Limits that keep a hostile file from exhausting the machine before it is read.

A PDF of a few kilobytes can hold a compressed stream that inflates to gigabytes
(a "decompression bomb"); PDF readers inflate it whole. Before a PDF is opened,
its Flate streams (other than images, which reading text never decodes) are
inflated here incrementally, counting the output and
stopping as soon as the file is past the limit, so such a file gets one error
line ("too large") instead of taking memory from the batch. Worker processes
add a hard memory cap as a second line of defence (:mod:`extractor.pipeline`).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from extractor.errors import SourceError

_STREAM = re.compile(rb"stream\r?\n")
_FILTERS = re.compile(rb"/Filter\s*(\[[^\]]*\]|/\w+)")
_CHUNK = 1 << 16


def _inflate(chunks: Iterator[bytes], budget: int) -> Iterator[bytes]:
    """Inflate a stream piece by piece, stopping once ``budget`` bytes have come out."""
    d = zlib.decompressobj()
    produced = 0
    for chunk in chunks:
        try:
            out = d.decompress(chunk, _CHUNK)
            while True:
                if out:
                    produced += len(out)
                    yield out
                if produced > budget or d.eof or not d.unconsumed_tail:
                    break
                tail = d.unconsumed_tail
                out = d.decompress(tail, _CHUNK)
                if not out and d.unconsumed_tail == tail:
                    break  # no progress: nothing more will come of this input
        except zlib.error:
            return  # a damaged stream: the reader will say what is wrong with it
        if produced > budget or d.eof:
            return


def _inflated_size(data: bytes, start: int, end: int, layers: int, budget: int) -> int:
    """Bytes that ``layers`` chained Flate decoders make of data[start:end], counted up to just past ``budget``."""
    stream: Iterator[bytes] = (data[i: min(i + _CHUNK, end)] for i in range(start, end, _CHUNK))
    for _ in range(layers):
        stream = _inflate(stream, budget)
    total = 0
    for piece in stream:
        total += len(piece)
        if total > budget:
            break
    return total


def check_pdf_inflation(path: Path, max_bytes: int) -> None:
    """Raise SourceError when the PDF's Flate streams inflate to more than ``max_bytes``."""
    data = path.read_bytes()
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 400): m.start()]
        dict_start = head.rfind(b"<<")
        if dict_start < 0:
            continue
        stream_dict = head[dict_start:]
        if b"/Image" in stream_dict:
            continue  # images are never decoded to read text, so they cost nothing here
        filters = _FILTERS.search(stream_dict)
        if not filters:
            continue
        names = re.findall(rb"/(\w+)", filters.group(1))
        layers = 0
        for name in names:  # the leading run of Flate filters; what follows them needs no counting
            if name not in (b"FlateDecode", b"Fl"):
                break
            layers += 1
        if layers == 0:
            continue
        end = data.find(b"endstream", m.end())
        if end < 0:
            end = len(data)
        total += _inflated_size(data, m.end(), end, layers, max_bytes - total)
        if total > max_bytes:
            raise SourceError(str(path), f"too large (its compressed streams inflate to more than "
                                         f"{max_bytes // (1024 * 1024):,} MB; raise --max-inflated-mb to read it)")
