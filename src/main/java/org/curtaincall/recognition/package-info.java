/**
 * Recognition: the front stage thanks the back stage with kudos and hand-off ratings, the kudos wall, team pages and
 * the alerts (in-app, e-mail, webhooks) that tell a team it was thanked. Low ratings stay private feedback.
 */
package org.curtaincall.recognition;
