package org.curtaincall.directory.boundary;

import java.time.LocalDateTime;
import java.util.Set;

/** The team a person belongs to, since when, and the teams they lead. */
public record Membership(long personId, Long teamId, LocalDateTime teamSince, Set<Long> ledTeamIds) {

    public Membership {
        ledTeamIds = Set.copyOf(ledTeamIds);
    }
}
