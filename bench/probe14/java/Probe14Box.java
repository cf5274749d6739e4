// Shared by the probe14 PDFBox programs (written by gen_pdfbox.py): a small flow-layout engine
// on top of Apache PDFBox 2.0 (frames, greedy line breaking at spaces and soft hyphens,
// justification by word positioning, TJ adjustments or Tw, footnotes, boxes, ruled tables).
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

public class Probe14Box {
    public static final float MM = 72f / 25.4f;
    public static final float W = PDRectangle.A4.getWidth();
    public static final float H = PDRectangle.A4.getHeight();
    public static final String SHY = "\u00ad";

    public enum Mode { WORDS, TJ, TW }
    public enum Align { LEFT, JUSTIFY }

    public static class Style {
        public PDFont font; public float size; public float leading; public Color color = Color.BLACK;
        public Align align = Align.JUSTIFY; public Mode mode = Mode.WORDS;
        public float before = 0; public float after = 6;
        public Style(PDFont font, float size, float leading) { this.font = font; this.size = size; this.leading = leading; }
        public Style copy() {
            Style s = new Style(font, size, leading); s.color = color; s.align = align; s.mode = mode;
            s.before = before; s.after = after; return s;
        }
        public Style align(Align a) { Style s = copy(); s.align = a; return s; }
        public Style font(PDFont f) { Style s = copy(); s.font = f; return s; }
        public Style color(Color c) { Style s = copy(); s.color = c; return s; }
        public Style spacing(float b, float a) { Style s = copy(); s.before = b; s.after = a; return s; }
    }

    public static class Note {
        public int number; public String text;
        Note(int n, String t) { number = n; text = t; }
    }

    static class Piece {
        String text; PDFont font; float size; float rise; Color color; Note note;
        Piece(String t, PDFont f, float s, float r, Color c, Note n) { text = t; font = f; size = s; rise = r; color = c; note = n; }
        Piece with(String t) { return new Piece(t, font, size, rise, color, note); }
    }

    static class Word {
        List<Piece> pieces = new ArrayList<>();
        boolean hyphen = false;
    }

    static class Line {
        List<Word> words = new ArrayList<>();
        boolean last = false;
    }

    // ---------------------------------------------------------------------------------------
    public PDDocument doc = new PDDocument();
    public List<PDPage> pages = new ArrayList<>();
    Map<Integer, PDPageContentStream> streams = new LinkedHashMap<>();
    public int page = -1;
    public float x, top, bottom, width, y;
    Deque<float[]> frames = new ArrayDeque<>();
    public List<float[]> template = new ArrayList<>();
    public List<Note> allNotes = new ArrayList<>();
    public Map<Integer, List<Note>> notesByPage = new LinkedHashMap<>();
    public List<Object[]> toc = new ArrayList<>();
    public float noteReserve = 0;     // height kept free at the foot of pages with notes

    public Probe14Box(String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("HMICFRS (synthetic)");
        info.setSubject("Synthetic test document");
        info.setCreator("probe14 gen_pdfbox.py");
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(1767225600000L);
        info.setCreationDate(c);
    }

    public PDFont ttf(String path) throws IOException { return PDType0Font.load(doc, new File(path)); }

    public int newPage() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        pages.add(p);
        return pages.size() - 1;
    }

    public PDPageContentStream cs(int pg) throws IOException {
        PDPageContentStream s = streams.get(pg);
        if (s == null) {
            s = new PDPageContentStream(doc, pages.get(pg), AppendMode.APPEND, true);
            streams.put(pg, s);
        }
        return s;
    }

    /** Start flowing on page pg with the given frames (x, top, bottom, width), each a column. */
    public void flowOn(int pg, List<float[]> fr) {
        page = pg;
        frames.clear();
        frames.addAll(fr);
        nextFrameRaw();
    }

    void nextFrameRaw() {
        float[] f = frames.poll();
        x = f[0]; top = f[1]; bottom = f[2]; width = f[3]; y = top;
    }

    public void nextFrame() throws IOException {
        if (frames.isEmpty()) {
            int pg = newPage();
            flowOn(pg, template);
        } else {
            nextFrameRaw();
        }
    }

    public static List<float[]> frames(float[]... fs) {
        List<float[]> l = new ArrayList<>();
        for (float[] f : fs) l.add(f);
        return l;
    }

    public Note fn(String text) {
        Note n = new Note(allNotes.size() + 1, text);
        allNotes.add(n);
        return n;
    }

    // --- text measurement ----------------------------------------------------------------
    static String clean(String s) { return s.replace(SHY, "").replace('\u00a0', ' '); }

    static float sw(PDFont f, float size, String s) throws IOException {
        return f.getStringWidth(clean(s)) / 1000f * size;
    }

    static float pw(Piece p) throws IOException { return sw(p.font, p.size, p.text); }

    static float ww(Word w) throws IOException {
        float t = 0;
        for (Piece p : w.pieces) t += pw(p);
        if (w.hyphen) {
            Piece l = w.pieces.get(w.pieces.size() - 1);
            t += sw(l.font, l.size, "-");
        }
        return t;
    }

    List<Word> words(Style st, Object... parts) {
        List<Word> out = new ArrayList<>();
        Word cur = new Word();
        for (Object o : parts) {
            if (o instanceof Note) {
                Note n = (Note) o;
                cur.pieces.add(new Piece(Integer.toString(n.number), st.font, st.size * 0.62f,
                                         st.size * 0.38f, st.color, n));
                continue;
            }
            String s = (String) o;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == ' ') {
                    if (b.length() > 0) cur.pieces.add(new Piece(b.toString(), st.font, st.size, 0, st.color, null));
                    b.setLength(0);
                    if (!cur.pieces.isEmpty()) out.add(cur);
                    cur = new Word();
                } else {
                    b.append(ch);
                }
            }
            if (b.length() > 0) cur.pieces.add(new Piece(b.toString(), st.font, st.size, 0, st.color, null));
        }
        if (!cur.pieces.isEmpty()) out.add(cur);
        return out;
    }

    /** Greedy line breaking at spaces and at soft hyphens (a hyphen is printed there). */
    List<Line> lines(Style st, float w, Object... parts) throws IOException {
        List<Line> out = new ArrayList<>();
        Line cur = new Line();
        float curW = 0, space = sw(st.font, st.size, " ");
        Deque<Word> todo = new ArrayDeque<>(words(st, parts));
        while (!todo.isEmpty()) {
            Word wd = todo.poll();
            float need = (cur.words.isEmpty() ? 0 : curW + space) + ww(wd);
            if (need <= w || (cur.words.isEmpty() && wd.pieces.size() > 1)) {
                cur.words.add(wd);
                curW = need;
                continue;
            }
            boolean split = false;
            if (wd.pieces.size() == 1 && wd.pieces.get(0).text.contains(SHY)) {
                String t = wd.pieces.get(0).text;
                for (int k = t.lastIndexOf(SHY); k > 0; k = t.lastIndexOf(SHY, k - 1)) {
                    Word head = new Word();
                    head.pieces.add(wd.pieces.get(0).with(t.substring(0, k)));
                    head.hyphen = true;
                    float hn = (cur.words.isEmpty() ? 0 : curW + space) + ww(head);
                    if (hn <= w) {
                        Word tail = new Word();
                        tail.pieces.add(wd.pieces.get(0).with(t.substring(k + 1)));
                        cur.words.add(head);
                        out.add(cur);
                        cur = new Line();
                        curW = 0;
                        todo.push(tail);
                        split = true;
                        break;
                    }
                }
            }
            if (!split) {
                out.add(cur);
                cur = new Line();
                cur.words.add(wd);
                curW = ww(wd);
            }
        }
        if (!cur.words.isEmpty()) out.add(cur);
        if (!out.isEmpty()) out.get(out.size() - 1).last = true;
        return out;
    }

    // --- drawing a line --------------------------------------------------------------------
    void setFont(PDPageContentStream s, Piece p, PDFont[] curF, float[] curS) throws IOException {
        if (curF[0] != p.font || curS[0] != p.size) {
            s.setFont(p.font, p.size);
            curF[0] = p.font; curS[0] = p.size;
        }
    }

    void registerNotes(Word wd) {
        for (Piece p : wd.pieces) {
            if (p.note != null) notesByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(p.note);
        }
    }

    List<Piece> drawnPieces(Word wd) {
        List<Piece> ps = new ArrayList<>();
        for (Piece p : wd.pieces) ps.add(p.with(clean(p.text)));
        if (wd.hyphen) {
            Piece l = ps.get(ps.size() - 1);
            ps.set(ps.size() - 1, l.with(l.text + "-"));
        }
        return ps;
    }

    void drawLine(PDPageContentStream s, Line ln, Style st, float lx, float base, float w) throws IOException {
        float space = sw(st.font, st.size, " ");
        float nat = 0;
        for (int i = 0; i < ln.words.size(); i++) nat += ww(ln.words.get(i)) + (i > 0 ? space : 0);
        int gaps = ln.words.size() - 1;
        float extra = (st.align == Align.JUSTIFY && !ln.last && gaps > 0) ? (w - nat) / gaps : 0;
        PDFont[] curF = {null}; float[] curS = {0};
        Color col = null;
        s.beginText();
        s.newLineAtOffset(lx, base);
        if (st.mode == Mode.WORDS) {
            float prev = 0;
            for (int i = 0; i < ln.words.size(); i++) {
                Word wd = ln.words.get(i);
                if (i > 0) {
                    s.newLineAtOffset(prev + space + extra, 0);
                }
                for (Piece p : drawnPieces(wd)) {
                    setFont(s, p, curF, curS);
                    if (col != p.color) { s.setNonStrokingColor(p.color); col = p.color; }
                    if (p.rise != 0) s.setTextRise(p.rise);
                    s.showText(p.text);
                    if (p.rise != 0) s.setTextRise(0);
                }
                prev = ww(wd);
                registerNotes(wd);
            }
        } else {
            // TJ: one array per run of same font and rise; spaces kept as glyphs, the extra width
            // as a displacement.  TW: word spacing set once per line, runs shown with Tj.
            if (st.mode == Mode.TW) s.setWordSpacing(extra);
            List<Object> arr = new ArrayList<>();
            Piece cur = null;
            for (int i = 0; i < ln.words.size(); i++) {
                Word wd = ln.words.get(i);
                List<Piece> ps = drawnPieces(wd);
                for (int j = 0; j < ps.size(); j++) {
                    Piece p = ps.get(j);
                    String text = (i > 0 && j == 0) ? " " + p.text : p.text;
                    if (cur != null && (cur.font != p.font || cur.size != p.size || cur.rise != p.rise)) {
                        flush(s, arr, cur, st.mode);
                        if (cur.rise != 0) s.setTextRise(0);
                    }
                    if (arr.isEmpty()) {
                        setFont(s, p, curF, curS);
                        if (col != p.color) { s.setNonStrokingColor(p.color); col = p.color; }
                        if (p.rise != 0) s.setTextRise(p.rise);
                    }
                    if (st.mode == Mode.TJ && i > 0 && j == 0 && extra != 0) {
                        arr.add(" ");
                        arr.add(-extra * 1000f / p.size);
                        arr.add(p.text);
                    } else {
                        arr.add(text);
                    }
                    cur = p;
                }
                registerNotes(wd);
            }
            if (cur != null) {
                flush(s, arr, cur, st.mode);
                if (cur.rise != 0) s.setTextRise(0);
            }
            if (st.mode == Mode.TW) s.setWordSpacing(0);
        }
        s.endText();
    }

    void flush(PDPageContentStream s, List<Object> arr, Piece p, Mode mode) throws IOException {
        if (arr.isEmpty()) return;
        if (mode == Mode.TW) {
            StringBuilder b = new StringBuilder();
            for (Object o : arr) if (o instanceof String) b.append((String) o);
            s.showText(b.toString());
        } else {
            // merge adjacent strings
            List<Object> m = new ArrayList<>();
            for (Object o : arr) {
                if (o instanceof String && !m.isEmpty() && m.get(m.size() - 1) instanceof String) {
                    m.set(m.size() - 1, (String) m.get(m.size() - 1) + (String) o);
                } else {
                    m.add(o);
                }
            }
            s.showTextWithPositioning(m.toArray());
        }
        arr.clear();
    }

    // --- block elements --------------------------------------------------------------------
    float ascent(Style st) { return st.size * 0.78f; }

    void need(float h) throws IOException {
        if (y - h < bottom - 0.01f) nextFrame();
    }

    /** Flow lines at indent ind (from the frame's x) with width w; returns the first baseline. */
    float flowLines(Style st, List<Line> ls, float ind, float w) throws IOException {
        float first = -1;
        for (Line ln : ls) {
            need(st.leading);
            float base = y - ascent(st) - (st.leading - st.size) / 2;
            drawLine(cs(page), ln, st, x + ind, base, w);
            if (first < 0) first = base;
            y -= st.leading;
        }
        return first;
    }

    public void space(float h) { y -= h; }

    public void para(Style st, Object... parts) throws IOException {
        if (y < top) y -= st.before;
        flowLines(st, lines(st, width, parts), 0, width);
        y -= st.after;
    }

    public void numbered(Style st, int n, float ind, Object... parts) throws IOException {
        if (y < top) y -= st.before;
        need(st.leading * 2);
        List<Line> ls = lines(st, width - ind, parts);
        float base = y - ascent(st) - (st.leading - st.size) / 2;
        PDPageContentStream s = cs(page);
        s.beginText(); s.setFont(st.font, st.size); s.setNonStrokingColor(st.color);
        s.newLineAtOffset(x, base); s.showText(n + "."); s.endText();
        flowLines(st, ls, ind, width - ind);
        y -= st.after;
    }

    /** A bullet item at the given level; sym drawn in symFont, or (symFont null) a drawn shape:
     *  sym "square" or "disc". */
    public void bullet(Style st, int level, PDFont symFont, String sym, Object... parts) throws IOException {
        float ind = 16 + (level - 1) * 16;
        need(st.leading);
        List<Line> ls = lines(st, width - ind, parts);
        float base = y - ascent(st) - (st.leading - st.size) / 2;
        PDPageContentStream s = cs(page);
        float bx = x + ind - 12;
        if (symFont != null) {
            s.beginText(); s.setFont(symFont, st.size * 0.8f); s.setNonStrokingColor(st.color);
            s.newLineAtOffset(bx, base + st.size * 0.05f); s.showText(sym); s.endText();
        } else if (sym.equals("square")) {
            s.setNonStrokingColor(st.color);
            s.addRect(bx, base + st.size * 0.22f, st.size * 0.34f, st.size * 0.34f); s.fill();
        } else {
            s.setNonStrokingColor(st.color);
            circle(s, bx + st.size * 0.18f, base + st.size * 0.36f, st.size * 0.18f); s.fill();
        }
        flowLines(st, ls, ind, width - ind);
        y -= 2;
    }

    public static void circle(PDPageContentStream s, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        s.moveTo(cx + r, cy);
        s.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        s.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        s.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        s.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        s.closePath();
    }

    public void heading(String t, PDFont f, float size, Color c, float before, float after,
                        float keep, boolean inToc) throws IOException {
        if (y < top) y -= before;
        Style hs = new Style(f, size, size * 1.25f);
        hs.color = c; hs.align = Align.LEFT;
        List<Line> ls = lines(hs, width, t);
        if (y - ls.size() * hs.leading - keep < bottom) nextFrame();
        if (inToc) toc.add(new Object[]{t, page + 1});
        flowLines(hs, ls, 0, width);
        y -= after;
    }

    /** A letter-spaced heading: every glyph drawn by its own Tj at an explicit position
     *  (glyphs = true), or one Tj with character spacing Tc (glyphs = false). */
    public void spacedHeading(String t, PDFont f, float size, Color c, float track,
                              boolean glyphs, float before, float after) throws IOException {
        if (y < top) y -= before;
        need(size * 1.3f + 30);
        float base = y - size;
        spacedText(cs(page), t, f, size, c, track, glyphs, x, base);
        y -= size * 1.3f + after;
    }

    public static void spacedText(PDPageContentStream s, String t, PDFont f, float size, Color c,
                                  float track, boolean glyphs, float lx, float base) throws IOException {
        s.setNonStrokingColor(c);
        s.beginText();
        s.setFont(f, size);
        if (glyphs) {
            float cx = lx;
            for (int i = 0; i < t.length(); i++) {
                String g = t.substring(i, i + 1);
                s.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, cx, base));
                s.showText(g);
                cx += sw(f, size, g) + track;
            }
        } else {
            s.setCharacterSpacing(track);
            s.newLineAtOffset(lx, base);
            s.showText(t);
            s.setCharacterSpacing(0);
        }
        s.endText();
        s.setNonStrokingColor(Color.BLACK);
    }

    /** A titled box: shaded background and a thick left rule; drawn in order (prepend = false)
     *  or, after its text, into a new content stream put in front of the page's others. */
    public void box(String title, PDFont tf, Color rule, Color fill, Style st, boolean prepend,
                    Object... parts) throws IOException {
        float pad = 9;
        float w = width - 2 * pad - 4;
        List<Line> ls = lines(st, w, parts);
        float th = st.size * 1.5f;
        float h = pad + th + ls.size() * st.leading + pad;
        y -= 6;
        need(h);
        float yt = y;
        PDPageContentStream s = prepend
            ? new PDPageContentStream(doc, pages.get(page), AppendMode.PREPEND, true)
            : cs(page);
        s.setNonStrokingColor(fill); s.addRect(x, yt - h, width, h); s.fill();
        s.setNonStrokingColor(rule); s.addRect(x, yt - h, 4, h); s.fill();
        s.beginText(); s.setFont(tf, st.size + 0.5f); s.setNonStrokingColor(rule);
        s.newLineAtOffset(x + pad + 4, yt - pad - st.size); s.showText(title); s.endText();
        float ly = yt - pad - th;
        for (Line ln : ls) {
            float base = ly - ascent(st) - (st.leading - st.size) / 2;
            drawLine(s, ln, st, x + pad + 4, base, w);
            ly -= st.leading;
        }
        if (prepend) s.close();
        y = yt - h - 10;
    }

    /** A table with ruled lines: cells are Object[] parts; header row in hs (drawn on fill hf);
     *  border width bw. */
    public void table(float[] cw, Style hs, Color hf, Style cs0, float bw, Object[][]... rows) throws IOException {
        float pad = 4;
        y -= 4;
        for (int r = 0; r < rows.length; r++) {
            Style st = r == 0 ? hs : cs0;
            List<List<Line>> cells = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < cw.length; c++) {
                List<Line> ls = lines(st.align(Align.LEFT), cw[c] - 2 * pad, rows[r][c]);
                cells.add(ls);
                maxLines = Math.max(maxLines, ls.size());
            }
            float rh = maxLines * st.leading + 2 * pad;
            need(rh);
            PDPageContentStream s = cs(page);
            if (r == 0 && hf != null) {
                s.setNonStrokingColor(hf); s.addRect(x, y - rh, sum(cw), rh); s.fill();
            }
            float cx = x;
            for (int c = 0; c < cw.length; c++) {
                float ly = y - pad;
                for (Line ln : cells.get(c)) {
                    float base = ly - ascent(st) - (st.leading - st.size) / 2;
                    drawLine(s, ln, st.align(Align.LEFT), cx + pad, base, cw[c] - 2 * pad);
                    ly -= st.leading;
                }
                cx += cw[c];
            }
            s.setStrokingColor(Color.BLACK); s.setLineWidth(bw);
            s.addRect(x, y - rh, sum(cw), rh);
            cx = x;
            for (int c = 0; c < cw.length - 1; c++) {
                cx += cw[c];
                s.moveTo(cx, y); s.lineTo(cx, y - rh);
            }
            s.stroke();
            y -= rh;
        }
        y -= 8;
    }

    static float sum(float[] a) { float t = 0; for (float v : a) t += v; return t; }

    // --- after the body ----------------------------------------------------------------------
    public void closeBody() throws IOException {
        for (PDPageContentStream s : streams.values()) s.close();
        streams.clear();
    }

    public PDPageContentStream post(int pg, boolean prepend) throws IOException {
        return new PDPageContentStream(doc, pages.get(pg), prepend ? AppendMode.PREPEND : AppendMode.APPEND, true);
    }

    public static void text(PDPageContentStream s, PDFont f, float size, Color c, float lx, float base, String t) throws IOException {
        s.beginText(); s.setFont(f, size); s.setNonStrokingColor(c);
        s.newLineAtOffset(lx, base); s.showText(t); s.endText();
    }

    public static void textRight(PDPageContentStream s, PDFont f, float size, Color c, float rx, float base, String t) throws IOException {
        text(s, f, size, c, rx - sw(f, size, t), base, t);
    }

    public static void rect(PDPageContentStream s, Color c, float rx, float ry, float rw, float rh) throws IOException {
        s.setNonStrokingColor(c); s.addRect(rx, ry, rw, rh); s.fill();
    }

    /** Footnote texts at the foot of each page that has calls (new content stream, appended). */
    public void drawNotes(PDFont f, float size, float lx, float yTop, float w) throws IOException {
        for (Map.Entry<Integer, List<Note>> e : notesByPage.entrySet()) {
            PDPageContentStream s = post(e.getKey(), false);
            s.setStrokingColor(Color.GRAY); s.setLineWidth(0.5f);
            s.moveTo(lx, yTop + size + 3); s.lineTo(lx + 40 * MM, yTop + size + 3); s.stroke();
            float ly = yTop;
            Style ns = new Style(f, size, size * 1.25f);
            ns.align = Align.LEFT;
            for (Note n : e.getValue()) {
                text(s, f, size * 0.8f, Color.BLACK, lx, ly + size * 0.3f, Integer.toString(n.number));
                for (Line ln : lines(ns, w - 10, n.text)) {
                    drawLine(s, ln, ns, lx + 10, ly, w - 10);
                    ly -= ns.leading;
                }
                ly -= 2;
            }
            s.close();
        }
    }

    /** Dot-leader contents entries on page pg (drawn after the body). */
    public void contents(int pg, PDFont f, float size, float lx, float rx, float yTop) throws IOException {
        PDPageContentStream s = post(pg, false);
        float ly = yTop;
        float dot = sw(f, size, ".");
        for (Object[] e : toc) {
            String t = (String) e[0];
            String num = e[1].toString();
            float tw = sw(f, size, t);
            float nw = sw(f, size, num);
            text(s, f, size, Color.BLACK, lx, ly, t);
            int n = (int) Math.floor((rx - nw - 6 - (lx + tw + 6)) / dot);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) b.append('.');
            text(s, f, size, Color.BLACK, rx - nw - 6 - n * dot, ly, b.toString());
            text(s, f, size, Color.BLACK, rx - nw, ly, num);
            ly -= size * 2;
        }
        s.close();
    }

    public void backCover(int pg, PDFont f, Color bar) throws IOException {
        PDPageContentStream s = post(pg, false);
        String[] ls = {
            "\u00a9 Crown copyright 2025 (synthetic test document).",
            "You may reuse this publication free of charge under version 3.0 of the Open Government",
            "Licence, unless a page says otherwise. The National Archives publishes the licence text.",
            "Material owned by third parties may be reused only with the permission of its owners.",
            "Copies of this document can be downloaded from the inspectorate website.",
            "Questions about this document can be sent to enquiries@inspectorate.example"};
        float ly = 300;
        for (String t : ls) { text(s, f, 9, Color.BLACK, 25 * MM, ly, t); ly -= 14; }
        rect(s, bar, 25 * MM, ly - 8, W - 50 * MM, 3);
        s.close();
    }

    public void save(String path) throws IOException {
        closeBody();
        doc.save(path);
        doc.close();
    }

    public static PDFont helv() { return PDType1Font.HELVETICA; }
}
