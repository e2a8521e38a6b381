package org.openprocure.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.view.ContractPage;
import org.openprocure.portal.view.EvaluationPage;
import org.openprocure.portal.view.OfficerContracts;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.KeyCardPage;
import org.openprocure.portal.view.KeyCardsPage;
import org.openprocure.portal.view.MyBidsPage;
import org.openprocure.portal.view.MyEvaluationsPage;
import org.openprocure.portal.view.OpeningPage;
import org.openprocure.portal.view.OpeningRecordPage;
import org.openprocure.portal.view.ManagePage;
import org.openprocure.portal.view.NoticeBoard;
import org.openprocure.portal.view.NoticeFilter;
import org.openprocure.portal.view.OfficerTenders;
import org.openprocure.portal.view.TenderFormPage;
import org.openprocure.portal.view.TenderPage;

/** The portal's pages; each extends {@code templates/layout.html}. */
@CheckedTemplate
public class Templates {

    private Templates() {
    }

    /** {@code problem} is set when the search fields could not be used. */
    public static native TemplateInstance noticeBoard(NoticeBoard board, NoticeFilter filter, FormProblem problem);

    public static native TemplateInstance tenderPage(TenderPage page);

    public static native TemplateInstance officerTenders(OfficerTenders tenders);

    public static native TemplateInstance officerTender(ManagePage page);

    public static native TemplateInstance tenderForm(TenderFormPage page);

    public static native TemplateInstance openingRecord(OpeningRecordPage page);

    public static native TemplateInstance myBids(MyBidsPage page);

    public static native TemplateInstance keyCards(KeyCardsPage page);

    public static native TemplateInstance keyCard(KeyCardPage page);

    public static native TemplateInstance opening(OpeningPage page);

    public static native TemplateInstance myEvaluations(MyEvaluationsPage page);

    public static native TemplateInstance evaluation(EvaluationPage page);

    public static native TemplateInstance contract(ContractPage page);

    public static native TemplateInstance officerContracts(OfficerContracts contracts);

    public static native TemplateInstance notFound();

    public static native TemplateInstance forbidden();

    public static native TemplateInstance error();

    public static native TemplateInstance refused(String reason);

    public static native TemplateInstance signInUnavailable();

    /** Stands alone, without the layout: it is rendered before the request reaches the portal's code. */
    public static native TemplateInstance tooLarge(String reason, String locale);
}
