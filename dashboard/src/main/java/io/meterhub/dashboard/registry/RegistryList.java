package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.registry.RegistryService;

import java.util.function.BiFunction;

/**
 * The frame both registry sections share: a search field that narrows a lazy two-column grid (who, and
 * the actions, so that they stay on a phone's screen) read a page at a time, and a bar with the section's buttons.
 */
final class RegistryList<T> {
    final TextField search = new TextField();
    final Grid<T> grid = new Grid<>();

    /**
     * @param page  the service's page of items matching a text, by page number
     * @param who   what an item is, the first column
     * @param acts  what may be done with it, the second column
     */
    RegistryList(String searchId, String placeholder, String gridId, String whoHeader, String actionsHeader,
                 BiFunction<String, Integer, Page<T>> page, SerializableFunction<T, Component> who, SerializableFunction<T, Component> acts) {
        search.setId(searchId);
        search.setPlaceholder(placeholder);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setMinWidth("12em");
        search.getStyle().set("flex", "1 1 16em");
        grid.setId(gridId);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(who)).setKey("who").setHeader(whoHeader).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(acts)).setKey("actions").setHeader(actionsHeader).setFlexGrow(1);
        grid.setPageSize(RegistryService.PAGE);
        grid.setItems(q -> Paging.window(p -> page.apply(search.getValue(), p), q.getOffset(), q.getLimit()),
                q -> (int) page.apply(search.getValue(), 0).total());
        grid.setMinHeight("16em");
    }

    /** The search field and the section's buttons, wrapping on a phone. */
    HorizontalLayout bar(Component... buttons) {
        HorizontalLayout bar = new HorizontalLayout(search);
        bar.add(buttons);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    static Button primary(String id, String text, Runnable click) {
        Button button = new Button(text, e -> click.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
