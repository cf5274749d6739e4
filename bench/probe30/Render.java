// probe30: render an XHTML file to PDF with Flying Saucer R8 (org.xhtmlrenderer), whose
// writer is iText 2.1.7.  Usage: java Render in.xhtml out.pdf
import org.xhtmlrenderer.pdf.ITextRenderer;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;

public class Render {
    public static void main(String[] a) throws Exception {
        ITextRenderer r = new ITextRenderer();
        r.setDocument(new File(a[0]));
        r.layout();
        try (OutputStream os = new FileOutputStream(a[1])) {
            r.createPDF(os);
        }
    }
}
