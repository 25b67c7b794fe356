package dev.loopscope.predict;

import dev.loopscope.trace.Event;

/**
 * Why one printed line came before another, from the recording: a task runs its own code in
 * order; a line printed later in virtual time waited for something that came due later; at one
 * instant the running task keeps going until it awaits, and ready steps run in FIFO order.
 */
final class OrderReasons {
    private OrderReasons() {
    }

    /** Why {@code a} was printed before {@code b}: a clause naming the tasks and times. */
    static String why(RunFacts facts, PrintedLine a, PrintedLine b) {
        int ta = a.task();
        int tb = b.task();
        if (ta == tb) {
            String who = ta == 0 ? "the program, outside any task," : facts.name(ta);
            String lines = lineOf(facts, a) > 0 && lineOf(facts, b) > 0
                    ? " (line " + lineOf(facts, a) + ", then line " + lineOf(facts, b) + ")" : "";
            if (a.time() < b.time()) {
                return "both are printed by " + who + ", the first at t=" + RunFacts.t(a.time()) + " and the second"
                        + " at t=" + RunFacts.t(b.time()) + lines + ": one task runs its code in order";
            }
            return "both are printed by " + who + lines + ": one task runs its code in order";
        }
        if (ta == 0) {
            return quoteTime(a) + " is printed by the program outside any task, before " + facts.name(tb) + " ran";
        }
        if (tb == 0) {
            return quoteTime(b) + " is printed by the program only after the loop's tasks were done";
        }
        int stepA = facts.stepOf(a.event());
        int stepB = facts.stepOf(b.event());
        if (a.time() < b.time()) {
            return "it was printed at t=" + RunFacts.t(a.time()) + " and the other at t=" + RunFacts.t(b.time())
                    + ": " + about(facts, ta, stepA) + ", before " + about(facts, tb, stepB);
        }
        RunFacts.Handle hb = stepB < 0 ? null : facts.handleOfStep(stepB);
        String both = "both printed at t=" + RunFacts.t(a.time()) + ": ";
        if (hb == null || hb.queuedAt() > a.event()) {
            String later = hb == null ? "" : "; " + facts.name(tb) + " only became ready after that: "
                    + about(facts, tb, stepB);
            return both + facts.name(ta) + " was running, and the running task keeps going until it awaits" + later;
        }
        RunFacts.Handle ha = stepA < 0 ? null : facts.handleOfStep(stepA);
        if (ha != null && ha.queuedAt() < hb.queuedAt()) {
            if (facts.isFirstStep(stepA) && facts.isFirstStep(stepB)) {
                return both + facts.name(ta) + " ran first because it was created first and the ready queue is FIFO";
            }
            return both + facts.name(ta) + " ran first because the ready queue is FIFO and its step joined it first ("
                    + about(facts, ta, stepA) + ")";
        }
        return both + facts.name(ta) + " ran first: " + about(facts, ta, stepA);
    }

    /** The step's cause with its task as the subject: "Task-3's sleep(1) timer was due at t=1.0". */
    static String about(RunFacts facts, int task, int step) {
        if (step < 0) {
            return facts.name(task) + " was running";
        }
        String why = facts.whyStep(step);
        if (why.startsWith("its ")) {
            return facts.name(task) + "'s " + why.substring(4);
        }
        if (why.startsWith("it ")) {
            return facts.name(task) + " " + why.substring(3);
        }
        return facts.name(task) + ": " + why;
    }

    private static int lineOf(RunFacts facts, PrintedLine p) {
        return facts.events().get(p.event()) instanceof Event.Output o ? o.line() : 0;
    }

    private static String quoteTime(PrintedLine p) {
        return LineOrderQuestion.quote(p.text());
    }
}
