/**
 * Anonymous listening: back-stage staff report broken processes and suggest fixes, and follow up with a receipt code.
 * Nothing stored here can lead back to the author: no person, account, session, address, user agent or time of day.
 */
package org.curtaincall.listening;
