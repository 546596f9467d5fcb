/// The closed set of problems councildoc reports; the raw value is the stable spelling
/// shown in brackets after a message (`[missing-field]`).
public enum DiagnosticID: String, Sendable, CaseIterable, Codable {
    // Project and files
    case missingProject = "missing-project"
    case noDocuments = "no-documents"
    case unreadableFile = "unreadable-file"
    case invalidUTF8 = "invalid-utf8"
    case binaryFile = "binary-file"
    case unexpectedFile = "unexpected-file"
    case fileTooLarge = "file-too-large"
    case refusedFile = "refused-file"
    case yamlAlias = "yaml-alias"
    case yamlTag = "yaml-tag"
    case nestingTooDeep = "nesting-too-deep"
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
    case generatedBlockNotEmpty = "generated-block-not-empty"
    case lostInTableCell = "lost-in-table-cell"
    case unbalancedSpan = "unbalanced-span"
    case limiteInPlainField = "limite-in-plain-field"
    case classifiedMarking = "classified-marking"
    case undelimitedLimite = "undelimited-limite"
    case limiteDefinitionCitedPublicly = "limite-definition-cited-publicly"
    case redactionProofFailed = "redaction-proof-failed"
    case limiteAnnexOfPublicFacts = "limite-annex-of-public-facts"
    case limiteLookalike = "limite-lookalike"
    // Links and ids
    case duplicateID = "duplicate-id"
    case unknownObjective = "unknown-objective"
    case unknownAction = "unknown-action"
    case unknownOAP = "unknown-oap"
    case unknownReport = "unknown-report"
    case unknownStrategy = "unknown-strategy"
    case unknownCycle = "unknown-cycle"
    case unknownPlan = "unknown-plan"
    case unknownNote = "unknown-note"
    case ambiguousReference = "ambiguous-reference"
    case unknownScheme = "unknown-scheme"
    case unknownMemberState = "unknown-member-state"
    case formerMemberState = "former-member-state"
    case missingAnnexSource = "missing-annex-source"
    // Working-party rules
    case noLeader = "no-leader"
    case leaderRepeated = "leader-repeated"
    case actionOutsidePlan = "action-outside-plan"
    case uncoveredObjective = "uncovered-objective"
    case proposedInFinalPlan = "proposed-in-final-plan"
    case fileNameMismatch = "file-name-mismatch"
    // Templates and output
    case templateError = "template-error"
    case unknownTemplateKey = "unknown-template-key"
    case writeFailed = "write-failed"
    case outputFolderRefused = "output-folder-refused"
    case converterMissing = "converter-missing"
    case unknownChart = "unknown-chart"
    case unplacedGeneratedBlock = "unplaced-generated-block"
    case generatedBlockInLimite = "generated-block-in-limite"
    case conversionFailed = "conversion-failed"

    /// The severity a diagnostic of this id has unless its producer says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .unexpectedFile, .leaderRepeated, .uncoveredObjective, .unknownTemplateKey, .proposedInFinalPlan, .fileNameMismatch, .unplacedGeneratedBlock: .warning
        default: .error
        }
    }
}
