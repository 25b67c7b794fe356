package dev.loopscope.ui;

import dev.loopscope.trace.Replay;

/**
 * Where the playback of a re-run should stand so that it seems to stay put while a number is
 * dragged: at the end if it was at the end, at the start if at the start, else at the same
 * virtual time (and as far into that instant's events as before, where the new run has them).
 */
final class PlaybackPlace {
    private PlaybackPlace() {
    }

    /** The position in {@code after} that matches {@code position} in {@code before} (no run before: the end). */
    static int follow(Replay before, int position, Replay after) {
        if (before == null || before.size() == 0 || position >= before.size()) {
            return after.size();
        }
        if (position <= 0) {
            return 0;
        }
        double time = before.event(position - 1).time();
        int intoInstant = position - firstPast(before, time, false);
        int first = firstPast(after, time, false);
        int last = firstPast(after, time, true);
        return Math.min(first + intoInstant, last);
    }

    /**
     * The index of the first event at or after {@code time}, or (with {@code strictly}) after it:
     * a binary search, since the events' times never decrease.
     */
    private static int firstPast(Replay replay, double time, boolean strictly) {
        int lo = 0;
        int hi = replay.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double t = replay.event(mid).time();
            if (t < time || strictly && t == time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
