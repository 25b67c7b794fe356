package dev.loopscope.predict;

/** The verdict on one answer: right or not, and the explanation naming the rule. */
public record Feedback(boolean correct, String text) {
}
