package io.meterhub.demo;

import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.visits.DayHours;
import io.meterhub.cabinet.visits.NewVisit;
import io.meterhub.cabinet.visits.Office;
import io.meterhub.cabinet.visits.OfficeAdmin;
import io.meterhub.cabinet.visits.OfficeDays;
import io.meterhub.cabinet.visits.OfficeForm;
import io.meterhub.cabinet.visits.VisitAccess;
import io.meterhub.cabinet.visits.VisitBooking;
import io.meterhub.cabinet.visits.VisitSlots;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.storage.cabinet.visits.JdbcOfficeRepository;
import io.meterhub.storage.cabinet.visits.JdbcVisitRepository;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * The demo's appointments: an office of the grid company and one of the housing utility, created by their administrators,
 * and ivanov's visit to the grid company's office on the next day it receives (10:00 or the first free time after).
 */
final class VisitSeeder {
    private final OfficeAdmin offices;
    private final VisitBooking booking;

    VisitSeeder(DataSource dataSource, Clock clock) {
        JdbcAccountRepository accounts = new JdbcAccountRepository(dataSource);
        JdbcVisitRepository visits = new JdbcVisitRepository(dataSource);
        JdbcOfficeRepository officeRows = new JdbcOfficeRepository(dataSource);
        Transactions transactions = new JdbcTransactions(dataSource);
        VisitAccess access = new VisitAccess(visits, officeRows, new StaffRights(new JdbcStaffRepository(dataSource)));
        AuditLog audit = new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), transactions);
        this.offices = new OfficeAdmin(transactions, officeRows, accounts, access, audit, clock);
        this.booking = new VisitBooking(transactions, visits, officeRows, new AccessPolicy(accounts, new JdbcManualReadingRepository(dataSource), new JdbcAccountAccessRepository(dataSource), clock),
                access, new VisitSlots(new OfficeDays(ProductionCalendar.russia()), visits, clock), clock);
    }

    void seed(Viewer gridAdmin, Viewer housingAdmin, Viewer ivanov, long ivanovsAccount, LocalDate today) {
        Office grid = offices.save(gridAdmin, new OfficeForm(0, "Центральный офис обслуживания", "Самара, ул. Мичурина, 10", 30, 2, 53.2009,
                50.1380, week("09:00–18:00", "13:00–13:45", "09:00–17:00")));
        offices.save(housingAdmin, new OfficeForm(0, "Офис УК «Уютный дом»", "Самара, ул. Гагарина, 45", 20, 1, 53.1979, 50.1596,
                week("09:00–17:00", "12:00–13:00", "09:00–16:00")));
        for (int ahead = 1; ahead <= 14; ahead++) {
            var free = booking.slots(ivanov, grid.id(), today.plusDays(ahead)).stream()
                    .filter(s -> !s.full() && !s.start().toLocalTime().isBefore(LocalTime.of(10, 0))).findFirst();
            if (free.isPresent()) {
                booking.book(ivanov, new NewVisit(ivanovsAccount, grid.id(), AppealCategory.READINGS_AND_METERS, free.get().start()));
                return;
            }
        }
    }

    /** Monday to Thursday with a lunch break, Friday shorter without one. */
    private static Map<DayOfWeek, DayHours> week(String monToThu, String lunch, String friday) {
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            week.put(day, DayHours.parse(monToThu, lunch).orElseThrow());
        }
        week.put(DayOfWeek.FRIDAY, DayHours.parse(friday, null).orElseThrow());
        return week;
    }
}
