package io.meterhub.dashboard.operator;

import io.meterhub.cabinet.readings.ReadingView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer's side of a decision: their readings view ({@code readings/<meterId>}) shows it in the history. */
final class CustomerHistory {
    private CustomerHistory() {
    }

    /** Logs in as the customer, opens the meter's readings and finds a row "Отклонено" with the reason. */
    static void assertShowsRejection(Consumer<String> login, String customer, long meterId, String reason) {
        login.accept(customer);
        UI.getCurrent().navigate("readings/" + meterId);
        @SuppressWarnings("unchecked")
        Grid<ReadingView> history = _get(Grid.class, spec -> spec.withId("reading-history-" + meterId));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(history); i++) {
            rows.add(GridKt._getFormattedRow(history, i));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Отклонено", reason));
    }
}
