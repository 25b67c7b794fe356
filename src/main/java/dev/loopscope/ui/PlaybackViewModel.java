package dev.loopscope.ui;

import dev.loopscope.narration.Concept;
import dev.loopscope.narration.Narration;
import dev.loopscope.narration.NarrationLevel;
import dev.loopscope.narration.Narrator;
import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopState;
import dev.loopscope.trace.LoopState.ReadyEntry;
import dev.loopscope.trace.LoopState.RequestEntry;
import dev.loopscope.trace.LoopState.TaskEntry;
import dev.loopscope.trace.LoopState.TaskStatus;
import dev.loopscope.trace.LoopState.TimerEntry;
import dev.loopscope.trace.Replay;
import dev.loopscope.ui.editor.CodeEditor.TaskMark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Playback of a recorded run, free of controls and of the FX toolkit (plain JUnit tests drive it):
 * the position (events applied), the loop's state there as panel rows, the narration, the marks
 * for the editor, and the commands that move the position. Stepping back is exact: every position
 * is {@link Replay#stateAt}. A step changes the panel lists by their difference only.
 */
public final class PlaybackViewModel {

    /** Playback speeds, slowest first; index 2 is 1x. */
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8};
    /** Events per second of wall time at 1x. */
    static final double EVENTS_PER_SECOND = 3;
    /** In virtual real time, events at one instant of the clock go by this fast (per second, at 1x). */
    static final double BURST_EVENTS_PER_SECOND = 30;

    /** A timer row: the entry, its time left on the virtual clock and the task it will wake (or ""). */
    public record TimerRow(TimerEntry entry, double left, String wakes) {
    }

    /** A task row: the entry and its palette ordinal (its index in creation order). */
    public record TaskRow(TaskEntry entry, int ordinal) {
    }

    /** A ready-queue row: the entry and the palette ordinal of its task (-1 when not a task's). */
    public record ReadyRow(ReadyEntry entry, int ordinal) {
    }

    /** A request in flight, with the time left until its answer. */
    public record RequestRow(RequestEntry entry, String taskName, int ordinal, double left) {
    }

    /** A console line: printed (OUT/ERR) or the run's stop (STOP: an error or a deadlock). */
    public record ConsoleLine(int index, double time, Kind kind, String text) {
        public enum Kind { OUT, ERR, STOP }
    }

    private Replay replay;
    private Narrator narrator;
    /** Task id to palette ordinal, from TaskCreated events. */
    private final IdIndexed<Integer> ordinals = new IdIndexed<>();
    /** The index of the run's terminal Error or Deadlock event, or -1. */
    private int stopIndex = -1;
    private String stopText = "";

    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final BooleanProperty realTime = new SimpleBooleanProperty(this, "realTime");
    private final IntegerProperty speedIndex = new SimpleIntegerProperty(this, "speedIndex", 2);
    private final ReadOnlyObjectWrapper<LoopState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper(this, "narration", "");
    private final ObjectProperty<NarrationLevel> narrationLevel =
            new SimpleObjectProperty<>(this, "narrationLevel", NarrationLevel.DETAILED);
    private final ReadOnlyObjectWrapper<Concept> concept = new ReadOnlyObjectWrapper<>(this, "concept");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "no run");
    private final ReadOnlyDoubleWrapper clock = new ReadOnlyDoubleWrapper(this, "clock");
    private final ReadOnlyStringWrapper roundText = new ReadOnlyStringWrapper(this, "roundText", "");
    private final ReadOnlyIntegerWrapper executingLine = new ReadOnlyIntegerWrapper(this, "executingLine");
    private final ReadOnlyObjectWrapper<List<TaskMark>> taskMarks =
            new ReadOnlyObjectWrapper<>(this, "taskMarks", List.of());
    private final ReadOnlyObjectWrapper<ReadyRow> departed = new ReadOnlyObjectWrapper<>(this, "departed");
    private final ReadOnlyBooleanWrapper singleStep = new ReadOnlyBooleanWrapper(this, "singleStep");
    private final StringBinding speedText;

    private final ObservableList<ReadyRow> ready = FXCollections.observableArrayList();
    private final ObservableList<TimerRow> timers = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> tasks = FXCollections.observableArrayList();
    private final ObservableList<RequestRow> requests = FXCollections.observableArrayList();
    private final ObservableList<ConsoleLine> console = FXCollections.observableArrayList();
    /** Handles that joined the ready queue in the last single step (their cells animate in). */
    private final Set<Integer> joined = new HashSet<>();

    /** Virtual-real-time playback: the clock's position between events. */
    private double playClock;
    private double budget;

    public PlaybackViewModel() {
        speedText = Bindings.createStringBinding(() -> speedLabel(speed()), speedIndex);
        speedIndex.addListener((obs, old, now) -> {
            int clamped = Math.max(0, Math.min(SPEEDS.length - 1, now.intValue()));
            if (clamped != now.intValue()) {
                speedIndex.set(clamped);
            }
        });
        realTime.addListener((obs, old, now) -> resetPacing());
        narrationLevel.addListener((obs, old, now) -> narrate(position.get(), state.get()));
        playing.addListener((obs, old, now) -> {
            if (now && replay != null && position.get() >= replay.size()) {
                show(0, false); // play from the end starts over
            }
            if (now && replay == null) {
                playing.set(false);
            }
            resetPacing();
        });
        show(0, false);
    }

    // ---- loading ---------------------------------------------------------------------------

    /** Shows {@code replay} (null: nothing) at {@code start} events applied. */
    public void load(Replay replay, Narrator narrator, int start) {
        shownReady = List.of();
        shownTasks = List.of();
        shownRunning = -1;
        shownTimers = List.of();
        shownTimersClock = Double.NaN;
        touchedFutures.clear();
        waiters.rebuild(List.of());
        timersOfFuture.clear();
        timerWhen.clear();
        futureOfTimer.clear();
        wakesFor.clear();
        wakesText.clear();
        playing.set(false);
        this.replay = replay;
        this.narrator = narrator == null && replay != null ? new Narrator(replay) : narrator;
        ordinals.clear();
        stopIndex = -1;
        stopText = "";
        if (replay != null) {
            for (int i = 0; i < replay.size(); i++) {
                Event e = replay.event(i);
                if (e instanceof Event.TaskCreated c) {
                    if (ordinals.get(c.task()) == null) {
                        ordinals.put(c.task(), ordinals.size());
                    }
                } else if (e instanceof Event.TimerAdded t && !timerWhen.containsKey(t.handle())) {
                    timerWhen.put(t.handle(), t.when());
                    int future = this.narrator.futureOf(t.handle());
                    futureOfTimer.put(t.handle(), future);
                    if (future != 0) {
                        int[] had = timersOfFuture.get(future);
                        int[] now = had == null ? new int[1] : java.util.Arrays.copyOf(had, had.length + 1);
                        now[now.length - 1] = t.handle();
                        timersOfFuture.put(future, now);
                    }
                } else if (e instanceof Event.Error err) {
                    stopIndex = i;
                    stopText = err.text();
                } else if (e instanceof Event.Deadlock) {
                    stopIndex = i;
                    stopText = "Deadlock: the loop would wait forever (tasks wait, nothing is ready, no timer)";
                }
            }
        }
        ready.clear();
        timers.clear();
        tasks.clear();
        requests.clear();
        console.clear();
        size.set(replay == null ? 0 : replay.size());
        loaded.set(replay != null);
        position.set(-1);
        show(start, false);
    }

    public Replay replay() {
        return replay;
    }

    /** Whether the run ended with an error or a deadlock (then {@link #stopText()} says which). */
    public boolean stopped() {
        return stopIndex >= 0;
    }

    public String stopText() {
        return stopText;
    }

    // ---- commands ------------------------------------------------------------------------------

    public void seek(int applied) {
        show(applied, false);
    }

    public void stepForward() {
        show(position.get() + 1, true);
    }

    public void stepBack() {
        show(position.get() - 1, false);
    }

    /** To just after the next loop round begins (its Round event applied: "round N" shows). */
    public void nextRound() {
        if (replay != null) {
            int r = replay.nextRound(position.get());
            show(r >= replay.size() ? r : r + 1, false);
        }
    }

    /** To just after the current round began, or, from there, the round before it. */
    public void previousRound() {
        if (replay != null) {
            int p = position.get();
            if (p <= 1) {
                show(0, false);
                return;
            }
            int r = replay.previousRound(p - 1);
            boolean found = r > 0 || replay.event(0) instanceof Event.Round;
            show(found ? r + 1 : 0, false);
        }
    }

    public void nextTaskStep() {
        if (replay != null) {
            show(replay.nextTaskStep(position.get()), false);
        }
    }

    public void previousTaskStep() {
        if (replay != null) {
            show(replay.previousTaskStep(position.get()), false);
        }
    }

    public void toStart() {
        show(0, false);
    }

    public void toEnd() {
        show(size.get(), false);
    }

    public void togglePlay() {
        playing.set(!playing.get());
    }

    public void faster() {
        speedIndex.set(Math.min(SPEEDS.length - 1, speedIndex.get() + 1));
    }

    public void slower() {
        speedIndex.set(Math.max(0, speedIndex.get() - 1));
    }

    public double speed() {
        return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, speedIndex.get()))];
    }

    static String speedLabel(double speed) {
        return (speed == Math.rint(speed) ? String.valueOf((int) speed) : String.valueOf(speed)) + "\u00d7";
    }

    /**
     * Advances playback by {@code seconds} of wall time: at the chosen speed in events per second,
     * or, in virtual real time, one second of the virtual clock per second (times the speed), the
     * events of one instant going by quickly. Stops at the end.
     */
    public void tick(double seconds) {
        if (!playing.get() || replay == null || seconds <= 0) {
            return;
        }
        int p = position.get();
        int n = replay.size();
        if (p >= n) {
            playing.set(false);
            return;
        }
        double s = speed();
        int target = p;
        if (!realTime.get()) {
            budget += seconds * EVENTS_PER_SECOND * s;
            int k = (int) Math.floor(budget);
            budget -= k;
            target = Math.min(n, p + k);
        } else {
            double left = seconds;
            playClock = Math.max(playClock, p == 0 ? replay.event(0).time() : replay.event(p - 1).time());
            while (left > 0 && target < n) {
                double next = replay.event(target).time();
                if (next <= playClock + 1e-12) {
                    // an instant with events: they go by at the burst rate
                    budget += left * BURST_EVENTS_PER_SECOND * s;
                    int k = (int) Math.floor(budget);
                    int taken = 0;
                    while (taken < k && target < n && replay.event(target).time() <= playClock + 1e-12) {
                        target++;
                        taken++;
                    }
                    budget -= taken;
                    if (taken < k && budget >= 1) {
                        // the instant ran out before the budget: the rest of it moves the clock
                        left = (budget - Math.floor(budget)) / (BURST_EVENTS_PER_SECOND * s);
                        budget = 0;
                        continue;
                    }
                    left = 0;
                } else {
                    double needed = (next - playClock) / s;
                    if (needed <= left) {
                        playClock = next;
                        left -= needed;
                        budget = 0;
                    } else {
                        playClock += left * s;
                        left = 0;
                    }
                }
            }
        }
        if (target != p) {
            show(target, target == p + 1);
        }
        if (realTime.get() && target < n) {
            clock.set(Math.max(clock.get(), playClock));
        }
        if (position.get() >= n) {
            playing.set(false);
        }
    }

    private void resetPacing() {
        budget = 0;
        playClock = state.get() == null ? 0 : state.get().clock();
    }

    // ---- the state at the position -----------------------------------------------------------

    private void show(int applied, boolean single) {
        int n = replay == null ? 0 : replay.size();
        applied = Math.max(0, Math.min(applied, n));
        if (applied == position.get() && state.get() != null && replay != null) {
            return;
        }
        if (replay == null) {
            position.set(0);
            state.set(null);
            narration.set("Press Run (Ctrl+Enter) to run the scenario; then step through what the event loop does.");
            concept.set(null);
            stepText.set("no run");
            roundText.set("");
            clock.set(0);
            executingLine.set(0);
            taskMarks.set(List.of());
            shownReady = List.of();
            shownTasks = List.of();
            shownTimers = List.of();
            ready.clear();
            timers.clear();
            tasks.clear();
            requests.clear();
            console.clear();
            return;
        }
        LoopState s = replay.stateAt(applied);
        int previous = position.get();
        singleStep.set(single && applied == previous + 1);
        joined.clear();
        ReadyRow head = ready.isEmpty() ? null : ready.get(0);
        if (singleStep.get()) {
            Event e = replay.event(applied - 1);
            if (e instanceof Event.ReadyAdded a) {
                joined.add(a.handle());
            } else if (e instanceof Event.TimerRemoved r && r.due()) {
                joined.add(r.handle());
            }
        }
        position.set(applied);
        state.set(s);
        clock.set(s.clock());
        if (!playing.get() || !realTime.get()) {
            playClock = s.clock();
        }

        ListSync.syncEntries(ready, shownReady, s.ready(), (x, y) -> x.handle() == y.handle(), this::readyRow,
                (old, now) -> { });
        shownReady = s.ready();
        if (singleStep.get() && head != null && (ready.isEmpty() || ready.get(0).entry().handle() != head.entry().handle())
                && replay.event(applied - 1) instanceof Event.ReadyRun) {
            departed.set(null);
            departed.set(head);
        }

        int line = 0;
        for (TaskEntry e : s.tasks()) {
            if (e.id() == s.runningTask() && (e.status() == TaskStatus.RUNNING || e.status() == TaskStatus.BLOCKED)) {
                line = e.line();
            }
        }
        boolean tasksChanged = !sameTasks(s.tasks());
        boolean allWakes = false;
        if (tasksChanged) {
            // a step changes few tasks: only their rows, and the waiters of the futures they leave or join
            touchedFutures.clear();
            boolean stepwise = ListSync.syncEntries(tasks, shownTasks, s.tasks(), (x, y) -> x.id() == y.id(),
                    this::taskRow, waiters::update);
            if (!stepwise) {
                waiters.rebuild(s.tasks());
                allWakes = true;
            }
            List<TaskMark> marks = new ArrayList<>();
            int ordinal = 0;
            for (TaskEntry e : s.tasks()) {
                Integer known = ordinals.get(e.id());
                int o = known == null ? ordinal : known;
                ordinal++;
                boolean runs = e.id() == s.runningTask()
                        && (e.status() == TaskStatus.RUNNING || e.status() == TaskStatus.BLOCKED);
                if (!runs && (e.status() == TaskStatus.WAITING || e.status() == TaskStatus.READY) && e.line() > 0) {
                    marks.add(new TaskMark(e.line(), o, e.name()));
                }
            }
            taskMarks.set(List.copyOf(marks));
            shownTasks = s.tasks();
            shownRunning = s.runningTask();
        }
        executingLine.set(line);
        syncTimers(s, allWakes);

        List<RequestRow> rq = new ArrayList<>(s.requests().size());
        for (RequestEntry e : s.requests()) {
            TaskEntry owner = s.task(e.task());
            rq.add(new RequestRow(e, owner == null ? "Task #" + e.task() : owner.name(),
                    ordinal(e.task()), e.until() - s.clock()));
        }
        ListSync.sync(requests, rq, row -> row.entry().task() + " " + row.entry().url());

        syncConsole(s, applied);

        narrate(applied, s);
        stepText.set(String.format(Locale.ROOT, "event %d / %d", applied, n));
        roundText.set(s.round() == 0 ? "before the first round" : "round " + s.round());
    }

    /** The entries the rows were last built from (entries are immutable: same object, same row). */
    private List<ReadyEntry> shownReady = List.of();
    private List<TaskEntry> shownTasks = List.of();
    private int shownRunning = -1;
    private List<TimerEntry> shownTimers = List.of();
    private double shownTimersClock = Double.NaN;
    /** Futures whose first waiting task changed in this step (their timers' texts change). */
    private final Set<Integer> touchedFutures = new HashSet<>();
    private final Waiters waiters = new Waiters(touchedFutures);
    /** Per future, the timer handles made for it; per timer handle, its deadline (fixed by TimerAdded). */
    private final Map<Integer, int[]> timersOfFuture = new HashMap<>();
    private final Map<Integer, Double> timerWhen = new HashMap<>();
    private final IdIndexed<Integer> futureOfTimer = new IdIndexed<>();
    /** Per timer handle, the waiter its text was last made for, and the text (a jump remakes 100,000). */
    private final IdIndexed<TaskEntry> wakesFor = new IdIndexed<>();
    private final IdIndexed<String> wakesText = new IdIndexed<>();

    private int ordinal(int task) {
        Integer known = ordinals.get(task);
        return known == null ? -1 : known;
    }

    private ReadyRow readyRow(ReadyEntry e) {
        return new ReadyRow(e, e.task() == 0 ? -1 : ordinal(e.task()));
    }

    private TaskRow taskRow(TaskEntry e) {
        Integer known = ordinals.get(e.id());
        // a task without a TaskCreated (none in practice) takes its place in the list, as before
        return new TaskRow(e, known != null ? known : shownTasksIndexOf(e));
    }

    private int shownTasksIndexOf(TaskEntry e) {
        List<TaskEntry> all = state.get() == null ? List.of() : state.get().tasks();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == e.id()) {
                return i;
            }
        }
        return all.size();
    }

    /**
     * Timer rows depend on the entry, the clock (time left) and the first task waiting for the
     * timer's future (its text): a step changes the rows of timers that came, left or changed, and
     * of timers whose future got another first waiter; a new clock changes the time left of all.
     */
    private void syncTimers(LoopState s, boolean allWakes) {
        double now = s.clock();
        boolean rebuilt = allWakes || !ListSync.syncEntries(timers, shownTimers, s.timers(),
                (x, y) -> x.handle() == y.handle(), e -> new TimerRow(e, e.when() - now, wakes(e)), (old, e) -> { });
        if (allWakes) {
            List<TimerRow> rows = new ArrayList<>(s.timers().size());
            for (TimerEntry e : s.timers()) {
                rows.add(new TimerRow(e, e.when() - now, wakes(e)));
            }
            timers.setAll(rows);
        }
        if (!rebuilt) {
            for (Integer future : touchedFutures) {
                int[] handles = timersOfFuture.get(future);
                if (handles == null) {
                    continue;
                }
                for (int h : handles) {
                    int i = timerIndex(s.timers(), h);
                    if (i >= 0) {
                        TimerEntry e = s.timers().get(i);
                        String text = wakes(e);
                        if (!text.equals(timers.get(i).wakes())) {
                            timers.set(i, new TimerRow(e, e.when() - now, text));
                        }
                    }
                }
            }
            if (now != shownTimersClock && !timers.isEmpty()) {
                List<TimerRow> rows = new ArrayList<>(timers.size());
                for (TimerRow r : timers) {
                    rows.add(new TimerRow(r.entry(), r.entry().when() - now, r.wakes()));
                }
                timers.setAll(rows);
            }
        }
        touchedFutures.clear();
        shownTimers = s.timers();
        shownTimersClock = now;
    }

    /** The index of timer {@code handle} in the heap's order (by deadline, then handle), or -1. */
    private int timerIndex(List<TimerEntry> heap, int handle) {
        Double when = timerWhen.get(handle);
        if (when == null) {
            return -1;
        }
        int lo = 0;
        int hi = heap.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TimerEntry e = heap.get(mid);
            int c = Double.compare(e.when(), when);
            if (c == 0) {
                c = Integer.compare(e.handle(), handle);
            }
            if (c == 0) {
                return mid;
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private boolean sameTasks(List<TaskEntry> next) {
        if (next.size() != shownTasks.size() || state.get() == null || state.get().runningTask() != shownRunning) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i) != shownTasks.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The text names the waiter alone: after a jump its entry is another object with the same name. */
    private static boolean sameWaiter(TaskEntry a, TaskEntry b) {
        return a == b || a != null && b != null && a.name().equals(b.name()) && a.coro().equals(b.coro());
    }

    private String wakes(TimerEntry e) {
        Integer known = futureOfTimer.get(e.handle());
        int future = known != null ? known : narrator.futureOf(e.handle());
        TaskEntry waiter = future == 0 ? null : waiters.first(future);
        String text = wakesText.get(e.handle());
        if (text != null && sameWaiter(wakesFor.get(e.handle()), waiter)) {
            return text;
        }
        text = waiter != null ? "wakes " + waiter.name() + " (" + waiter.coro() + ")"
                : e.task() != 0 ? e.label() : "";
        wakesFor.put(e.handle(), waiter);
        wakesText.put(e.handle(), text);
        return text;
    }

    /**
     * Per future, the first task (in creation order) waiting for it, kept up to date from the
     * tasks a step changes; the futures whose first waiter changed are noted for the timer rows.
     */
    private final class Waiters {
        /** Future id to its first waiter. */
        private final IdIndexed<TaskEntry> first = new IdIndexed<>();
        /** Futures with more than one waiter: all of them by palette ordinal (creation order). */
        private final Map<Integer, TreeMap<Integer, TaskEntry>> many = new HashMap<>();
        private final Set<Integer> touched;

        Waiters(Set<Integer> touched) {
            this.touched = touched;
        }

        TaskEntry first(int future) {
            return first.get(future);
        }

        void rebuild(List<TaskEntry> all) {
            first.clear();
            many.clear();
            int i = 0;
            for (TaskEntry e : all) {
                if (e.awaited() != 0) {
                    add(e, ordinalOf(e, i));
                }
                i++;
            }
        }

        void update(TaskEntry old, TaskEntry now) {
            if (old != null && old.awaited() != 0) {
                int f = old.awaited();
                TaskEntry was = first.get(f);
                TreeMap<Integer, TaskEntry> all = many.get(f);
                TaskEntry next;
                if (all != null) {
                    all.values().removeIf(t -> t.id() == old.id());
                    next = all.isEmpty() ? null : all.firstEntry().getValue();
                    if (all.size() <= 1) {
                        many.remove(f);
                    }
                } else {
                    next = was != null && was.id() == old.id() ? null : was;
                }
                if (next != was) {
                    first.put(f, next);
                    touched.add(f);
                }
            }
            if (now != null && now.awaited() != 0) {
                add(now, ordinalOf(now, -1));
            }
        }

        private void add(TaskEntry e, int ordinal) {
            int f = e.awaited();
            TaskEntry was = first.get(f);
            TaskEntry next = e;
            if (was != null) {
                TreeMap<Integer, TaskEntry> all = many.get(f);
                if (all == null) {
                    all = new TreeMap<>();
                    all.put(ordinalOf(was, -1), was);
                    many.put(f, all);
                }
                all.put(ordinal, e);
                next = all.firstEntry().getValue();
            }
            if (next != was) {
                first.put(f, next);
                touched.add(f);
            }
        }

        private int ordinalOf(TaskEntry e, int index) {
            Integer known = ordinals.get(e.id());
            return known != null ? known : index >= 0 ? index : Integer.MAX_VALUE - e.id();
        }
    }

    private void syncConsole(LoopState s, int applied) {
        List<Event.Output> out = s.console();
        boolean showStop = stopIndex >= 0 && applied > stopIndex;
        int want = out.size() + (showStop ? 1 : 0);
        // drop the stop line and anything past the printed lines we now have
        int keep = Math.min(console.size(), out.size());
        if (keep < console.size()) {
            console.remove(keep, console.size());
        }
        if (keep > 0 && !matches(console.get(keep - 1), out.get(keep - 1))) {
            console.clear();
            keep = 0;
        }
        if (keep < out.size()) {
            List<ConsoleLine> add = new ArrayList<>(out.size() - keep);
            for (int i = keep; i < out.size(); i++) {
                Event.Output o = out.get(i);
                add.add(new ConsoleLine(i, o.time(), o.err() ? ConsoleLine.Kind.ERR : ConsoleLine.Kind.OUT, o.text()));
            }
            console.addAll(add);
        }
        if (showStop) {
            console.add(new ConsoleLine(out.size(), replay.event(stopIndex).time(), ConsoleLine.Kind.STOP, stopText));
        }
        assert console.size() == want;
    }

    private static boolean matches(ConsoleLine line, Event.Output o) {
        return line.kind() != ConsoleLine.Kind.STOP && line.time() == o.time() && line.text().equals(o.text());
    }

    /** Whether the ready-queue handle joined in the step just taken (its cell animates in). */
    public boolean justJoined(int handle) {
        return singleStep.get() && joined.contains(handle);
    }

    // ---- properties ------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int position() {
        return position.get();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public BooleanProperty realTimeProperty() {
        return realTime;
    }

    public IntegerProperty speedIndexProperty() {
        return speedIndex;
    }

    public StringBinding speedTextProperty() {
        return speedText;
    }

    public ReadOnlyObjectProperty<LoopState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    private void narrate(int applied, LoopState s) {
        if (replay == null || narrator == null || s == null) {
            return;
        }
        Narration told = narrator.narration(applied, s, narrationLevel.get() == null ? NarrationLevel.DETAILED
                : narrationLevel.get());
        narration.set(told.text());
        concept.set(told.concept());
    }

    /** How much machinery the narration names; changing it re-tells the current step. */
    public ObjectProperty<NarrationLevel> narrationLevelProperty() {
        return narrationLevel;
    }

    /** The asyncio concept the current step shows (its lesson explains it); null without a run. */
    public ReadOnlyObjectProperty<Concept> conceptProperty() {
        return concept.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty narrationProperty() {
        return narration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roundTextProperty() {
        return roundText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty executingLineProperty() {
        return executingLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<TaskMark>> taskMarksProperty() {
        return taskMarks.getReadOnlyProperty();
    }

    /** The row that just left the head of the ready queue (set on single forward steps). */
    public ReadOnlyObjectProperty<ReadyRow> departedProperty() {
        return departed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty singleStepProperty() {
        return singleStep.getReadOnlyProperty();
    }

    public ObservableList<ReadyRow> ready() {
        return ready;
    }

    public ObservableList<TimerRow> timers() {
        return timers;
    }

    public ObservableList<TaskRow> tasks() {
        return tasks;
    }

    public ObservableList<RequestRow> requests() {
        return requests;
    }

    public ObservableList<ConsoleLine> console() {
        return console;
    }
}
