/// CSS string literals for values the templates put into style sheets (the footer's
/// document number in `@page` rules).
enum CSSString {
    /// `"…"` with quotes, backslashes, line breaks and `<` escaped, so it can neither end the
    /// string nor the `<style>` element.
    /// With `lineBreaks`, a line feed is kept as CSS's `\A` (a margin box with
    /// `white-space: pre` shows it as a new line).
    static func quoted(_ text: String, lineBreaks: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            case "\n" where lineBreaks: out += "\\A "
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
