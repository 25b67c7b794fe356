package dev.loopscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundSinkTest {

    @Test
    void everyEventArrivesInOrderBeforeCloseReturns() {
        List<Event> seen = new ArrayList<>();
        List<Event> sent = new ArrayList<>();
        EventSink target = new EventSink() {
            @Override
            public void accept(Event e) {
                seen.add(e);
            }

            @Override
            public boolean wantsLoopDetail() {
                return false;
            }
        };
        try (BackgroundSink sink = new BackgroundSink(target, "test writer")) {
            assertFalse(sink.wantsLoopDetail(), "it asks for what its target asks for");
            for (int i = 0; i < 100_003; i++) { // many batches, the last one partly filled
                Event e = new Event.TaskStep(i, i, "Task-" + i, 1);
                sent.add(e);
                sink.accept(e);
            }
        }
        assertEquals(sent, seen);
    }

    @Test
    void aFailingTargetFailsCloseAndNeverBlocksTheRun() {
        IllegalStateException boom = new IllegalStateException("boom");
        int[] seen = {0};
        BackgroundSink sink = new BackgroundSink(e -> {
            seen[0]++;
            throw boom;
        }, "test writer");
        for (int i = 0; i < 200_000; i++) { // more than the batches in flight: a blocked run would hang here
            sink.accept(new Event.Deadlock(i));
        }
        IllegalStateException thrown = assertThrows(IllegalStateException.class, sink::close);
        assertSame(boom, thrown);
        assertEquals(1, seen[0], "nothing after the failure");
    }
}
