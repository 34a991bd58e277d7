/// The tasks of a data set numbered plan by plan, in order, from 0, and
/// found again by plan and task id: how an update is matched to its task
/// (`TaskRef` carries the number).
struct TaskLookup: Sendable {
    /// Plan id → the plan's position (the first plan with the id).
    private var planPositions: [String: Int] = [:]
    /// Where each plan's groups start in `numbers`: group `g` (0-based) of
    /// plan `p` is `numbers[groupStarts[p * 7 + g] ..< groupStarts[p * 7 + g + 1]]`,
    /// indexed by task number. One flat table, not an array per group.
    private var groupStarts: [Int32] = [0]
    /// Task number within its group → the task's number in the data set, or -1.
    private var numbers: [Int32] = []
    /// The number of each plan's first task.
    private(set) var firstTask: [Int] = []
    private(set) var count = 0

    private static let groupCount = TaskGroup.allCases.count

    init(_ plans: [Plan]) {
        firstTask.reserveCapacity(plans.count)
        groupStarts.reserveCapacity(plans.count * TaskLookup.groupCount + 1)
        // By index: each task's group and number read in place, no task copied.
        for index in plans.indices {
            firstTask.append(count)
            // Each group's row is as long as its highest task number, plus one.
            var widths = [Int](repeating: 0, count: TaskLookup.groupCount)
            for taskIndex in plans[index].tasks.indices {
                let group = plans[index].tasks[taskIndex].group.rawValue - 1
                widths[group] = max(widths[group], plans[index].tasks[taskIndex].number + 1)
            }
            let planStart = numbers.count
            var groupOffsets = [Int](repeating: 0, count: TaskLookup.groupCount)
            for group in 0..<TaskLookup.groupCount {
                groupOffsets[group] = numbers.count - planStart
                numbers.append(contentsOf: repeatElement(-1, count: widths[group]))
                groupStarts.append(Int32(numbers.count))
            }
            for taskIndex in plans[index].tasks.indices {
                let group = plans[index].tasks[taskIndex].group.rawValue - 1
                numbers[planStart + groupOffsets[group] + plans[index].tasks[taskIndex].number] = Int32(count)
                count += 1
            }
            if planPositions[plans[index].id] == nil { planPositions[plans[index].id] = index }
        }
    }

    func position(ofPlan planID: String) -> Int? { planPositions[planID] }

    /// A task, by its plan's position and its id.
    func task(planPosition: Int, task taskID: String) -> TaskRef? {
        guard let (group, number) = PlanTask.place(ofID: taskID) else { return nil }
        let slot = planPosition * TaskLookup.groupCount + group.rawValue - 1
        let (start, end) = (Int(groupStarts[slot]), Int(groupStarts[slot + 1]))
        guard number < end - start, numbers[start + number] >= 0 else { return nil }
        return TaskRef(number: numbers[start + number])
    }

    /// A task, by its plan's id and its own.
    func task(plan planID: String, task taskID: String) -> TaskRef? {
        position(ofPlan: planID).flatMap { task(planPosition: $0, task: taskID) }
    }
}

