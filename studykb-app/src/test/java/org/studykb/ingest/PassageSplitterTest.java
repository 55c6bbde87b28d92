package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassageSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "一、总体要求                          | 一、",
            "（一）转变工作作风方面                | （一）",
            "(二)优化服务环境                      | (二)",
            "1. 施工企业代表5名；                  | 1.",
            "2、监理单位代表3名；                  | 2、",
            "3．项目使用单位代表4名。              | 3．",
            "(1)建立联系点制度；                   | (1)",
            "（2）推行并联审批；                   | （2）",
            "①会议多、文件多；                     | ①",
            "一是思想认识进一步提高；              | 一是",
            "第一，这是用科学理论武装头脑的需要。  | 第一",
            "第三条 本办法自印发之日起施行。       | 第三条",
            "2008年9月召开动员大会。               | ''",
            "1.5亿元投资已经到位。                 | ''",
            "同志们：                              | ''",
    })
    void labelsTheItemMarker(String line, String label) {
        List<Passage> passages = PassageSplitter.split(line);
        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).label()).isEqualTo(label);
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        String text = "关于召开座谈会的通知\n局机关各科室：\n  一、会议时间  \n2008年11月20日。\n\n二、参加人员\n1. 施工企业代表；\n2. 监理单位代表。";
        List<Passage> passages = PassageSplitter.split(text);
        assertThat(passages).hasSize(7);
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(p.ordinal()).isEqualTo(i);
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.text()).isEqualTo(p.text().strip());
        }
        assertThat(passages).extracting(Passage::label).containsExactly("", "", "一、", "", "二、", "1.", "2.");
    }

    @Test
    void numberedItemsInsideAParagraphBecomePassages() {
        String text = "通过开展活动，努力达到以下目标：一是思想认识进一步提高；二是发展思路进一步清晰；三是工作作风进一步转变。";
        List<Passage> passages = PassageSplitter.split(text);
        assertThat(passages).extracting(Passage::label).containsExactly("", "一是", "二是", "三是");
        assertThat(passages.get(1).text()).isEqualTo("一是思想认识进一步提高；");
        passages.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void anItemContinuesItsLeadingMarker() {
        String text = "一是建立联系点制度；二是推行并联审批；三是简化付款流程。";
        assertThat(PassageSplitter.split(text)).extracting(Passage::label).containsExactly("一是", "二是", "三是");
    }

    @Test
    void aLoneInlineMarkerDoesNotSplit() {
        assertThat(PassageSplitter.split("他说：一是要学好。后来就没有了。")).hasSize(1);
    }

    @Test
    void longParagraphsAreCutAtSentenceEnds() {
        String sentence = "政府投资项目管理要坚持以人为本，统筹兼顾进度质量安全和投资控制，切实把民生工程建成民心工程。";
        String text = sentence.repeat(40);
        List<Passage> passages = PassageSplitter.split(text);
        assertThat(passages.size()).isGreaterThan(2);
        for (Passage p : passages) {
            assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.TARGET + sentence.length());
            assertThat(p.text()).endsWith("。");
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        }
        assertThat(String.join("", passages.stream().map(Passage::text).toList())).isEqualTo(text);
    }

    @Test
    void emptyTextHasNoPassages() {
        assertThat(PassageSplitter.split("")).isEmpty();
        assertThat(PassageSplitter.split("\n\n  \n")).isEmpty();
    }
}
