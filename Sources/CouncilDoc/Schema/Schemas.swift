import Yams

/// The field schema of every kind of source, declared once. The decoders read their fields
/// from it (a key it does not declare is an unknown field), the source redactor finds the
/// Markdown and always-LIMITE fields in it, the shell of a withheld object keeps only its
/// identity fields, and the redaction proof's swap varies every field it does not declare
/// public. A field added here is withheld and swapped unless its role says otherwise.
struct Schemas: Sendable, Hashable {
    /// The front matter (or YAML file) of each kind of document.
    var kinds: [SourceKind: FieldSchema]
    /// The optional front matter of a prose annex.
    var proseAnnex: FieldSchema
    /// `councildoc.yml`.
    var config: FieldSchema
    /// `content/registers/*.yml`.
    var register: FieldSchema

    /// The schema of a kind of document.
    subscript(_ kind: SourceKind) -> FieldSchema { kinds[kind] ?? FieldSchema([]) }

    /// The schema of the source at `path` whose front matter (or YAML) is `root`: a prose
    /// annex's, or that of the kind it declares (none when it declares none that exists:
    /// the load reports it).
    func schema(ofSource path: String, root: Node?) -> FieldSchema {
        if case .proseAnnex = SourceRole.of(path) { return proseAnnex }
        guard let kind = root?["kind"]?.string.flatMap(SourceKind.init(rawValue:)) else { return FieldSchema([]) }
        return self[kind]
    }

    /// The names of the top-level fields withheld even from a public object, in any kind.
    var alwaysLimiteNames: Set<String> {
        Set(kinds.values.flatMap(\.alwaysLimiteNames) + proseAnnex.alwaysLimiteNames)
    }

    /// These schemas with `field` added to `kind` (a test shows such a field withheld and swapped).
    func adding(_ field: FieldSpec, to kind: SourceKind) -> Schemas {
        var copy = self
        copy.kinds[kind] = self[kind].adding(field)
        return copy
    }

    /// The schemas councildoc reads.
    static let standard = Schemas(
        kinds: [
            .strategy: kind + metadata + FieldSchema([
                FieldSpec("id", .identifier, .identity),
                FieldSpec("title", .text, required: true),
                FieldSpec("short-title", .text),
                // An objective's id names it ("objective 2.iv" shows where a public text
                // cites an objective of a withheld strategy); its text does not show.
                FieldSpec("objectives", .records(FieldSchema([
                    FieldSpec("id", .identifier, .identity),
                    FieldSpec("text", .text, required: true),
                    FieldSpec("sub", .records(FieldSchema([
                        FieldSpec("id", .identifier, .identity), FieldSpec("text", .text, required: true),
                    ]))),
                ])), required: true),
            ]),
            .empact: kind + FieldSchema([
                FieldSpec("cycle", .identifier, .identity),
                FieldSpec("title", .text),
                FieldSpec("oaps", .records(FieldSchema([
                    FieldSpec("id", .identifier),
                    FieldSpec("title", .text),
                    FieldSpec("actions", .records(FieldSchema([FieldSpec("id", .identifier), FieldSpec("title", .text)]))),
                ]))),
            ]),
            .plan: kind + metadata + FieldSchema([
                FieldSpec("id", .identifier, .identity),
                FieldSpec("title", .text, required: true),
                FieldSpec("period", .text),
                FieldSpec("strategy", .identifier, required: true),
                FieldSpec("empact", .identifier),
                FieldSpec("state", .choice(Plan.State.allCases.map(\.rawValue))),
                FieldSpec("timeline-title", .text),
                FieldSpec("timeline-caption", .text),
                FieldSpec("timeline", .records(FieldSchema([FieldSpec("semester", .identifier), FieldSpec("text", .markdown)]))),
                FieldSpec("annexes", .records(FieldSchema([
                    FieldSpec("id", .identifier),
                    FieldSpec("title", .text),
                    FieldSpec("classification", .choice(Classification.allCases.map(\.rawValue)), .decision),
                    FieldSpec("generated", .choice(Plan.GeneratedAnnex.allCases.map(\.rawValue))),
                    FieldSpec("source", .identifier),
                ]))),
            ]),
            .action: kind + metadata + FieldSchema([
                FieldSpec("id", .actionID, .identity),
                FieldSpec("title", .text, required: true),
                FieldSpec("status", .choice(Action.Status.allCases.map(\.rawValue)), required: true),
                FieldSpec("leader", .participant),
                FieldSpec("co-leaders", .list(.participant)),
                FieldSpec("participants", .list(.participant)),
                FieldSpec("objectives", .list(.objectiveID)),
                FieldSpec("empact", .records(FieldSchema([FieldSpec("oap", .oapReference), FieldSpec("via", .boolean)]))),
                FieldSpec("continues", .actionID),
                FieldSpec("contact", .text, .alwaysLimite),
                FieldSpec("strategic-objectives", .list(.objectiveID)),
                FieldSpec("performance-indicator", .markdown),
                FieldSpec("possible-outcomes", .list(.text)),
                FieldSpec("other-parties", .list(.text)),
            ]),
            .report: kind + metadata + FieldSchema([
                FieldSpec("title", .text, required: true),
                // The action a report is on names it, as an action's number does ("the
                // report on 13.4"): `report:13.4` resolves to it even when it is withheld.
                FieldSpec("action", .actionID, .identity),
                FieldSpec("recommendations", .records(FieldSchema([
                    FieldSpec("id", .identifier), FieldSpec("text", .markdown), FieldSpec("by", .text),
                    FieldSpec("how", .text), FieldSpec("when", .text),
                ]))),
                FieldSpec("roadmap", .record(FieldSchema([
                    FieldSpec("roadmap-title", .text), FieldSpec("action-number", .text),
                    FieldSpec("action-title", .text), FieldSpec("group-leader", .text),
                ]))),
                FieldSpec("outcomes", .record(FieldSchema([
                    FieldSpec("arrests", .number),
                    FieldSpec("seizures", .records(FieldSchema([
                        FieldSpec("what", .text), FieldSpec("amount", .number), FieldSpec("unit", .text),
                    ]))),
                    FieldSpec("cases", .number),
                    FieldSpec("others", .list(.text)),
                    FieldSpec("examples", .list(.text)),
                ]))),
                FieldSpec("questionnaire", .records(FieldSchema([
                    FieldSpec("id", .identifier),
                    FieldSpec("title", .text),
                    FieldSpec("unit", .choice(Report.Chart.Unit.allCases.map(\.rawValue))),
                    FieldSpec("data", .records(FieldSchema([FieldSpec("label", .text), FieldSpec("value", .number)]))),
                ]))),
            ]),
            .note: kind + metadata + FieldSchema([FieldSpec("title", .text, required: true)]),
        ],
        proseAnnex: FieldSchema([
            FieldSpec("kind", .text, .decision),
            FieldSpec("title", .text),
            FieldSpec("classification", .choice(Classification.allCases.map(\.rawValue)), .decision),
            withheld,
        ]),
        config: FieldSchema([
            FieldSpec("title", .text), FieldSpec("working-party", .text), FieldSpec("language", .identifier),
            FieldSpec("base-url", .text),
        ]),
        register: FieldSchema([
            FieldSpec("bodies", .records(FieldSchema([
                FieldSpec("id", .identifier), FieldSpec("name", .text), FieldSpec("full-name", .text),
            ]))),
        ]))

    /// `kind`, which every document declares; and the mark of a shell.
    static let kind = FieldSchema([FieldSpec("kind", .choice(SourceKind.allCases.map(\.rawValue)), .decision), withheld])

    /// The mark of a shell (`ShellSource`): what the public sources hold in place of a
    /// withheld object. Accepted in the public sources only.
    static let withheld = FieldSpec(ShellSource.field, .choice(ShellSource.Kind.allCases.map(\.rawValue)), .decision)

    /// The Council metadata every document (but an EMPACT cycle) carries on its cover.
    static let metadata = FieldSchema([
        FieldSpec("number", .documentNumber, .identity),
        FieldSpec("date", .date),
        FieldSpec("place", .text),
        FieldSpec("language", .identifier),
        FieldSpec("classification", .choice(Classification.allCases.map(\.rawValue)), .decision),
        FieldSpec("public-release", .date, .decision),
        FieldSpec("codes", .list(.text)),
        FieldSpec("type", .text),
        FieldSpec("from", .text),
        FieldSpec("to", .text),
        FieldSpec("previous", .list(.text)),
        FieldSpec("subject", .text),
        FieldSpec("initials", .text),
        FieldSpec("dg", .text),
    ])
}
