package dev.loopscope.trace;

/** The words the ready queue, the timers and the narration use for what a handle runs. */
public final class CallbackLabels {
    private CallbackLabels() {
    }

    /** {@code who} names the task of a step or wakeup ("Task-2 (fetch_data)"). */
    public static String describe(String callback, String who) {
        switch (callback) {
            case "Task.__step":
                return "resume " + who;
            case "Task.__wakeup":
                return "wake up " + who;
            case "_set_result_unless_cancelled":
                return "callback _set_result_unless_cancelled (a sleep ends)";
            case "_done_callback":
                return "gather: child done";
            case "_on_completion":
                return "wait: a task finished";
            case "_release_waiter":
                return "release waiter";
            case "_run_until_complete_cb":
                return "stop the loop: main finished";
            default:
                return "callback " + callback;
        }
    }
}
