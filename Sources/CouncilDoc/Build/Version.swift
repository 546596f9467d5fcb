/// The version of councildoc, printed by `councildoc --version`.
public enum CouncilDocVersion {
    /// Semantic version: the source format and command line are not yet stable (0.x).
    public static let number = "0.6.0"
}
