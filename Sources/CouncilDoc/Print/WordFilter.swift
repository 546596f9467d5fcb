/// The pandoc filter (Lua) of `build --docx`: a printed document's footnotes, written where
/// they are called (`<span class="footnote">`), become Word footnotes; the break after a
/// plan's cover note becomes a Word page break. LIMITE parts keep the Word styles their
/// `data-custom-style` names ("LIMITE part", "LIMITE block"), which pandoc applies itself.
enum WordFilter {
    static let lua = """
    -- councildoc: printed documents to Word
    function Span(el)
      if el.classes:includes('footnote') then
        return pandoc.Note({pandoc.Plain(el.content)})
      end
    end

    function Div(el)
      if el.classes:includes('cover-break') then
        return pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
      end
    end

    """
}
