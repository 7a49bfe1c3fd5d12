package org.curtaincall.directory.boundary;

import org.curtaincall.directory.entity.Person;

/** Just enough of a person to name them. */
public record PersonRef(long id, String name) {

    static PersonRef of(Person person) {
        return new PersonRef(person.getId(), person.getDisplayName());
    }
}
