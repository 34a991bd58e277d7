/// A task of a data set: made by the data set it belongs to, and the only
/// way the layers after it name a task (for its updates, or the place of
/// its assessment). Tasks are in plan order, then in the order of their
/// plan's list.
public struct TaskRef: Hashable, Comparable, Sendable {
    /// The task's place among all the data set's tasks, from 0.
    let number: Int32

    init(number: Int32) {
        self.number = number
    }

    /// The task's place among all the data set's tasks, from 0: where its
    /// assessment goes in a list of every task's.
    var position: Int { Int(number) }

    public static func < (lhs: TaskRef, rhs: TaskRef) -> Bool { lhs.number < rhs.number }
}

/// The references of one plan's tasks, in the order of the plan's list:
/// `zip(plan.tasks, data.taskRefs(ofPlanAt: index))`.
public struct TaskRefs: RandomAccessCollection, Sendable {
    let first: Int32
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(offset: Int) -> TaskRef {
        precondition(offset >= 0 && offset < count, "a task reference past the plan's tasks")
        return TaskRef(number: first + Int32(offset))
    }
}
