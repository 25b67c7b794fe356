package dev.loopscope.export;

import dev.loopscope.render.SegmentState;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;

import java.io.IOException;
import java.io.Writer;
import java.util.PriorityQueue;

/**
 * A recorded run as Chrome trace event JSON (the "JSON Object Format" of the Trace Event Format),
 * which Perfetto (ui.perfetto.dev), chrome://tracing and speedscope open.
 *
 * <p><b>Tracks.</b> One process (pid 1, named after the scenario); thread 1 is the event loop,
 * then one thread per task, {@code tid = 2 + lane} in creation order, named after the task
 * (its last name, if renamed) by {@code thread_name} metadata, ordered by {@code thread_sort_index}.
 *
 * <p><b>Clock.</b> {@code ts} is the virtual clock in microseconds (up to three decimals:
 * nanoseconds), the same clock as the loop trace. Nothing is stretched: executing statements
 * takes no virtual time, so most steps begin and end at the same {@code ts} as the wait that
 * follows them; the time a task spends is in its waits.
 *
 * <p><b>Why begin/end pairs, not complete ("X") events.</b> A zero-length step and the wait
 * after it start at the same {@code ts}, and the importers order equal-start complete events by
 * duration, longest first: Perfetto's TraceSorter gives events with a {@code dur} the key
 * {@code (ts, MAX - dur, file position)}, and speedscope sorts its X events by ts, then duration
 * descending, so both made the wait the parent of the step that ran before it. Events without a
 * {@code dur} keep file order among equal timestamps: Perfetto sorts them by {@code (ts, file
 * position)}, catapult (chrome://tracing) feeds B/E events to a per-thread stack in file order,
 * and speedscope takes a stable-sorted B queue and E queue and, at equal ts, takes the B first
 * only when the next B has the same name and args as the next E (a zero-length slice) and the E
 * otherwise. So every slice is a B/E pair, the stream is sorted by ts and, at equal ts, in the
 * loop's order (what ends at an event before what begins there), no X event is mixed in (Perfetto
 * puts those before any B/E of the same ts), and an E repeats its B's name, cat and args: speedscope
 * matches the pair by them, and every slice's args carry its event number, so no two slices
 * compare equal. (Catapult logs a warning per repeated arg and keeps the value, which is the same.
 * It rebuilds nesting from closed intervals, so there a zero-length step that starts exactly where
 * a wait ends still shows inside that wait; only a stretched clock would avoid that.)
 *
 * <p><b>Events.</b>
 * <ul>
 * <li>{@code B}/{@code E}, cat {@code step}, name {@code step}: one per task step (one per
 * {@code step} line of the loop trace), from the step's start to the task's suspension or end
 * (longer than 0 only when a {@code time.sleep} blocks inside it).</li>
 * <li>{@code B}/{@code E}, cat {@code wait}, name {@code awaits WHAT} ("awaits sleep until 2 s",
 * "awaits Task-3", "awaits a future"): from the suspension to the wake-up (the task's step joins
 * the ready queue); a wait still open when the run ends lasts to the last event.</li>
 * <li>{@code B}/{@code E}, cat {@code ready}: a task woken but not yet run, only when that takes
 * virtual time (a blocking call ran first).</li>
 * <li>{@code B}/{@code E}, cat {@code block}, name {@code time.sleep(S)}: on the loop track and
 * inside the step of the task that called it.</li>
 * <li>{@code B}/{@code E}, cat {@code idle}, on the loop track: nothing ready, the clock jumps to
 * the next timer. Cat {@code callback}: a callback that is not a task step.</li>
 * <li>{@code i} (instant, thread scope): {@code print} and {@code stderr} with the line in
 * {@code args.text}, on the track of the task that printed (else the loop's); {@code done} with the
 * task's outcome; {@code round} on the loop track, one per loop round ({@code _run_once}).</li>
 * <li>{@code i} (global scope): the end of the program ({@code asyncio.run} returns or raises, an
 * uncaught error, a deadlock).</li>
 * </ul>
 */
public final class ChromeTrace {
    static final int PID = 1;
    static final int LOOP_TID = 1;

    private ChromeTrace() {
    }

    public static void write(RecordedRun run, Writer out) throws IOException {
        write(TimelineModel.of(run), out);
    }

    /** Writes the model's run as trace event JSON (UTF-8 text; {@code out} is flushed, not closed). */
    public static void write(TimelineModel m, Writer out) throws IOException {
        new Emitter(m, out).run();
    }

    /**
     * One timed event of the output. {@code anchor} is the loop event at which it happens (a
     * slice spanning events [a, b) begins at a and ends at b); at equal ts and anchor an end
     * ({@code rank} 0) goes before a begin or an instant (1), then emission order decides.
     */
    private record Rec(long ts, int anchor, int rank, long seq, String json) implements Comparable<Rec> {
        @Override
        public int compareTo(Rec o) {
            int c = Long.compare(ts, o.ts);
            if (c == 0) {
                c = Integer.compare(anchor, o.anchor);
            }
            if (c == 0) {
                c = Integer.compare(rank, o.rank);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private static final class Emitter {
        private final TimelineModel m;
        private final Writer out;
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private final PriorityQueue<Rec> pending = new PriorityQueue<>();
        private boolean first = true;
        private long seq;
        private long last;

        // the step in progress (the loop runs one at a time)
        private int stepLane = -1;
        private long stepStart;
        private String stepHead;
        private String stepArgs;

        Emitter(TimelineModel m, Writer out) {
            this.m = m;
            this.out = out;
        }

        void run() throws IOException {
            sb.append("{\"traceEvents\":[\n");
            metadata("process_name", LOOP_TID, "name", "LoopScope: " + m.run().fileName());
            metadata("thread_name", LOOP_TID, "name", "event loop");
            sortIndex(LOOP_TID, 0);
            for (int lane = 0; lane < m.laneCount(); lane++) {
                metadata("thread_name", tid(lane), "name", m.laneName(lane));
                sortIndex(tid(lane), lane + 1);
            }
            int n = m.eventCount();
            last = n == 0 ? 0 : Json.nanos(m.event(n - 1).time());
            int loopSeg = m.segmentsFrom(TimelineModel.LOOP);
            int loopTo = m.segmentsTo(TimelineModel.LOOP);
            for (int i = 0; i < n; i++) {
                // everything anchored before event i is final: nothing emitted from here on sorts before it
                while (!pending.isEmpty() && pending.peek().anchor < i) {
                    write(pending.poll());
                }
                while (loopSeg < loopTo && m.segmentStart(TimelineModel.LOOP, loopSeg) <= i) {
                    if (m.segmentStart(TimelineModel.LOOP, loopSeg) == i
                            && m.segmentState(TimelineModel.LOOP, loopSeg) == SegmentState.CALLBACK) {
                        callback(loopSeg);
                    }
                    loopSeg++;
                }
                event(i, m.event(i));
                if (sb.length() > 1 << 16) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            while (!pending.isEmpty()) {
                write(pending.poll());
            }
            sb.append("\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{\"generator\":\"LoopScope\",\"scenario\":");
            Json.string(sb, m.run().fileName());
            sb.append(",\"clock\":\"virtual (asyncio loop.time()), in microseconds\"}}\n");
            out.append(sb);
            sb.setLength(0);
            out.flush();
        }

        private long time(int event) {
            return event < m.eventCount() ? Json.nanos(m.event(event).time()) : last;
        }

        private static int tid(int lane) {
            return lane < 0 ? LOOP_TID : lane + 2;
        }

        private void callback(int seg) {
            int s0 = m.segmentStart(TimelineModel.LOOP, seg);
            int s1 = m.segmentEnd(TimelineModel.LOOP, seg);
            String name = m.loopCallback(seg);
            slice(LOOP_TID, "callback", name == null ? "callback" : name, time(s0), s0, time(s1), s1,
                    "\"event\":" + s0);
        }

        private void event(int i, Event e) {
            if (e instanceof Event.TaskStep s) {
                int lane = m.laneOfTask(s.task());
                if (lane >= 0) {
                    closeStep(Json.nanos(e.time()), i);
                    stepLane = lane;
                    stepStart = Json.nanos(e.time());
                    stepHead = head(tid(lane), "step", "step");
                    StringBuilder a = new StringBuilder("\"coroutine\":");
                    Json.string(a, m.laneCoro(lane)).append(",\"line\":").append(s.line()).append(",\"event\":").append(i);
                    stepArgs = a.toString();
                    push(stepStart, i, 1, begin(stepHead, stepStart, stepArgs));
                }
            } else if (e instanceof Event.TaskSuspended s) {
                int lane = m.laneOfTask(s.task());
                if (lane >= 0) {
                    if (lane == stepLane) {
                        closeStep(Json.nanos(e.time()), i);
                    }
                    int seg = m.segmentAt(lane, i);
                    if (seg >= 0 && m.segmentStart(lane, seg) == i) {
                        if (m.segmentState(lane, seg) == SegmentState.WAITING) {
                            wait(i, s, lane, seg);
                            seg++;
                        }
                        ready(lane, seg);
                    }
                }
            } else if (e instanceof Event.TaskDone d) {
                int lane = m.laneOfTask(d.task());
                if (lane >= 0) {
                    if (lane == stepLane) {
                        closeStep(Json.nanos(e.time()), i);
                    }
                    StringBuilder a = new StringBuilder(",\"args\":{\"outcome\":");
                    Json.string(a, d.outcome()).append(",\"event\":").append(i).append('}');
                    instant(i, tid(lane), "t", "done", "done: " + cut(d.outcome(), 80), Json.nanos(e.time()), a);
                }
            } else if (e instanceof Event.Output o) {
                StringBuilder a = new StringBuilder(",\"args\":{\"text\":");
                Json.string(a, o.text()).append(",\"event\":").append(i).append('}');
                instant(i, tid(stepLane), "t", "print", o.err() ? "stderr" : "print", Json.nanos(e.time()), a);
            } else if (e instanceof Event.Block b) {
                long t0 = Json.nanos(b.time());
                long t1 = Json.nanos(b.time() + b.seconds());
                String name = "time.sleep(" + b.repr() + ")";
                slice(LOOP_TID, "block", name, t0, i, t1, i + 1, "\"event\":" + i);
                int lane = m.laneOfTask(b.task());
                if (lane >= 0 && lane == stepLane) {
                    // emitted before the step's end, so at an equal ts it closes first
                    slice(tid(lane), "block", name, t0, i, t1, i + 1, "\"event\":" + i);
                }
            } else if (e instanceof Event.ClockAdvanced c) {
                slice(LOOP_TID, "idle", "idle: waits for the next timer", Json.nanos(c.from()), i,
                        Json.nanos(c.time()), i + 1, "\"event\":" + i);
            } else if (e instanceof Event.Round r) {
                instant(i, LOOP_TID, "t", "round", "round", Json.nanos(e.time()),
                        new StringBuilder(",\"args\":{\"round\":").append(r.round()).append('}'));
            } else if (e instanceof Event.RunEnd r) {
                closeStep(Json.nanos(e.time()), i);
                StringBuilder a = new StringBuilder(",\"args\":{\"outcome\":");
                Json.string(a, r.outcome()).append('}');
                instant(i, LOOP_TID, "g", "end", "asyncio.run: " + cut(r.outcome(), 80), Json.nanos(e.time()), a);
            } else if (e instanceof Event.Error r) {
                closeStep(Json.nanos(e.time()), i);
                StringBuilder a = new StringBuilder(",\"args\":{\"error\":");
                Json.string(a, r.text()).append(",\"traceback\":");
                Json.string(a, r.traceback()).append('}');
                instant(i, LOOP_TID, "g", "end", "error: " + cut(r.text(), 80), Json.nanos(e.time()), a);
            } else if (e instanceof Event.Deadlock) {
                closeStep(Json.nanos(e.time()), i);
                instant(i, LOOP_TID, "g", "end", "deadlock: the loop would wait forever", Json.nanos(e.time()),
                        new StringBuilder());
            }
        }

        /** The wait that starts at suspension {@code i}. */
        private void wait(int i, Event.TaskSuspended s, int lane, int seg) {
            int end = m.segmentEnd(lane, seg);
            String why = m.waitReason(lane, seg);
            String args = "\"line\":" + s.line() + ",\"event\":" + i + (end >= m.eventCount() ? ",\"unfinished\":true" : "");
            slice(tid(lane), "wait", "awaits " + (why == null ? "a future" : why), Json.nanos(s.time()), i, time(end),
                    Math.min(end, m.eventCount()), args);
        }

        /** The time a task spends in the ready queue (after a wait, or after sleep(0)), if it takes any. */
        private void ready(int lane, int seg) {
            if (seg < m.segmentsTo(lane) && m.segmentState(lane, seg) == SegmentState.READY) {
                int r0 = m.segmentStart(lane, seg);
                int r1 = m.segmentEnd(lane, seg);
                if (time(r1) > time(r0)) {
                    slice(tid(lane), "ready", "ready (in the ready queue)", time(r0), r0, time(r1),
                            Math.min(r1, m.eventCount()), "\"event\":" + r0);
                }
            }
        }

        /** Ends the step in progress, if any, at {@code end}, event {@code i}. */
        private void closeStep(long end, int i) {
            if (stepLane < 0) {
                return;
            }
            long ts = Math.max(end, stepStart);
            push(ts, i, 0, end(stepHead, ts, stepArgs));
            stepLane = -1;
        }

        /** A slice from (ts0, event a0) to (ts1, event a1), a1 > a0; the end repeats the begin's name, cat and args. */
        private void slice(int tid, String cat, String name, long ts0, int a0, long ts1, int a1, String args) {
            String head = head(tid, cat, name);
            push(ts0, a0, 1, begin(head, ts0, args));
            push(Math.max(ts0, ts1), a1, 0, end(head, Math.max(ts0, ts1), args));
        }

        private void push(long ts, int anchor, int rank, String json) {
            pending.add(new Rec(ts, anchor, rank, seq++, json));
        }

        private static String head(int tid, String cat, String name) {
            StringBuilder h = new StringBuilder(",\"pid\":").append(PID).append(",\"tid\":").append(tid).append(",\"cat\":");
            Json.string(h, cat).append(",\"name\":");
            return Json.string(h, name).toString();
        }

        private static String begin(String head, long ts, String args) {
            return phase("B", head, ts, args);
        }

        private static String end(String head, long ts, String args) {
            return phase("E", head, ts, args);
        }

        private static String phase(String ph, String head, long ts, String args) {
            StringBuilder b = new StringBuilder(head.length() + args.length() + 40).append("{\"ph\":\"").append(ph)
                    .append('"').append(head).append(",\"ts\":");
            return Json.micros(b, ts).append(",\"args\":{").append(args).append("}}").toString();
        }

        /**
         * An instant event; {@code args} is empty or {@code ,"args":{...}}. Its phase is "I": Perfetto
         * and chrome://tracing read "i" and "I" alike, and Chrome's Performance panel reads only "I".
         */
        private void instant(int i, int tid, String scope, String cat, String name, long ts, CharSequence args) {
            StringBuilder b = new StringBuilder("{\"ph\":\"I\",\"s\":\"").append(scope).append('"')
                    .append(head(tid, cat, name)).append(",\"ts\":");
            Json.micros(b, ts).append(args).append('}');
            push(ts, i, 1, b.toString());
        }

        private void write(Rec r) {
            separator();
            sb.append(r.json);
        }

        private void separator() {
            if (first) {
                first = false;
            } else {
                sb.append(",\n");
            }
        }

        private void metadata(String name, int tid, String key, String value) {
            separator();
            sb.append("{\"ph\":\"M\",\"pid\":").append(PID).append(",\"tid\":").append(tid).append(",\"name\":\"")
                    .append(name).append("\",\"args\":{\"").append(key).append("\":");
            Json.string(sb, value).append("}}");
        }

        private void sortIndex(int tid, int index) {
            separator();
            sb.append("{\"ph\":\"M\",\"pid\":").append(PID).append(",\"tid\":").append(tid)
                    .append(",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":").append(index).append("}}");
        }

        private static String cut(String s, int n) {
            return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
        }
    }
}
