package dev.loopscope.predict;

/**
 * The verdict on one slot of the learner's order: the line they put there, whether it belongs
 * there (a line identical to the true one counts as in place), the text that does belong there,
 * and, for a misplaced line, why the true order is what it is.
 */
public record LineMark(int slot, PrintedLine line, boolean inPlace, String expected, String explanation) {
}
