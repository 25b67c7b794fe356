package dev.loopscope.narration;

import java.util.Objects;

/** What one step says: its sentence, the asyncio concept it shows and the lesson that explains it. */
public record Narration(String text, Concept concept) {
    public Narration {
        Objects.requireNonNull(text);
        Objects.requireNonNull(concept);
    }

    /** The lesson's file name in the library. */
    public String lessonId() {
        return concept.lesson();
    }
}
