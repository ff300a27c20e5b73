package io.poerules.map;

import java.util.regex.Pattern;

/** The legal forms that end organisation names ("Ltd", "Inc.", "GmbH"), for the detectors that read names. */
final class LegalForms {

    /** One legal form, with or without its full stop. */
    static final String FORM = "(?:ltd|limited|inc|llc|plc|gmbh|ag|corp|corporation|co|group|sa|bv|pty)\\.?";

    /** A word that is only a legal form. */
    static final Pattern WORD = Pattern.compile("(?i)" + FORM);

    private LegalForms() {
    }
}
