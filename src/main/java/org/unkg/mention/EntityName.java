package org.unkg.mention;

/** A name under which an entity may appear in text (a label, an alias, or a theme's trigger term). */
public record EntityName(String text, String language, Entity entity) {
}
