/// EU institutions, bodies, agencies and international organisations that take part in
/// actions; `content/registers/bodies.yml` may add more.
public struct BodyRegister: Sendable {
    /// Every body, by name.
    public let all: [Body]
    private let byKey: [String: Body]

    /// The built-in register.
    public static let builtIn = BodyRegister(all: [
        Body(id: "cepol", name: "CEPOL", fullName: "European Union Agency for Law Enforcement Training"),
        Body(id: "commission", name: "Commission", fullName: "European Commission"),
        Body(id: "emcdda", name: "EMCDDA", fullName: "European Monitoring Centre for Drugs and Drug Addiction"),
        Body(id: "eppo", name: "EPPO", fullName: "European Public Prosecutor's Office"),
        Body(id: "euda", name: "EUDA", fullName: "European Union Drugs Agency"),
        Body(id: "euipo", name: "EUIPO", fullName: "European Union Intellectual Property Office"),
        Body(id: "eurojust", name: "Eurojust", fullName: "European Union Agency for Criminal Justice Cooperation"),
        Body(id: "europol", name: "Europol", fullName: "European Union Agency for Law Enforcement Cooperation"),
        Body(id: "frontex", name: "Frontex", fullName: "European Border and Coast Guard Agency"),
        Body(id: "interpol", name: "Interpol", fullName: "International Criminal Police Organization"),
        Body(id: "olaf", name: "OLAF", fullName: "European Anti-Fraud Office"),
        Body(id: "selec", name: "SELEC", fullName: "Southeast European Law Enforcement Center"),
        Body(id: "wco", name: "WCO", fullName: "World Customs Organization"),
    ])

    /// A register of the given bodies.
    public init(all: [Body]) {
        self.all = all.sorted { $0.name < $1.name }
        var keys: [String: Body] = [:]
        for body in all {
            keys[body.id] = body
            keys[body.name.lowercased()] = body
        }
        keys["com"] = keys["commission"]
        byKey = keys
    }

    /// The body named by an id or name, case-insensitively (`Europol`, `europol`, `COM`).
    public func body(_ key: String) -> Body? { byKey[key.lowercased()] }

    /// This register with more bodies (later ones replace earlier ones of the same id).
    public func adding(_ bodies: [Body]) -> BodyRegister {
        var merged = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        for body in bodies { merged[body.id] = body }
        return BodyRegister(all: Array(merged.values))
    }
}
