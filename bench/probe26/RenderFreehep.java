// probe26 'j' files: the FreeHEP VectorGraphics PDF driver (Debian libfreehep-graphicsio-pdf-java
// 2.4, its own PDF writer) draws every line with Graphics2D.drawString; the lines are broken by
// the JDK's java.awt.font.LineBreakMeasurer (OpenJDK 17), measured with the fonts' metrics.  This
// program stacks the blocks down the page, keeps footnotes at the page foot, and draws running
// header, footer, page numbers, rules, the grade table, the box and the two columns.
// Input: a tab-separated block file written by gen_freehep.py.  Usage: java RenderFreehep IN OUT
import org.freehep.graphicsio.pdf.PDFGraphics2D;
import org.freehep.graphicsbase.util.UserProperties;
import java.awt.*;
import java.awt.font.*;
import java.text.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.List;

public class RenderFreehep {
  static final int PW = 595, PH = 842, ML = 70, MR = 70, MT = 80, MB = 70, W = PW - ML - MR;
  static PDFGraphics2D g;
  static int pageNo = 0;
  static float y;
  static String header = "", footer = "";
  static boolean noNumberOnThisPage = false;
  static List<String[]> pageNotes = new ArrayList<>();
  static Font body, bodySmall, sup;
  static float lh;
  static Color navy = new Color(0x1f, 0x3a, 0x5f), grey = new Color(90, 90, 90);

  // The PDF driver writes the logical fonts as the standard Times/Helvetica, but the JDK would
  // measure them with its own fonts (DejaVu); lines are therefore measured with URW's
  // metric-compatible Nimbus Roman / Nimbus Sans Type 1 fonts (Debian fonts-urw-base35).
  static Map<String, Font> mcache = new HashMap<>();
  static Font mf(Font f) {
    String fam = f.getFamily().toLowerCase().contains("serif") && !f.getFamily().toLowerCase().contains("sans") ? "NimbusRoman" : "NimbusSans";
    if (f.getName().equals("SansSerif")) fam = "NimbusSans";
    if (f.getName().equals("Serif")) fam = "NimbusRoman";
    String style = f.isBold() ? (f.isItalic() ? "BoldItalic" : "Bold") : (f.isItalic() ? (fam.equals("NimbusSans") ? "Italic" : "Italic") : "Regular");
    String key = fam + "-" + style;
    try {
      Font base = mcache.get(key);
      if (base == null) {
        base = Font.createFont(Font.TYPE1_FONT, new File("/usr/share/fonts/type1/urw-base35/" + key + ".t1"));
        mcache.put(key, base);
      }
      return base.deriveFont(f.getSize2D());
    } catch (Exception e) { throw new RuntimeException(e); }
  }
  static float width(String t, Font f) {
    return (float) mf(f).getStringBounds(t, g.getFontRenderContext()).getWidth();
  }

  // a line of text: runs of [text, isSuperscript]
  static List<List<Object[]>> breakLines(String text, Font f, float width) {
    // text: superscript digits are marked as \u0001d
    StringBuilder plain = new StringBuilder();
    List<int[]> supr = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0001') { supr.add(new int[]{plain.length(), plain.length() + 1}); plain.append(text.charAt(++i)); }
      else plain.append(c);
    }
    String s = plain.toString();
    List<List<Object[]>> lines = new ArrayList<>();
    if (s.isEmpty()) return lines;
    AttributedString as = new AttributedString(s);
    as.addAttribute(TextAttribute.FONT, mf(f));
    Font sf = mf(f.deriveFont(f.getSize2D() * 0.62f));
    for (int[] r : supr) as.addAttribute(TextAttribute.FONT, sf, r[0], r[1]);
    LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), g.getFontRenderContext());
    while (m.getPosition() < s.length()) {
      int start = m.getPosition();
      int end = m.nextOffset(width);
      m.setPosition(end);
      String line = s.substring(start, end);
      // strip trailing spaces (the measurer keeps them on the line)
      int e2 = line.length();
      while (e2 > 0 && line.charAt(e2 - 1) == ' ') e2--;
      List<Object[]> runs = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      for (int i = 0; i < e2; i++) {
        int abs = start + i;
        boolean isSup = false;
        for (int[] r : supr) if (abs >= r[0] && abs < r[1]) isSup = true;
        if (isSup) {
          if (cur.length() > 0) { runs.add(new Object[]{cur.toString(), false}); cur = new StringBuilder(); }
          runs.add(new Object[]{String.valueOf(line.charAt(i)), true});
        } else cur.append(line.charAt(i));
      }
      if (cur.length() > 0) runs.add(new Object[]{cur.toString(), false});
      lines.add(runs);
    }
    return lines;
  }

  static void drawLine(List<Object[]> runs, float x, float baseline, Font f, Color c) {
    g.setColor(c);
    Font sf = f.deriveFont(f.getSize2D() * 0.62f);
    for (Object[] r : runs) {
      String t = (String) r[0];
      boolean s = (Boolean) r[1];
      g.setFont(s ? sf : f);
      g.drawString(t, x, s ? baseline - f.getSize2D() * 0.35f : baseline);
      x += width(t, s ? sf : f);
    }
  }

  static float notesHeight(List<String[]> notes) {
    if (notes.isEmpty()) return 0;
    float h = 14;
    for (String[] n : notes) h += breakLines(n[0] + " " + n[1], bodySmall, W).size() * 10;
    return h;
  }

  static void finishPage() throws IOException {
    if (pageNo == 0) return;
    if (!pageNotes.isEmpty()) {
      float yy = PH - MB - notesHeight(pageNotes) + 10;
      g.setColor(grey);
      g.setStroke(new BasicStroke(0.5f));
      g.drawLine(ML, (int) yy, ML + 120, (int) yy);
      yy += 12;
      for (String[] n : pageNotes) {
        for (List<Object[]> l : breakLines(n[0] + " " + n[1], bodySmall, W)) {
          drawLine(l, ML, yy, bodySmall, Color.BLACK);
          yy += 10;
        }
      }
    }
    g.setFont(new Font("SansSerif", Font.PLAIN, 8));
    g.setColor(grey);
    if (!noNumberOnThisPage) {
      if (!header.isEmpty()) {
        g.drawString(header, ML, 48);
        g.setStroke(new BasicStroke(0.4f));
        g.drawLine(ML, 54, PW - MR, 54);
      }
      if (!footer.isEmpty()) g.drawString(footer, ML, PH - 38);
      String pn = "Page " + pageNo;
      g.drawString(pn, PW - MR - width(pn, g.getFont()), PH - 38);
    }
    g.closePage();
  }

  static void newPage() throws IOException {
    finishPage();
    pageNo++;
    g.openPage(new Dimension(PW, PH), "page" + pageNo);
    y = MT;
    pageNotes = new ArrayList<>();
    noNumberOnThisPage = false;
  }

  static void ensure(float h, List<String[]> notes) throws IOException {
    List<String[]> all = new ArrayList<>(pageNotes);
    all.addAll(notes);
    if (y + h > PH - MB - notesHeight(all)) newPage();
  }

  static List<String[]> parseNotes(String[] a, int from) {
    List<String[]> out = new ArrayList<>();
    for (int i = from; i + 1 < a.length; i += 2) out.add(new String[]{a[i], a[i + 1]});
    return out;
  }

  static float para(String text, List<String[]> notes, float x, float width, Font f, Color c, boolean draw) throws IOException {
    List<List<Object[]>> lines = breakLines(text, f, width);
    float h = lines.size() * lh;
    if (!draw) return h;
    ensure(h, notes);
    float base = y + f.getSize2D();
    for (List<Object[]> l : lines) { drawLine(l, x, base, f, c); base += lh; }
    pageNotes.addAll(notes);
    y += h;
    return h;
  }

  public static void main(String[] args) throws Exception {
    List<String> spec = Files.readAllLines(Paths.get(args[0]));
    String[] meta = spec.get(0).split("\t", -1);
    header = meta[1]; footer = meta[2];
    String fam = meta[3];
    float size = Float.parseFloat(meta[4]);
    body = new Font(fam, Font.PLAIN, (int) size).deriveFont(size);
    bodySmall = new Font(fam, Font.PLAIN, 8).deriveFont(8f);
    lh = size * 1.3f;
    UserProperties p = new UserProperties();
    p.setProperty(PDFGraphics2D.PAGE_SIZE, "A4");
    p.setProperty(PDFGraphics2D.EMBED_FONTS, false);
    p.setProperty(PDFGraphics2D.TEXT_AS_SHAPES, false);
    p.setProperty(PDFGraphics2D.COMPRESS, true);
    g = new PDFGraphics2D(new File(args[1]), new Dimension(PW, PH));
    g.setProperties(p);
    g.setCreator("probe26");
    g.startExport();
    newPage();
    Font bold = body.deriveFont(Font.BOLD);
    for (int li = 1; li < spec.size(); li++) {
      String[] a = spec.get(li).split("\t", -1);
      String k = a[0];
      switch (k) {
        case "kicker": para(a[1], List.of(), ML, W, new Font("SansSerif", Font.PLAIN, 11), grey, true); y += 4; break;
        case "title": { Font tf = new Font("SansSerif", Font.BOLD, 19); lh = 23; para(a[1], List.of(), ML, W, tf, navy, true); lh = size * 1.3f; y += 4; break; }
        case "date": para(a[1], List.of(), ML, W, new Font("SansSerif", Font.PLAIN, 11), grey, true); y += 18; break;
        case "notice": para(a[1], List.of(), ML, W, body.deriveFont(Font.ITALIC), Color.BLACK, true); y += 12; break;
        case "h": {
          Font hf = new Font("SansSerif", Font.BOLD, a[1].equals("1") ? 14 : 11);
          ensure(hf.getSize() + 8 + 2 * lh, List.of());
          y += 6;
          para(a[2], List.of(), ML, W, hf, navy, true);
          y += 6; break;
        }
        case "p": para(a[1], parseNotes(a, 2), ML, W, body, Color.BLACK, true); y += 8; break;
        case "li": {
          float h = para(a[1], parseNotes(a, 2), ML + 18, W - 18, body, Color.BLACK, false);
          ensure(h, parseNotes(a, 2));
          g.setFont(body); g.setColor(navy);
          g.drawString("\u2022", ML + 5, y + body.getSize2D());
          para(a[1], parseNotes(a, 2), ML + 18, W - 18, body, Color.BLACK, true);
          y += 4; break;
        }
        case "endlist": y += 6; break;
        case "table": {
          int rows = Integer.parseInt(a[1]);
          float rowH = 18, c0 = W * 0.68f;
          ensure(rowH * (rows + 1) + 10, List.of());
          Font tf = new Font("SansSerif", Font.PLAIN, 9);
          for (int r = 0; r <= rows; r++) {
            String[] cells = spec.get(++li).split("\t", -1);
            float top = y + r * rowH;
            if (r == 0) { g.setColor(new Color(0xdd, 0xe4, 0xee)); g.fillRect(ML, (int) top, W, (int) rowH); }
            g.setColor(Color.BLACK);
            g.setFont(r == 0 ? tf.deriveFont(Font.BOLD) : tf);
            g.drawString(cells[1], ML + 5, top + 12.5f);
            g.drawString(cells[2], ML + c0 + 5, top + 12.5f);
            g.setColor(grey); g.setStroke(new BasicStroke(0.5f));
            g.drawLine(ML, (int) (top + rowH), ML + W, (int) (top + rowH));
          }
          g.drawLine(ML, (int) y, ML + W, (int) y);
          g.drawLine((int) (ML + c0), (int) y, (int) (ML + c0), (int) (y + rowH * (rows + 1)));
          y += rowH * (rows + 1) + 14; break;
        }
        case "box": {
          // box TITLE then one "bp" line per paragraph, until "endbox"
          List<String[]> ps = new ArrayList<>();
          while (!spec.get(li + 1).startsWith("endbox")) ps.add(spec.get(++li).split("\t", -1));
          li++;
          float inner = W - 150 - 20, h = 26;
          for (String[] q : ps) h += para(q[1], List.of(), 0, inner, body, Color.BLACK, false) + 6;
          ensure(h, List.of());
          float bx = ML + 150, top = y;
          g.setColor(new Color(0xee, 0xf1, 0xf6)); g.fillRect((int) bx, (int) top, W - 150, (int) h);
          g.setColor(navy); g.setStroke(new BasicStroke(2f)); g.drawLine((int) bx, (int) top, (int) bx, (int) (top + h));
          y = top + 6;
          para(a[1], List.of(), bx + 10, inner, new Font("SansSerif", Font.BOLD, 10), navy, true);
          y += 6;
          for (String[] q : ps) { para(q[1], List.of(), bx + 10, inner, body, Color.BLACK, true); y += 6; }
          y = top + h + 12; break;
        }
        case "cols": {
          String[] l = spec.get(++li).split("\t", -1), r = spec.get(++li).split("\t", -1);
          float cw = (W - 20) / 2f;
          float h1 = para(l[1], List.of(), 0, cw, body, Color.BLACK, false);
          float h2 = para(r[1], List.of(), 0, cw, body, Color.BLACK, false);
          ensure(Math.max(h1, h2), List.of());
          float t0 = y;
          para(l[1], parseNotes(l, 2), ML, cw, body, Color.BLACK, true);
          y = t0;
          para(r[1], parseNotes(r, 2), ML + cw + 20, cw, body, Color.BLACK, true);
          y = t0 + Math.max(h1, h2) + 10; break;
        }
        case "right": { // right-aligned furniture line (letterhead)
          Font f = new Font("SansSerif", a[2].equals("b") ? Font.BOLD : Font.PLAIN, 9);
          g.setFont(f); g.setColor(navy);
          g.drawString(a[1], PW - MR - width(a[1], f), y + 9);
          y += 12; break;
        }
        case "plain": para(a[1], List.of(), ML, W, a.length > 2 && a[2].equals("b") ? bold : body, Color.BLACK, true); break;
        case "gap": y += Float.parseFloat(a[1]); break;
        case "pagebreak": newPage(); break;
        case "backcover": {
          noNumberOnThisPage = true;
          y = 560;
          g.setColor(navy); g.fillRect(ML, (int) y - 20, W, 3);
          for (int i = 1; i < a.length; i++) { para(a[i], List.of(), ML, W, new Font("SansSerif", Font.PLAIN, 9), grey, true); y += 8; }
          break;
        }
        default: throw new RuntimeException("unknown " + k);
      }
    }
    finishPage();
    g.endExport();
    System.out.println("{\"pages\": " + pageNo + "}");
  }
}
