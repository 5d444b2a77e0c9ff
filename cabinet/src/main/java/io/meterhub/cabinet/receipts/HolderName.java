package io.meterhub.cabinet.receipts;

import java.util.ArrayList;
import java.util.List;

/** A holder's name as receipts show it (other personal data: {@link io.meterhub.cabinet.access.Masking}). */
public final class HolderName {
    private HolderName() {
    }

    /**
     * A person's name as "Surname I. O." (a sole proprietor keeps "ИП"); a company's name stays whole.
     */
    public static String masked(String fullName, String kind) {
        if (fullName == null || fullName.isBlank()) {
            return "—";
        }
        if ("LEGAL_ENTITY".equals(kind)) {
            return fullName.trim();
        }
        List<String> out = new ArrayList<>();
        boolean surnameSeen = false;
        for (String word : fullName.trim().split("\\s+")) {
            if (word.equalsIgnoreCase("ИП")) {
                out.add(word);
            } else if (!surnameSeen) {
                out.add(word);
                surnameSeen = true;
            } else {
                out.add(word.substring(0, word.offsetByCodePoints(0, 1)) + ".");
            }
        }
        return String.join(" ", out);
    }
}
