package io.meterhub.cabinet.appeals;

/**
 * What an appeal is about, with its default answer term in working days of the production calendar.
 *
 * <p>Sources: a managing organization answers a written request within 10 working days (Decree of the
 * Government No. 416 of 15.05.2013, item 36), which we apply to billing. Federal Law 59-FZ, art. 12,
 * gives public bodies 30 days (calendar days) for an appeal; it does not bind a commercial grid company,
 * and we take 20 working days (about 30 calendar days, never longer) for complaints and other appeals.
 * The terms of readings and meters, quality of supply and connection are our choice. An organization's
 * administrator may set its own ({@link AppealTerms#set}); these are the defaults.
 */
public enum AppealCategory {
    BILLING(10),
    /** Our choice: the same as billing, a reading or a meter usually decides a bill. */
    READINGS_AND_METERS(10),
    /** Our choice. */
    SUPPLY_QUALITY(10),
    /** Our choice: a connection question often needs the technical department. */
    CONNECTION(15),
    COMPLAINT(20),
    OTHER(20);

    private final int workingDays;

    AppealCategory(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }
}
