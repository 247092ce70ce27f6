package id.saring.report;

/** The names every Office Open XML part saring writes or patches uses ({@link XlsxWriter}, {@link XlsxPatch}). */
final class Ooxml {

    /** The XML declaration a part starts with. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** SpreadsheetML: workbooks, sheets, styles, comments. */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Relationship ids in a part, and the start of every relationship type. */
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The relationships parts themselves. */
    static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** The content types part. */
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    /** A relationships part's content type. */
    static final String RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

    private Ooxml() {
    }
}
