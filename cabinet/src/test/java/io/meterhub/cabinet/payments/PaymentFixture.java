package io.meterhub.cabinet.payments;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Two organizations with requisites (an energy supplier and a water utility), two customers and
 * their accounts, in a fresh database of the test class.
 */
public final class PaymentFixture implements AutoCloseable {
    public static final String VOLGA = "VOLGA_ENERGO";
    public static final String WATER = "SAMARA_WATER";
    public static final String VOLGA_LEGAL_NAME = "ООО «Волжская энергосбытовая компания»";

    public final Database database;
    public long ivanUser;
    public long petrUser;
    public long volgaOperator;
    /** Ivan's electricity account with Volga. */
    public long ivanElectricity;
    /** Ivan's water and upkeep account with the water utility. */
    public long ivanWater;
    /** Petr's electricity account with Volga. */
    public long petrElectricity;

    public PaymentFixture(String purpose) throws SQLException {
        database = Database.open(StorageConfig.of(TestServices.freshDatabase(purpose)));
        try (Connection c = database.dataSource().getConnection()) {
            organization(c, VOLGA, "Волгаэнергосбыт", VOLGA_LEGAL_NAME, "6312345678", "631201001", "ПАО Сбербанк", "044525225",
                    "30101810400000000225", "40702810900000012345");
            organization(c, WATER, "Самараводоканал", "АО «Самарские водные системы»", "6315000111", "631501001", "АО Банк Поволжье",
                    "043601607", "30101810200000000607", "40702810500000067890");
            ivanUser = user(c, "ivan", "CUSTOMER", null);
            petrUser = user(c, "petr", "CUSTOMER", null);
            volgaOperator = user(c, "volga-operator", "OPERATOR", VOLGA);
            long ivan = customer(c, ivanUser, "INDIVIDUAL", "Иванов Иван Иванович");
            long petr = customer(c, petrUser, "INDIVIDUAL", "Петров Пётр Петрович");
            ivanElectricity = account(c, "100001", VOLGA, ivan, "г. Самара, ул. Ленинградская, д. 10, кв. 5", "ELECTRICITY");
            ivanWater = account(c, "W-77001", WATER, ivan, "г. Самара, ул. Ленинградская, д. 10, кв. 5", "COLD_WATER", "UPKEEP");
            petrElectricity = account(c, "100002", VOLGA, petr, "г. Самара, ул. Мичурина, д. 3, кв. 12", "ELECTRICITY");
        }
    }

    private static void organization(Connection c, String id, String name, String legalName, String inn, String kpp, String bank,
                                     String bic, String corr, String settlement) throws SQLException {
        try (PreparedStatement sql = c.prepareStatement("INSERT INTO organization (id, name, kind, time_zone, zone_schedule, legal_name, inn, kpp, "
                + "bank_name, bic, correspondent_account, settlement_account, phone) VALUES (?, ?, 'SUPPLIER', 'Europe/Samara', "
                + "'T1 07-10,17-21; T2 10-17,21-23; T3 23-07', ?, ?, ?, ?, ?, ?, ?, '+7 846 000-00-00')")) {
            sql.setString(1, id);
            sql.setString(2, name);
            sql.setString(3, legalName);
            sql.setString(4, inn);
            sql.setString(5, kpp);
            sql.setString(6, bank);
            sql.setString(7, bic);
            sql.setString(8, corr);
            sql.setString(9, settlement);
            sql.executeUpdate();
        }
    }

    private static long user(Connection c, String login, String role, String organization) throws SQLException {
        try (PreparedStatement sql = c.prepareStatement("INSERT INTO app_user (login, password_hash, role, display_name, organization_id) "
                + "VALUES (?, 'x', ?, ?, ?) RETURNING id")) {
            sql.setString(1, login);
            sql.setString(2, role);
            sql.setString(3, login);
            sql.setString(4, organization);
            return id(sql);
        }
    }

    private static long customer(Connection c, long user, String kind, String name) throws SQLException {
        try (PreparedStatement sql = c.prepareStatement("INSERT INTO customer (user_id, kind, full_name, snils) VALUES (?, ?, ?, '112-233-445 95') RETURNING id")) {
            sql.setLong(1, user);
            sql.setString(2, kind);
            sql.setString(3, name);
            return id(sql);
        }
    }

    private static long account(Connection c, String number, String organization, long holder, String address, String... services) throws SQLException {
        long id;
        try (PreparedStatement sql = c.prepareStatement("INSERT INTO account (number, organization_id, holder_id, address) VALUES (?, ?, ?, ?) RETURNING id")) {
            sql.setString(1, number);
            sql.setString(2, organization);
            sql.setLong(3, holder);
            sql.setString(4, address);
            id = id(sql);
        }
        for (String service : services) {
            try (PreparedStatement sql = c.prepareStatement("INSERT INTO account_service (account_id, service_code) VALUES (?, ?)")) {
                sql.setLong(1, id);
                sql.setString(2, service);
                sql.executeUpdate();
            }
        }
        return id;
    }

    /** Adds a ledger entry and returns its id. */
    public long entry(long account, String service, String kind, LocalDate period, String amount, String source) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement sql = c.prepareStatement("INSERT INTO ledger_entry (account_id, service_code, kind, period, amount, description, source) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            sql.setLong(1, account);
            sql.setString(2, service);
            sql.setString(3, kind);
            sql.setObject(4, period);
            sql.setBigDecimal(5, new BigDecimal(amount));
            sql.setString(6, kind + " " + service);
            sql.setString(7, source);
            return id(sql);
        }
    }

    public void chargeLine(long entry, int zone, String quantity, String price, String amount, LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement sql = c.prepareStatement("INSERT INTO charge_line (ledger_entry_id, zone, quantity, price, amount, valid_from, valid_to) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            sql.setLong(1, entry);
            sql.setInt(2, zone);
            sql.setBigDecimal(3, new BigDecimal(quantity));
            sql.setBigDecimal(4, new BigDecimal(price));
            sql.setBigDecimal(5, new BigDecimal(amount));
            sql.setObject(6, from);
            sql.setObject(7, to);
            sql.executeUpdate();
        }
    }

    public void execute(String statement) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement sql = c.prepareStatement(statement)) {
            sql.execute();
        }
    }

    /** The single value of a query (a count, a sum...). */
    public Object scalar(String query, Object... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement sql = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        }
    }

    public long count(String query, Object... parameters) throws SQLException {
        return ((Number) scalar(query, parameters)).longValue();
    }

    private static long id(PreparedStatement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
