// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "councildoc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "councildoc", targets: ["councildoc"]),
        .library(name: "CouncilDoc", targets: ["CouncilDoc"]),
        .executable(name: "councildoc-bench", targets: ["councildoc-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // The preview server of `councildoc serve` (its optional traits are not needed).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Makes libcmark-gfm's parser safe on several threads (see its header).
        .target(name: "CCmarkInterpose"),
        // Swaps a staged edition folder with the live one in one step (renameat2).
        .target(name: "CFolderExchange"),
        .target(
            name: "CouncilDoc",
            dependencies: [
                "CCmarkGFM",
                "CCmarkInterpose",
                "CFolderExchange",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // `councildoc serve`: builds on save and serves both editions to a local browser.
        .target(
            name: "CouncilDocServe",
            dependencies: [
                "CouncilDoc",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "councildoc",
            dependencies: [
                "CouncilDoc",
                "CouncilDocServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "councildoc-bench",
            dependencies: ["CouncilDoc"]
        ),
        .testTarget(
            name: "CouncilDocTests",
            // councildoc-bench for its p50/p95 helper (@testable import of the executable).
            dependencies: ["CouncilDoc", "CouncilDocServe", "CCmarkInterpose", "councildoc-bench"],
            exclude: ["Fixtures"]
        ),
    ]
)
