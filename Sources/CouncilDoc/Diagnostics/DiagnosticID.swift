/// The closed set of problems councildoc reports; the raw value is the stable spelling
/// shown in brackets after a message (`[missing-field]`).
public enum DiagnosticID: String, Sendable, CaseIterable {
    // Project and files
    case missingProject = "missing-project"
    case unreadableFile = "unreadable-file"
    case invalidUTF8 = "invalid-utf8"
    case binaryFile = "binary-file"
    case unexpectedFile = "unexpected-file"
    // Front matter and YAML
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case yamlSyntax = "yaml-syntax"
    case unknownKind = "unknown-kind"
    case misplacedDocument = "misplaced-document"
    case missingField = "missing-field"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case unknownField = "unknown-field"
    case malformedID = "malformed-id"
    case malformedDocumentNumber = "malformed-document-number"
    // Markdown structure
    case unterminatedFence = "unterminated-fence"
    case strayFence = "stray-fence"
    case unknownFence = "unknown-fence"
    case unbalancedSpan = "unbalanced-span"
    // Links and ids
    case duplicateID = "duplicate-id"
    case unknownReference = "unknown-reference"
    case unknownScheme = "unknown-scheme"
    case unknownMemberState = "unknown-member-state"
    case missingAnnexSource = "missing-annex-source"
    // Templates and output
    case templateError = "template-error"
    case writeFailed = "write-failed"

    /// The severity a diagnostic of this id has unless its producer says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .unknownField, .unexpectedFile: .warning
        default: .error
        }
    }
}
