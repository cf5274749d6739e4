"""Gold helpers for probe5: derive the gold sentence list from the HTML and .fodt sources.

Usage: python goldlib.py NN_name.html|NN_name.fodt OUT.gold.json

HTML: body text is every <p>, <li>, <td> and <dd> inside <main>, skipping subtrees that are not
gold (nav, aside, header, footer, h1-h6, th, caption, figcaption, sup, and anything with class
"ng", "toc", "footnotes", "fnref", "grade", "backtop", "share", "notice").
FODT: every text:p / text:list-item paragraph in office:text, skipping headings, the table of
contents, footnote bodies (text:note), and paragraphs whose style name starts with "NG".
Paragraph text is whitespace-normalised and split into sentences.
"""
import json
import re
import sys
from html.parser import HTMLParser

ABBREV = ["e.g.", "i.e.", "Dr.", "No.", "Mr.", "Mrs.", "St.", "etc.)"]
SKIP_TAGS = {"nav", "aside", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
             "th", "caption", "figcaption", "sup", "script", "style", "button"}
SKIP_CLASSES = {"ng", "toc", "footnotes", "fnref", "grade", "backtop", "share", "notice", "meta"}
BLOCK_TAGS = {"p", "li", "td", "dd", "div", "blockquote", "ul", "ol", "table", "tr", "section",
              "main", "article", "dl", "dt", "figure", "br"}
GOLD_BLOCKS = {"p", "li", "td", "dd"}
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr"}


def split_sentences(text):
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    protected = text
    for i, a in enumerate(ABBREV):
        protected = protected.replace(a, a.replace(".", "\x00"))
    out, start = [], 0
    for m in re.finditer(r"[.!?][’'\"”)]?(?=\s+[A-Z0-9“‘\"'(])", protected):
        end = m.end()
        out.append(protected[start:end].strip())
        start = end
    out.append(protected[start:].strip())
    return [s.replace("\x00", ".") for s in out if s]


class GoldHTML(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, skipping)
        self.in_main = 0
        self.buf = []
        self.collect = False
        self.sentences = []

    def skipping(self):
        return any(s for _, s in self.stack)

    def flush(self):
        if self.buf:
            self.sentences.extend(split_sentences("".join(self.buf)))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        skip = tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)
        if tag in BLOCK_TAGS:
            self.flush()
        if tag == "main":
            self.in_main += 1
        if tag in VOID:
            return
        self.stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in BLOCK_TAGS:
            self.flush()
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag == "main":
            self.in_main -= 1

    def handle_data(self, data):
        if not self.in_main or self.skipping():
            return
        if not any(t in GOLD_BLOCKS for t, _ in self.stack):
            return
        self.buf.append(data)


def gold_html(path):
    p = GoldHTML()
    p.feed(open(path, encoding="utf-8").read())
    p.flush()
    return p.sentences


def gold_fodt(path):
    import xml.etree.ElementTree as ET
    NS = {
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    }
    T = "{%s}" % NS["text"]
    tree = ET.parse(path)
    body = tree.getroot().find("office:body/office:text", NS)
    out = []
    skip_containers = {T + "table-of-content", T + "h", T + "sequence-decls"}

    def text_of(el, frames):
        parts = [el.text or ""]
        for ch in el:
            tag = ch.tag
            if tag == T + "note":
                pass
            elif tag == T + "s":
                parts.append(" " * int(ch.get(T + "c", "1")))
            elif tag in (T + "tab", T + "line-break"):
                parts.append(" ")
            elif tag == "{%s}frame" % NS["draw"]:
                frames.append(ch)
            else:
                parts.append(text_of(ch, frames))
            parts.append(ch.tail or "")
        return "".join(parts)

    def walk(el):
        for ch in el:
            if ch.tag in skip_containers:
                continue
            if ch.tag == T + "p":
                style = ch.get(T + "style-name", "")
                frames = []
                txt = text_of(ch, frames)
                if not style.startswith("NG"):
                    out.extend(split_sentences(txt))
                for f in frames:
                    walk(f)
            else:
                walk(ch)

    walk(body)
    return out


if __name__ == "__main__":
    src, dst = sys.argv[1], sys.argv[2]
    sents = gold_html(src) if src.endswith(".html") else gold_fodt(src)
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(sents, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{dst}: {len(sents)} sentences", file=sys.stderr)
