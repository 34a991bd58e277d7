import Foundation
import Testing

/// The invariants of docs/ARCHITECTURE.md, checked on the sources: data
/// flows one way through the layers, and the unsafe and parallel machinery
/// stays in `Performance/`.
@Suite("Architecture")
struct ArchitectureTests {
    /// The library's folders from the bottom up: a folder may use the types
    /// of its own layer and those below, never those above. `Messages` and
    /// `CommandLine` are one layer (the catalogue words the usage errors the
    /// command line makes).
    static let layers: [[String]] = [
        ["Support"], ["Performance"], ["Text"], ["Model"], ["Input"], ["DataSet"], ["Analysis"], ["Output"], ["Files"],
        ["Messages", "CommandLine"], ["API"],
    ]
    static let library = Repository.root.appendingPathComponent("Sources/ChildPlanKit")

    static func sources(in folder: String) -> [(name: String, code: String)] {
        let directory = library.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return nil }
            // Comments and string literals say nothing about what the code uses.
            let code = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #""(?:[^"\\\n]|\\.)*""#, with: "\"\"", options: .regularExpression)
            return (name, code)
        }
    }

    @Test func everyFolderOfTheLibraryHasALayer() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.library.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.layers.joined()))
    }

    @Test func noLayerUsesATypeOfALayerAboveIt() {
        let declaration = try! NSRegularExpression(
            pattern: #"^(?:public |final |indirect |@\w+ )*(?:struct|enum|class|protocol|typealias) ([A-Z]\w*)"#, options: .anchorsMatchLines)
        var layerOfType: [String: Int] = [:]
        for (layer, folders) in Self.layers.enumerated() {
            for folder in folders {
                for file in Self.sources(in: folder) {
                    let range = NSRange(file.code.startIndex..., in: file.code)
                    for match in declaration.matches(in: file.code, range: range) {
                        layerOfType[String(file.code[Range(match.range(at: 1), in: file.code)!])] = layer
                    }
                }
            }
        }
        #expect(layerOfType.count > 100)
        for (layer, folders) in Self.layers.enumerated() {
            for folder in folders {
                for file in Self.sources(in: folder) {
                    for (type, typeLayer) in layerOfType where typeLayer > layer {
                        let uses = file.code.range(of: #"\b\#(type)\b"#, options: .regularExpression) != nil
                        #expect(!uses, "\(folder)/\(file.name) uses \(type), of a layer above it")
                    }
                }
            }
        }
    }

    /// Where unsafe or parallel machinery may stand outside `Performance/`,
    /// each with the comment at its site that says why it holds.
    static let allowedOutsidePerformance: Set<String> = [
        "Model/Day.swift: unsafeUninitializedCapacity",  // ten bytes of a day (ISO or Vietnamese) written in place
        "Input/DataLoader.swift: unsafeUninitializedCapacity",  // a file read with read(2) into its array
    ]

    /// `OfficeFormats` (ZIP, DEFLATE, XML, the Word and Excel tables) is a library of its own below `Input`:
    /// it imports nothing of childplan's and holds no unsafe or parallel code at all.
    @Test func officeFormatsStandsAloneAndSafe() throws {
        let folder = Repository.root.appendingPathComponent("Sources/OfficeFormats")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(names.count >= 6)
        for name in names {
            let code = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let imports = code.split(separator: "\n").filter { $0.hasPrefix("import ") || $0.contains(" import ") }.map { $0.split(separator: " ").last! }
            #expect(Set(imports).isSubset(of: ["Foundation"]), "\(name) imports \(imports)")
            for marker in ["Unsafe", "unsafe", "@unchecked", "concurrentPerform", "Unmanaged"] {
                #expect(!code.contains(marker), "\(name) uses \(marker)")
            }
        }
    }

    @Test func unsafeAndParallelMachineryStaysInThePerformanceFolder() {
        let markers = ["@unchecked Sendable", "concurrentPerform", "NSLock", "nonisolated(unsafe)", "loadUnaligned",
                       "unsafeUninitializedCapacity", ".allocate(", "Unmanaged"]
        for folder in Self.layers.joined() where folder != "Performance" {
            for file in Self.sources(in: folder) {
                for marker in markers where file.code.contains(marker) {
                    #expect(Self.allowedOutsidePerformance.contains("\(folder)/\(file.name): \(marker)"),
                            "\(folder)/\(file.name) uses \(marker): put it behind a safe type in Performance/")
                }
            }
        }
    }
}
