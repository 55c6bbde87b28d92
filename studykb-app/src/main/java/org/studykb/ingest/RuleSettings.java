package org.studykb.ingest;

import java.time.Duration;
import java.util.Map;

/**
 * How rule matches are weighed: how much of the text counts as body, a factor per place (a title match weighs
 * more than a body match), a bonus when the match ends the title (Chinese titles end with their genre: …的通知),
 * and the time limit for one regex.
 */
record RuleSettings(int bodyChars, Map<Rule.Place, Double> factors, double titleEndBonus, Duration regexTimeout) {

    double factor(Rule.Place place) {
        return factors.getOrDefault(place, 1.0);
    }
}
