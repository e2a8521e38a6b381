package org.openprocure.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.view.IntegrityPages;

/** The integrity pages; each extends {@code templates/layout.html}. */
@CheckedTemplate(basePath = "")
public class IntegrityTemplates {

    private IntegrityTemplates() {
    }

    public static native TemplateInstance integrity(IntegrityPages.ReportForm form);

    public static native TemplateInstance integrityReceipt(IntegrityPages.Receipt receipt);

    public static native TemplateInstance integrityFollowUp(IntegrityPages.FollowUp page);

    public static native TemplateInstance auditorIntegrityReports(IntegrityPages.Inbox inbox);

    public static native TemplateInstance auditorIntegrityReport(IntegrityPages.AuditorReport page);
}
