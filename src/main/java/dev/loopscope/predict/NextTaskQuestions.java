package dev.loopscope.predict;

import dev.loopscope.trace.Event;
import dev.loopscope.trace.LoopState;
import dev.loopscope.trace.RecordedRun;
import dev.loopscope.trace.Replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the moments of a run worth a "which task runs next?" question, the same ones every time:
 * the first create_task made while a task runs (does the new task start at once?), and the
 * loop rounds that begin with two or more tasks in the ready queue or waiting on timers (FIFO,
 * or the earliest deadline). At most {@link #MAX} questions, spread over the run.
 */
public final class NextTaskQuestions {
    public static final int MAX = 5;

    private NextTaskQuestions() {
    }

    public static List<NextTaskQuestion> of(RecordedRun run) {
        RunFacts facts = new RunFacts(run);
        Replay replay = new Replay(run);
        List<Event> events = run.events();
        NextTaskQuestion creation = null;
        List<NextTaskQuestion> rounds = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (creation == null && e instanceof Event.TaskCreated c && facts.runningAt(i) != 0
                    && facts.known(facts.runningAt(i))) {
                creation = keepsRunning(facts, replay, i, c.task());
            } else if (e instanceof Event.Round) {
                NextTaskQuestion q = atRound(facts, replay, i);
                if (q != null) {
                    rounds.add(q);
                }
            }
        }
        List<NextTaskQuestion> picked = new ArrayList<>();
        if (creation != null) {
            picked.add(creation);
        }
        int room = MAX - picked.size();
        if (rounds.size() <= room) {
            picked.addAll(rounds);
        } else {
            for (int k = 0; k < room; k++) {
                picked.add(rounds.get((int) ((long) k * (rounds.size() - 1) / Math.max(1, room - 1))));
            }
        }
        picked.sort((x, y) -> Integer.compare(x.position(), y.position()));
        return picked;
    }

    /** A task just called create_task: the new task only joins the ready queue. */
    private static NextTaskQuestion keepsRunning(RunFacts facts, Replay replay, int created, int child) {
        int parent = facts.runningAt(created);
        List<Event> events = facts.events();
        int until = -1;
        int childStep = -1;
        for (int i = created + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (until < 0 && (e instanceof Event.TaskSuspended s && s.task() == parent
                    || e instanceof Event.TaskDone d && d.task() == parent)) {
                until = i;
            }
            if (e instanceof Event.TaskStep s && s.task() == child) {
                childStep = i;
                break;
            }
        }
        if (childStep < 0) {
            return null;
        }
        String stops = until < 0 ? "" : events.get(until) instanceof Event.TaskSuspended s
                ? " " + facts.name(parent) + " runs on until it awaits at line " + s.line() + " (t=" + RunFacts.t(s.time())
                        + ")."
                : " " + facts.name(parent) + " runs on until it returns (t=" + RunFacts.t(events.get(until).time())
                        + ").";
        String rule = "The running task keeps going until it awaits: create_task only puts " + facts.name(child)
                + "'s first step in the ready queue." + stops + " " + facts.name(child) + " starts only when the loop"
                + " reaches that step (t=" + RunFacts.t(events.get(childStep).time()) + ").";
        List<Choice> choices = List.of(new Choice(parent, facts.who(parent) + " keeps running"),
                new Choice(child, facts.who(child) + " starts"));
        LoopState state = replay.stateAt(created + 1);
        String prompt = "t=" + RunFacts.t(state.clock()) + ": " + facts.who(parent) + " has just called create_task for "
                + facts.who(child) + ". Whose code runs next?";
        return new NextTaskQuestion(created + 1, prompt, context(facts, state), choices, parent,
                facts.who(parent) + " keeps running.", rule);
    }

    /** A loop round begins: which task's step does it run first? */
    private static NextTaskQuestion atRound(RunFacts facts, Replay replay, int round) {
        LoopState state = replay.stateAt(round);
        Map<Integer, String> candidates = new LinkedHashMap<>();
        Map<Integer, Integer> readyTasks = new LinkedHashMap<>();
        Map<Integer, RunFacts.Timer> timerTasks = new LinkedHashMap<>();
        for (LoopState.ReadyEntry r : state.ready()) {
            if (!r.cancelled() && facts.known(r.task())) {
                readyTasks.putIfAbsent(r.task(), r.handle());
                candidates.putIfAbsent(r.task(), facts.who(r.task()));
            }
        }
        for (LoopState.TimerEntry t : state.timers()) {
            RunFacts.Timer timer = facts.timer(t.handle());
            int task = timer == null ? 0 : facts.taskWokenBy(timer);
            if (!t.cancelled() && facts.known(task) && !timerTasks.containsKey(task)) {
                timerTasks.put(task, timer);
                candidates.putIfAbsent(task, facts.who(task));
            }
        }
        if (candidates.size() < 2) {
            return null;
        }
        List<Event> events = facts.events();
        int step = -1;
        for (int i = round + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.TaskStep) {
                step = i;
                break;
            }
        }
        if (step < 0) {
            return null;
        }
        int answer = ((Event.TaskStep) events.get(step)).task();
        if (!candidates.containsKey(answer)) {
            return null;
        }
        RunFacts.Handle handle = facts.handleOfStep(step);
        String rule;
        if (handle != null && readyTasks.containsValue(handle.id())) {
            rule = fifo(facts, answer, readyTasks, timerTasks, step);
        } else {
            RunFacts.Timer timer = handle == null ? null
                    : handle.fromTimer() != null ? handle.fromTimer() : facts.timerOfFuture(handle.future());
            rule = timer != null && timerTasks.containsValue(timer) ? earliest(facts, answer, timer, timerTasks)
                    : OrderReasons.about(facts, answer, step) + ".";
        }
        List<Choice> choices = new ArrayList<>();
        candidates.forEach((task, label) -> choices.add(new Choice(task, label)));
        String prompt = "t=" + RunFacts.t(state.clock()) + ", the loop starts round " + (state.round() + 1)
                + ". Which task does it run next?";
        return new NextTaskQuestion(round, prompt, context(facts, state), choices, answer,
                facts.who(answer) + " runs next.", rule);
    }

    private static String fifo(RunFacts facts, int answer, Map<Integer, Integer> ready,
                               Map<Integer, RunFacts.Timer> timers, int step) {
        StringBuilder s = new StringBuilder("The ready queue is FIFO: " + facts.name(answer)
                + "'s step is the task step nearest its head");
        List<String> behind = new ArrayList<>();
        for (int task : ready.keySet()) {
            if (task != answer) {
                behind.add(facts.name(task));
            }
        }
        if (!behind.isEmpty()) {
            s.append(", ahead of ").append(String.join(" and ", behind));
        }
        s.append(" (").append(OrderReasons.about(facts, answer, step)).append(").");
        List<String> waiting = new ArrayList<>();
        timers.forEach((task, timer) -> {
            if (!ready.containsKey(task)) {
                waiting.add(facts.name(task) + "'s timer (due at t=" + RunFacts.t(timer.when()) + ")");
            }
        });
        if (!waiting.isEmpty()) {
            s.append(" The loop only waits for a timer when nothing is ready, so ")
                    .append(String.join(" and ", waiting)).append(" must wait.");
        }
        return s.toString();
    }

    private static String earliest(RunFacts facts, int answer, RunFacts.Timer timer,
                                   Map<Integer, RunFacts.Timer> timers) {
        List<String> later = new ArrayList<>();
        timers.forEach((task, t) -> {
            if (task != answer) {
                later.add(facts.name(task) + "'s at t=" + RunFacts.t(t.when()));
            }
        });
        return "Nothing is ready, so the loop sleeps until the earliest deadline in the timer heap: "
                + facts.name(answer) + "'s timer at t="
                + RunFacts.t(timer.when()) + (later.isEmpty() ? "" : ", before " + String.join(", ", later)) + ".";
    }

    /** What the loop holds at the question: its ready queue and its timers, in words. */
    private static List<String> context(RunFacts facts, LoopState state) {
        List<String> lines = new ArrayList<>();
        if (state.runningTask() != 0) {
            lines.add("Running: " + facts.who(state.runningTask()));
        }
        List<String> ready = new ArrayList<>();
        for (LoopState.ReadyEntry r : state.ready()) {
            if (!r.cancelled()) {
                ready.add(r.label());
            }
        }
        lines.add("Ready queue (head first): " + (ready.isEmpty() ? "empty" : String.join("; ", ready)));
        List<String> timers = new ArrayList<>();
        for (LoopState.TimerEntry t : state.timers()) {
            RunFacts.Timer timer = facts.timer(t.handle());
            int task = timer == null ? 0 : facts.taskWokenBy(timer);
            if (!t.cancelled()) {
                timers.add("t=" + RunFacts.t(t.when()) + (facts.known(task) ? " wakes " + facts.who(task) : " " + t.label()));
            }
        }
        lines.add("Timers (earliest first): " + (timers.isEmpty() ? "none" : String.join("; ", timers)));
        return lines;
    }
}
