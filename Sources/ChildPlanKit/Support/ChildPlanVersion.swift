/// The version `childplan --version` prints and the HTML report names as its generator.
public enum ChildPlanVersion {
    public static let current = "0.1.0"
}
