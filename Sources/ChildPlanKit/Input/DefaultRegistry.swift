/// The registry every command starts from: `Data/agencies.csv` and
/// `Data/provinces.csv`, built into the library so that the 2025 successions
/// apply wherever a report runs. Registry files among the loaded data (and
/// `--registry`) add to it and override it.
public enum DefaultRegistry {
    public static let registry: AgencyRegistry = {
        let (agencies, _) = RegistryReader.read(utf8: Array(csv.utf8), file: "agencies.csv (built in)")
        let (provinces, _) = RegistryReader.read(utf8: Array(provincesCSV.utf8), file: "provinces.csv (built in)")
        let files = [agencies, provinces].compactMap { $0 }
        return AgencyRegistry(agencies: files.flatMap(\.agencies), places: files.flatMap(\.places), duties: files.flatMap(\.duties))
    }()
}
