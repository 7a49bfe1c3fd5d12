package org.curtaincall.listening.boundary;

import java.time.LocalDate;
import org.curtaincall.listening.entity.MessageSide;
import org.curtaincall.listening.entity.ReportMessage;
import org.curtaincall.listening.entity.ReportStatus;

/** One message of a report's conversation; the body of a hidden message is left out unless HR asks. */
public record MessageView(String id, MessageSide side, String body, ReportStatus newStatus, LocalDate writtenOn,
        boolean hidden) {

    static MessageView of(ReportMessage m, boolean showHidden) {
        return new MessageView(m.getId(), m.getSide(), m.isHidden() && !showHidden ? null : m.getBody(),
                m.getNewStatus(), m.getWrittenOn(), m.isHidden());
    }

    public boolean fromReporter() {
        return side == MessageSide.REPORTER;
    }

    public String author() {
        return side == MessageSide.REPORTER ? "Reporter" : "Staff";
    }
}
