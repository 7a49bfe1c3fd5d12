package org.curtaincall.insights.entity;

/** A team as the insights name it: id, name and stage (FRONT or BACK). */
public record TeamRef(long id, String name, String stage, boolean active) {
}
