package dev.loopscope.predict;

import java.util.List;

/** The checked order: one mark per slot, in the learner's order. */
public record LineOrderResult(List<LineMark> marks) {
    public LineOrderResult {
        marks = List.copyOf(marks);
    }

    public int inPlace() {
        return (int) marks.stream().filter(LineMark::inPlace).count();
    }

    public int total() {
        return marks.size();
    }

    public boolean allRight() {
        return inPlace() == total();
    }

    public String score() {
        return inPlace() + " of " + total() + " lines in place";
    }
}
