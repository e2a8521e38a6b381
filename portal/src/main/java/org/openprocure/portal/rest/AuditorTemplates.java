package org.openprocure.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.Analytics;
import org.openprocure.portal.view.auditor.AuditorDashboard;
import org.openprocure.portal.view.auditor.AuditorLists;

/** The auditor's pages, in {@code templates/auditor/}; each extends {@code templates/layout.html}. */
@CheckedTemplate(basePath = "auditor")
public class AuditorTemplates {

    private AuditorTemplates() {
    }

    public static native TemplateInstance dashboard(AuditorDashboard page);

    public static native TemplateInstance processes(AuditorLists.Processes page);

    public static native TemplateInstance process(AuditorLists.Process page);

    public static native TemplateInstance redFlags(AuditorLists.RedFlags page);

    public static native TemplateInstance awards(AuditorLists.Awards page);

    public static native TemplateInstance buyer(Analytics.BuyerProfile profile);

    public static native TemplateInstance supplier(Analytics.SupplierProfile profile);
}
