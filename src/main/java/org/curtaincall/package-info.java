/**
 * Curtain Call: a portal where the front stage thanks the back stage and the back stage speaks up anonymously.
 * Each sub-package is one business area, split into boundary, control and entity.
 */
package org.curtaincall;
