/**
 * Shared plumbing only: REST configuration and error mapping, persistence set-up and migrations,
 * response hardening and configuration. No business rules live here.
 */
package org.curtaincall.platform;
