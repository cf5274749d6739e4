# Renders one probe28 page-operation file (written by gen_origami.py) with Origami, the Ruby
# PDF library (Debian ruby-origami): one Page per page, the standard Times, Helvetica and
# Symbol fonts as resources (WinAnsiEncoding for the text fonts), and a ContentStream built
# with Origami's own write / draw_line / draw_rectangle.  A left-aligned paragraph is one
# write call with its lines joined by "\n" (Origami shows the first with Tj and the others
# with the ' operator after a TL); a justified line is its own write with a word spacing.
# Usage: ruby render_origami.rb OPS.json OUT.pdf
require 'json'
require 'origami'
include Origami

ops_file, out = ARGV
doc = JSON.parse(File.read(ops_file, encoding: 'UTF-8'))
FONTS = {
  'R' => [Font::Type1::Standard::TimesRoman, :TR], 'I' => [Font::Type1::Standard::TimesItalic, :TI],
  'B' => [Font::Type1::Standard::TimesBold, :TB], 'H' => [Font::Type1::Standard::Helvetica, :HV],
  'HI' => [Font::Type1::Standard::HelveticaOblique, :HO],
  'HB' => [Font::Type1::Standard::HelveticaBold, :HB], 'SY' => [Font::Type1::Standard::Symbol, :SY]
}

def rgb(c)
  Graphics::Color::RGB.new(*c.map { |v| (v * 255).round })
end

def enc(s, font)
  return s.encode('ISO-8859-1').force_encoding('BINARY') if font == 'SY'
  s.encode('Windows-1252').force_encoding('BINARY')
end

pdf = PDF.new
doc['pages'].each do |ops|
  page = Page.new.setMediaBox(Rectangle[llx: 0, lly: 0, urx: 595, ury: 842])
  FONTS.each do |_, (klass, name)|
    f = klass.new
    f.Encoding = Name.new(:WinAnsiEncoding) unless name == :SY
    page.add_font(f, name)
  end
  cs = ContentStream.new
  k = 0
  while k < ops.length
    o = ops[k]
    case o['t']
    when 'text'
      lines = [o['s']]
      j = k + 1
      if o['tw'] == 0 && o['group'] != 0
        while j < ops.length && ops[j]['t'] == 'text' && ops[j]['group'] == o['group'] &&
              ops[j]['tw'] == 0 && ops[j]['x'] == o['x'] && ops[j]['font'] == o['font']
          lines << ops[j]['s']
          j += 1
        end
      end
      text = lines.map { |l| enc(l, o['font']) }.join("\n".b)
      cs.write text, x: o['x'], y: o['y'], font: FONTS[o['font']][1], size: o['size'],
               leading: (o['lead'] == 0 ? o['size'] * 1.2 : o['lead']).round(2),
               word_spacing: o['tw'], color: rgb(o['color'])
      k = j
    when 'rule'
      cs.draw_line([o['x1'], o['y1']], [o['x2'], o['y2']], stroke_color: rgb(o['color']),
                   line_width: o['w'])
      k += 1
    when 'rect'
      cs.draw_rectangle(o['x'], o['y'], o['w'], o['h'], fill: true, stroke: false,
                        fill_color: rgb(o['fill']))
      k += 1
    end
  end
  page.Contents = cs
  pdf.append_page(page)
end
d = 'D:' + doc['meta']['date'].delete('-') + '090000Z'
info = Metadata.new(Title: doc['meta']['title'], Author: 'probe28',
                    Creator: 'probe28 gen_origami.py',
                    Producer: "Origami #{Origami::VERSION} (Ruby)",
                    CreationDate: d, ModDate: d)
pdf.insert(info)
pdf.trailer.Info = info.reference
pdf.save(out, noindent: false)
