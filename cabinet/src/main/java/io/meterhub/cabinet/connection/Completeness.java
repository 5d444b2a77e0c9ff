package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.registration.ApplicantProfile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a submission lacks, step by step: the profile, the object, the power, the required documents, the supplier. */
final class Completeness {
    private Completeness() {
    }

    static List<MissingItem> missing(ConnectionApplication a, ApplicantRow applicant, List<DocumentRow> documents) {
        List<MissingItem> missing = new ArrayList<>();
        if (!ApplicantProfile.of(applicant).complete()) {
            missing.add(new MissingItem(ApplicationStep.APPLICANT, "connection.missing.profile"));
        }
        if (a.byRepresentative() && a.representativeName() == null) {
            missing.add(new MissingItem(ApplicationStep.APPLICANT, "connection.missing.representative"));
        }
        if (a.address() == null) {
            missing.add(new MissingItem(ApplicationStep.OBJECT, "connection.missing.address"));
        }
        if (a.cadastralNumber() == null) {
            missing.add(new MissingItem(ApplicationStep.OBJECT, "connection.missing.cadastral_number"));
        }
        if (a.objectKind() == null) {
            missing.add(new MissingItem(ApplicationStep.OBJECT, "connection.missing.object_kind"));
        }
        if (a.maxPowerKw() == null || a.voltage() == null || a.reliability() == null || a.connectionKind() == null) {
            missing.add(new MissingItem(ApplicationStep.POWER, "connection.missing.power"));
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents.forEach(d -> kinds.add(DocumentKind.valueOf(d.kind())));
        List<DocumentKind> required = new ArrayList<>(List.of(DocumentKind.TITLE, DocumentKind.LOCATION_PLAN));
        if (a.byRepresentative()) {
            required.add(DocumentKind.POWER_OF_ATTORNEY);
        }
        for (DocumentKind kind : required) {
            if (!kinds.contains(kind)) {
                missing.add(new MissingItem(ApplicationStep.DOCUMENTS, "connection.missing.document." + kind.name()));
            }
        }
        if (a.supplierOrganizationId() == null) {
            missing.add(new MissingItem(ApplicationStep.DOCUMENTS, "connection.missing.supplier"));
        }
        return missing;
    }
}
