package org.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PagedTableTest {

    private static FilterMeta filter(String column, Object value) {
        return FilterMeta.builder().field(column).filterValue(value).build();
    }

    @Test
    void theTablesSearchFiltersSortAndPageBecomeOneListRequest() {
        List<ListRequest> asked = new ArrayList<>();
        PagedTable<String> table = PagedTable.of(
                request -> {
                    asked.add(request);
                    return 42;
                },
                request -> {
                    asked.add(request);
                    return List.of("Central Mosque");
                },
                name -> name);

        int count = table.count(Map.of(
                FilterMeta.GLOBAL_FILTER_KEY,
                filter(FilterMeta.GLOBAL_FILTER_KEY, " mosque "),
                "status",
                filter("status", "ACTIVE"),
                "type",
                filter("type", " ")));
        List<String> rows = table.load(
                50,
                25,
                Map.of(
                        "name",
                        SortMeta.builder()
                                .field("name")
                                .order(SortOrder.DESCENDING)
                                .build()),
                Map.of("status", filter("status", "ACTIVE")));

        assertThat(count).isEqualTo(42);
        assertThat(rows).containsExactly("Central Mosque");
        assertThat(asked.get(0)).isEqualTo(new ListRequest("mosque", Map.of("status", "ACTIVE"), null, false, 0, 1));
        assertThat(asked.get(1)).isEqualTo(new ListRequest(null, Map.of("status", "ACTIVE"), "name", true, 50, 25));
    }

    @Test
    void aRowIsFoundByItsKeyAmongTheRowsOnShow() {
        PagedTable<String> table = PagedTable.ofPages(request -> new PageOf<>(List.of("a", "bb"), 2), String::length);
        table.setWrappedData(table.load(0, 10, Map.of(), Map.of()));

        assertThat(table.count(Map.of())).isEqualTo(2);
        assertThat(table.getRowKey("bb")).isEqualTo("2");
        assertThat(table.getRowData("2")).isEqualTo("bb");
        assertThat(table.getRowData("3")).isNull();
    }
}
