package dev.loopscope.trace;

import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TaskStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TaskTableTest {
    private static TaskEntry task(int id, TaskStatus status) {
        return new TaskEntry(id, "Task-" + id, "main", status, 1, 0, "", "");
    }

    private static List<Integer> ids(TaskTable t) {
        return t.values().stream().map(TaskEntry::id).toList();
    }

    @Test
    void keepsCreationOrderNotIdOrderAndReplacesInPlace() {
        TaskTable t = new TaskTable();
        assertNull(t.put(7, task(7, TaskStatus.CREATED)));
        assertNull(t.put(3, task(3, TaskStatus.CREATED)));
        assertNull(t.put(40, task(40, TaskStatus.CREATED)));
        TaskEntry old = t.get(3);
        assertSame(old, t.put(3, task(3, TaskStatus.RUNNING)));
        assertEquals(List.of(7, 3, 40), ids(t));
        assertEquals(TaskStatus.RUNNING, t.get(3).status());
        assertNull(t.get(5));
        assertNull(t.get(10_000));
    }

    @Test
    void stepsBackByRemovingTheLastAddedOnly() {
        TaskTable t = new TaskTable();
        t.put(1, task(1, TaskStatus.CREATED));
        t.put(2, task(2, TaskStatus.CREATED));
        assertThrows(IllegalStateException.class, () -> t.removeLast(1));
        t.removeLast(2);
        assertEquals(List.of(1), ids(t));
        assertNull(t.get(2));
        t.put(2, task(2, TaskStatus.READY));
        assertEquals(List.of(1, 2), ids(t));
    }

    @Test
    void aTableRebuiltFromItsArrayIsTheSameAndIndependent() {
        TaskTable t = new TaskTable();
        for (int id = 1; id <= 1000; id++) {
            t.put(1001 - id, task(1001 - id, TaskStatus.CREATED));
        }
        TaskTable copy = new TaskTable(t.toArray(), t.ids());
        assertEquals(ids(t), ids(copy));
        copy.put(500, task(500, TaskStatus.DONE));
        assertEquals(TaskStatus.CREATED, t.get(500).status());
        assertEquals(TaskStatus.DONE, copy.get(500).status());
        copy.put(2000, task(2000, TaskStatus.CREATED));
        assertEquals(1001, copy.size());
        assertEquals(1000, t.size());
    }
}
