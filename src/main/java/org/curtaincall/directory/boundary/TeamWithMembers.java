package org.curtaincall.directory.boundary;

import java.util.Set;

/** A team and the ids of its active members: what thanking a team needs, since its members are alerted. */
public record TeamWithMembers(TeamView team, Set<Long> activeMemberIds) {
}
