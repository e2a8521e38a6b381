package org.openprocure.portal.view;

/**
 * What a page with repeated small forms offers its template: the refusal of one of them, the values entered
 * in it, its field errors, and stable element ids made from the form, its target and the field.
 */
public record StepForms(StepRefusal refusal) {

    public static final StepForms NONE = new StepForms(null);

    public StepRefusal refusalOf(String action, String target) {
        return refusal != null && refusal.of(action, target) ? refusal : null;
    }

    public FormProblem problemOf(String action, String target) {
        StepRefusal of = refusalOf(action, target);
        return of == null ? null : of.problem();
    }

    public String entered(String action, String target, String field) {
        StepRefusal of = refusalOf(action, target);
        return of == null ? null : of.first(field);
    }

    /** Whether a radio button or checkbox with this value was chosen in the refused form. */
    public boolean chosen(String action, String target, String field, String value) {
        StepRefusal of = refusalOf(action, target);
        return of != null && of.all(field).contains(value);
    }

    public String fieldError(String action, String target, String field) {
        StepRefusal of = refusalOf(action, target);
        return of == null ? null : of.problem().errorFor(field);
    }

    /** The id of the refused form, so a note at the top of the page can link down to it. */
    public String refusedFormId() {
        return refusal == null ? null : ids(refusal.action(), refusal.target());
    }

    public String id(String only) {
        return ids(only);
    }

    public String id(String first, String second) {
        return ids(first, second);
    }

    public String id(String first, String second, String third) {
        return ids(first, second, third);
    }

    public String id(String first, String second, String third, String fourth) {
        return ids(first, second, third, fourth);
    }

    /** An id for a row of a form, e.g. {@code score-<bidId>-0-reason}; an empty suffix is left out. */
    public String indexed(String prefix, Integer index, String suffix) {
        return ids(prefix, String.valueOf(index), suffix);
    }

    /** A field of a form's row, named as the service names it, e.g. {@code scores[0].reason}. */
    public String field(String list, Integer index, String name) {
        return list + "[" + index + "]" + (name == null || name.isEmpty() ? "" : "." + name);
    }

    /** A stable element id, e.g. {@code qualify-<bidId>-lot-1-reason}: letters, digits, - and _ only. */
    public static String ids(String... parts) {
        StringBuilder id = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            if (id.length() > 0) {
                id.append('-');
            }
            id.append(part.replaceAll("[^A-Za-z0-9_-]+", "-"));
        }
        return id.toString();
    }
}
