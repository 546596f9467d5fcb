/// The place of a page in an edition's tree, without extension: `plans/13/13.4` is written
/// as `plans/13/13.4.html` and `plans/13/13.4.md`.
public struct PagePath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path components, each a safe file name.
    public let components: [String]

    /// Creates a path from safe components.
    public init(_ components: [String]) { self.components = components }

    /// `plans/13/13.4`.
    public var description: String { components.joined(separator: "/") }

    /// The file path with an extension.
    public func file(_ ext: String) -> String { description + "." + ext }

    /// The page's file in `format`: `plans/13/13.4.html`.
    public func file(_ format: OutputFormat) -> String { file(format.fileExtension) }

    /// The relative href from this page to another page's file in `format`.
    public func href(to other: PagePath, format: OutputFormat, fragment: String = "") -> String {
        href(to: other, ext: format.fileExtension, fragment: fragment)
    }

    /// The relative href from this page to another page's file with `ext`.
    public func href(to other: PagePath, ext: String, fragment: String = "") -> String {
        let from = components.dropLast()
        var common = 0
        while common < from.count && common < other.components.count - 1
                && from[from.startIndex + common] == other.components[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: from.count - common)
        let rest = other.components[common...]
        var href = (ups + rest).joined(separator: "/") + "." + ext
        if other == self { href = (other.components.last ?? "index") + "." + ext }
        return fragment.isEmpty ? href : href + "#" + fragment
    }

    /// Orders by description.
    public static func < (a: PagePath, b: PagePath) -> Bool { a.description < b.description }
}
