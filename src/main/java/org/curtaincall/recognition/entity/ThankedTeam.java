package org.curtaincall.recognition.entity;

import java.util.Set;

/** The team kudos are meant for, as the directory knows it: whether it is on the back stage, active, and who is in it. */
public record ThankedTeam(long id, String name, boolean backStage, boolean active, Set<Long> memberIds) {
}
