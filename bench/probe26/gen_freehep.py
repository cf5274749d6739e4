"""probe26 'j' files: FreeHEP VectorGraphics' PDF driver (Debian libfreehep-graphicsio-pdf-java
2.4 with its FreeHEP dependencies, OpenJDK 17) through RenderFreehep.java.  This script
writes each document as a tab-separated block file, compiles the renderer once (javac, into a
temporary folder) and runs it under faketime (the driver stamps the clock's time)."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STYLE = {"j01_peel_cradlemoor": ("Serif", 11), "j02_custody_wyrlington": ("SansSerif", 10),
         "j03_letter_gantrey": ("Serif", 11.5)}
JARS = ["freehep-graphicsio-pdf", "freehep-graphicsio", "freehep-graphics2d",
        "freehep-graphicsbase", "freehep-io", "freehep-util"]


def classpath():
    return ":".join(f"/usr/share/java/{j}.jar" for j in JARS)


def spec_lines(blocks):
    state = []
    out = []

    def text(sents):
        buf, notes = [], []
        for s in sents:
            for kind, t in common.pieces(s):
                if kind == "text":
                    buf.append(t)
                else:
                    state.append(t)
                    buf.append("\x01" + str(len(state)))
                    notes += [str(len(state)), t]
            buf.append(" ")
        return ["".join(buf).strip()] + notes

    for b in blocks:
        k = b[0]
        if k in ("kicker", "title", "date"):
            out.append([k, b[1]])
        elif k == "notice":
            out.append(["notice", common.NOTICE])
        elif k == "h":
            out.append(["h", str(b[1]), b[2]])
        elif k == "p":
            out.append(["p"] + text(b[1]))
        elif k == "bullets":
            if b[1]:
                out.append(["p"] + text([b[1]]))
            for it in b[2]:
                out.append(["li"] + text([it]))
            out.append(["endlist"])
        elif k == "table":
            out.append(["table", str(len(b[2]))])
            for r in [b[1]] + b[2]:
                out.append(["row"] + r)
        elif k == "box":
            out.append(["box", b[1]])
            for c in b[2]:
                out.append(["bp"] + text(c[1]))
            out.append(["endbox"])
        elif k == "cols":
            assert len(b[1]) == 1 and len(b[2]) == 1
            out.append(["cols"])
            out.append(["c"] + text(b[1][0][1]))
            out.append(["c"] + text(b[2][0][1]))
        elif k == "letterhead":
            out += [["right", b[1][0], "b"]] + [["right", x, ""] for x in b[1][1:]]
            out.append(["gap", "24"])
        elif k == "address":
            out += [["plain", x] for x in b[1]]
            out.append(["gap", "14"])
        elif k == "line":
            out.append(["plain", b[2], "b" if b[1] == "subject" else ""])
            out.append(["gap", "10"])
        elif k == "signoff":
            out += [["plain", b[1][0]], ["gap", "30"]] + [["plain", x] for x in b[1][1:]]
        elif k == "pagebreak":
            out.append(["pagebreak"])
        elif k == "backcover":
            out.append(["backcover"] + list(b[1]))
        else:
            raise ValueError(k)
    for row in out:
        assert not any("\t" in c or "\n" in c for c in row)
    return out


def build(stem, doc, work):
    meta = doc["meta"]
    fam, size = STYLE[stem]
    rows = [["meta", meta["header"], meta["footer"], fam, str(size)]] + spec_lines(doc["blocks"])
    src = os.path.join(work, stem + ".tsv")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join("\t".join(r) for r in rows) + "\n")
    pdf = os.path.join(common.PDF_DIR, stem + ".pdf")
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
    r = subprocess.run(["faketime", meta["date"] + " 09:30:00", "java", "-Djava.awt.headless=true",
                        "-Dfile.encoding=UTF-8", "-cp", classpath() + ":" + work,
                        "RenderFreehep", src, pdf],
                       capture_output=True, text=True, env=env, check=True)
    pages = json.loads(r.stdout.strip().splitlines()[-1])["pages"]
    back = any(b[0] == "backcover" for b in doc["blocks"])
    running = []
    if meta["header"]:
        running.append(("header", meta["header"]))
    if meta["footer"]:
        running.append(("footer", meta["footer"]))
    running += [("page-number", f"Page {i}") for i in range(1, pages + 1 - back)]
    n = common.write_gold(stem, doc["blocks"], running)
    print(f"{stem}: {pages} pages, {n} gold sentences")


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe26_freehep_") as work:
        subprocess.run(["javac", "-encoding", "UTF-8", "-cp", classpath(), "-d", work,
                        os.path.join(HERE, "RenderFreehep.java")], check=True)
        for stem, doc in common.DOCS.items():
            if stem.startswith("j"):
                build(stem, doc, work)


if __name__ == "__main__":
    main()
