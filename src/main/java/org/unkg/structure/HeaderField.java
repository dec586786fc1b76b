package org.unkg.structure;

/** The header fields that a check across documents may correct or put in doubt. */
public enum HeaderField {
    DATE("date"), MEETING("meeting");

    private final String word;

    HeaderField(String word) {
        this.word = word;
    }

    /** The field's name in messages. */
    public String word() {
        return word;
    }
}
