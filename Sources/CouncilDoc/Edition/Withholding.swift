import Yams

/// The one decider of what the public edition withholds whole, read from the decision
/// fields the schema declares (`classification`, `public-release`, an action's `id`):
/// - a document of any kind is withheld when it is LIMITE and not released as of the
///   build's date (`public-release` on or before it);
/// - an action is withheld when it is LIMITE, whatever its plan's release: the public plan
///   shows it as its number and "DELETED"; a LIMITE action without a number (a dropped
///   proposal) is absent, since even that it exists is LIMITE;
/// - every file of a withheld plan is withheld with it, and a LIMITE annex (its plan entry or
///   its own front matter says so) is withheld as a whole.
/// The public sources (`PublicSources`, `WithheldFiles`), the manifest (`WithheldParts`) and
/// the redaction proof's swap (`CanarySources`) all ask it, on the raw front matter or the
/// decoded model.
enum Withholding: Equatable, Sendable {
    /// Shown.
    case shown
    /// Shown as its identity only ("13.4 DELETED"; a document's number where cited).
    case shell
    /// Not shown at all, not even as a number.
    case absent

    /// A document whose decision fields are these.
    static func document(classification: Classification, publicRelease: CouncilDate?, asOf: CouncilDate) -> Withholding {
        guard classification == .limite else { return .shown }
        // An unreadable release date is an error of the load stage, and withholds.
        return publicRelease.map { $0 <= asOf } == true ? .shown : .shell
    }

    /// A decoded document.
    static func document(_ metadata: CouncilMetadata, asOf: CouncilDate) -> Withholding {
        document(classification: metadata.classification, publicRelease: metadata.publicRelease, asOf: asOf)
    }

    /// An action whose decision fields are these.
    static func action(classification: Classification, numbered: Bool) -> Withholding {
        guard classification == .limite else { return .shown }
        return numbered ? .shell : .absent
    }

    /// A decoded action.
    static func action(_ action: Action) -> Withholding {
        self.action(classification: action.source.metadata.classification, numbered: action.id != nil)
    }

    /// A source's raw front matter (or YAML file), read as the decoders read it: `kind`
    /// tells an action from a document.
    static func source(_ fields: Node, asOf: CouncilDate) -> Withholding {
        let classification = fields.field("classification")?.string.flatMap(Classification.init(rawValue:)) ?? .public
        if fields.field("kind")?.string == SourceKind.action.rawValue {
            return action(classification: classification, numbered: numbered(fields))
        }
        let release = fields.field("public-release")?.string.flatMap(CouncilDate.init)
        // A release that does not parse withholds (the load reports it).
        if fields.field("public-release") != nil, release == nil, classification == .limite { return .shell }
        return document(classification: classification, publicRelease: release, asOf: asOf)
    }

    /// Whether an action's raw front matter gives it a number (an `id` that is not empty),
    /// as the decoder reads it: an action without one is a proposal dropped before it got one.
    static func numbered(_ fields: Node) -> Bool {
        fields.field("id")?.string.map { !$0.isEmpty } ?? false
    }

    /// A plan's annex, declared `classification` in the plan or in its own front matter.
    static func annex(_ classification: Classification) -> Withholding {
        classification == .limite ? .shell : .shown
    }

    /// Whether anything of it is withheld.
    var isWithheld: Bool { self != .shown }
}
