package org.curtaincall.insights.entity;

import java.time.LocalDate;

/** A text shown as an example of a theme: its words and the week it was written, nothing that could identify it. */
public record ThemeSample(String text, Source source, LocalDate week) {
}
