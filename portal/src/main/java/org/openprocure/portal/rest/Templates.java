package org.openprocure.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.view.NoticeBoard;

/** The portal's pages; each extends {@code templates/layout.html}. */
@CheckedTemplate
public class Templates {

    private Templates() {
    }

    public static native TemplateInstance noticeBoard(NoticeBoard board);

    public static native TemplateInstance notFound();

    public static native TemplateInstance forbidden();

    public static native TemplateInstance error();
}
