package io.meterhub.cabinet.receipts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GostPaymentQrTest {
    private static GostPaymentQr.Builder volga() {
        return GostPaymentQr.builder("ООО «Волга»", "40702810900000012345", "ПАО Сбербанк", "044525225", "30101810400000000225");
    }

    @Test
    void thePayloadHasTheUtf8HeaderTheMandatoryRequisitesFirstAndTheSumInKopecks() {
        GostPaymentQr qr = volga().sum(new BigDecimal("1234.5")).persAcc("100001").paymPeriod(YearMonth.of(2026, 3))
                .payeeInn("6312345678").kpp("631201001").purpose("Оплата за 03.2026").build();

        assertThat(qr.payload()).isEqualTo("ST00012|Name=ООО «Волга»|PersonalAcc=40702810900000012345|BankName=ПАО Сбербанк"
                + "|BIC=044525225|CorrespAcc=30101810400000000225|Sum=123450|PersAcc=100001|PaymPeriod=032026"
                + "|PayeeINN=6312345678|KPP=631201001|Purpose=Оплата за 03.2026");
        assertThat(GostPaymentQr.parse(qr.payload())).isEqualTo(qr);
        assertThat(GostPaymentQr.parse(qr.payload()).sum()).isEqualByComparingTo("1234.50");
    }

    @Test
    void valuesWithTheSeparatorAreRefusedAndCleanMakesFreeTextSafe() {
        assertThatThrownBy(() -> volga().purpose("a|b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("separator");
        assertThatThrownBy(() -> GostPaymentQr.builder("A|B", "40702810900000012345", "Bank", "044525225", "30101810400000000225"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(GostPaymentQr.clean(" ООО \"A|B\"\n Ltd ")).isEqualTo("ООО \"A/B\" Ltd");
    }

    @Test
    void illFormedRequisitesAreRefused() {
        assertThatThrownBy(() -> GostPaymentQr.builder("A", "4070281090000001234", "Bank", "044525225", "301").build())
                .hasMessageContaining("PersonalAcc");
        assertThatThrownBy(() -> volga().sum(new BigDecimal("1.234"))).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> volga().sum(BigDecimal.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> volga().payeeInn("123")).hasMessageContaining("PayeeINN");
        assertThatThrownBy(() -> volga().put("BankName", "x".repeat(46))).hasMessageContaining("longer than 45");
    }

    @Test
    void parsingRefusesOtherHeadersEncodingsAndMissingMandatoryRequisites() {
        assertThatThrownBy(() -> GostPaymentQr.parse("ST00022|Name=A")).hasMessageContaining("ST0001");
        assertThatThrownBy(() -> GostPaymentQr.parse("ST00011|Name=A")).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> GostPaymentQr.parse("ST00012|Name=A|BIC=044525225")).hasMessageContaining("must begin");
        assertThat(GostPaymentQr.parse("ST00012#Name=A#PersonalAcc=40702810900000012345#BankName=B#BIC=044525225#CorrespAcc=30101810400000000225")
                .field("Name")).isEqualTo("A");
    }
}
