/// CSS string literals for values the templates put into style sheets (the footer's
/// document number in `@page` rules).
enum CSSString {
    /// `"…"` with quotes, backslashes, line breaks and `<` escaped, so it can neither end the
    /// string nor the `<style>` element.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
