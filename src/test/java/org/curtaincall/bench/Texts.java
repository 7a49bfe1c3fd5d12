package org.curtaincall.bench;

import java.util.Random;
import java.util.Set;

/**
 * Varied, realistic text for generated data, composed from many fragments so that no two neighbours read alike and
 * the themes engine sees real variety rather than one template repeated.
 */
final class Texts {

    private static final String[] FIRST = {"Ana", "Ben", "Chloé", "Dario", "Eva", "Farid", "Grace", "Hugo", "Ines",
        "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tara", "Uma",
        "Viktor", "Wen", "Xavier", "Yara", "Zoë", "Amadou", "Birgit", "Carlos", "Dana", "Emeka", "Fatima", "Gustav",
        "Hana", "Ivan", "Julia", "Kofi", "Lucía", "Malik", "Nora", "Olu", "Paula", "Rui", "Sofia", "Tomás", "Valeria"};
    private static final String[] LAST = {"Lima", "Okafor", "Schmidt", "Rossi", "Nguyen", "Haddad", "Kowalski",
        "Martin", "Silva", "Andersson", "Yilmaz", "Dubois", "García", "Ivanova", "Mensah", "Tanaka", "O'Neil",
        "Fischer", "Novak", "Costa", "Petrov", "Larsen", "Khan", "Moreau", "Bauer", "Sato", "Reyes", "Nowak",
        "Berg", "Ferreira", "Popescu", "Horvat", "Jensen", "Murphy", "Zhang", "Varga", "Eriksen", "Santos"};
    private static final String[] FRONT_KINDS = {"Store", "Call Centre", "Field Service", "Front Desk", "Sales",
        "Showroom", "Box Office", "Reception", "Concierge", "Restaurant Floor", "Click & Collect", "Outlet"};
    private static final String[] BACK_KINDS = {"IT Support", "Logistics", "Legal", "Underwriting", "Kitchen",
        "Finance", "Payroll", "Procurement", "Facilities", "Quality", "Data Platform", "Warehouse", "Claims",
        "Pricing", "Security", "Print Shop", "Stage Crew", "Costume", "Lighting", "Sound", "Cleaning", "Training"};
    private static final String[] PLACES = {"North", "South", "East", "West", "Central", "Harbour", "Airport",
        "Old Town", "Riverside", "Hillside", "Station", "Market", "Park", "Bridge", "Castle", "Garden"};

    private static final String[] OPENERS = {"Huge thanks to", "A big thank you to", "Shout-out to", "So grateful to",
        "Many thanks to", "Hats off to", "Cheers to", "Thank you,", "Really appreciate", "Kudos to"};
    private static final String[] WHO = {"the whole team", "everyone on shift", "the early crew", "the night shift",
        "the weekend team", "you all", "the team", "the folks upstairs", "the on-call people"};
    private static final String[] DEEDS = {"for fixing the till", "for sorting the refund", "for getting the stock in",
        "for rebooking the delivery", "for unlocking the account", "for answering the contract question",
        "for repairing the card reader", "for chasing the supplier", "for the quick price check",
        "for finding the missing parcel", "for restoring the network", "for correcting the invoice",
        "for turning the claim around", "for the replacement laptop", "for rewriting the terms",
        "for preparing the special order", "for moving the shift rota", "for the emergency reprint",
        "for fixing the booking system", "for clearing the backlog", "for the last-minute room change"};
    private static final String[] WHEN = {"in under ten minutes", "before the doors opened", "during the lunch rush",
        "on a Saturday", "while the customer waited", "at five to closing", "on the first call",
        "the same afternoon", "overnight", "before the weekend", "in the middle of the sale", "within the hour"};
    private static final String[] OUTCOMES = {"The customer left smiling.", "We kept the sale.",
        "The queue moved again.", "No complaint, just thanks.", "The client signed the renewal.",
        "The family made their flight.", "The event started on time.", "We avoided a refund.",
        "The customer wrote a five-star review.", "Nobody noticed anything had gone wrong.",
        "It saved us a second visit.", "The manager called to say thanks."};
    private static final String[] CLOSERS = {"", " You are stars.", " Legends.", " Much appreciated!",
        " This is what one team means.", " Owe you a coffee.", " Thank you again.", " Brilliant work."};
    private static final String[] LOW = {"The hand-off took three calls and nobody owned it.",
        "We waited two days for an answer the customer needed in an hour.",
        "The ticket was closed without a fix and the customer came back angry.",
        "The instructions we got were out of date.", "Nobody picked up the phone during opening hours."};
    private static final String[] STORIES = {"A regular customer", "A woman with two kids", "An elderly gentleman",
        "A business client", "A tourist", "A customer on crutches", "A first-time buyer", "A nervous student",
        "A wedding party", "A bus driver on his break"};
    private static final String[] STORY_NEEDS = {"needed a receipt for a warranty claim",
        "had been charged twice", "could not log in to collect the order", "was about to miss a train",
        "needed the size we did not have on the floor", "wanted to change a booking for a funeral",
        "had a parcel that never arrived", "needed an invoice for the accountant today"};

    private static final String[] PROBLEMS = {"The till freezes", "The returns process breaks", "Stock counts are wrong",
        "The booking system double-books", "Refunds take too long", "Card readers drop out", "The rota app crashes",
        "Delivery slots disappear", "Price labels do not match the system", "Password resets take days",
        "The intranet search finds nothing", "Invoices go to the wrong address", "Loyalty points vanish",
        "The warehouse scanner loses sync", "Customer e-mails bounce", "The phone queue drops callers"};
    private static final String[] TRIGGERS = {"when two orders are open", "after every software update",
        "on Monday mornings", "at the end of the month", "during peak hours", "for click & collect orders",
        "when the customer pays by voucher", "in the older stores", "when the network is slow",
        "for international customers", "since the last change to the process"};
    private static final String[] EFFECTS = {"Customers wait at the counter while we call support.",
        "We hand-write receipts and type them in later.", "We apologise a lot and lose sales.",
        "Colleagues stay late to fix the numbers.", "Customers call back twice and get angrier.",
        "We promise things we cannot keep.", "The team has stopped reporting it because nothing changes.",
        "Every shift loses about half an hour.", "New starters do not know the workaround."};
    private static final String[] FIXES = {"Add a button to retry without starting over.",
        "Give stores a direct line to the team that owns it.", "Write down the workaround and share it.",
        "Test updates in one store before all of them.", "Let us see the order status ourselves.",
        "Move the batch job out of opening hours.", "Put one person in charge of the hand-off.",
        "Send an alert before the system goes down, not after."};
    private static final String[] STAFF = {"Thanks for raising this; we have shared it with the owning team.",
        "We can reproduce it and have a fix planned.", "A change went live this week; please tell us if it helps.",
        "We looked into it and the cause was a supplier setting.", "We are trialling a new process in three stores.",
        "This is on next quarter's plan; we will keep you posted.", "We decided not to change this for now: the cost "
            + "outweighs the benefit, but we have improved the guidance."};
    private static final String[] REPLIES = {"Thanks, it is better already.", "Still happening on Saturdays.",
        "Good to hear someone is on it.", "Could you share the new guidance with the night shift too?",
        "It happened again today, twice.", "Much better since the change, thank you."};

    private final Random random;

    Texts(Random random) {
        this.random = random;
    }

    String teamName(boolean front, Set<String> taken) {
        String[] kinds = front ? FRONT_KINDS : BACK_KINDS;
        String name;
        int n = 0;
        do {
            name = pick(kinds) + " " + pick(PLACES) + (n++ > 5 ? " " + n : "");
        } while (!taken.add(name.toLowerCase()));
        return name;
    }

    String teamDescription(boolean front) {
        return front ? "Serves customers at " + pick(PLACES) + " " + pick(FRONT_KINDS).toLowerCase() + "."
                : "Keeps " + pick(BACK_KINDS).toLowerCase() + " running for the " + pick(PLACES) + " region.";
    }

    String[] personName() {
        return new String[] {pick(FIRST), pick(LAST)};
    }

    int rating() {
        int r = random.nextInt(100);
        return r < 3 ? 1 : r < 8 ? 2 : r < 22 ? 3 : r < 55 ? 4 : 5;
    }

    String kudosMessage(int rating) {
        if (rating <= 2) {
            return pick(LOW) + " " + pick(EFFECTS);
        }
        return pick(OPENERS) + " " + pick(WHO) + " " + pick(DEEDS) + " " + pick(WHEN) + ". " + pick(OUTCOMES)
                + pick(CLOSERS);
    }

    String customerStory() {
        return pick(STORIES) + " " + pick(STORY_NEEDS) + "; " + pick(OUTCOMES).toLowerCase();
    }

    String reportKind() {
        int r = random.nextInt(10);
        return r < 6 ? "PROCESS_BREAKAGE" : r < 9 ? "SUGGESTION" : "QUESTION";
    }

    String impact() {
        int r = random.nextInt(10);
        return r < 3 ? "NONE" : r < 8 ? "SOME" : "SEVERE";
    }

    String reportTitle(String kind) {
        return switch (kind) {
            case "SUGGESTION" -> "Idea: " + pick(FIXES).replaceAll("\\.$", "").toLowerCase();
            case "QUESTION" -> "Why does " + pick(PROBLEMS).toLowerCase().replaceFirst("^the ", "the ") + "?";
            default -> pick(PROBLEMS) + " " + pick(TRIGGERS);
        };
    }

    String reportDescription() {
        return pick(PROBLEMS) + " " + pick(TRIGGERS) + ". " + pick(EFFECTS) + " " + pick(EFFECTS);
    }

    String suggestedFix() {
        return pick(FIXES);
    }

    String staffMessage(String status) {
        return switch (status) {
            case "ACKNOWLEDGED" -> "Thank you, we have read this. " + pick(STAFF);
            case "IN_PROGRESS" -> "We are working on it. " + pick(STAFF);
            case "RESOLVED" -> "This should be fixed now. " + pick(STAFF);
            default -> pick(STAFF);
        };
    }

    String reporterReply() {
        return pick(REPLIES);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
