package org.curtaincall.insights.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One text the themes are made of: a kudos message or customer story, or a report's title, description and fix.
 * The week is the Monday of the ISO week it was written in, never a finer date, so that a theme sample cannot be
 * matched to the day someone wrote it. The vector is its sentence embedding, computed once when the text arrives;
 * {@code null} means not embedded yet.
 */
public record Text(String id, Source source, String teamKey, LocalDate week, String text, float[] vector) {

    public Text {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(teamKey, "teamKey");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(text, "text");
        week = weekOf(week);
    }

    /** The Monday starting the ISO week of a date: the finest date the insights keep. */
    public static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public boolean embedded() {
        return vector != null;
    }

    public Text withVector(float[] embedding) {
        return new Text(id, source, teamKey, week, text, embedding);
    }
}
