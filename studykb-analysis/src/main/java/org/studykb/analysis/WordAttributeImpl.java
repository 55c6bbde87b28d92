package org.studykb.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The implementation Lucene's attribute factory finds by name for {@link WordAttribute}. */
public final class WordAttributeImpl extends AttributeImpl implements WordAttribute {
    private int end = -1;
    private String nature;

    @Override
    public int wordEnd() {
        return end;
    }

    @Override
    public String nature() {
        return nature;
    }

    @Override
    public void setWord(int end, String nature) {
        this.end = end;
        this.nature = nature;
    }

    @Override
    public void clear() {
        end = -1;
        nature = null;
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(WordAttribute.class, "wordEnd", end);
        reflector.reflect(WordAttribute.class, "nature", nature);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((WordAttribute) target).setWord(end, nature);
    }
}
