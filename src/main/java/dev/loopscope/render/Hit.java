package dev.loopscope.render;

/**
 * What the pointer is over: a segment, a print mark, an end mark or a lane label, in a task lane
 * ({@code lane >= 0}) or the loop lane ({@link TimelineModel#LOOP}); {@code event} is the event it
 * names, {@code index} the segment or print index.
 */
public record Hit(Kind kind, int lane, int index, int event) {
    public enum Kind {
        SEGMENT, PRINT, END, LABEL
    }
}
