package io.meterhub.cabinet.organizations;

/**
 * The Bank of Russia's rules for a BIC and the accounts beside it: a BIC is 9 digits starting with "04";
 * an account is 20 digits whose control key (weights 7, 1, 3 over 23 digits) matches the BIC:
 * the BIC's last three digits before a settlement account, "0" and the BIC's 5th and 6th digits
 * before a correspondent account.
 */
public final class BankRequisites {
    private static final int[] WEIGHTS = {7, 1, 3};

    private BankRequisites() {
    }

    public static boolean bicValid(String bic) {
        return bic != null && bic.matches("04\\d{7}");
    }

    public static boolean settlementAccountMatches(String bic, String account) {
        return bicValid(bic) && account != null && account.matches("\\d{20}") && keyMatches(bic.substring(6) + account);
    }

    public static boolean correspondentAccountMatches(String bic, String account) {
        return bicValid(bic) && account != null && account.matches("30101\\d{15}") && keyMatches("0" + bic.substring(4, 6) + account);
    }

    private static boolean keyMatches(String digits23) {
        int sum = 0;
        for (int i = 0; i < digits23.length(); i++) {
            sum += (digits23.charAt(i) - '0') * WEIGHTS[i % 3] % 10;
        }
        return sum % 10 == 0;
    }
}
