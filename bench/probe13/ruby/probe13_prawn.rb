# Shared by the probe13 Prawn scripts (written by gen_prawn.py).
require 'prawn'
require 'prawn/table'
Prawn::Fonts::AFM.hide_m17n_warning = true

MM = 72.0 / 25.4
NOTICE = "Synthetic test document: this is not a real inspection report, and the force it describes is fictional."

class ProbeDoc < Prawn::Document
  attr_accessor :gap, :bullet_font

  def notes
    @notes ||= Hash.new { |h, k| h[k] = [] }
  end

  # frags: formatted-text fragments; a fragment {note: n, text: t} becomes a superscript call.
  # The note is filed under the page on which the paragraph ends (all calls here are near the
  # end of short paragraphs), after the text has been laid out.
  def frags_to_prawn(frags)
    @pending = frags.select { |f| f[:note] }.map { |f| [f[:note], f[:text]] }
    frags.map { |f| f[:note] ? { text: f[:note].to_s, styles: [:superscript] } : f }
  end

  def file_notes
    (@pending || []).each { |n| notes[page_number] << n }
    @pending = []
  end

  def para(frags, opts = {})
    formatted_text(frags_to_prawn(frags), { align: :justify }.merge(opts))
    file_notes
    move_down(gap || 6)
  end

  def numbered(n, frags, width = 18)
    float { text "#{n}." }
    indent(width) { formatted_text(frags_to_prawn(frags), align: :justify) }
    file_notes
    move_down(gap || 6)
  end

  def bullet(sym, frags, level, sym_font = nil)
    x = level == 1 ? 4 : 22
    float do
      indent(x) do
        if sym_font
          font(sym_font) { text sym }
        else
          text sym
        end
      end
    end
    indent(x + 14) { formatted_text(frags_to_prawn(frags), align: :left) }
    file_notes
    move_down(2)
  end

  def notice_text(size)
    font(font.family, style: :bold) { text NOTICE, size: size, align: :left }
  end

  # footnote texts at the foot of each page that has calls, drawn after the page's body
  def draw_notes(size, top)
    notes.each do |pg, list|
      go_to_page(pg)
      canvas do
        y = top
        stroke_color '555555'
        line_width 0.4
        stroke_horizontal_line margin_box_left, margin_box_left + 40 * MM, at: y + 3
        list.each do |n, t|
          formatted_text_box([{ text: n.to_s, styles: [:superscript] }, { text: ' ' + t }],
                             at: [margin_box_left, y], width: margin_box_width, size: size)
          y -= size + 3
        end
      end
    end
  end

  def margin_box_left
    page.margins[:left]
  end

  def margin_box_width
    bounds.width
  end

  def back_cover(fnt)
    start_new_page
    font(fnt) do
      move_down 420
      [
        '© Crown copyright 2026 (synthetic test document).',
        'This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.',
        'Where we have identified any third-party copyright information, you will need to obtain permission from the copyright holders concerned.',
        'This document is available at www.justiceinspectorates.gov.uk/hmicfrs',
        'Any enquiries about this publication should be sent to us at contactus@hmicfrs.gov.uk'
      ].each { |l| text l, size: 9; move_down 6 }
      move_down 10
      fill_color '162C58'
      fill_rectangle [0, cursor], bounds.width, 3
      fill_color '000000'
    end
  end
end
