package dev.loopscope.predict;

/** A candidate answer to "which task runs next?": a task and how the app names it. */
public record Choice(int task, String label) {
    @Override
    public String toString() {
        return label;
    }
}
