package dev.loopscope.predict;

import java.util.List;

/**
 * "Which task runs next?" at one moment of a run: {@code position} is the number of events
 * applied when it is asked (the playback shows that state), {@code context} what the loop holds
 * then, {@code answer} the task whose code the recording runs next, {@code outcome} that in words
 * ("Task-3 (process_data) runs next.") and {@code rule} why.
 */
public record NextTaskQuestion(int position, String prompt, List<String> context, List<Choice> choices, int answer,
                               String outcome, String rule) {
    public NextTaskQuestion {
        context = List.copyOf(context);
        choices = List.copyOf(choices);
    }

    public Feedback check(int task) {
        if (task == answer) {
            return new Feedback(true, "Right: " + outcome + " " + rule);
        }
        return new Feedback(false, "Not quite: " + outcome + " " + rule);
    }
}
