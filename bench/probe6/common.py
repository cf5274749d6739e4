"""Shared helpers for probe6 generators.

Sentences are written with a tiny markup: ``^{text}`` is a footnote whose call marker sits where
the markup is (always after the sentence's full stop) and ``~{text}`` is an endnote (Word only).
``plain()`` gives the gold form: markers removed, whitespace normalised.
"""
import html
import json
import re

NOTE = re.compile(r'([\^~])\{(.*?)\}')
NOTICE = ("Synthetic test document: this is not a real inspection report, and the force it "
          "describes is fictional.")


def plain(s):
    return ' '.join(NOTE.sub('', s).split())


def esc(s):
    return html.escape(s, quote=False)


def write_gold(path, sents):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump([plain(s) for s in sents], f, ensure_ascii=False, indent=1)
        f.write('\n')
