package dev.rtcdiag.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code rtcdiag explain} prints as a code's source names public references, never our working notes. */
class PublicSourcesTest {

    @Test
    void everyCodeCitesPublicReferences() {
        int codes = 0;
        for (CodeSystem system : CodeSystem.values()) {
            for (CatalogCode c : Catalog.codes(system)) {
                codes++;
                assertThat(c.source()).as("source of %s %s", system, c.code())
                        .doesNotContainIgnoringCase("seed 0").doesNotContain("research/").doesNotContain("spec/").doesNotContain("../");
            }
        }
        assertThat(codes).isGreaterThan(500);
    }
}
