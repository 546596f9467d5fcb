/// The Presidency of the Council of the EU by semester, 2011-2030 (Council Decisions
/// 2007/5/EC and 2009/908/EU as amended by (EU) 2016/1316).
public struct PresidencyRegister: Sendable {
    private let bySemester: [Semester: String]

    /// The built-in register.
    public static let builtIn: PresidencyRegister = {
        let order = ["HU", "PL", "DK", "CY", "IE", "LT", "EL", "IT", "LV", "LU", "NL", "SK", "MT", "EE",
                     "BG", "AT", "RO", "FI", "HR", "DE", "PT", "SI", "FR", "CZ", "SE", "ES", "BE", "HU",
                     "PL", "DK", "CY", "IE", "LT", "EL", "IT", "LV", "LU", "NL", "SK", "MT"]
        var table: [Semester: String] = [:]
        for (index, code) in order.enumerated() {
            let semester = Semester("\(2011 + index / 2)-S\(index % 2 + 1)")!
            table[semester] = code
        }
        return PresidencyRegister(bySemester: table)
    }()

    init(bySemester: [Semester: String]) { self.bySemester = bySemester }

    /// The member-state code of the Presidency in a semester, nil outside 2011-2030.
    public func presidency(_ semester: Semester) -> String? { bySemester[semester] }

    /// The semesters the register covers, in order.
    public var semesters: [Semester] { bySemester.keys.sorted() }
}
