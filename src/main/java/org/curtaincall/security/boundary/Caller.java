package org.curtaincall.security.boundary;

import java.util.Set;

/** The signed-in person as the security layer knows them: who, and which roles they hold now. */
public record Caller(long personId, String username, String name, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
