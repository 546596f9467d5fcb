// swift-tools-version:6.0
// The libFuzzer target, in a package of its own: its executable has no main() of its own
// (libFuzzer provides it), so it only links with `--sanitize fuzzer`. Run `make fuzz`.
import PackageDescription

let package = Package(
    name: "councildoc-fuzz",
    // `make fuzz` links Fuzz/councildoc to the repository, so the identity does not depend
    // on the name of the folder the repository was cloned into.
    dependencies: [.package(path: "councildoc")],
    targets: [
        .executableTarget(
            name: "councildoc-fuzz",
            dependencies: [.product(name: "CouncilDoc", package: "councildoc")]
        ),
    ]
)
