// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Dragoman",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dragoman", targets: ["DragomanCLI"]),
        .library(name: "DragomanKit", targets: ["DragomanKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // System C libraries: a module map and a shim header each, nothing else.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "DragomanKit",
            dependencies: ["CSQLite", "CLibXML2", "CStemmer", "CZlib"]
        ),
        .executableTarget(
            name: "DragomanCLI",
            dependencies: [
                "DragomanKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks print figures; they are run by `make bench*` in release mode.
        .executableTarget(name: "DragomanBench", dependencies: ["DragomanKit"]),
        .testTarget(name: "DragomanKitTests", dependencies: ["DragomanKit"]),
    ],
    swiftLanguageModes: [.v6]
)
