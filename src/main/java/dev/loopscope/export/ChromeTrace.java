package dev.loopscope.export;

import dev.loopscope.render.SegmentState;
import dev.loopscope.render.TimelineModel;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded run as Chrome trace event JSON (the "JSON Object Format" of the Trace Event Format),
 * which Perfetto (ui.perfetto.dev) and chrome://tracing open.
 *
 * <p><b>Tracks.</b> One process (pid 1, named after the scenario); thread 1 is the event loop,
 * then one thread per task, {@code tid = 2 + lane} in creation order, named after the task
 * (its last name, if renamed) by {@code thread_name} metadata, ordered by {@code thread_sort_index}.
 *
 * <p><b>Clock.</b> {@code ts} and {@code dur} are the virtual clock in microseconds (up to three
 * decimals: nanoseconds), the same clock as the loop trace. Nothing is stretched: executing
 * statements takes no virtual time, so most steps are complete events with {@code dur: 0}, which
 * Perfetto draws as a thin mark you can click (its arguments say the coroutine, the line it resumed at and
 * the event number); the time a task spends is in its waits.
 *
 * <p><b>Events.</b>
 * <ul>
 * <li>{@code X}, cat {@code step}, name {@code step}: one per task step (one per {@code step} line of
 * the loop trace), from the step's start to the task's suspension or end (longer than 0 only when a
 * {@code time.sleep} blocks inside it).</li>
 * <li>{@code X}, cat {@code wait}, name {@code awaits WHAT} ("awaits sleep until 2 s", "awaits Task-3",
 * "awaits a future"): from the suspension to the wake-up (the task's step joins the ready queue);
 * a wait still open when the run ends lasts to the last event.</li>
 * <li>{@code X}, cat {@code ready}: a task woken but not yet run, only when that takes virtual
 * time (a blocking call ran first).</li>
 * <li>{@code X}, cat {@code block}, name {@code time.sleep(S)}: on the loop track and inside the step
 * of the task that called it.</li>
 * <li>{@code X}, cat {@code idle}, on the loop track: nothing ready, the clock jumps to the next
 * timer. {@code X}, cat {@code callback}: a callback that is not a task step (dur 0).</li>
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

    private static final class Emitter {
        private final TimelineModel m;
        private final Writer out;
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private boolean first = true;

        // the step in progress (the loop runs one at a time)
        private int stepLane = -1;
        private long stepStart;
        private int stepLine;
        private int stepEvent;
        private final List<long[]> stepBlocks = new ArrayList<>();
        private final List<String> stepBlockNames = new ArrayList<>();

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
            long last = n == 0 ? 0 : Json.nanos(m.event(n - 1).time());
            for (int i = 0; i < n; i++) {
                event(i, m.event(i), last);
                if (sb.length() > 1 << 16) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            // callbacks that are not task steps, from the timeline's loop lane
            for (int s = m.segmentsFrom(TimelineModel.LOOP); s < m.segmentsTo(TimelineModel.LOOP); s++) {
                if (m.segmentState(TimelineModel.LOOP, s) == SegmentState.CALLBACK) {
                    long t0 = time(m.segmentStart(TimelineModel.LOOP, s), last);
                    long t1 = time(m.segmentEnd(TimelineModel.LOOP, s), last);
                    String name = m.loopCallback(s);
                    complete(LOOP_TID, "callback", name == null ? "callback" : name, t0, t1 - t0);
                    sb.append(",\"args\":{\"event\":").append(m.segmentStart(TimelineModel.LOOP, s)).append("}}");
                }
                if (sb.length() > 1 << 16) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
            sb.append("\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{\"generator\":\"LoopScope\",\"scenario\":");
            Json.string(sb, m.run().fileName());
            sb.append(",\"clock\":\"virtual (asyncio loop.time()), in microseconds\"}}\n");
            out.append(sb);
            sb.setLength(0);
            out.flush();
        }

        private long time(int event, long last) {
            return event < m.eventCount() ? Json.nanos(m.event(event).time()) : last;
        }

        private static int tid(int lane) {
            return lane < 0 ? LOOP_TID : lane + 2;
        }

        private void event(int i, Event e, long last) {
            if (e instanceof Event.TaskStep s) {
                int lane = m.laneOfTask(s.task());
                if (lane >= 0) {
                    closeStep(Json.nanos(e.time()));
                    stepLane = lane;
                    stepStart = Json.nanos(e.time());
                    stepLine = s.line();
                    stepEvent = i;
                }
            } else if (e instanceof Event.TaskSuspended s) {
                int lane = m.laneOfTask(s.task());
                if (lane >= 0) {
                    if (lane == stepLane) {
                        closeStep(Json.nanos(e.time()));
                    }
                    int seg = m.segmentAt(lane, i);
                    if (seg >= 0 && m.segmentStart(lane, seg) == i) {
                        SegmentState st = m.segmentState(lane, seg);
                        long t0 = Json.nanos(e.time());
                        long t1 = time(m.segmentEnd(lane, seg), last);
                        if (st == SegmentState.WAITING) {
                            String why = m.waitReason(lane, seg);
                            complete(tid(lane), "wait", "awaits " + (why == null ? "a future" : why), t0, t1 - t0);
                            sb.append(",\"args\":{\"line\":").append(s.line()).append(",\"event\":").append(i);
                            if (m.segmentEnd(lane, seg) >= m.eventCount()) {
                                sb.append(",\"unfinished\":true");
                            }
                            sb.append("}}");
                            // the wake-up, if the task then waits in the ready queue for a while
                            int next = seg + 1;
                            if (next < m.segmentsTo(lane) && m.segmentState(lane, next) == SegmentState.READY) {
                                long r0 = time(m.segmentStart(lane, next), last);
                                long r1 = time(m.segmentEnd(lane, next), last);
                                if (r1 > r0) {
                                    complete(tid(lane), "ready", "ready (in the ready queue)", r0, r1 - r0);
                                    sb.append('}');
                                }
                            }
                        }
                    }
                }
            } else if (e instanceof Event.TaskDone d) {
                int lane = m.laneOfTask(d.task());
                if (lane >= 0) {
                    if (lane == stepLane) {
                        closeStep(Json.nanos(e.time()));
                    }
                    instant(tid(lane), "t", "done", "done: " + cut(d.outcome(), 80), Json.nanos(e.time()));
                    sb.append(",\"args\":{\"outcome\":");
                    Json.string(sb, d.outcome()).append(",\"event\":").append(i).append("}}");
                }
            } else if (e instanceof Event.Output o) {
                instant(tid(stepLane), "t", "print", o.err() ? "stderr" : "print", Json.nanos(e.time()));
                sb.append(",\"args\":{\"text\":");
                Json.string(sb, o.text()).append(",\"event\":").append(i).append("}}");
            } else if (e instanceof Event.Block b) {
                long t0 = Json.nanos(b.time());
                long t1 = Json.nanos(b.time() + b.seconds());
                String name = "time.sleep(" + b.repr() + ")";
                complete(LOOP_TID, "block", name, t0, t1 - t0);
                sb.append(",\"args\":{\"event\":").append(i).append("}}");
                int lane = m.laneOfTask(b.task());
                if (lane >= 0 && lane == stepLane) {
                    stepBlocks.add(new long[] {t0, t1 - t0, i});
                    stepBlockNames.add(name);
                }
            } else if (e instanceof Event.ClockAdvanced c) {
                long t0 = Json.nanos(c.from());
                long t1 = Json.nanos(c.time());
                complete(LOOP_TID, "idle", "idle: waits for the next timer", t0, t1 - t0);
                sb.append('}');
            } else if (e instanceof Event.Round r) {
                instant(LOOP_TID, "t", "round", "round", Json.nanos(e.time()));
                sb.append(",\"args\":{\"round\":").append(r.round()).append("}}");
            } else if (e instanceof Event.RunEnd r) {
                closeStep(Json.nanos(e.time()));
                instant(LOOP_TID, "g", "end", "asyncio.run: " + cut(r.outcome(), 80), Json.nanos(e.time()));
                sb.append(",\"args\":{\"outcome\":");
                Json.string(sb, r.outcome()).append("}}");
            } else if (e instanceof Event.Error r) {
                closeStep(Json.nanos(e.time()));
                instant(LOOP_TID, "g", "end", "error: " + cut(r.text(), 80), Json.nanos(e.time()));
                sb.append(",\"args\":{\"error\":");
                Json.string(sb, r.text()).append(",\"traceback\":");
                Json.string(sb, r.traceback()).append("}}");
            } else if (e instanceof Event.Deadlock) {
                closeStep(Json.nanos(e.time()));
                instant(LOOP_TID, "g", "end", "deadlock: the loop would wait forever", Json.nanos(e.time()));
                sb.append('}');
            }
        }

        /** Writes the step in progress, if any, ending at {@code end}, with the blocking calls inside it. */
        private void closeStep(long end) {
            if (stepLane < 0) {
                return;
            }
            int tid = tid(stepLane);
            complete(tid, "step", "step", stepStart, Math.max(0, end - stepStart));
            sb.append(",\"args\":{\"coroutine\":");
            Json.string(sb, m.laneCoro(stepLane)).append(",\"line\":").append(stepLine).append(",\"event\":")
                    .append(stepEvent).append("}}");
            for (int k = 0; k < stepBlocks.size(); k++) {
                long[] b = stepBlocks.get(k);
                complete(tid, "block", stepBlockNames.get(k), b[0], b[1]);
                sb.append(",\"args\":{\"event\":").append(b[2]).append("}}");
            }
            stepBlocks.clear();
            stepBlockNames.clear();
            stepLane = -1;
        }

        private void separator() {
            if (first) {
                first = false;
            } else {
                sb.append(",\n");
            }
        }

        /** Opens {"ph":"X",...,"dur":D (the caller adds args and the closing brace). */
        private void complete(int tid, String cat, String name, long ts, long dur) {
            separator();
            sb.append("{\"ph\":\"X\",\"pid\":").append(PID).append(",\"tid\":").append(tid).append(",\"cat\":");
            Json.string(sb, cat).append(",\"name\":");
            Json.string(sb, name).append(",\"ts\":");
            Json.micros(sb, ts).append(",\"dur\":");
            Json.micros(sb, dur);
        }

        /** Opens an instant event (the caller adds args and the closing brace). */
        private void instant(int tid, String scope, String cat, String name, long ts) {
            separator();
            sb.append("{\"ph\":\"i\",\"s\":\"").append(scope).append("\",\"pid\":").append(PID).append(",\"tid\":")
                    .append(tid).append(",\"cat\":");
            Json.string(sb, cat).append(",\"name\":");
            Json.string(sb, name).append(",\"ts\":");
            Json.micros(sb, ts);
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
