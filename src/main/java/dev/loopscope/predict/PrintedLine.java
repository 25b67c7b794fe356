package dev.loopscope.predict;

/**
 * One line the run printed to stdout: its place in the true order ({@code order}, from 0), its
 * text, when and by which task (0: outside any task), and the index of its Output event.
 */
public record PrintedLine(int order, String text, double time, int task, int event) {
    @Override
    public String toString() {
        return text;
    }
}
