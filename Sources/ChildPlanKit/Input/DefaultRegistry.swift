/// The registry every command starts from: `Data/agencies.csv`, built into
/// the library so that the 2025 successions apply wherever a report runs.
/// Registry files among the loaded data (and `--registry`) add to it and override it.
public enum DefaultRegistry {
    public static let registry: AgencyRegistry = {
        let (loaded, _) = RegistryReader.read(utf8: Array(csv.utf8), file: "agencies.csv (built in)")
        return AgencyRegistry(agencies: loaded?.agencies ?? [])
    }()
}
