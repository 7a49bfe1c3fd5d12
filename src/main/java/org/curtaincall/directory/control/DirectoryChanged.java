package org.curtaincall.directory.control;

/**
 * Teams or people changed, by hand or by an import: names, roles, status, who belongs to and who leads a team. Fired
 * within the transaction, so that what remembers the directory forgets it once the change is committed.
 */
public record DirectoryChanged() {
}
