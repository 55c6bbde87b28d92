package org.studykb.analysis;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.checkResetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.studykb.analysis.TestDicts.DICTS;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins terms, offsets, positions and types of the word analyzer, like TestSmartChineseAnalyzer. */
class HanLPTokenizerTest {
    private final Analyzer index = new StudyAnalyzer(DICTS, StudyAnalyzer.Mode.INDEX);
    private final Analyzer query = new StudyAnalyzer(DICTS.withoutSynonyms(), StudyAnalyzer.Mode.QUERY);

    @AfterEach
    void close() {
        index.close();
        query.close();
    }

    @Test
    void indexModeStacksLongWordsOverTheirPieces() throws IOException {
        assertTokenStreamContents(index.tokenStream("body", "深入学习实践科学发展观活动"),
                new String[] {"深入", "深入学习实践科学发展观活动", "学习", "学习实践科学发展观活动", "实践",
                    "科学", "科学发展观", "发展", "发展观", "观", "活动"},
                new int[] {0, 0, 2, 2, 4, 6, 6, 8, 8, 10, 11},
                new int[] {2, 13, 4, 13, 6, 8, 11, 10, 11, 11, 13},
                null,
                new int[] {1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1},
                new int[] {1, 7, 1, 6, 1, 1, 3, 1, 2, 1, 1},
                13);
    }

    @Test
    void queryModeEmitsTheSegmentersWords() throws IOException {
        assertTokenStreamContents(query.tokenStream("body", "召开专题民主生活会，撰写对照检查材料"),
                new String[] {"召开", "专题民主生活会", "撰写", "对照检查材料"},
                new int[] {0, 2, 10, 12},
                new int[] {2, 9, 12, 18},
                new String[] {"v", "nz", "v", "n"},
                new int[] {1, 1, 1, 1},
                new int[] {1, 1, 1, 1},
                18);
    }

    @Test
    void mixedChineseAndLatinAreSplitAtTheScriptBoundary() throws IOException {
        assertTokenStreamContents(index.tokenStream("body", "DRG付费改革和HIS系统"),
                new String[] {"drg", "drg付费", "付费", "改革", "和", "his", "his系统", "系统"},
                new int[] {0, 0, 3, 5, 7, 8, 8, 11},
                new int[] {3, 5, 5, 7, 8, 11, 13, 13},
                new String[] {"nx", "nz", "v", "vn", "cc", "nx", "nz", "n"},
                new int[] {1, 0, 1, 1, 1, 1, 0, 1},
                new int[] {1, 2, 1, 1, 1, 1, 2, 1},
                13);
    }

    @Test
    void fullWidthIsFoldedButOffsetsStayOnTheOriginal() throws IOException {
        assertTokenStreamContents(query.tokenStream("body", "ＤＲＧ付费和ＨＩＳ系统"),
                new String[] {"drg付费", "和", "his系统"},
                new int[] {0, 5, 6},
                new int[] {5, 6, 11},
                null, null, null, 11);
    }

    @Test
    void traditionalIsFoldedToSimplifiedWithOriginalOffsets() throws IOException {
        assertTokenStreamContents(index.tokenStream("body", "加強醫德醫風建設"),
                new String[] {"加强", "医德", "医德医风", "医风", "建设"},
                new int[] {0, 2, 2, 4, 6},
                new int[] {2, 4, 6, 6, 8},
                null,
                new int[] {1, 1, 0, 1, 1},
                new int[] {1, 1, 2, 1, 1},
                8);
    }

    @Test
    void numbersAndDocumentNumbersSurvive() throws IOException {
        assertTokenStreamContents(index.tokenStream("body", "〔２０２３〕5号，2008年11月"),
                new String[] {"2023", "5", "号", "2008", "年", "11", "11月", "月"},
                new int[] {1, 6, 7, 9, 13, 14, 14, 16},
                new int[] {5, 7, 8, 13, 14, 16, 17, 17},
                new String[] {"m", "m", "q", "m", "qt", "m", "t", "n"},
                new int[] {1, 1, 1, 1, 1, 1, 0, 1},
                new int[] {1, 1, 1, 1, 1, 1, 2, 1},
                17);
    }

    @Test
    void unknownNamesAreKeptWholeAndNotDecomposed() throws IOException {
        assertTokenStreamContents(index.tokenStream("body", "党组书记陈立明、副局长赵红梅参加"),
                new String[] {"党组", "党组书记", "书记", "陈立明", "副", "副局长", "局长", "赵红梅", "参加"},
                new int[] {0, 0, 2, 4, 8, 8, 9, 11, 14},
                new int[] {2, 4, 4, 7, 9, 11, 11, 14, 16},
                new String[] {"nis", "nnt", "nnt", "nr", "b", "nnt", "nnt", "nr", "v"},
                new int[] {1, 0, 1, 1, 1, 0, 1, 1, 1},
                new int[] {1, 2, 1, 1, 1, 2, 1, 1, 1},
                16);
    }

    @Test
    void newlinesAndLeadingSpacesDoNotShiftOffsets() throws IOException {
        assertTokenStreamContents(query.tokenStream("body", "  第一\n\n\u3000\u3000整改落实\r\n"),
                new String[] {"第一", "整改落实"},
                new int[] {2, 8},
                new int[] {4, 12},
                null, null, null, 14);
    }

    @Test
    void surrogatePairsKeepTheirOffsets() throws IOException {
        assertTokenStreamContents(query.tokenStream("body", "𠮷野家的𠮷字"),
                new String[] {"𠮷", "野", "家", "的", "𠮷", "字"},
                new int[] {0, 2, 3, 4, 5, 7},
                new int[] {2, 3, 4, 5, 7, 8},
                null, null, null, 8);
    }

    @Test
    void foldingThatChangesLengthIsCorrectedInOffsets() throws IOException {
        // 㑮 (one UTF-16 unit) folds to 𫝈 (a surrogate pair); the next word must still line up
        assertTokenStreamContents(query.tokenStream("body", "㑮字民主生活会"),
                new String[] {"𫝈", "字", "民主生活会"},
                new int[] {0, 1, 2},
                new int[] {1, 2, 7},
                null, null, null, 7);
    }

    @Test
    void punctuationOnlyInputGivesNoTokens() throws IOException {
        assertTokenStreamContents(index.tokenStream("body", "，。！？……——  \n"), new String[0]);
        assertTokenStreamContents(index.tokenStream("body", ""), new String[0]);
    }

    @Test
    void tokenizerFollowsTheResetContract() throws IOException {
        checkResetException(index, "深入学习实践科学发展观活动");
        checkResetException(query, "深入学习实践科学发展观活动");
    }

    @Test
    void typeIsTheHanLPNature() {
        assertThat(TestDicts.tokens(query, "四风问题"))
                .extracting(TestDicts.Tok::type)
                .containsExactly("j", "n");
    }
}
