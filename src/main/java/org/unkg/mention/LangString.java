package org.unkg.mention;

/** A string with its language tag, {@code ""} when it has none: a name as a vocabulary gives it. */
public record LangString(String text, String language) {
}
