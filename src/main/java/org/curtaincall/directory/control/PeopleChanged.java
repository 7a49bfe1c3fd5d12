package org.curtaincall.directory.control;

/** Someone's name, user name, roles or status changed (by hand or by an import); fired within the transaction. */
public record PeopleChanged() {
}
