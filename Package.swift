// swift-tools-version:6.0
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
        .executableTarget(
            name: "councildoc",
            dependencies: [
                "CouncilDoc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "councildoc-bench",
            dependencies: ["CouncilDoc"]
        ),
        .testTarget(
            name: "CouncilDocTests",
            dependencies: ["CouncilDoc", "CCmarkInterpose"],
            exclude: ["Fixtures"]
        ),
    ]
)
