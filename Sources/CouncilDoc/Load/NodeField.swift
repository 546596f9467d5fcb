import Yams

extension Node {
    /// The value of the key whose text is `key` in a mapping, as the decoders match keys (by
    /// their text, whatever their tag): the deciders that read raw YAML read it the same way.
    func field(_ key: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }
}
