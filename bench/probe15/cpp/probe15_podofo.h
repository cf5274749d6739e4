// probe15: small helpers over PoDoFo 0.9.8 for the programs that gen_podofo.py writes
// (cpp/dNN_*.cpp).  Each helper is a thin wrapper over one or a few PdfPainter calls, so the
// programs read as a list of PoDoFo drawing calls.  Kept by hand in the probe.
#include <podofo/podofo.h>

#include <cstdio>
#include <cstdlib>

using namespace PoDoFo;

static PdfMemDocument *doc;

static void doc_begin(const char *title, const char *date)
{
    doc = new PdfMemDocument();
    doc->GetInfo()->SetTitle(PdfString(reinterpret_cast<const pdf_utf8 *>(title)));
    doc->GetInfo()->SetCreator(PdfString("probe15 gen_podofo.py"));
    doc->GetInfo()->SetAuthor(PdfString("HMICFRS (synthetic)"));
    doc->GetInfo()->GetObject()->GetDictionary().AddKey(PdfName("CreationDate"),
                                                        PdfString(date));
}

static PdfPage *page_a4()
{
    return doc->CreatePage(PdfRect(0, 0, 595.276, 841.89));
}

// a subset TrueType font, Type 0 with Identity-H (PoDoFo writes the ToUnicode map)
static PdfFont *font_subset(const char *name, const char *path)
{
    return doc->CreateFontSubset(name, false, false, false,
                                 new PdfIdentityEncoding(0, 0xffff, true), path);
}

// a whole font file (TrueType or Type 1), simple font with WinAnsiEncoding
static PdfFont *font_file(const char *name, const char *path)
{
    return doc->CreateFont(name, false, false, false,
                           PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                           PdfFontCache::eFontCreationFlags_None, true, path);
}

// one of the standard 14 fonts, not embedded
static PdfFont *font_base14(const char *name)
{
    return doc->CreateFont(name, false, false, false,
                           PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                           PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
}

static PdfString u8(const char *s)
{
    return PdfString(reinterpret_cast<const pdf_utf8 *>(s));
}

// one string in its own text object (PdfPainter::DrawText: BT, Tf, Tz, Tc, Td, Tj, ET)
static void tx(PdfPainter &p, PdfFont *f, double size, double r, double g, double b, double x,
               double y, const char *s)
{
    f->SetFontSize(static_cast<float>(size));
    p.SetFont(f);
    p.SetColor(r, g, b);
    p.DrawText(x, y, u8(s));
}

// several strings in one text object: BeginText, AddText, MoveTextPos (Td), EndText
static void tb(PdfPainter &p, PdfFont *f, double size, double r, double g, double b, double x,
               double y)
{
    f->SetFontSize(static_cast<float>(size));
    p.SetFont(f);
    p.SetColor(r, g, b);
    p.BeginText(x, y);
}
static void ta(PdfPainter &p, const char *s) { p.AddText(u8(s)); }
static void tm(PdfPainter &p, double dx) { p.MoveTextPos(dx, 0); }
static void te(PdfPainter &p) { p.EndText(); }

static void rect(PdfPainter &p, double x, double y, double w, double h, double r, double g,
                 double b)
{
    p.SetColor(r, g, b);
    p.Rectangle(x, y, w, h);
    p.Fill();
}
static void frame(PdfPainter &p, double x, double y, double w, double h, double r, double g,
                  double b, double lw)
{
    p.SetStrokingColor(r, g, b);
    p.SetStrokeWidth(lw);
    p.Rectangle(x, y, w, h);
    p.Stroke();
}
static void seg(PdfPainter &p, double x1, double y1, double x2, double y2, double r, double g,
                double b, double lw)
{
    p.SetStrokingColor(r, g, b);
    p.SetStrokeWidth(lw);
    p.DrawLine(x1, y1, x2, y2);
}
static void disc(PdfPainter &p, double x, double y, double rad, double r, double g, double b)
{
    p.SetColor(r, g, b);
    p.Circle(x, y, rad);
    p.Fill();
}
static void ring(PdfPainter &p, double x, double y, double rad, double r, double g, double b)
{
    p.SetStrokingColor(r, g, b);
    p.SetStrokeWidth(0.6);
    p.Circle(x, y, rad);
    p.Stroke();
}

static void doc_save(const char *path)
{
    doc->Write(path);
    delete doc;
}
