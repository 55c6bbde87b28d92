package org.studykb.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The resolution a page is rendered at: 110 dpi, less for a page that would pass 2400 pixels. */
class PdfPageImagesTest {
    @Test
    void anA4PageRendersAt110DpiAndAnA0PosterAtMost2400PixelsHigh() {
        assertThat(PdfPageImages.dpi(PDRectangle.A4)).isEqualTo(110f);
        assertThat(PdfPageImages.dpi(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())))
                .isEqualTo(110f);
        float poster = PdfPageImages.dpi(PDRectangle.A0);
        assertThat(PDRectangle.A0.getHeight() / 72f * poster).isCloseTo(2400f, within(1f));
    }

    @Test
    void onlyPdfMediaTypesArePdf() {
        assertThat(PdfPageImages.isPdf("application/pdf")).isTrue();
        assertThat(PdfPageImages.isPdf("Application/PDF; version=1.7")).isTrue();
        assertThat(PdfPageImages.isPdf("application/msword")).isFalse();
        assertThat(PdfPageImages.isPdf(null)).isFalse();
    }
}
