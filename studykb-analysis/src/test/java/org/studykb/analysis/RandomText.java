package org.studykb.analysis;

import java.util.Random;

/** Fixed-seed random strings that mix everything the analyzers must survive. */
final class RandomText {
    private static final String[] POOLS = {
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞",
        "深入学习实践科学发展观活动民主生活会对照检查材料三会一课两学一做四风八项规定整改落实建章立制",
        "醫德醫風發後乾幹國門開關為們說話評標專家進度款",
        "ＡＢＣＤＥｘｙｚ０１２３４５６７８９％＋",
        "DRG HIS GDP abc Java iPhone15 COVID-19 3.5 2008 2023 11",
        "，。、；：？！“”‘’（）《》〔〕【】…—·-_/\\.,;:!?()[]{}",
        " \t\n\r\u3000\u00a0",
        "𠮷𡻕𫝈㑮㒓😀🇨🇳",
        "e\u0301\u200b\u0000\u0001\ufeff",
    };
    private static final int[] WEIGHTS = {40, 20, 10, 5, 5, 8, 6, 3, 3};

    private RandomText() {}

    static String next(Random random, int maxCodePoints) {
        int n = random.nextInt(maxCodePoints + 1);
        StringBuilder sb = new StringBuilder();
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        while (sb.codePointCount(0, sb.length()) < n) {
            int pick = random.nextInt(total);
            int pool = 0;
            while (pick >= WEIGHTS[pool]) {
                pick -= WEIGHTS[pool++];
            }
            String s = POOLS[pool];
            int[] cps = s.codePoints().toArray();
            int run = 1 + random.nextInt(6);
            if (pool == 1 || pool == 4) {
                int from = random.nextInt(cps.length);
                for (int i = from; i < Math.min(cps.length, from + run); i++) {
                    sb.appendCodePoint(cps[i]);
                }
            } else {
                for (int i = 0; i < run; i++) {
                    sb.appendCodePoint(cps[random.nextInt(cps.length)]);
                }
            }
        }
        return sb.toString();
    }
}
