/**
 * Text analysis for studykb: HanLP word segmentation with the domain dictionary and query-time
 * synonyms ({@link org.studykb.analysis.StudyAnalyzer}), the CJK n-gram safety net for exact
 * phrases ({@link org.studykb.analysis.NgramAnalyzer}) and pinyin ({@link
 * org.studykb.analysis.PinyinAnalyzer}), all over the same folding of traditional to simplified
 * characters, full-width to half-width and upper to lower case, with offsets into the original text;
 * and each document's keywords and extractive summary by TextRank ({@link org.studykb.analysis.Gists}).
 *
 * <p>The dictionary and synonyms are data under {@code indexer/}, loaded once by {@link
 * org.studykb.analysis.Dictionaries}, whose {@code version()} the index records per document.
 *
 * <p>Each piece has a Lucene SPI factory ({@link org.studykb.analysis.HanLPTokenizerFactory} {@code hanlp} and the
 * {@code studykb*} names, registered in {@code META-INF/services}), so a Solr schema or {@code CustomAnalyzer}
 * builds the same chains by name; the factories use nothing of Spring nor of other studykb packages.
 */
package org.studykb.analysis;
