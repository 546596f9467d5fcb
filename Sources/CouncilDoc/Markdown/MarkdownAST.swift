/// A position inside a Markdown text, as cmark reports it: 1-based line and byte column.
public struct SourcePoint: Hashable, Sendable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a point.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The point for nodes cmark gives no position (soft breaks, bare autolinks).
    public static let unknown = SourcePoint(line: 0, column: 0)
}

/// A parsed Markdown document: Swift values copied out of the cmark tree.
public struct MarkdownDocument: Hashable, Sendable {
    /// The top-level blocks, footnote definitions last (in the order they are referenced).
    public var blocks: [Block]

    /// Creates a document.
    public init(blocks: [Block]) { self.blocks = blocks }

    /// An empty document.
    public static let empty = MarkdownDocument(blocks: [])
}

/// A block of a Markdown document.
public indirect enum Block: Hashable, Sendable {
    case paragraph([Inline], at: SourcePoint)
    case heading(level: Int, [Inline], at: SourcePoint)
    case blockQuote([Block])
    case list(MarkdownList)
    case codeBlock(info: String, literal: String, fenced: Bool)
    case html(String)
    case thematicBreak
    case table(MarkdownTable)
    case footnoteDefinition(label: String, [Block])
    /// A pandoc fenced div (`::: limite` … `:::`), recognised before cmark parses.
    case fencedDiv(FencedDiv)
    /// What the public edition shows in place of a LIMITE block.
    case deleted
    /// A bar chart councildoc generates: an SVG figure in HTML, a table in Markdown.
    case chart(Chart)
}

/// The data of a bar chart: a title, a unit and labelled values.
public struct Chart: Hashable, Sendable {
    /// One bar.
    public struct Bar: Hashable, Sendable {
        /// The label.
        public var label: String
        /// The value.
        public var value: Double

        /// Creates a bar.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The title (the figure's caption and the SVG's title).
    public var title: String
    /// The unit of the values: "%", "actions" …
    public var unit: String
    /// The bars, in order.
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, unit: String, bars: [Bar]) {
        self.title = title
        self.unit = unit
        self.bars = bars
    }
}

/// A bullet or ordered list.
public struct MarkdownList: Hashable, Sendable {
    /// Ordered (`1.`) or bullet (`-`).
    public var ordered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    /// `.` or `)` for ordered lists.
    public var delimiter: Character
    /// `-`, `*` or `+` for bullet lists.
    public var bullet: Character
    /// A tight list renders its paragraphs without `<p>`.
    public var tight: Bool
    /// The items.
    public var items: [ListItem]

    /// Creates a list.
    public init(ordered: Bool, start: Int = 1, delimiter: Character = ".", bullet: Character = "-",
                tight: Bool, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.delimiter = delimiter
        self.bullet = bullet
        self.tight = tight
        self.items = items
    }
}

/// One item of a list.
public struct ListItem: Hashable, Sendable {
    /// The item's blocks.
    public var blocks: [Block]
    /// For task list items: whether the box is checked; nil for ordinary items.
    public var task: Bool?

    /// Creates an item.
    public init(blocks: [Block], task: Bool? = nil) {
        self.blocks = blocks
        self.task = task
    }
}

/// Column alignment of a GFM table.
public enum TableAlignment: Hashable, Sendable {
    case none, left, center, right
}

/// A GFM table.
public struct MarkdownTable: Hashable, Sendable {
    /// One alignment per column.
    public var alignments: [TableAlignment]
    /// The header row's cells.
    public var header: [[Inline]]
    /// The body rows' cells.
    public var rows: [[[Inline]]]

    /// Creates a table.
    public init(alignments: [TableAlignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// A fenced div: its class name (`limite`, `timeline` …), its content and where it opened.
public struct FencedDiv: Hashable, Sendable {
    /// The class name after `:::`.
    public var name: String
    /// The blocks between the fences.
    public var blocks: [Block]
    /// The opening fence's position.
    public var at: SourcePoint

    /// Creates a fenced div.
    public init(name: String, blocks: [Block], at: SourcePoint) {
        self.name = name
        self.blocks = blocks
        self.at = at
    }
}

/// A link or image: destination, title, content and position.
public struct MarkdownLink: Hashable, Sendable {
    /// The destination exactly as written (a typed reference keeps its scheme).
    public var destination: String
    /// The title, empty when none.
    public var title: String
    /// The link text (or image description).
    public var children: [Inline]
    /// Where the link starts.
    public var at: SourcePoint

    /// Creates a link.
    public init(destination: String, title: String = "", children: [Inline], at: SourcePoint = .unknown) {
        self.destination = destination
        self.title = title
        self.children = children
        self.at = at
    }
}

/// An inline element of a Markdown document.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(MarkdownLink)
    case image(MarkdownLink)
    /// A footnote reference: the label as written and the footnote's number.
    case footnoteReference(label: String, number: Int)
    /// A pandoc bracketed span with the class `limite`: `[text]{.limite}`.
    case limiteSpan([Inline], at: SourcePoint)
    /// What the public edition shows in place of a LIMITE span.
    case deleted
    /// A target for links inside a generated page (`objective-2-iv`); never parsed.
    case anchor(String)
}
