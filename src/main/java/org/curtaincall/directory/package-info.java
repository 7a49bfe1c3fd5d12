/**
 * The directory: teams on the front or back stage, the people in them, their roles and leads, and the CSV import
 * from an HR system. Other areas learn about people and teams only through {@code DirectoryService}.
 */
package org.curtaincall.directory;
