/**
 * The demo organisation created on the first start of an empty database, so that a new installation can be tried
 * at once. Switched off in production with {@code curtaincall.demo.enabled=false}.
 */
package org.curtaincall.demo;
