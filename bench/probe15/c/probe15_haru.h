/* probe15: small helpers over libharu 2.3.0 for the programs that gen_haru.py writes
 * (c/hNN_*.c).  Each helper is a thin wrapper over one or a few HPDF_Page_* calls, so the
 * programs read as a list of libharu drawing calls.  Kept by hand in the probe. */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static HPDF_Doc pdf;

static void on_error(HPDF_STATUS e, HPDF_STATUS d, void *u)
{
    (void)u;
    fprintf(stderr, "libharu error %04X, detail %u\n", (unsigned)e, (unsigned)d);
    exit(1);
}

static void doc_begin(const char *title, const char *creator)
{
    HPDF_Date when = {2025, 6, 3, 9, 30, 0, '+', 1, 0};
    pdf = HPDF_New(on_error, NULL);
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, title);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, creator);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, "HMICFRS (synthetic)");
    HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, when);
}

static HPDF_Font ttf(const char *path, const char *encoding)
{
    return HPDF_GetFont(pdf, HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE), encoding);
}

static HPDF_Page page_a4(void)
{
    HPDF_Page p = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(p, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    return p;
}

/* one run of text in its own text object (HPDF_Page_TextOut) */
static void tx(HPDF_Page p, HPDF_Font f, double size, double r, double g, double b,
               double x, double y, const char *s)
{
    HPDF_Page_BeginText(p);
    HPDF_Page_SetFontAndSize(p, f, size);
    HPDF_Page_SetRGBFill(p, r, g, b);
    HPDF_Page_TextOut(p, x, y, s);
    HPDF_Page_EndText(p);
}

/* a laid-out line: lb opens a text object at the line start with word spacing tw, lf sets font,
 * size, colour and rise, lt shows a string, lm moves right by dx, le closes the text object */
static void lb(HPDF_Page p, double x, double y, double tw)
{
    HPDF_Page_BeginText(p);
    HPDF_Page_SetWordSpace(p, tw);
    HPDF_Page_MoveTextPos(p, x, y);
}
static void lf(HPDF_Page p, HPDF_Font f, double size, double r, double g, double b, double rise)
{
    HPDF_Page_SetFontAndSize(p, f, size);
    HPDF_Page_SetRGBFill(p, r, g, b);
    HPDF_Page_SetTextRise(p, rise);
}
static void lt(HPDF_Page p, const char *s) { HPDF_Page_ShowText(p, s); }
static void lm(HPDF_Page p, double dx) { HPDF_Page_MoveTextPos(p, dx, 0); }
static void le(HPDF_Page p) { HPDF_Page_EndText(p); }

static void rect(HPDF_Page p, double x, double y, double w, double h, double r, double g,
                 double b)
{
    HPDF_Page_SetRGBFill(p, r, g, b);
    HPDF_Page_Rectangle(p, x, y, w, h);
    HPDF_Page_Fill(p);
}
static void frame(HPDF_Page p, double x, double y, double w, double h, double r, double g,
                  double b, double lw)
{
    HPDF_Page_SetRGBStroke(p, r, g, b);
    HPDF_Page_SetLineWidth(p, lw);
    HPDF_Page_Rectangle(p, x, y, w, h);
    HPDF_Page_Stroke(p);
}
static void seg(HPDF_Page p, double x1, double y1, double x2, double y2, double r, double g,
                double b, double lw)
{
    HPDF_Page_SetRGBStroke(p, r, g, b);
    HPDF_Page_SetLineWidth(p, lw);
    HPDF_Page_MoveTo(p, x1, y1);
    HPDF_Page_LineTo(p, x2, y2);
    HPDF_Page_Stroke(p);
}
static void disc(HPDF_Page p, double x, double y, double rad, double r, double g, double b)
{
    HPDF_Page_SetRGBFill(p, r, g, b);
    HPDF_Page_Circle(p, x, y, rad);
    HPDF_Page_Fill(p);
}
static void ring(HPDF_Page p, double x, double y, double rad, double r, double g, double b)
{
    HPDF_Page_SetRGBStroke(p, r, g, b);
    HPDF_Page_SetLineWidth(p, 0.6);
    HPDF_Page_Circle(p, x, y, rad);
    HPDF_Page_Stroke(p);
}

/* paragraphs set by libharu itself: HPDF_Page_TextRect (its own line breaking and its own
 * justification), flowing onto a new page when the rectangle is full */
static HPDF_Page cur;
static double cur_y, frame_left, frame_right, frame_top, frame_bottom;
static HPDF_Page (*next_page)(void);

static void rect_para(HPDF_Font f, double size, double leading, double indent,
                      HPDF_TextAlignment align, double after, const char *text)
{
    const char *t = text;
    for (;;) {
        HPDF_UINT len = 0;
        HPDF_STATUS st;
        HPDF_Point pos;
        HPDF_Page_SetTextLeading(cur, leading);
        HPDF_Page_BeginText(cur);
        HPDF_Page_SetFontAndSize(cur, f, size);
        HPDF_Page_SetRGBFill(cur, 0, 0, 0);
        st = HPDF_Page_TextRect(cur, frame_left + indent, cur_y, frame_right, frame_bottom, t,
                                align, &len);
        pos = HPDF_Page_GetCurrentTextPos(cur);
        HPDF_Page_EndText(cur);
        if (st == HPDF_PAGE_INSUFFICIENT_SPACE) {
            t += len;
            while (*t == ' ')
                t++;
            cur = next_page();
            cur_y = frame_top;
            if (!*t)
                return;
            continue;
        }
        if (st != HPDF_OK) {
            fprintf(stderr, "TextRect failed: %04X\n", (unsigned)st);
            exit(1);
        }
        cur_y = pos.y - after;
        return;
    }
}

/* a numbered paragraph set by TextRect: the number at the first baseline, the text indented */
static void rect_numbered(HPDF_Font f, double size, double leading, double indent, double after,
                          const char *num, const char *text)
{
    HPDF_Box bb = HPDF_Font_GetBBox(f);
    double y0 = cur_y - bb.top * size / 1000.0;
    HPDF_Page p = cur;
    tx(p, f, size, 0, 0, 0, frame_left, y0, num);
    rect_para(f, size, leading, indent, HPDF_TALIGN_JUSTIFY, after, text);
}
