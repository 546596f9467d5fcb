/// A place in a source file: a project-relative path, a 1-based line and column.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The file's path relative to the project root, with `/` separators.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (in Unicode scalars for YAML, bytes for Markdown as cmark counts).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    /// The start of a file, for problems that concern the whole file.
    public static func startOf(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    /// `path:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
