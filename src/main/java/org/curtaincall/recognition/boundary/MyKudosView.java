package org.curtaincall.recognition.boundary;

import java.util.List;

/** "My kudos": what I gave (private feedback included) and the public kudos that thanked me or my team. */
public record MyKudosView(List<KudosView> given, List<KudosView> received) {
}
