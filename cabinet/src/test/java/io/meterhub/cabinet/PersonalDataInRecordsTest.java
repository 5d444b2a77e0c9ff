package io.meterhub.cabinet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.meterhub.cabinet.accounts.CustomerRow;
import io.meterhub.cabinet.customers.CustomerCard;
import io.meterhub.cabinet.notifications.Recipient;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No record of the cabinet that holds a SNILS, a passport or a phone prints it: each declares its own {@code toString}
 * (the default one of a record prints every component, so one log line of it would carry the data).
 */
class PersonalDataInRecordsTest {
    private static final Set<String> PERSONAL = Set.of("snils", "passport", "phone", "passportnumber", "phonee164");

    @Test
    void every_record_with_personal_data_declares_a_to_string_of_its_own() {
        List<String> printing = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.meterhub.cabinet")) {
            Class<?> record = type.reflect();
            if (!record.isRecord()) {
                continue;
            }
            boolean personal = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .anyMatch(name -> PERSONAL.contains(name.toLowerCase(Locale.ROOT)));
            boolean own = Arrays.stream(record.getDeclaredMethods()).anyMatch(m -> m.getName().equals("toString") && m.getParameterCount() == 0);
            if (personal) {
                holding.add(record.getSimpleName());
            }
            if (personal && !own) {
                printing.add(record.getName());
            }
        }
        assertThat(holding).as("the scan sees the records that hold personal data").contains("CustomerRow", "CustomerCard", "ApplicantRow",
                "Recipient", "RegistryCustomer");
        assertThat(printing).as("records that would print personal data").isEmpty();
    }

    @Test
    void the_records_print_no_snils_passport_phone_or_name() {
        String row = new CustomerRow(7, 3L, "INDIVIDUAL", "Иванов Иван Иванович", "112-233-445 95", "631100000000", "+7 912 345-67-67",
                "ivanov@example.ru").toString();
        String card = new CustomerCard(7, "INDIVIDUAL", "Иванов Иван Иванович", "112-233-445 95", null, "3604 123456", "+7 912 345-67-67",
                "ivanov@example.ru", null, "ivanov", null, List.of()).toString();
        String recipient = new Recipient(3, "Иванов И. И.", "ivanov@example.ru", "+79123456767", Locale.forLanguageTag("ru")).toString();
        for (String printed : List.of(row, card, recipient)) {
            assertThat(printed).doesNotContain("112-233-445 95", "3604 123456", "345-67-67", "79123456767", "Иванов", "ivanov@example.ru");
        }
        assertThat(row).isEqualTo("CustomerRow[7, INDIVIDUAL, user 3]");
    }
}
