/**
 * Sign-in, sign-out, roles and API tokens: who the caller is and what their role lets them use. Passwords and tokens
 * are stored only as slow or keyed hashes.
 */
package org.curtaincall.security;
