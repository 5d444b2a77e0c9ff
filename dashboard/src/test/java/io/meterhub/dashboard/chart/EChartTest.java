package io.meterhub.dashboard.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EChartTest {

    @Test
    void sends_the_option_as_json_and_keeps_a_copy() {
        ObjectNode option = EChart.newOption();
        option.putArray("series").addObject().put("type", "bar").putArray("data").add(1.5).add(2);
        EChart chart = new EChart(option);
        assertThat(chart.getElement().getProperty("optionJson")).isEqualTo("{\"series\":[{\"type\":\"bar\",\"data\":[1.5,2]}]}");

        option.put("animation", false); // changing the caller's node changes nothing until setOption
        assertThat(chart.getElement().getProperty("optionJson")).doesNotContain("animation");

        chart.setOption(option);
        assertThat(chart.getElement().getProperty("optionJson")).contains("\"animation\":false");
        assertThat(chart.getOption()).isEqualTo(option).isNotSameAs(option);
    }
}
