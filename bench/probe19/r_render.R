# probe19 producer s: a small page-layout library on R's grid graphics and grDevices' pdf()
# device (R 4.2.2, Debian r-base-core).  gen_r.py writes one R script per document that sources
# this file, defines the document as a function of calls below and hands it to render_doc().
#
# What is R's and what is this file's: R's pdf() device writes the PDF (its own writer: PDF 1.4,
# Type 1 standard fonts not embedded, WinAnsi re-encoding by a Differences array, the Symbol
# font for fontface 5, kerned TJ strings, zlib-compressed content streams), measures strings
# (grobWidth) and draws text, rectangles and lines.  This file does what an analyst's reporting
# script does itself: it breaks paragraphs into lines, justifies a line by placing its words one
# by one, letter-spaces a line by placing its characters one by one, raises footnote calls,
# keeps footnotes at the foot of the page that calls them, draws running headers and
# "Page N of M", boxes behind their lines, a bar chart and a small table.  render_doc() runs the
# document twice: the first run (to a null device) counts the pages and measures the boxes.
library(grid)

S <- new.env()
CALL <- "\u00a4"  # marks a footnote call in a paragraph's text; its note is passed separately
SYM_BULLET <- rawToChar(as.raw(0xb7))  # the bullet of the Symbol font (drawn with fontface 5)

wcache <- new.env()
text_w <- function(s, size, face = 1, family = S$family) {
  key <- paste(s, size, face, family, sep = "\r")
  v <- wcache[[key]]
  if (is.null(v)) {
    v <- convertWidth(grobWidth(textGrob(s, gp = gpar(fontsize = size, fontface = face,
                                                      fontfamily = family))), "mm", TRUE)
    assign(key, v, envir = wcache)
  }
  v
}

yy <- function(y) unit(S$H - y, "mm")
xx <- function(x) unit(x, "mm")

draw_text <- function(s, x, y, size, face = 1, col = "black", family = S$family,
                      hjust = "left") {
  grid.text(s, x = xx(x), y = yy(y), just = c(hjust, "bottom"),
            gp = gpar(fontsize = size, fontface = face, col = col, fontfamily = family))
}

begin_doc <- function(W = 210, H = 297, ml = 20, mr = 20, mt = 20, mb = 20,
                      family = "Helvetica", header = NULL, footer = NULL,
                      note_size = 8, note_lead = 3.4, note_family = family) {
  S$W <- W; S$H <- H; S$ml <- ml; S$mr <- mr; S$mt <- mt; S$mb <- mb
  S$family <- family; S$base_family <- family; S$note_family <- note_family
  S$header <- header; S$footer <- footer
  S$note_size <- note_size; S$note_lead <- note_lead
  S$page <- 0; S$y <- mt; S$notes <- list(); S$noteH <- 0; S$nnotes <- 0
  S$open <- c(); S$nbox <- 0; S$ext <- list()
  new_page()
}

bottom <- function() S$H - S$mb - S$noteH

wrap_note <- function(text) {
  words <- strsplit(text, " ", fixed = TRUE)[[1]]
  maxw <- S$W - S$ml - S$mr - 5
  lines <- c(); line <- ""
  for (w in words) {
    try <- if (line == "") w else paste(line, w)
    if (line != "" && text_w(try, S$note_size, 1, S$note_family) > maxw) {
      lines <- c(lines, line); line <- w
    } else line <- try
  }
  c(lines, line)
}

notes_height <- function(notes) {
  if (length(notes) == 0) return(0)
  h <- sum(sapply(notes, function(n) length(wrap_note(n$text)) * S$note_lead))
  if (length(S$notes) == 0) h <- h + 3
  h
}

running <- function(r) {
  if (is.null(r) || S$page < r$from) return(invisible())
  txt <- function(s) gsub("{nb}", S$total, gsub("{page}", S$page, s, fixed = TRUE),
                          fixed = TRUE)
  col <- if (is.null(r$col)) "grey30" else r$col
  f <- S$base_family
  if (!is.null(r$left)) draw_text(txt(r$left), S$ml, r$y, r$size, col = col, family = f)
  if (!is.null(r$right)) draw_text(txt(r$right), S$W - S$mr, r$y, r$size, col = col,
                                   family = f, hjust = "right")
  if (!is.null(r$center)) draw_text(txt(r$center), S$W / 2, r$y, r$size, col = col,
                                    family = f, hjust = "centre")
  if (isTRUE(r$rule)) grid.lines(xx(c(S$ml, S$W - S$mr)), yy(c(r$y + 1.8, r$y + 1.8)),
                                 gp = gpar(col = "grey55", lwd = 0.6))
}

finish_page <- function() {
  if (length(S$notes) > 0) {
    y <- S$H - S$mb - notes_height(S$notes) + 3 + S$note_lead - 0.8
    grid.lines(xx(c(S$ml, S$ml + 40)), yy(c(y - S$note_lead - 0.2, y - S$note_lead - 0.2)),
               gp = gpar(lwd = 0.5))
    for (n in S$notes) {
      first <- TRUE
      for (l in wrap_note(n$text)) {
        if (first) draw_text(as.character(n$num), S$ml, y - 1.1, S$note_size * 0.65,
                             family = S$note_family)
        draw_text(l, S$ml + 4, y, S$note_size, family = S$note_family)
        first <- FALSE
        y <- y + S$note_lead
      }
    }
  }
  running(S$footer)
}

new_page <- function() {
  if (S$page > 0) finish_page()
  grid.newpage()
  S$page <- S$page + 1
  S$y <- S$mt; S$notes <- list(); S$noteH <- 0
  running(S$header)
  for (id in S$open) box_segment_start(id)
}

# --- boxes: the first run records each box's extent on each page, the second draws it ---------
box_begin <- function(fill = "grey92", border = NA, pad = 2.5, before = 1) {
  S$y <- S$y + before
  S$nbox <- S$nbox + 1
  id <- S$nbox
  S$boxstyle[[id]] <- list(fill = fill, border = border, pad = pad)
  S$open <- c(S$open, id)
  S$y <- S$y + pad
  box_segment_start(id)
}

box_segment_start <- function(id) {
  key <- paste(id, S$page)
  prev <- S$prev_ext[[key]]
  st <- S$boxstyle[[id]]
  if (!is.null(prev)) {
    grid.rect(x = xx(S$ml), y = yy(prev[2] + st$pad), width = xx(S$W - S$ml - S$mr),
              height = unit(prev[2] - prev[1] + 2 * st$pad, "mm"), just = c("left", "bottom"),
              gp = gpar(fill = st$fill, col = st$border, lwd = 0.9))
  }
}

box_end <- function(after = 3) {
  id <- S$open[length(S$open)]
  S$open <- S$open[-length(S$open)]
  S$y <- S$y + S$boxstyle[[id]]$pad + after
}

note_extent <- function(y0, y1) {
  for (id in S$open) {
    key <- paste(id, S$page)
    e <- S$ext[[key]]
    S$ext[[key]] <- if (is.null(e)) c(y0, y1) else c(min(e[1], y0), max(e[2], y1))
  }
}

inset <- function() {
  p <- 0
  for (id in S$open) p <- p + S$boxstyle[[id]]$pad
  p
}

# --- paragraphs -------------------------------------------------------------------------------
# a word is a character vector of pieces; a piece equal to CALL is followed by its note number
split_words <- function(text, notes) {
  words <- strsplit(text, " ", fixed = TRUE)[[1]]
  k <- 0
  out <- list()
  for (w in words) {
    if (w == "") next
    parts <- strsplit(w, CALL, fixed = TRUE)[[1]]
    n_calls <- lengths(regmatches(w, gregexpr(CALL, w, fixed = TRUE)))
    pieces <- list()
    for (i in seq_along(parts)) {
      if (parts[i] != "") pieces[[length(pieces) + 1]] <- list(t = parts[i], call = FALSE)
      if (i <= n_calls) {
        k <- k + 1
        S$nnotes <- S$nnotes + 1
        pieces[[length(pieces) + 1]] <- list(t = as.character(S$nnotes), call = TRUE,
                                             note = notes[k])
      }
    }
    out[[length(out) + 1]] <- pieces
  }
  out
}

word_w <- function(w, size, face, tracking = 0) {
  s <- 0
  for (p in w) {
    if (p$call) s <- s + text_w(p$t, size * 0.62, face)
    else s <- s + text_w(p$t, size, face) + tracking * nchar(p$t)
  }
  s
}

para <- function(text, notes = character(0), size = 11, face = 1, col = "black", lead = 5,
                 indent = 0, label = NULL, label_face = NULL, label_size = NULL, label_x = 0,
                 label_col = NULL, align = "left", before = 0, after = 2, keep = FALSE,
                 tracking = 0, family = S$family) {
  old <- S$family
  S$family <- family
  on.exit(S$family <- old)
  S$y <- S$y + before
  pad <- inset()
  x0 <- S$ml + pad + indent
  width <- S$W - S$ml - S$mr - 2 * pad - indent
  words <- split_words(text, notes)
  space <- text_w(" ", size, face) + tracking
  lines <- list(); cur <- list(); cw <- 0
  for (w in words) {
    ww <- word_w(w, size, face, tracking)
    add <- if (length(cur)) ww + space else ww
    if (length(cur) && cw + add > width + 0.01) {
      lines[[length(lines) + 1]] <- cur
      cur <- list(w); cw <- ww
    } else {
      cur[[length(cur) + 1]] <- w; cw <- cw + add
    }
  }
  if (length(cur)) lines[[length(lines) + 1]] <- cur
  for (i in seq_along(lines)) {
    ln <- lines[[i]]
    lnotes <- list()
    for (w in ln) for (p in w) if (p$call) lnotes[[length(lnotes) + 1]] <-
      list(num = as.integer(p$t), text = p$note)
    need <- lead + if (keep && i == length(lines)) 2 * lead else 0
    if (S$y + need + notes_height(lnotes) > bottom()) new_page()
    if (length(lnotes)) {
      S$noteH <- S$noteH + notes_height(lnotes)
      S$notes <- c(S$notes, lnotes)
    }
    note_extent(S$y, S$y + lead)
    base <- S$y + lead * 0.78
    if (i == 1 && !is.null(label)) {
      draw_text(label, S$ml + pad + label_x, base,
                if (is.null(label_size)) size else label_size,
                if (is.null(label_face)) face else label_face,
                if (is.null(label_col)) col else label_col)
    }
    draw_line(ln, x0, base, width, size, face, col,
              justify = align == "justify" && i < length(lines), center = align == "center",
              tracking = tracking, space = space)
    S$y <- S$y + lead
  }
  S$y <- S$y + after
}

draw_line <- function(ln, x0, base, width, size, face, col, justify, center, tracking, space) {
  has_call <- any(sapply(ln, function(w) any(sapply(w, function(p) p$call))))
  plain <- paste(sapply(ln, function(w) paste(sapply(w, function(p) p$t), collapse = "")),
                 collapse = " ")
  if (!justify && !has_call && tracking == 0) {
    if (center) draw_text(plain, x0 + width / 2, base, size, face, col, hjust = "centre")
    else draw_text(plain, x0, base, size, face, col)
    return(invisible())
  }
  nat <- sum(sapply(ln, word_w, size = size, face = face, tracking = tracking)) +
    space * (length(ln) - 1)
  gap <- if (justify && length(ln) > 1) space + (width - nat) / (length(ln) - 1) else space
  x <- x0
  for (w in ln) {
    for (p in w) {
      if (p$call) {
        draw_text(p$t, x, base - size * 0.3 * 0.3528, size * 0.62, face, col)
        x <- x + text_w(p$t, size * 0.62, face)
      } else if (tracking > 0) {
        for (ch in strsplit(p$t, "")[[1]]) {
          draw_text(ch, x, base, size, face, col)
          x <- x + text_w(ch, size, face) + tracking
        }
      } else {
        draw_text(p$t, x, base, size, face, col)
        x <- x + text_w(p$t, size, face)
      }
    }
    x <- x + gap
  }
}

space <- function(h) S$y <- S$y + h

rule <- function(col = "grey40", lwd = 1, before = 1, after = 3) {
  S$y <- S$y + before
  grid.lines(xx(c(S$ml, S$W - S$mr)), yy(c(S$y, S$y)), gp = gpar(col = col, lwd = lwd))
  S$y <- S$y + after
}

band <- function(x, y, w, h, fill) {
  grid.rect(x = xx(x), y = yy(y + h), width = unit(w, "mm"), height = unit(h, "mm"),
            just = c("left", "bottom"), gp = gpar(fill = fill, col = NA))
}

# absolute text (mastheads): tracking > 0 places the characters one by one
label_at <- function(s, x, y, size, face = 1, col = "black", tracking = 0) {
  if (tracking == 0) return(draw_text(s, x, y, size, face, col))
  for (ch in strsplit(s, "")[[1]]) {
    if (ch != " ") draw_text(ch, x, y, size, face, col)
    x <- x + text_w(ch, size, face) + tracking
  }
}

# a horizontal bar chart: one bar per value, labels left, values at the bar ends
bar_chart <- function(title, labels, values, fill, h = 45, size = 8.5, after = 4) {
  if (S$y + h > bottom()) new_page()
  y <- S$y
  draw_text(title, S$ml, y + 4, size + 1, 2)
  n <- length(values)
  top <- y + 8
  bh <- (h - 12) / n
  lw <- 52
  maxw <- S$W - S$ml - S$mr - lw - 14
  vmax <- max(values)
  for (i in seq_len(n)) {
    by <- top + (i - 1) * bh
    draw_text(labels[i], S$ml, by + bh * 0.65, size)
    w <- maxw * values[i] / vmax
    grid.rect(x = xx(S$ml + lw), y = yy(by + bh * 0.85), width = unit(w, "mm"),
              height = unit(bh * 0.7, "mm"), just = c("left", "bottom"),
              gp = gpar(fill = fill[i], col = NA))
    draw_text(format(values[i]), S$ml + lw + w + 1.5, by + bh * 0.65, size)
  }
  grid.lines(xx(c(S$ml + lw, S$ml + lw)), yy(c(top, top + n * bh)),
             gp = gpar(col = "grey30", lwd = 0.8))
  S$y <- y + h + after
}

# a small ruled table of short cells (figures), header row bold
small_table <- function(rows, widths, size = 9, lead = 5.5, after = 4) {
  if (S$y + lead * length(rows) > bottom()) new_page()
  for (r in seq_along(rows)) {
    x <- S$ml
    for (c in seq_along(rows[[r]])) {
      draw_text(rows[[r]][c], x + 1, S$y + lead * 0.75, size, if (r == 1) 2 else 1)
      x <- x + widths[c]
    }
    grid.lines(xx(c(S$ml, S$ml + sum(widths))), yy(c(S$y + lead, S$y + lead)),
               gp = gpar(col = if (r == 1) "grey20" else "grey70", lwd = 0.6))
    S$y <- S$y + lead
  }
  S$y <- S$y + after
}

render_doc <- function(file, doc, title) {
  S$boxstyle <- list()
  S$prev_ext <- list()
  S$total <- 0
  pdf(NULL, width = 210 / 25.4, height = 297 / 25.4, family = "Helvetica",
      encoding = "WinAnsi.enc")
  doc()
  finish_page()
  dev.off()
  S$prev_ext <- S$ext
  S$total <- S$page
  pdf(file, width = 210 / 25.4, height = 297 / 25.4, family = "Helvetica",
      encoding = "WinAnsi.enc", title = title, useDingbats = FALSE, compress = TRUE)
  doc()
  finish_page()
  dev.off()
  invisible(S$total)
}
