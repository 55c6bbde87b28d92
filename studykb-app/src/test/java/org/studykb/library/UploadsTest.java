package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "方案.docx|方案.docx",
            "../../etc/passwd|passwd",
            "C:\\Users\\x\\整改 台账.xlsx|整改 台账.xlsx",
            "a/b/|（未命名文件）",
            "NULL|（未命名文件）",
            "'  '|（未命名文件）",
            "报告\u202Etxt.exe|报告txt.exe",
            "a\u0000b\u0007.txt|ab.txt",
            "\u200B|（未命名文件）",
    })
    void displayNameIsTheLastPartOfWhatTheBrowserSent(String sent, String shown) {
        assertThat(Uploads.displayName(sent)).isEqualTo(shown);
    }
}
