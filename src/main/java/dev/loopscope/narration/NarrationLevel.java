package dev.loopscope.narration;

/** How much of the loop's machinery a sentence names. */
public enum NarrationLevel {
    /** Plain words for someone who met {@code await} yesterday: no CPython internals. */
    BEGINNER,
    /** The standard sentence, then the CPython machinery behind it (call_soon, _ready, TimerHandle, ...). */
    DETAILED;

    /** "Beginner", "Detailed". */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The level named {@code text} (as {@link #name()}), or {@code fallback}. */
    public static NarrationLevel parse(String text, NarrationLevel fallback) {
        for (NarrationLevel level : values()) {
            if (level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        return fallback;
    }
}
