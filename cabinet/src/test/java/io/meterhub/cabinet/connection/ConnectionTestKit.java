package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connectionfee.FeeRates;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.protocols.meter.TariffZoneSchedule;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** What the connection tests share: a database with a grid company, two suppliers, a movable clock, recorded notifications and codes. */
final class ConnectionTestKit implements AutoCloseable {
    static final String GRID = "GRID";
    static final String OTHER_GRID = "OTHER_GRID";
    static final String SUPPLIER = "SUPPLY_ONE";
    static final String OTHER_SUPPLIER = "SUPPLY_TWO";
    static final ZoneId SAMARA = Fixture.SAMARA;
    private static final AtomicInteger LOGINS = new AtomicInteger();

    record StatusCall(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to, String reason,
                      java.time.LocalDate deadline, String link) {
    }

    record MessageCall(long userId, long applicationId, String number, String messageNumber, String text, String link) {
    }

    record SentCode(String phone, String code) {
    }

    final Fixture fixture;
    final MovableClock clock;
    final List<StatusCall> statusCalls = new ArrayList<>();
    final List<MessageCall> messageCalls = new ArrayList<>();
    final List<SentCode> codes = new ArrayList<>();
    /** "userId applicationId organization link" of each paper application registered for a customer. */
    final List<String> paperCalls = new ArrayList<>();
    final ApplicantNotifier notifier = new ApplicantNotifier() {
        @Override
        public void paperRegistered(long userId, long applicationId, String organizationName, String link) {
            paperCalls.add(userId + " " + applicationId + " " + organizationName + " " + link);
        }

        @Override
        public void statusChanged(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to, String reason,
                                  java.time.LocalDate deadline, String link) {
            statusCalls.add(new StatusCall(userId, applicationId, number, from, to, reason, deadline, link));
        }

        @Override
        public void messageReceived(long userId, long applicationId, String number, String messageNumber, String text, String link) {
            messageCalls.add(new MessageCall(userId, applicationId, number, messageNumber, text, link));
        }
    };
    final ConnectionFeature service;
    final RegistrationService registration;

    ConnectionTestKit(String purpose, ConnectionSettings settings) {
        fixture = Fixture.open(purpose);
        clock = new MovableClock("2026-12-25T10:00:00", SAMARA);
        fixture.organization(GRID, SAMARA, 15, 25);
        fixture.organization(OTHER_GRID, SAMARA, 15, 25);
        supplier(SUPPLIER, "Самараэнерго");
        supplier(OTHER_SUPPLIER, "Другой поставщик");
        FeeRates.seed(fixture.dataSource, GRID);
        service = Services.of(fixture.dataSource, clock).connection(ProductionCalendar.russia(), notifier,
                (phone, code) -> codes.add(new SentCode(phone, code)), settings);
        registration = Services.of(fixture.dataSource, clock).registration(Services.of(fixture.dataSource, clock).codes(), (phone, code) -> codes.add(new SentCode(phone, code)));
    }

    private void supplier(String id, String name) {
        fixture.accounts.saveOrganization(new OrganizationRow(id, name, "SUPPLIER", SAMARA, TariffZoneSchedule.THREE_ZONES, "АО " + name,
                "6315222985", "631501001", "Bank", "043601607", "30101810200000000607", "40702810000000000002", "+7 846 000-00-01", 15, 25));
    }

    /** A customer with a complete individual's profile (SNILS 112-233-445 95) and the phone confirmed. */
    Viewer applicant() {
        Viewer viewer = fixture.customer("applicant" + LOGINS.incrementAndGet()).viewer();
        registration.sendPhoneCode(viewer);
        registration.confirmPhone(viewer, codes.get(codes.size() - 1).code());
        return viewer;
    }

    Viewer staff(Role role, String organization) {
        return fixture.staff("staff" + LOGINS.incrementAndGet(), role, organization);
    }

    static NewDocument pdf(DocumentKind kind, String name) {
        return new NewDocument(kind, name, ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    static NewDocument png(DocumentKind kind, String name) {
        byte[] bytes = Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
        return new NewDocument(kind, name, bytes);
    }

    static NewDocument jpeg(DocumentKind kind, String name) {
        byte[] bytes = Arrays.copyOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        return new NewDocument(kind, name, bytes);
    }

    /** A PDF's text, no-break spaces as plain ones. */
    static String text(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00A0', ' ');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A draft with every step filled and the required documents attached. */
    long completeDraft(Viewer applicant) {
        long id = service.form().createDraft(applicant, GRID).summary().id();
        service.form().saveObject(applicant, id, new ObjectStep("г. Самара, ул. Садовая, д. 5", "63:01:0101001:123", ObjectKind.HOUSE));
        service.form().savePower(applicant, id, new PowerStep(new BigDecimal("15"), BigDecimal.ZERO, VoltageLevel.LV_0_4, ReliabilityCategory.III,
                ConnectionKind.NEW));
        service.form().saveSupplier(applicant, id, SUPPLIER);
        service.documents().attach(applicant, id, pdf(DocumentKind.TITLE, "title.pdf"));
        service.documents().attach(applicant, id, jpeg(DocumentKind.LOCATION_PLAN, "plan.jpg"));
        return id;
    }

    long submitted(Viewer applicant) {
        long id = completeDraft(applicant);
        service.workflow().submit(applicant, id);
        return id;
    }

    @Override
    public void close() {
        fixture.close();
    }
}
