// probe12 producer i: renders one document script (written by gen_itext.py) with iText 5.5.13
// (Debian libitext5-java).  The script is UTF-8, one command per line, fields separated by TAB.
// Text fields may hold footnotes as ^[note text] (the call is printed at that point).
// Two passes: the first only records the page of every heading for the contents page.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import com.itextpdf.text.pdf.draw.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;

public class ItextProbe extends PdfPageEventHelper {
    static final String NOTICE = "Synthetic test document: this is not a real inspection report, and the force it describes is fictional.";
    static final Pattern FN = Pattern.compile("\\^\\[([^\\]]*)\\]");
    java.util.List<String[]> cmds = new ArrayList<>();
    Map<Integer, Integer> tocPages = new HashMap<>();
    java.util.List<String[]> toc = new ArrayList<>();
    BaseFont body, bold, italic, head, sym, zapf;
    float size = 10.5f;
    BaseColor accent = new BaseColor(0x1f, 0x3a, 0x5f);
    Document doc; PdfWriter writer; PdfTemplate total;
    String hdrLeft = null, hdrRight = null, ftrLeft = null; boolean furniture = false;
    boolean pageNumOnly = false; int furnFrom = 1;
    java.util.List<String> pageNotes = new ArrayList<>(); int noteNo = 0;
    int tocCount = 0;
    float marginBottom = 72;

    public static void main(String[] a) throws Exception {
        ItextProbe p = new ItextProbe();
        for (String line : Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8))
            if (!line.isEmpty() && !line.startsWith("#")) p.cmds.add(line.split("\t", -1));
        p.render(new ByteArrayOutputStream());            // pass 1: heading pages
        p.render(new FileOutputStream(a[1]));
    }

    void fonts(String set) throws Exception {
        sym = BaseFont.createFont(BaseFont.SYMBOL, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        zapf = BaseFont.createFont(BaseFont.ZAPFDINGBATS, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        if (set.equals("helvetica")) {
            body = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            italic = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            head = bold;
        } else if (set.equals("liberation")) {
            String d = "/usr/share/fonts/truetype/liberation2/";
            body = BaseFont.createFont(d + "LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            bold = BaseFont.createFont(d + "LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            italic = BaseFont.createFont(d + "LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            head = BaseFont.createFont(d + "LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } else {
            String d = "/usr/share/fonts/truetype/dejavu/";
            body = BaseFont.createFont(d + "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            bold = BaseFont.createFont(d + "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            italic = BaseFont.createFont(d + "DejaVuSans-Oblique.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            head = bold;
        }
    }

    Font f(BaseFont b, float s) { return new Font(b, s); }
    Font f(BaseFont b, float s, BaseColor c) { Font x = new Font(b, s); x.setColor(c); return x; }

    /** A paragraph from marked-up text: footnote calls become superscript chunks with a generic tag. */
    Paragraph para(String s, Font font) {
        Paragraph p = new Paragraph();
        p.setFont(font);
        Matcher m = FN.matcher(s); int pos = 0;
        while (m.find()) {
            if (m.start() > pos) p.add(new Chunk(s.substring(pos, m.start()), font));
            noteNo++;
            Chunk c = new Chunk(String.valueOf(noteNo), f(font.getBaseFont(), font.getSize() * 0.62f));
            c.setTextRise(font.getSize() * 0.36f);
            c.setGenericTag("fn:" + noteNo + ":" + m.group(1));
            p.add(c);
            pos = m.end();
        }
        if (pos < s.length()) p.add(new Chunk(s.substring(pos), font));
        return p;
    }

    Paragraph bodyPara(String s) {
        Paragraph p = para(s, f(body, size));
        p.setLeading(size * 1.4f); p.setSpacingAfter(size * 0.6f);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    @Override public void onGenericTag(PdfWriter w, Document d, Rectangle r, String tag) {
        if (tag.startsWith("fn:")) {
            String[] x = tag.split(":", 3);
            pageNotes.add(x[1] + "\t" + x[2]);
        } else if (tag.startsWith("toc:")) {
            tocPages.put(Integer.parseInt(tag.substring(4)), w.getPageNumber());
        }
    }

    @Override public void onOpenDocument(PdfWriter w, Document d) {
        total = w.getDirectContent().createTemplate(40, 16);
    }

    @Override public void onEndPage(PdfWriter w, Document d) {
        PdfContentByte cb = w.getDirectContent();
        Rectangle ps = d.getPageSize();
        float l = d.leftMargin(), r = ps.getWidth() - d.rightMargin();
        if (!pageNotes.isEmpty()) {
            ColumnText ct = new ColumnText(cb);
            float top = d.bottomMargin() - 6;
            cb.setLineWidth(0.5f); cb.moveTo(l, top); cb.lineTo(l + 110, top); cb.stroke();
            ct.setSimpleColumn(l, 40, r, top - 2);
            for (String n : pageNotes) {
                String[] x = n.split("\t", 2);
                Paragraph p = new Paragraph();
                Chunk c = new Chunk(x[0], f(body, 5.5f)); c.setTextRise(3f);
                p.add(c); p.add(new Chunk(" " + x[1], f(body, 8f)));
                p.setLeading(10f);
                ct.addElement(p);
            }
            try { ct.go(); } catch (DocumentException e) { throw new RuntimeException(e); }
            pageNotes.clear();
        }
        if (!furniture || w.getPageNumber() < furnFrom) return;
        Font hf = f(body, 8.5f, BaseColor.DARK_GRAY);
        float ytop = ps.getHeight() - 40;
        if (hdrLeft != null) ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(hdrLeft, hf), l, ytop, 0);
        if (hdrRight != null) ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(hdrRight, hf), r, ytop, 0);
        cb.setColorStroke(accent); cb.setLineWidth(0.75f);
        cb.moveTo(l, ytop - 5); cb.lineTo(r, ytop - 5); cb.stroke();
        cb.setColorStroke(BaseColor.BLACK);
        if (pageNumOnly) {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(String.valueOf(w.getPageNumber()), hf), (l + r) / 2, 28, 0);
            return;
        }
        if (ftrLeft != null) ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(ftrLeft, hf), l, 28, 0);
        String pg = "Page " + w.getPageNumber() + " of ";
        float wpg = body.getWidthPoint(pg, 8.5f);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pg, hf), r - wpg - 12, 28, 0);
        cb.addTemplate(total, r - 12, 28);
    }

    @Override public void onCloseDocument(PdfWriter w, Document d) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
            new Phrase(String.valueOf(w.getPageNumber()), f(body, 8.5f, BaseColor.DARK_GRAY)), 0, 0, 0);
    }

    // ---- lists ----
    com.itextpdf.text.List bulletList(int level) {
        com.itextpdf.text.List l = new com.itextpdf.text.List(false, 14);
        Chunk sy = level == 1 ? new Chunk("\u00b7", f(sym, size)) : new Chunk("\u2013", f(body, size));
        l.setListSymbol(sy);
        l.setIndentationLeft(level == 1 ? 10 : 6);
        return l;
    }

    int renderList(int i) throws Exception {
        // consecutive UL lines: UL <level> <text>
        Deque<com.itextpdf.text.List> stack = new ArrayDeque<>();
        com.itextpdf.text.List root = bulletList(1); stack.push(root);
        while (i < cmds.size() && cmds.get(i)[0].equals("UL")) {
            int lv = Integer.parseInt(cmds.get(i)[1]);
            while (stack.size() < lv) { com.itextpdf.text.List n = bulletList(stack.size() + 1); stack.peek().add(n); stack.push(n); }
            while (stack.size() > lv) stack.pop();
            Paragraph p = para(cmds.get(i)[2], f(body, size));
            ListItem li = new ListItem(size * 1.4f);
            li.addAll(p); li.setSpacingAfter(2); li.setAlignment(Element.ALIGN_LEFT);
            stack.peek().add(li);
            i++;
        }
        Paragraph wrap = new Paragraph(); wrap.add(root); wrap.setSpacingAfter(size * 0.6f);
        doc.add(wrap);
        return i;
    }

    PdfPCell cell(String text, Font font, BaseColor bg) {
        PdfPCell c = new PdfPCell();
        Paragraph p = para(text, font); p.setLeading(font.getSize() * 1.3f);
        c.addElement(p);
        c.setPadding(5); c.setPaddingBottom(7); c.setBorderWidth(0.5f); c.setBorderColor(BaseColor.GRAY);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }

    void cover(String[] c) throws Exception {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle ps = doc.getPageSize();
        cb.setColorFill(accent); cb.rectangle(0, ps.getHeight() - 260, ps.getWidth(), 260); cb.fill();
        cb.setColorFill(new BaseColor(0xc8, 0x9b, 0x2c)); cb.rectangle(0, ps.getHeight() - 268, ps.getWidth(), 8); cb.fill();
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(60, ps.getHeight() - 250, ps.getWidth() - 60, ps.getHeight() - 60);
        Paragraph k = new Paragraph(c[1], f(head, 13, BaseColor.WHITE)); k.setSpacingAfter(18); ct.addElement(k);
        Paragraph t = new Paragraph(c[2], f(head, 26, BaseColor.WHITE)); t.setLeading(31); ct.addElement(t);
        ct.go();
        ct = new ColumnText(cb);
        ct.setSimpleColumn(60, 80, ps.getWidth() - 60, ps.getHeight() - 300);
        Paragraph s = new Paragraph(c[3], f(body, 14)); s.setSpacingAfter(24); ct.addElement(s);
        Paragraph n = new Paragraph(NOTICE, f(bold, 11)); n.setLeading(15); n.setSpacingAfter(24); ct.addElement(n);
        ct.addElement(new Paragraph(c[4], f(body, 12)));
        ct.go();
        doc.add(new Chunk(" "));   // so the page is not empty for iText
    }

    void backCover(String[] c) throws Exception {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle ps = doc.getPageSize();
        cb.setColorFill(accent); cb.rectangle(0, 0, ps.getWidth(), 90); cb.fill();
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(60, 110, ps.getWidth() - 60, 360);
        for (int k = 1; k < c.length; k++) {
            Paragraph p = new Paragraph(c[k], f(body, 8.5f)); p.setLeading(11.5f); p.setSpacingAfter(7);
            ct.addElement(p);
        }
        ct.go();
        doc.add(new Chunk(" "));
    }

    void contents() throws Exception {
        Paragraph t = new Paragraph("Contents", f(head, 18, accent)); t.setSpacingAfter(16); doc.add(t);
        for (int k = 0; k < toc.size(); k++) {
            String[] e = toc.get(k);
            Paragraph p = new Paragraph();
            boolean sub = e[0].equals("2");
            p.setIndentationLeft(sub ? 18 : 0);
            Font ef = f(sub ? body : bold, 10.5f);
            p.add(new Chunk(e[1], ef));
            DottedLineSeparator dots = new DottedLineSeparator(); dots.setGap(3.5f); dots.setLineWidth(0.8f);
            p.add(new Chunk(dots));
            Integer pg = tocPages.get(k);
            p.add(new Chunk(pg == null ? "0" : String.valueOf(pg), ef));
            p.setSpacingAfter(sub ? 3 : 7);
            doc.add(p);
        }
    }

    void render(OutputStream out) throws Exception {
        noteNo = 0; tocCount = 0; furniture = false; pageNumOnly = false; pageNotes.clear();
        hdrLeft = hdrRight = ftrLeft = null;
        boolean first = toc.isEmpty();
        doc = new Document(PageSize.A4, 72, 72, 72, 72);
        writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(this);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setCompressionLevel(9);
        int i = 0;
        while (i < cmds.size()) {
            String[] c = cmds.get(i);
            switch (c[0]) {
                case "DOC":
                    fonts(c[1]); size = Float.parseFloat(c[2]);
                    marginBottom = Float.parseFloat(c[3]);
                    doc.setMargins(72, 72, 72, marginBottom);
                    doc.addTitle(c[4]); doc.addAuthor("HMICFRS probe12 (synthetic)");
                    doc.addCreator("probe12 gen_itext.py");
                    doc.open(); break;
                case "TOCENTRY": if (first) toc.add(new String[]{c[1], c[2]}); break;
                case "COVER": cover(c); break;
                case "BACK": backCover(c); break;
                case "NEWPAGE": doc.newPage(); break;
                case "FURN": furniture = c[1].equals("on"); pageNumOnly = c.length > 2 && c[2].equals("num"); furnFrom = c.length > 3 ? Integer.parseInt(c[3]) : 1; break;
                case "HEADER": hdrLeft = c[1].isEmpty() ? null : c[1]; hdrRight = c[2].isEmpty() ? null : c[2]; ftrLeft = c[3]; break;
                case "CONTENTS": contents(); break;
                case "NOTICE": {
                    Paragraph p = new Paragraph(NOTICE, f(bold, size)); p.setSpacingAfter(size); doc.add(p); break; }
                case "TITLE": {
                    Paragraph p = new Paragraph(c[1], f(head, 20, accent)); p.setLeading(25); p.setSpacingAfter(10); doc.add(p); break; }
                case "H1": case "H2": {
                    boolean h1 = c[0].equals("H1");
                    Paragraph p = new Paragraph();
                    Chunk ch = new Chunk(c[1], f(head, h1 ? 15 : 12, accent));
                    if (c.length > 2 && c[2].equals("toc")) ch.setGenericTag("toc:" + (tocCount++));
                    p.add(ch);
                    p.setSpacingBefore(h1 ? 10 : 6); p.setSpacingAfter(6); p.setKeepTogether(true);
                    doc.add(p); break; }
                case "P": doc.add(bodyPara(c[1])); break;
                case "PL": { Paragraph p = bodyPara(c[1]); p.setAlignment(Element.ALIGN_LEFT); doc.add(p); break; }
                case "RIGHT": { Paragraph p = new Paragraph(c[1], f(body, size)); p.setAlignment(Element.ALIGN_RIGHT); p.setSpacingAfter(size); doc.add(p); break; }
                case "LINE": { Paragraph p = new Paragraph(c[1], f(c.length > 2 && c[2].equals("b") ? bold : body, size)); p.setLeading(size * 1.3f); doc.add(p); break; }
                case "GAP": { Paragraph p = new Paragraph(" "); p.setLeading(Float.parseFloat(c[1])); doc.add(p); break; }
                case "NUM": {
                    com.itextpdf.text.List l = new com.itextpdf.text.List(com.itextpdf.text.List.ORDERED, 26);
                    l.setFirst(Integer.parseInt(c[1]));
                    l.setPostSymbol(".");
                    l.setSymbolIndent(26);
                    ListItem li = new ListItem(size * 1.4f);
                    li.addAll(bodyPara(c[2])); li.setAlignment(Element.ALIGN_JUSTIFIED);
                    l.add(li);
                    Paragraph w = new Paragraph(); w.add(l); w.setSpacingAfter(size * 0.6f);
                    doc.add(w); break; }
                case "UL": i = renderList(i); continue;
                case "TABLE": {
                    // TABLE <widths a,b,c> <header cells joined by |>; then ROW lines; ENDTABLE
                    String[] ws = c[1].split(",");
                    float[] wf = new float[ws.length];
                    for (int k = 0; k < ws.length; k++) wf[k] = Float.parseFloat(ws[k]);
                    PdfPTable t = new PdfPTable(wf); t.setWidthPercentage(100);
                    t.setHeaderRows(1); t.setSpacingBefore(4); t.setSpacingAfter(12);
                    t.setSplitLate(false);
                    for (String h : c[2].split("\\|")) t.addCell(cell(h, f(bold, size - 1, BaseColor.WHITE), accent));
                    i++;
                    while (!cmds.get(i)[0].equals("ENDTABLE")) {
                        String[] r = cmds.get(i);
                        for (int k = 1; k < r.length; k++) {
                            String txt = r[k]; boolean b = txt.startsWith("**");
                            if (b) txt = txt.substring(2);
                            t.addCell(cell(txt, f(b ? bold : body, size - 1), null));
                        }
                        i++;
                    }
                    doc.add(t); break; }
                case "BOX": {
                    // BOX <title>; P lines until ENDBOX, in one shaded, ruled cell
                    PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(6); t.setSpacingAfter(12);
                    PdfPCell cl = new PdfPCell(); cl.setBackgroundColor(new BaseColor(0xe8, 0xee, 0xf4));
                    cl.setBorder(Rectangle.LEFT); cl.setBorderWidthLeft(4); cl.setBorderColorLeft(accent);
                    cl.setPadding(10);
                    Paragraph bt = new Paragraph(c[1], f(head, 11, accent)); bt.setSpacingAfter(4); cl.addElement(bt);
                    i++;
                    while (!cmds.get(i)[0].equals("ENDBOX")) {
                        Paragraph p = para(cmds.get(i)[1], f(body, size - 0.5f)); p.setLeading((size - 0.5f) * 1.35f); p.setSpacingAfter(4);
                        cl.addElement(p); i++;
                    }
                    t.addCell(cl); t.setKeepTogether(true); doc.add(t); break; }
                case "LETTERHEAD": letterhead(c); break;
                case "SIGNATURE": signature(); break;
                case "TWOCOL": i = twoColumns(i + 1); continue;
                default: throw new RuntimeException("unknown command " + c[0]);
            }
            i++;
        }
        doc.close();
    }

    void letterhead(String[] c) throws Exception {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle ps = doc.getPageSize();
        // a drawn crest: a circle with a crown-like zigzag, then the office name, then address lines
        cb.setColorStroke(accent); cb.setLineWidth(1.5f);
        cb.circle(90, ps.getHeight() - 62, 20); cb.stroke();
        cb.moveTo(78, ps.getHeight() - 66); cb.lineTo(82, ps.getHeight() - 54); cb.lineTo(86, ps.getHeight() - 62);
        cb.lineTo(90, ps.getHeight() - 50); cb.lineTo(94, ps.getHeight() - 62); cb.lineTo(98, ps.getHeight() - 54);
        cb.lineTo(102, ps.getHeight() - 66); cb.closePath(); cb.stroke();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(c[1], f(head, 13, accent)), 120, ps.getHeight() - 58, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(c[2], f(body, 9, BaseColor.DARK_GRAY)), 120, ps.getHeight() - 72, 0);
        float y = ps.getHeight() - 50;
        for (int k = 3; k < c.length; k++) {
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(c[k], f(body, 8.5f, BaseColor.DARK_GRAY)), ps.getWidth() - 72, y, 0);
            y -= 11;
        }
        cb.setLineWidth(0.75f); cb.moveTo(72, ps.getHeight() - 100); cb.lineTo(ps.getWidth() - 72, ps.getHeight() - 100); cb.stroke();
        Paragraph g = new Paragraph(" "); g.setLeading(40); doc.add(g);
    }

    void signature() throws Exception {
        // a drawn signature (Bezier path) in the flow
        PdfTemplate t = writer.getDirectContent().createTemplate(120, 34);
        t.setLineWidth(1.1f); t.setColorStroke(new BaseColor(0x10, 0x20, 0x60));
        t.moveTo(4, 10); t.curveTo(20, 40, 28, -6, 40, 18); t.curveTo(48, 30, 56, 4, 66, 14);
        t.curveTo(76, 26, 86, 2, 112, 16); t.stroke();
        Image im = Image.getInstance(t); im.setSpacingBefore(4);
        doc.add(im);
    }

    /** Two-column flow with ColumnText from the current position: lines until ENDCOL.  Supports P, H2, UL, BOX, FIG. */
    int twoColumns(int i) throws Exception {
        java.util.List<Element> els = new ArrayList<>();
        while (!cmds.get(i)[0].equals("ENDCOL")) {
            String[] c = cmds.get(i);
            switch (c[0]) {
                case "P": case "PL": { Paragraph p = bodyPara(c[1]); p.setAlignment(Element.ALIGN_LEFT); els.add(p); i++; break; }
                case "H2": { Paragraph p = new Paragraph(c[1], f(head, 11.5f, accent)); p.setSpacingBefore(4); p.setSpacingAfter(4); els.add(p); i++; break; }
                case "NEWCOLUMN": els.add(null); i++; break;
                case "UL": {
                    com.itextpdf.text.List l = new com.itextpdf.text.List(false, 12);
                    l.setListSymbol(new Chunk("\u00b7", f(sym, size)));
                    while (cmds.get(i)[0].equals("UL")) {
                        ListItem li = new ListItem(size * 1.4f); li.addAll(para(cmds.get(i)[2], f(body, size)));
                        li.setSpacingAfter(2); l.add(li); i++;
                    }
                    Paragraph w = new Paragraph(); w.add(l); w.setSpacingAfter(size * 0.6f); els.add(w); break; }
                case "BOX": {
                    PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(4); t.setSpacingAfter(10);
                    PdfPCell cl = new PdfPCell(); cl.setBackgroundColor(new BaseColor(0xfb, 0xf1, 0xdc));
                    cl.setBorderColor(new BaseColor(0xc8, 0x9b, 0x2c)); cl.setBorderWidth(1); cl.setPadding(8);
                    Paragraph bt = new Paragraph(c[1], f(head, 10.5f, accent)); bt.setSpacingAfter(3); cl.addElement(bt);
                    i++;
                    while (!cmds.get(i)[0].equals("ENDBOX")) {
                        Paragraph p = para(cmds.get(i)[1], f(body, size - 0.5f)); p.setLeading((size - 0.5f) * 1.35f); p.setSpacingAfter(3);
                        cl.addElement(p); i++;
                    }
                    i++; t.addCell(cl); els.add(t); break; }
                case "FIG": {
                    // FIG <caption> <label=value;label=value...> : a bar chart drawn as vectors with text labels
                    String[] bars = c[2].split(";");
                    float w = 220, h = 20 + bars.length * 22;
                    PdfTemplate tp = writer.getDirectContent().createTemplate(w, h);
                    float max = 0;
                    for (String b : bars) max = Math.max(max, Float.parseFloat(b.split("=")[1]));
                    for (int k = 0; k < bars.length; k++) {
                        String[] lv = bars[k].split("=");
                        float v = Float.parseFloat(lv[1]), y = h - 22 - k * 22;
                        tp.setColorFill(k % 2 == 0 ? accent : new BaseColor(0xc8, 0x9b, 0x2c));
                        tp.rectangle(96, y, (w - 126) * v / max, 14); tp.fill();
                        tp.setColorFill(BaseColor.BLACK);
                        ColumnText.showTextAligned(tp, Element.ALIGN_RIGHT, new Phrase(lv[0], f(body, 7.5f)), 90, y + 4, 0);
                        ColumnText.showTextAligned(tp, Element.ALIGN_LEFT, new Phrase(lv[1] + "%", f(body, 7.5f)), 100 + (w - 126) * v / max, y + 4, 0);
                    }
                    Image im = Image.getInstance(tp); im.scaleToFit(230, 400); im.setSpacingBefore(4);
                    els.add(im);
                    Paragraph cap = new Paragraph(c[1], f(italic, 8.5f)); cap.setSpacingAfter(10); els.add(cap);
                    i++; break; }
                default: throw new RuntimeException("not in columns: " + c[0]);
            }
        }
        float gutter = 18;
        Rectangle ps = doc.getPageSize();
        float l = doc.leftMargin(), r = ps.getWidth() - doc.rightMargin();
        float cw = (r - l - gutter) / 2;
        float top = writer.getVerticalPosition(true) - 6;
        float bottom = doc.bottomMargin();
        ColumnText ct = new ColumnText(writer.getDirectContent());
        int col = 0;
        ct.setSimpleColumn(l, bottom, l + cw, top);
        for (Element e : els) {
            if (e == null) { // forced column break
                col++; if (col == 2) { doc.newPage(); col = 0; top = ps.getHeight() - doc.topMargin(); }
                ct.setSimpleColumn(l + col * (cw + gutter), bottom, l + col * (cw + gutter) + cw, top);
                continue;
            }
            ct.addElement(e);
            while (ColumnText.hasMoreText(ct.go())) {
                col++;
                if (col == 2) { doc.newPage(); col = 0; top = ps.getHeight() - doc.topMargin(); }
                ct.setSimpleColumn(l + col * (cw + gutter), bottom, l + col * (cw + gutter) + cw, top);
            }
        }
        doc.newPage();
        return i + 1;
    }
}
