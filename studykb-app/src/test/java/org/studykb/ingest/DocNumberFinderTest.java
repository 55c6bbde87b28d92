package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocNumberFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "区建党发〔2008〕12号                      | 区建党发〔2008〕12号",
            "区建工〔2009〕3号                         | 区建工〔2009〕3号",
            "区建工党[2008]21号                        | 区建工党〔2008〕21号",
            "区建工办(2013)21号                        | 区建工办〔2013〕21号",
            "区建工办（2013）第21号                    | 区建工办〔2013〕21号",
            "区建工党【2008】 012 号                   | 区建工党〔2008〕12号",
            "罗区[*8]23号                              | 罗区〔*8〕23号",
            "区建工党〔2008〕21号　　　签发人：陈立明    | 区建工党〔2008〕21号",
            "根据区委办〔2008〕5号文件精神，制定本方案。  | -",
            "2008年第3号                               | -",
    })
    void findsAndNormalisesTheDocumentNumber(String line, String expected) {
        Tagged<String> found = DocNumberFinder.find(TextLine.split("中共某某党组文件\n" + line + "\n关于某事的通知"));
        if (expected == null) {
            assertThat(found.isPresent()).isFalse();
        } else {
            assertThat(found.value()).contains(expected);
            assertThat(line).contains(found.provenance().evidence());
        }
    }

    @org.junit.jupiter.api.Test
    void aNumberCitedDeepInTheBodyIsNotTheDocumentsOwn() {
        String text = "关于某事的通知\n一\n二\n三\n四\n五\n六\n七\n八\n区委办〔2008〕5号";
        assertThat(DocNumberFinder.find(TextLine.split(text)).isPresent()).isFalse();
    }
}
