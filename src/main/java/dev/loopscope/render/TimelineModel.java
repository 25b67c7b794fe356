package dev.loopscope.render;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.RecordedRun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline's layout of one recorded run, built once in one pass over the events and kept in
 * primitive arrays (no object per event): a lane per task (in creation order, which is also its
 * colour ordinal) with segments {@code [startEvent, endEvent)} in a {@link SegmentState}, an end
 * mark (done, failed, cancelled), the loop lane (task steps, callbacks that are not task steps,
 * waits for the next timer, blocking calls, round marks), print marks, and the {@link TimeAxis}.
 *
 * <p>A segment {@code [s, e)} is drawn from {@code axis.x(s)} to {@code axis.x(e)}: it begins with
 * the event that changed the state (event {@code s}) and ends where event {@code e} changes it
 * again. Within a lane, segments are in order and do not overlap.
 */
public final class TimelineModel {
    /** A lane's end: the task is still pending when the run ends. */
    public static final int PENDING = 0;
    public static final int DONE = 1;
    public static final int FAILED = 2;
    public static final int CANCELLED = 3;

    /** The loop lane's index in {@link #segmentsFrom}/{@link #segmentsTo} calls. */
    public static final int LOOP = -1;

    private final RecordedRun run;
    private final TimeAxis axis;

    // lanes (tasks)
    private final int laneCount;
    private final int[] laneTask;
    private final String[] laneName;
    private final String[] laneCoro;
    private final int[] laneStart;
    private final int[] laneEnd;
    private final byte[] laneOutcome;

    // task segments, grouped by lane (laneSegFrom[l] .. laneSegFrom[l+1])
    private final int[] laneSegFrom;
    private final int[] segStart;
    private final int[] segEnd;
    private final byte[] segState;

    // loop lane segments
    private final int[] loopStart;
    private final int[] loopEnd;
    private final byte[] loopState;
    /** STEP: the task's lane; CALLBACK: an index into {@link #names}; else -1. */
    private final int[] loopRef;
    private final String[] names;

    private final int[] rounds;
    private final int[] printEvent;
    private final int[] printLane;
    /** RunEnd, Error and Deadlock events. */
    private final int[] endMarks;
    /** task id -> lane + 1 (0: not a task with a lane) */
    private final int[] taskLane;

    private TimelineModel(Builder b) {
        this.run = b.run;
        this.axis = b.axis.build();
        this.laneCount = b.laneCount;
        this.laneTask = Arrays.copyOf(b.laneTask, laneCount);
        this.laneName = Arrays.copyOf(b.laneName, laneCount);
        this.laneCoro = Arrays.copyOf(b.laneCoro, laneCount);
        this.laneStart = Arrays.copyOf(b.laneStart, laneCount);
        this.laneEnd = Arrays.copyOf(b.laneEnd, laneCount);
        this.laneOutcome = Arrays.copyOf(b.laneOutcome, laneCount);
        // group task segments by lane, keeping each lane's order (counting sort)
        int n = b.sLane.size();
        int[] from = new int[laneCount + 1];
        for (int i = 0; i < n; i++) {
            from[b.sLane.get(i) + 1]++;
        }
        for (int l = 0; l < laneCount; l++) {
            from[l + 1] += from[l];
        }
        int[] fill = Arrays.copyOf(from, laneCount);
        segStart = new int[n];
        segEnd = new int[n];
        segState = new byte[n];
        for (int i = 0; i < n; i++) {
            int at = fill[b.sLane.get(i)]++;
            segStart[at] = b.sStart.get(i);
            segEnd[at] = b.sEnd.get(i);
            segState[at] = (byte) b.sState.get(i);
        }
        laneSegFrom = from;
        loopStart = b.lStart.toArray();
        loopEnd = b.lEnd.toArray();
        loopRef = b.lRef.toArray();
        loopState = new byte[b.lState.size()];
        for (int i = 0; i < loopState.length; i++) {
            loopState[i] = (byte) b.lState.get(i);
        }
        names = b.names.toArray(new String[0]);
        rounds = b.rounds.toArray();
        printEvent = b.prints.toArray();
        printLane = b.printLanes.toArray();
        endMarks = b.ends.toArray();
        taskLane = b.taskLane;
    }

    /** Lays out a recorded run (one pass over its events). */
    public static TimelineModel of(RecordedRun run) {
        return of(run, null);
    }

    /**
     * Lays out a recorded run on a shared placement of clock values ({@link CompareLayout}: two
     * runs on one axis); {@code map == null} is {@link #of(RecordedRun)}.
     */
    public static TimelineModel of(RecordedRun run, TimeAxis.ClockMap map) {
        Builder b = new Builder(run, map);
        List<Event> events = run.events();
        for (int i = 0; i < events.size(); i++) {
            b.accept(i, events.get(i));
        }
        b.finish(events.size());
        return new TimelineModel(b);
    }

    public RecordedRun run() {
        return run;
    }

    public TimeAxis axis() {
        return axis;
    }

    public int eventCount() {
        return run.events().size();
    }

    public Event event(int i) {
        return run.events().get(i);
    }

    // ---- task lanes

    public int laneCount() {
        return laneCount;
    }

    /** The task id (as in the events) of a lane. */
    public int laneTask(int lane) {
        return laneTask[lane];
    }

    /** The lane of a task id, or -1. */
    public int laneOfTask(int task) {
        return laneOfTaskFast(task);
    }

    /** The task's name (its last, if renamed). */
    public String laneName(int lane) {
        return laneName[lane];
    }

    /** The coroutine's __name__. */
    public String laneCoro(int lane) {
        return laneCoro[lane];
    }

    /** The event that created the task (its lane starts there). */
    public int laneStart(int lane) {
        return laneStart[lane];
    }

    /** The TaskDone event, or -1 if the task was still pending at the end. */
    public int laneEnd(int lane) {
        return laneEnd[lane];
    }

    /** {@link #DONE}, {@link #FAILED}, {@link #CANCELLED} or {@link #PENDING}. */
    public int laneOutcome(int lane) {
        return laneOutcome[lane];
    }

    /** The colour ordinal of a lane (creation order). */
    public int laneOrdinal(int lane) {
        return lane;
    }

    // ---- segments: lane >= 0 a task lane, LOOP the loop lane

    /** First segment index of a lane (task lanes and the loop lane number their own segments). */
    public int segmentsFrom(int lane) {
        return lane == LOOP ? 0 : laneSegFrom[lane];
    }

    /** One past the last segment index of a lane. */
    public int segmentsTo(int lane) {
        return lane == LOOP ? loopStart.length : laneSegFrom[lane + 1];
    }

    public int segmentStart(int lane, int seg) {
        return lane == LOOP ? loopStart[seg] : segStart[seg];
    }

    public int segmentEnd(int lane, int seg) {
        return lane == LOOP ? loopEnd[seg] : segEnd[seg];
    }

    public SegmentState segmentState(int lane, int seg) {
        return SegmentState.VALUES[lane == LOOP ? loopState[seg] : segState[seg]];
    }

    /** Loop lane: the running task's lane (STEP), else -1. */
    public int loopStepLane(int seg) {
        return loopState[seg] == SegmentState.STEP.ordinal() ? loopRef[seg] : -1;
    }

    /** Loop lane: the callback's name (CALLBACK), else null. */
    public String loopCallback(int seg) {
        return loopState[seg] == SegmentState.CALLBACK.ordinal() && loopRef[seg] >= 0 ? names[loopRef[seg]] : null;
    }

    /** Total task segments (all lanes). */
    public int taskSegmentCount() {
        return segStart.length;
    }

    public int loopSegmentCount() {
        return loopStart.length;
    }

    /**
     * The first segment of {@code lane} that ends after event count {@code a} (segmentsTo if
     * none): the first one visible from a viewport starting at {@code a}.
     */
    public int firstSegmentEndingAfter(int lane, int a) {
        int lo = segmentsFrom(lane);
        int hi = segmentsTo(lane);
        int[] ends = lane == LOOP ? loopEnd : segEnd;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= a) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The segment of {@code lane} holding event {@code i} ({@code start <= i < end}), or -1. */
    public int segmentAt(int lane, int i) {
        int s = firstSegmentEndingAfter(lane, i);
        return s < segmentsTo(lane) && segmentStart(lane, s) <= i ? s : -1;
    }

    // ---- marks

    /** The events that begin each loop round (_run_once), in order. */
    public int roundCount() {
        return rounds.length;
    }

    public int roundEvent(int k) {
        return rounds[k];
    }

    /** The first round at or after event {@code a}. */
    public int firstRoundAtOrAfter(int a) {
        int k = Arrays.binarySearch(rounds, a);
        return k >= 0 ? k : -k - 1;
    }

    public int printCount() {
        return printEvent.length;
    }

    public int printEvent(int k) {
        return printEvent[k];
    }

    /** The lane of the task that printed, or {@link #LOOP} when no task step was running. */
    public int printLane(int k) {
        return printLane[k];
    }

    public int firstPrintAtOrAfter(int a) {
        int k = Arrays.binarySearch(printEvent, a);
        return k >= 0 ? k : -k - 1;
    }

    /** The events that end the program: RunEnd, Error, Deadlock. */
    public int[] endMarks() {
        return endMarks.clone();
    }

    /**
     * What a waiting segment waits for, read from the events of the step that suspended
     * ("sleep until 2 s", "Task-3", "a future"); null if not a waiting segment.
     */
    public String waitReason(int lane, int seg) {
        if (lane == LOOP || segmentState(lane, seg) != SegmentState.WAITING) {
            return null;
        }
        int at = segmentStart(lane, seg);
        if (!(event(at) instanceof Event.TaskSuspended s)) {
            return null;
        }
        if (s.awaited() == 0) {
            return "one loop round";
        }
        int other = laneOfTaskFast(s.awaited());
        if (other >= 0) {
            return laneName(other);
        }
        for (int i = at - 1; i >= Math.max(0, at - 64); i--) {
            Event e = event(i);
            if (e instanceof Event.TimerAdded t && t.future() == s.awaited()) {
                return "sleep until " + TimeAxis.formatSeconds(t.when());
            }
            if (e instanceof Event.HttpRequest h && !h.answered()) {
                return "request " + h.url();
            }
            if (e instanceof Event.TaskStep) {
                break;
            }
        }
        return "a future";
    }

    private int laneOfTaskFast(int task) {
        return IntArray.at(taskLane, task) - 1;
    }

    // ---- the single pass

    private static final class Builder {
        private static final int NONE = -1;

        final RecordedRun run;
        final TimeAxis.Builder axis;

        int laneCount;
        int[] laneTask = new int[16];
        String[] laneName = new String[16];
        String[] laneCoro = new String[16];
        int[] laneStart = new int[16];
        int[] laneEnd = new int[16];
        byte[] laneOutcome = new byte[16];
        int[] laneState = new int[16];
        int[] laneStateStart = new int[16];
        boolean[] laneReadyPending = new boolean[16];

        /** task id -> lane + 1 */
        int[] taskLane = new int[64];
        /** handle id -> task id (task step/wakeup handles) */
        int[] handleTask = new int[64];
        /** handle id -> name index + 1 */
        int[] handleName = new int[64];
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> nameIndex = new HashMap<>();

        final IntArray sLane;
        final IntArray sStart;
        final IntArray sEnd;
        final IntArray sState;

        final IntArray lStart = new IntArray(1024);
        final IntArray lEnd = new IntArray(1024);
        final IntArray lState = new IntArray(1024);
        final IntArray lRef = new IntArray(1024);
        int loopState = NONE;
        int loopRefNow = -1;
        int loopSince;

        final IntArray rounds = new IntArray(256);
        final IntArray prints = new IntArray(64);
        final IntArray printLanes = new IntArray(64);
        final IntArray ends = new IntArray(4);

        /** the lane whose step runs, or -1 */
        int stepLane = -1;
        double stepX;
        /** x where the running callback began, or NaN */
        double callbackX = Double.NaN;
        int lastReadyAddedTask;
        int lastReadyAddedAt = -1;

        Builder(RecordedRun run, TimeAxis.ClockMap map) {
            this.run = run;
            int n = run.events().size();
            this.axis = new TimeAxis.Builder(n, map);
            sLane = new IntArray(n / 2 + 16);
            sStart = new IntArray(n / 2 + 16);
            sEnd = new IntArray(n / 2 + 16);
            sState = new IntArray(n / 2 + 16);
        }

        void accept(int i, Event e) {
            // place the event on the axis, keeping steps and callbacks at least their minimum width
            double time = e.time();
            boolean same = axis.sameInstant(time);
            double weight = TimeAxis.EVENT_W;
            if (e instanceof Event.TaskStep) {
                weight = TimeAxis.STEP_EVENT_W;
            } else if (same && stepLane >= 0 && (e instanceof Event.TaskSuspended || e instanceof Event.TaskDone)) {
                axis.reach(stepX + TimeAxis.STEP_MIN);
            } else if (same && !Double.isNaN(callbackX) && endsCallback(e)) {
                axis.reach(callbackX + TimeAxis.CALLBACK_MIN);
            }
            double x = axis.place(time, weight);

            if (e instanceof Event.ReadyAdded r) {
                if (r.task() != 0 && r.callback().startsWith("Task.")) {
                    handleTask = IntArray.put(handleTask, r.handle(), r.task());
                    int lane = IntArray.at(taskLane, r.task()) - 1;
                    if (lane >= 0) {
                        if (laneState[lane] == SegmentState.RUNNING.ordinal()) {
                            laneReadyPending[lane] = true;
                        } else if (laneState[lane] != SegmentState.READY.ordinal()) {
                            setLane(lane, SegmentState.READY.ordinal(), i);
                        }
                    } else {
                        lastReadyAddedTask = r.task();
                        lastReadyAddedAt = i;
                    }
                }
                handleName = IntArray.put(handleName, r.handle(), name(r.callback()) + 1);
            } else if (e instanceof Event.TimerAdded t) {
                if (t.task() != 0 && t.callback().startsWith("Task.")) {
                    handleTask = IntArray.put(handleTask, t.handle(), t.task());
                }
                handleName = IntArray.put(handleName, t.handle(), name(t.callback()) + 1);
            } else if (e instanceof Event.TaskCreated c) {
                int lane = addLane(c, lastReadyAddedTask == c.task() && lastReadyAddedAt >= 0 ? lastReadyAddedAt : i);
                taskLane = IntArray.put(taskLane, c.task(), lane + 1);
            } else if (e instanceof Event.TaskRenamed r) {
                int lane = IntArray.at(taskLane, r.task()) - 1;
                if (lane >= 0) {
                    laneName[lane] = r.name();
                }
            } else if (e instanceof Event.ReadyRun r) {
                callbackX = Double.NaN;
                int task = IntArray.at(handleTask, r.handle());
                int lane = task == 0 ? -1 : IntArray.at(taskLane, task) - 1;
                if (r.cancelled() || lane >= 0) {
                    setLoop(NONE, -1, i);
                } else {
                    setLoop(SegmentState.CALLBACK.ordinal(), IntArray.at(handleName, r.handle()) - 1, i);
                    callbackX = x;
                }
            } else if (e instanceof Event.TaskStep s) {
                int lane = IntArray.at(taskLane, s.task()) - 1;
                if (lane >= 0) {
                    laneReadyPending[lane] = false;
                    setLane(lane, SegmentState.RUNNING.ordinal(), i);
                    stepLane = lane;
                    stepX = x;
                    axis.countStep();
                    setLoop(SegmentState.STEP.ordinal(), lane, i);
                }
            } else if (e instanceof Event.TaskSuspended s) {
                int lane = IntArray.at(taskLane, s.task()) - 1;
                if (lane >= 0) {
                    int st = laneReadyPending[lane] ? SegmentState.READY.ordinal() : SegmentState.WAITING.ordinal();
                    laneReadyPending[lane] = false;
                    setLane(lane, st, i);
                }
                endStep(i);
            } else if (e instanceof Event.TaskDone d) {
                int lane = IntArray.at(taskLane, d.task()) - 1;
                if (lane >= 0) {
                    setLane(lane, NONE, i);
                    laneEnd[lane] = i;
                    String o = d.outcome();
                    laneOutcome[lane] = (byte) (o.startsWith("cancelled") ? CANCELLED
                            : o.startsWith("exception") ? FAILED : DONE);
                }
                endStep(i);
            } else if (e instanceof Event.Block b) {
                int lane = IntArray.at(taskLane, b.task()) - 1;
                if (lane >= 0 && laneState[lane] == SegmentState.RUNNING.ordinal()) {
                    setLane(lane, NONE, i);
                    addSeg(lane, i, i + 1, SegmentState.BLOCKED.ordinal());
                    laneState[lane] = SegmentState.RUNNING.ordinal();
                    laneStateStart[lane] = i + 1;
                }
                int st = loopState;
                int ref = loopRefNow;
                setLoop(NONE, -1, i);
                addLoop(i, i + 1, SegmentState.BLOCKED.ordinal(), -1);
                loopState = st;
                loopRefNow = ref;
                loopSince = i + 1;
            } else if (e instanceof Event.Round r) {
                setLoop(NONE, -1, i);
                rounds.add(i);
                callbackX = Double.NaN;
            } else if (e instanceof Event.ClockAdvanced) {
                setLoop(NONE, -1, i);
                if (i > 0) {
                    // the wait is the gap after the previous event
                    int from = i - 1;
                    int last = lEnd.size() - 1;
                    if (last >= 0 && lEnd.get(last) > from) {
                        from = lEnd.get(last);
                    }
                    if (from < i) {
                        addLoop(from, i, SegmentState.IDLE.ordinal(), -1);
                    }
                }
            } else if (e instanceof Event.Output) {
                prints.add(i);
                printLanes.add(stepLane >= 0 ? stepLane : LOOP);
            } else if (e instanceof Event.RunEnd || e instanceof Event.Error || e instanceof Event.Deadlock) {
                setLoop(NONE, -1, i);
                ends.add(i);
                callbackX = Double.NaN;
            }
        }

        private static boolean endsCallback(Event e) {
            return e instanceof Event.ReadyRun || e instanceof Event.Round || e instanceof Event.RunEnd
                    || e instanceof Event.Error || e instanceof Event.Deadlock || e instanceof Event.TaskStep;
        }

        private void endStep(int i) {
            if (stepLane >= 0) {
                stepLane = -1;
                setLoop(NONE, -1, i);
            }
        }

        private int name(String callback) {
            Integer k = nameIndex.get(callback);
            if (k == null) {
                k = names.size();
                names.add(callback);
                nameIndex.put(callback, k);
            }
            return k;
        }

        private int addLane(Event.TaskCreated c, int start) {
            int l = laneCount++;
            if (l == laneTask.length) {
                int cap = l * 2;
                laneTask = Arrays.copyOf(laneTask, cap);
                laneName = Arrays.copyOf(laneName, cap);
                laneCoro = Arrays.copyOf(laneCoro, cap);
                laneStart = Arrays.copyOf(laneStart, cap);
                laneEnd = Arrays.copyOf(laneEnd, cap);
                laneOutcome = Arrays.copyOf(laneOutcome, cap);
                laneState = Arrays.copyOf(laneState, cap);
                laneStateStart = Arrays.copyOf(laneStateStart, cap);
                laneReadyPending = Arrays.copyOf(laneReadyPending, cap);
            }
            laneTask[l] = c.task();
            laneName[l] = c.name();
            laneCoro[l] = c.coro();
            laneStart[l] = start;
            laneEnd[l] = -1;
            laneState[l] = SegmentState.READY.ordinal();
            laneStateStart[l] = start;
            return l;
        }

        private void setLane(int lane, int state, int i) {
            int old = laneState[lane];
            if (old == state) {
                return;
            }
            if (old != NONE && laneStateStart[lane] < i) {
                addSeg(lane, laneStateStart[lane], i, old);
            }
            laneState[lane] = state;
            laneStateStart[lane] = i;
        }

        private void addSeg(int lane, int s, int e, int state) {
            sLane.add(lane);
            sStart.add(s);
            sEnd.add(e);
            sState.add(state);
        }

        private void setLoop(int state, int ref, int i) {
            if (state == loopState && ref == loopRefNow) {
                return;
            }
            if (loopState != NONE && loopSince < i) {
                addLoop(loopSince, i, loopState, loopRefNow);
            }
            loopState = state;
            loopRefNow = ref;
            loopSince = i;
        }

        private void addLoop(int s, int e, int state, int ref) {
            lStart.add(s);
            lEnd.add(e);
            lState.add(state);
            lRef.add(ref);
        }

        void finish(int n) {
            for (int l = 0; l < laneCount; l++) {
                setLane(l, NONE, n);
            }
            setLoop(NONE, -1, n);
        }
    }
}
