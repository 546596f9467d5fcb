import Foundation

/// The conversion stage, after the redaction proof and before the write: the PDF and the
/// DOCX of every document of both editions, each converted from the document's printed
/// source (`OutputFormat.print`) alone. The proof has compared the public edition's printed
/// sources byte for byte with those built from swapped LIMITE content; a converter is given
/// that file, its own fixed resources, and a date read from that file, and reads nothing
/// else (no link or image to fetch, an empty working folder), so what it writes for the
/// public edition cannot depend on LIMITE content either.
///
/// With a `ConversionStore`, a document whose printed source, converter and councildoc are
/// those of a stored conversion takes the stored file instead of being converted again:
/// the same file the conversion would write, from the same proven source.
enum Conversions {
    /// The editions with the converted files added (each edition sorted by path), or the
    /// problems that stopped the conversion (nothing is written then).
    static func convert(_ editions: [(Edition, [OutputFile])], into formats: Set<ConvertedFormat>,
                        store: ConversionStore? = nil,
                        environment: [String: String] = ProcessInfo.processInfo.environment,
                        timings: StageTimings = StageTimings()) -> (editions: [(Edition, [OutputFile])], problems: [Diagnostic]) {
        guard !formats.isEmpty else { return (editions, []) }
        var programs: [ConvertedFormat: ExternalProgram] = [:]
        var problems: [Diagnostic] = []
        for format in formats.sorted() {
            if let program = ExternalProgram.find(format.program, environment: environment) {
                programs[format] = program
            } else {
                problems.append(Diagnostic(.converterMissing,
                                           "--\(format.rawValue) needs \(format.program), which is not on PATH: \(format.installHint); nothing was written",
                                           at: nil))
            }
        }
        guard problems.isEmpty else { return (editions, problems) }
        let converters = formats.reduce(into: [ConvertedFormat: String]()) { $0[$1] = programs[$1]!.identity(remembering: store) }

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("councildoc-convert-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try ReferenceDocument.bytes.write(to: folder.appendingPathComponent("reference.docx"))
            try Data(WordFilter.lua.utf8).write(to: folder.appendingPathComponent("word.lua"))
        } catch {
            return (editions, [Diagnostic(.conversionFailed, "cannot prepare the conversion in \(folder.path): \(error.localizedDescription)", at: nil)])
        }

        struct Job: Sendable {
            var edition: Int
            var source: OutputFile
            var format: ConvertedFormat
            var path: String
            var key: String
        }
        var jobs: [Job] = []
        for (index, (_, files)) in editions.enumerated() {
            for file in files {
                for format in formats.sorted() {
                    if let path = format.path(of: file.path) {
                        jobs.append(Job(edition: index, source: file, format: format, path: path,
                                        key: ConversionStore.key(format: format, converter: converters[format]!, source: file)))
                    }
                }
            }
        }
        let results = timings.measure("convert (\(formats.sorted().map(\.rawValue).joined(separator: ", ")))") {
            Array(jobs.enumerated()).parallelMap { number, job -> Result<OutputFile, ExternalProgram.Failure> in
                if let stored = store?.bytes(for: job.key) { return .success(OutputFile(path: job.path, bytes: stored)) }
                let work = folder.appendingPathComponent("job-\(number)")
                do {
                    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
                    let bytes = try Converter(format: job.format, program: programs[job.format]!, resources: folder)
                        .convert(job.source, in: work)
                    try? FileManager.default.removeItem(at: work)
                    store?.put(bytes, for: job.key, format: job.format)
                    return .success(OutputFile(path: job.path, bytes: bytes))
                } catch let failure as ExternalProgram.Failure {
                    return .failure(ExternalProgram.Failure(description: "cannot convert \(editions[job.edition].0.rawValue)/\(job.source.path) to \(job.format.rawValue.uppercased()): \(failure.description); nothing was written"))
                } catch {
                    return .failure(ExternalProgram.Failure(description: "cannot convert \(editions[job.edition].0.rawValue)/\(job.source.path) to \(job.format.rawValue.uppercased()): \(error.localizedDescription); nothing was written"))
                }
            }
        }
        var converted = editions
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let file): converted[job.edition].1.append(file)
            case .failure(let failure): problems.append(Diagnostic(.conversionFailed, failure.description, at: nil))
            }
        }
        guard problems.isEmpty else { return (editions, problems) }
        store?.prune(keeping: Set(jobs.map(\.key)), of: formats)
        for index in converted.indices { converted[index].1.sort { $0.path < $1.path } }
        return (converted, [])
    }
}

extension Conversions {
    /// The editions with the converted files of `formats` that `store` holds added (each
    /// edition sorted by path), and how many it does not hold. Runs no converter.
    static func stored(_ editions: [(Edition, [OutputFile])], into formats: Set<ConvertedFormat>,
                       store: ConversionStore, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (editions: [(Edition, [OutputFile])], missing: Int) {
        var missing = 0
        var result = editions
        for format in formats.sorted() {
            let converter = ExternalProgram.find(format.program, environment: environment)?.identity(remembering: store)
            for (index, (_, files)) in editions.enumerated() {
                for file in files {
                    guard let path = format.path(of: file.path) else { continue }
                    if let converter, let bytes = store.bytes(for: ConversionStore.key(format: format, converter: converter, source: file)) {
                        result[index].1.append(OutputFile(path: path, bytes: bytes))
                    } else {
                        missing += 1
                    }
                }
            }
        }
        for index in result.indices { result[index].1.sort { $0.path < $1.path } }
        return (result, missing)
    }
}

/// One conversion: a printed source to PDF or DOCX, in an empty working folder.
struct Converter {
    let format: ConvertedFormat
    let program: ExternalProgram
    /// The folder holding `reference.docx` and `word.lua`.
    let resources: URL

    /// The converted file's bytes.
    func convert(_ source: OutputFile, in work: URL) throws -> Data {
        let input = work.appendingPathComponent("document.html")
        let output = work.appendingPathComponent("document.\(format.fileExtension)")
        try source.contents.write(to: input)
        // Dates the converters stamp (WeasyPrint's font subsets, pandoc's DOCX properties and
        // zip entries) come from the document's own date, so the same source gives the same bytes.
        let environment = ["SOURCE_DATE_EPOCH": String(Self.epoch(of: source))]
        switch format {
        case .pdf:
            try program.run(["--encoding", "utf-8", input.path, output.path], in: work, environment: environment)
        case .docx:
            try program.run(["--from", "html", "--to", "docx",
                             "--reference-doc", resources.appendingPathComponent("reference.docx").path,
                             "--lua-filter", resources.appendingPathComponent("word.lua").path,
                             "--output", output.path, input.path], in: work, environment: environment)
        }
        return try Data(contentsOf: output)
    }

    /// The seconds from 1970 to the date of the printed source's `dcterms.created` meta
    /// element (midnight UTC); 0 when it has none.
    static func epoch(of source: OutputFile) -> Int {
        let text = source.text
        let opening = "<meta name=\"\(PrintPageWriter.dateMeta)\" content=\""
        guard let start = text.range(of: opening), let head = text.range(of: "</head>"), start.upperBound < head.lowerBound,
              let date = CouncilDate(String(text[start.upperBound...].prefix(10))) else { return 0 }
        return daysFromCivil(date.year, date.month, date.day) * 86_400
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
    /// algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
