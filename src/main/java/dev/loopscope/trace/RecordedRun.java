package dev.loopscope.trace;

import java.util.List;

/** Everything one run of a scenario published, in order; played back by the UI, written by exporters. */
public record RecordedRun(String fileName, List<Event> events) {
    public String loopTrace() {
        return LoopTraceWriter.write(events);
    }
}
